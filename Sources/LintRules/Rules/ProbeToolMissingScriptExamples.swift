import ShipshapeCore

/// Examples of `probe-tool-missing` through the repository's scripts: a health check that runs a script
/// the build copies or compose bind-mounts (followed into it, the finding in the script), a `RUN` that
/// executes an install script of the repository, a source build's `make install`, a directory copied from a
/// builder stage (issue 15, links 5 and 7); they run as tests with the rule's other examples.
enum ProbeToolMissingScriptExamples {
    static let triggering: [Example] = [
        // The HEALTHCHECK runs a copied script by name; the script calls curl, which the image lacks.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-slim
                COPY docker/healthcheck.sh /usr/local/bin/healthcheck.sh
                HEALTHCHECK --interval=10s CMD ["healthcheck.sh"]
                CMD ["python", "-m", "http.server", "8000"]

                """,
                "docker/healthcheck.sh": """
                #!/bin/sh
                set -e
                1️⃣curl -fsS http://localhost:8000/ > /dev/null

                """,
            ],
            expect: ["1️⃣": "curl is not installed in the image of stage 0 of Dockerfile"]),
        // A compose healthcheck runs a bind-mounted script whose `#!` names bash, which alpine lacks.
        Example(
            files: [
                "compose.yml": """
                services:
                  cache:
                    image: alpine:3.20
                    volumes:
                      - ./scripts/redis-health.sh:/usr/local/bin/redis-health.sh:ro
                    healthcheck:
                      test: ["CMD", "/usr/local/bin/redis-health.sh"]

                """,
                "scripts/redis-health.sh": """
                #!/usr/bin/env 1️⃣bash
                [[ "$(wget -qO- http://localhost:8080/health)" == "ok" ]]

                """,
            ],
            expect: ["1️⃣": "bash is not installed in the image of service \"cache\""]),
        // The install script the RUN executes installs curl, not wget.
        Example(
            files: [
                "Dockerfile": """
                FROM debian:bookworm-slim
                COPY docker/install-deps.sh /tmp/
                RUN chmod +x /tmp/install-deps.sh && /tmp/install-deps.sh
                HEALTHCHECK CMD 1️⃣wget -qO- http://localhost:8080/health || exit 1

                """,
                "docker/install-deps.sh": """
                #!/bin/sh
                set -eu
                apt-get update
                apt-get install -y --no-install-recommends ca-certificates curl
                rm -rf /var/lib/apt/lists/*

                """,
            ],
            expect: ["1️⃣": "wget is not installed"]),
        // `make install` of nginx built from source installs nginx, not curl.
        Example(
            files: [
                "Dockerfile": """
                FROM debian:bookworm-slim
                RUN apt-get update && apt-get install -y build-essential libpcre3-dev zlib1g-dev \\
                    && tar xzf nginx-1.25.3.tar.gz && cd nginx-1.25.3 && ./configure && make && make install
                HEALTHCHECK CMD 1️⃣curl -f http://localhost/ || exit 1

                """
            ],
            expect: ["1️⃣": "curl is not installed"]),
        // /go/bin holds what `go install` put there; the builder's curl lives in /usr/bin.
        Example(
            files: [
                "Dockerfile": """
                FROM golang:1.22 AS build
                RUN go install example.test/tool@latest
                FROM debian:bookworm-slim
                COPY --from=build /go/bin/ /usr/local/bin/
                HEALTHCHECK CMD 1️⃣curl -f http://localhost:8080/health || exit 1

                """
            ],
            expect: ["1️⃣": "curl is not installed"]),
        // The image starts with a copied entrypoint script (behind tini) that calls curl, which the image lacks.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-slim
                RUN apt-get update && apt-get install -y --no-install-recommends tini
                COPY docker/entrypoint.sh /usr/local/bin/
                ENTRYPOINT ["tini", "--", "entrypoint.sh"]
                CMD ["gunicorn", "app:app"]

                """,
                "docker/entrypoint.sh": """
                #!/bin/sh
                set -e
                1️⃣curl -fsS -o /app/config.json "$CONFIG_URL"
                exec "$@"

                """,
            ],
            expect: ["1️⃣": "curl is not installed in the image of stage 0 of Dockerfile"]),
        // An entrypoint script run directly: its `#!` names bash, which alpine lacks.
        Example(
            files: [
                "Dockerfile": """
                FROM alpine:3.20
                COPY start.sh /start.sh
                CMD ["/start.sh"]

                """,
                "start.sh": "#!/bin/1️⃣bash\nexec /app/server\n",
            ],
            expect: ["1️⃣": "bash is not installed"]),
    ]

    static let nonTriggering: [Example] = [
        // `sh SCRIPT` runs the script with sh whatever its `#!` line says; a stage only copied from is not started.
        Example(files: [
            "Dockerfile": """
            FROM alpine:3.20 AS assets
            COPY build.sh /build.sh
            ENTRYPOINT ["/build.sh"]
            FROM alpine:3.20
            COPY --from=assets /build.sh /build.sh
            COPY start.sh /start.sh
            ENTRYPOINT ["sh", "/start.sh"]

            """,
            "start.sh": "#!/bin/bash\nexec /app/server\n",
            "build.sh": "#!/bin/bash\ncurl -fsSL https://example.invalid/x\n",
        ]),
        // The install script installs wget.
        Example(files: [
            "Dockerfile": """
            FROM debian:bookworm-slim
            COPY install.sh /tmp/install.sh
            RUN sh /tmp/install.sh
            HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1

            """,
            "install.sh": "#!/bin/sh\napt-get update && apt-get install -y wget\n",
        ]),
        // A script the repository does not hold may install anything: nothing is claimed.
        Example(files: [
            "Dockerfile": """
            FROM debian:bookworm-slim
            COPY vendor/setup /tmp/setup
            RUN /tmp/setup/install.sh
            HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1

            """
        ]),
        // Building curl from source installs curl.
        Example(files: [
            "Dockerfile": """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y build-essential libssl-dev \\
                && tar xzf curl-8.5.0.tar.gz && cd curl-8.5.0 && ./configure --with-openssl && make && make install
            HEALTHCHECK CMD curl -f http://localhost/ || exit 1

            """
        ]),
        // The followed script falls back from curl to wget, which the image has (busybox).
        Example(files: [
            "Dockerfile": """
            FROM alpine:3.20
            COPY healthcheck.sh /healthcheck.sh
            HEALTHCHECK CMD /healthcheck.sh

            """,
            "healthcheck.sh": """
            #!/bin/sh
            curl -fs http://localhost:8080/health || wget -qO- http://localhost:8080/health

            """,
        ]),
        // A bin directory copied from a builder whose tools an unread script installed.
        Example(files: [
            "Dockerfile": """
            FROM debian:bookworm AS build
            RUN ./scripts/bootstrap-tools.sh
            FROM debian:bookworm-slim
            COPY --from=build /opt/tools/bin/ /usr/local/bin/
            HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1

            """
        ]),
    ]
}
