import ShipshapeCore

/// The examples of `busybox-wget-flag`; they run as tests.
enum BusyboxWgetFlagExamples {
    static let triggering: [Example] = [
        // A GNU-style retry loop in a compose healthcheck on an Alpine image.
        Example(
            files: [
                "compose.yaml": """
                services:
                  web:
                    image: node:20-alpine
                    healthcheck:
                      test: ["CMD", "wget", "-q", "1️⃣--retry-connrefused", "--waitretry=1", "-O-", "http://localhost:3000/health"]

                """
            ],
            expect: ["1️⃣": "rejects `--retry-connrefused`, `--waitretry=1`: it accepts only -c -q -S"]),
        // A Dockerfile HEALTHCHECK in a stage built on nginx:alpine.
        Example(
            files: [
                "Dockerfile": """
                FROM nginx:1.27-alpine
                COPY dist /usr/share/nginx/html
                HEALTHCHECK CMD wget -q 1️⃣--read-timeout=5 --spider http://localhost/ || exit 1

                """
            ],
            expect: ["1️⃣": "busybox wget in the image of stage 0 of Dockerfile"]),
        // `docker exec` into the busybox image; a bundled short option.
        Example(
            files: [
                "scripts/check.sh": "#!/bin/sh\ndocker exec probe wget 1️⃣-qNO- http://web:8080/\n",
                "docker-compose.yml": "services:\n  probe:\n    image: busybox:1.36\n    container_name: probe\n",
            ],
            expect: ["1️⃣": "rejects `-N`"]),
    ]

    static let nonTriggering: [Example] = [
        // Busybox's own options, including the ignored ones (`--tries`, `--no-verbose`).
        Example(files: [
            "compose.yaml": """
            services:
              web:
                image: node:20-alpine
                healthcheck:
                  test: ["CMD", "wget", "--no-verbose", "--tries=1", "--spider", "http://localhost:3000/"]
              cache:
                image: redis:7-alpine
                healthcheck:
                  test: wget -qO- -T 2 --header "Accept: text/plain" http://localhost:8080/ || exit 1
              proxy:
                image: nginx:1.27-alpine
                healthcheck:
                  test: ["CMD", "wget", "-q", "-O", "/dev/null", "--no-check-certificate", "https://localhost/"]

            """
        ]),
        // GNU wget on Debian-based images, or installed with apk.
        Example(files: [
            "Dockerfile": """
            FROM alpine:3.20
            RUN apk add --no-cache wget
            HEALTHCHECK CMD wget --retry-connrefused --tries=5 -qO- http://localhost:8080/ || exit 1

            """,
            "compose.yaml": """
            services:
              app:
                image: python:3.12
                healthcheck:
                  test: ["CMD", "wget", "--retry-connrefused", "-qO-", "http://localhost:8000/"]

            """,
        ]),
        // Unknown image: nothing is claimed. Host-side wget is GNU wget.
        Example(files: [
            "compose.yaml": """
            services:
              files:
                image: filebrowser/filebrowser:v2
                healthcheck:
                  test: "wget --tries=1 --retry-connrefused --spider http://localhost/health || exit 1"

            """,
            ".github/workflows/ci.yml": """
            on: push
            jobs:
              smoke:
                runs-on: ubuntu-latest
                steps:
                  - run: wget --retry-connrefused --waitretry=1 -qO- http://localhost:8080/

            """,
        ]),
    ]
}
