import ShipshapeCore

/// The examples of `probe-ignores-http-errors`; they run as tests.
enum ProbeIgnoresHTTPErrorsExamples {
    static func compose(test: String) -> String {
        """
        services:
          api:
            build: .
            healthcheck:
              test: \(test)
              interval: 10s

        """
    }

    static let triggering: [Example] = [
        // `|| exit 1` only runs when curl fails, and a 500 answer is no failure to curl.
        Example(
            files: [
                "Dockerfile": """
                FROM node:22-slim
                RUN apt-get update && apt-get install -y --no-install-recommends curl
                HEALTHCHECK CMD 1️⃣curl -s http://localhost:3000/health || exit 1
                CMD ["node", "server.js"]

                """
            ],
            expect: [
                "1️⃣":
                    "curl without --fail exits 0 when http://localhost:3000/health answers with an HTTP error (404, 500…): this HEALTHCHECK of stage 0 of Dockerfile passes"
            ]),
        // Exec form: curl's status is the health check's.
        Example(
            files: [
                "docker-compose.yml": compose(
                    test: #"["CMD", "1️⃣curl", "-sS", "-o", "/dev/null", "http://localhost:8080/ready"]"#)
            ],
            expect: ["1️⃣": "this compose healthcheck of service \"api\" passes while the endpoint fails"]),
        // A scheme-less URL is HTTP to curl.
        Example(
            files: ["docker-compose.yml": compose(test: "1️⃣curl -s localhost:8080/ready > /dev/null")],
            expect: ["1️⃣": "when localhost:8080/ready answers"]),
        // A deploy script's wait loop goes on as soon as anything answers.
        Example(
            files: [
                "deploy.sh": """
                #!/bin/sh
                docker compose up -d
                for i in $(seq 1 30); do
                  1️⃣curl -s http://localhost:8080/health > /dev/null && break
                  sleep 2
                done

                """
            ],
            expect: ["1️⃣": "this for loop stops waiting as soon as anything answers, even an error"]),
        // The same through `docker exec`.
        Example(
            files: [
                "deploy.sh": """
                #!/bin/sh
                until docker exec app 1️⃣curl -s http://localhost:8000/health; do sleep 2; done

                """
            ],
            expect: ["1️⃣": "this wait loop stops waiting for container \"app\""]),
        // A Kubernetes exec probe.
        Example(
            files: [
                "k8s/api.yaml": """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: ghcr.io/acme/api:1.0.0
                          readinessProbe:
                            exec:
                              command: ["1️⃣curl", "--silent", "http://127.0.0.1:8080/ready"]

                """
            ],
            expect: ["1️⃣": "this Kubernetes readinessProbe of container \"api\" of Deployment \"api\" passes"]),
        // Python's requests returns the 500 answer; nothing reads its status (LibreTranslate/LibreTranslate#822).
        Example(
            files: [
                "docker-compose.yml": compose(
                    test:
                        #"["CMD", "1️⃣python", "-c", "import requests; requests.get('http://localhost:5000/health', timeout=2)"]"#
                )
            ],
            expect: ["1️⃣": "requests.get(…) returns normally when the answer is an HTTP error"]),
        // A script the health check runs, brought by `COPY --from` of the stage that copied the repository
        // (LibreTranslate/LibreTranslate#822).
        Example(
            files: [
                "docker/Dockerfile": """
                FROM python:3.11-slim AS builder
                WORKDIR /app
                COPY . .
                FROM python:3.11-slim
                COPY --from=builder /app /app
                WORKDIR /app
                HEALTHCHECK CMD ./venv/bin/python scripts/healthcheck.py

                """,
                "scripts/healthcheck.py": """
                import requests

                response = 1️⃣requests.post(url="http://0.0.0.0:5000/translate", json={"q": "Hello"}, timeout=60)

                """,
            ],
            expect: ["1️⃣": "requests.post(…) returns normally"]),
        // The same in a script the health check runs.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-slim
                COPY healthcheck.py /app/healthcheck.py
                HEALTHCHECK CMD python /app/healthcheck.py
                CMD ["python", "/app/main.py"]

                """,
                "healthcheck.py": """
                import sys
                import requests

                try:
                    1️⃣requests.get("http://localhost:5000/health", timeout=2)
                except Exception:
                    sys.exit(1)

                """,
            ],
            expect: ["1️⃣": "requests.get(…) returns normally"]),
    ]

    static let nonTriggering: [Example] = [
        // The fix, in its spellings: a cluster with f, the long options.
        Example(files: ["docker-compose.yml": compose(test: "curl -fsS http://localhost:8080/ready || exit 1")]),
        Example(files: ["docker-compose.yml": compose(test: #"["CMD", "curl", "-sSf", "http://localhost:8080/ready"]"#)]
        ),
        Example(files: [
            "docker-compose.yml": compose(test: "curl --silent --fail-with-body http://localhost:8080/ready")
        ]),
        Example(files: ["docker-compose.yml": compose(test: "curl -so /dev/null --fail http://localhost:8080/ready")]),
        // The body is judged by the last command of the pipeline.
        Example(files: ["docker-compose.yml": compose(test: "curl -s http://localhost:8080/health | grep -q UP")]),
        // The status code is compared by the script.
        Example(files: [
            "docker-compose.yml": compose(
                test: #"[ "$$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/ready)" = 200 ]"#)
        ]),
        Example(files: [
            "deploy.sh": """
            #!/bin/sh
            until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/health)" = 200 ]; do sleep 2; done

            """
        ]),
        // Options from a variable may carry --fail.
        Example(files: ["docker-compose.yml": compose(test: "curl $$CURL_OPTS http://localhost:8080/ready")]),
        // Not a probe: a download in a build step, and a request whose status nothing tests.
        Example(files: [
            "Dockerfile": """
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y curl && curl -sSLo /tmp/tool.tgz https://example.com/tool.tgz

            """
        ]),
        Example(files: ["notify.sh": "#!/bin/sh\ncurl -s -X POST http://localhost:9000/hook -d done\n"]),
        // The code reads the status, or uses a client that raises on an error answer.
        Example(files: [
            "docker-compose.yml": compose(
                test:
                    #"["CMD", "python", "-c", "import requests; requests.get('http://localhost:5000/health').raise_for_status()"]"#
            )
        ]),
        Example(files: [
            "docker-compose.yml": compose(
                test:
                    #"["CMD", "python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:5000/health')"]"#
            )
        ]),
        Example(files: [
            "docker-compose.yml": compose(
                test:
                    #"["CMD", "node", "-e", "fetch('http://localhost:3000/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]"#
            )
        ]),
        // A later command decides the health check.
        Example(files: ["docker-compose.yml": compose(test: "curl -s http://localhost:8080/warm; test -f /tmp/ready")]),
    ]
}
