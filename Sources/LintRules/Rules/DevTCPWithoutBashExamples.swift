import ShipshapeCore

/// The examples of `dev-tcp-without-bash`; they run as tests.
enum DevTCPWithoutBashExamples {
    static let triggering: [Example] = [
        // Alpine's /bin/sh is busybox ash (LucasSantana-Dev/Lucky#1106).
        Example(
            files: [
                "Dockerfile": """
                FROM nginx:1.27-alpine
                HEALTHCHECK CMD exec 3<>1️⃣/dev/tcp/127.0.0.1/80 || exit 1

                """
            ],
            expect: [
                "1️⃣":
                    "`/dev/tcp/127.0.0.1/80` connects only in bash, but this HEALTHCHECK runs in the image's shell, which is busybox ash"
            ]),
        // The same in nginx's unprivileged Alpine image, as in LucasSantana-Dev/Lucky#1106.
        Example(
            files: [
                "Dockerfile": """
                FROM nginxinc/nginx-unprivileged:1.31-alpine
                HEALTHCHECK CMD ["sh", "-c", "exec 3<>1️⃣/dev/tcp/127.0.0.1/8080 && printf x >&3"]

                """
            ],
            expect: ["1️⃣": "runs in /bin/sh, which is busybox ash"]),
        // Debian's /bin/sh is dash, also through `sh -c` in exec form.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  db:
                    image: postgres:16
                    healthcheck:
                      test: ["CMD", "sh", "-c", "echo > 1️⃣/dev/tcp/localhost/5432"]

                """
            ],
            expect: ["1️⃣": "runs in /bin/sh, which is dash in the image of service \"db\""]),
        // A brace group's redirection, as Keycloak documents it, in a Debian-based image.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  api:
                    image: python:3.12-slim
                    healthcheck:
                      test: ["CMD-SHELL", "{ printf 'GET /health HTTP/1.0' >&0; grep -q 200; } 0<>1️⃣/dev/tcp/localhost/8000"]

                """
            ],
            expect: ["1️⃣": "which is dash"]),
        // Ollama's image is Ubuntu, whose /bin/sh is dash (ollama/ollama PR #2695).
        Example(
            files: [
                "compose.yaml": """
                services:
                  ollama:
                    image: ollama/ollama
                    healthcheck:
                      test: ["CMD-SHELL", "cat < /dev/null > 1️⃣/dev/tcp/localhost/11434 || exit 1"]

                """
            ],
            expect: ["1️⃣": "which is dash in the image of service \"ollama\""]),
    ]

    static let nonTriggering: [Example] = [
        // bash reads it.
        Example(files: [
            "docker-compose.yml": """
            services:
              db:
                image: postgres:16
                healthcheck:
                  test: ["CMD", "bash", "-c", "echo > /dev/tcp/localhost/5432"]

            """
        ]),
        // The Dockerfile makes bash the shell of shell-form commands.
        Example(files: [
            "Dockerfile": """
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends bash
            SHELL ["/bin/bash", "-c"]
            HEALTHCHECK CMD exec 3<>/dev/tcp/127.0.0.1/8080

            """
        ]),
        // An image the knowledge base does not know: its shell may be bash.
        Example(files: [
            "docker-compose.yml": """
            services:
              auth:
                image: registry.example.com/acme/auth:1.0
                healthcheck:
                  test: ["CMD-SHELL", "exec 3<>/dev/tcp/localhost/9000"]

            """
        ]),
    ]
}
