import ShipshapeCore

/// Examples of `exec-form-shell-syntax` beyond operator words: a whole command in one element,
/// operators after `sh -c SCRIPT`, a JSON array that is not JSON. They run as tests.
enum ExecFormShellSyntaxCommandExamples {
    static let triggering: [Example] = [
        // The whole command line as the program element.
        Example(
            files: [
                "compose.yaml": """
                services:
                  api:
                    image: api:1.0
                    healthcheck:
                      test: ["CMD", "1️⃣wget -q --spider http://localhost:8080/health || exit 1"]

                """
            ],
            expect: ["1️⃣": "looks for a program named `wget -q --spider http://localhost:8080/health || exit 1`"]),
        // Also in a Kubernetes exec probe.
        Example(
            files: [
                "k8s/web.yaml": """
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers:
                    - name: web
                      image: web:1.0
                      livenessProbe:
                        exec:
                          command: ["1️⃣pg_isready -U postgres"]

                """
            ],
            expect: ["1️⃣": "the whole command `pg_isready -U postgres` is one element"]),
        // `||` after the script of `sh -c` is a positional parameter.
        Example(
            files: [
                "Dockerfile": """
                FROM alpine:3.20
                HEALTHCHECK CMD ["sh", "-c", "wget -qO- http://localhost:8080/health", "1️⃣||", "exit 1"]

                """
            ],
            expect: ["1️⃣": "the shell runs only `wget -qO- http://localhost:8080/health`"]),
        // A missing comma: not JSON, so /bin/sh runs `["curl" "-f" …]`.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-slim
                HEALTHCHECK CMD 1️⃣["curl" "-f", "http://localhost:8000/health"]
                CMD ["python", "-m", "app"]

                """
            ],
            expect: ["1️⃣": "is meant as a JSON array but is not valid JSON"]),
    ]

    static let nonTriggering: [Example] = [
        // ENTRYPOINT + CMD judged together: the CMD element is the script of `sh -c`.
        Example(files: [
            "Dockerfile": """
            FROM alpine:3.20
            ENTRYPOINT ["/bin/sh", "-c"]
            CMD ["exec nginx -g 'daemon off;'"]

            """
        ]),
        // A compose `command:` list is handed to the image's entrypoint; a shell test is not JSON.
        Example(files: [
            "compose.yaml": """
            services:
              db:
                image: postgres:16
                command: ["postgres -c max_connections=200"]
              web:
                image: web:1.0
                healthcheck:
                  test: ["CMD-SHELL", "wget -q --spider http://localhost:8080/ || exit 1"]

            """,
            "Dockerfile": "FROM alpine:3.20\nRUN [ -f /etc/os-release ] && echo ok\nRUN [ \"$(uname)\" = \"Linux\" ]\n",
        ]),
        // Everything inside the script of `sh -c` is fine.
        Example(files: [
            "Dockerfile":
                "FROM alpine:3.20\nHEALTHCHECK CMD [\"sh\", \"-c\", \"wget -qO- http://localhost:8080/ || exit 1\"]\n"
        ]),
    ]
}
