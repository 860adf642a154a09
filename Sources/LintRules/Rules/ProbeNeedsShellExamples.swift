import ShipshapeCore

/// The examples of `probe-needs-shell`; they run as tests.
enum ProbeNeedsShellExamples {
    static let goDockerfile = """
        FROM golang:1.22 AS build
        WORKDIR /src
        COPY . .
        RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

        FROM gcr.io/distroless/static-debian12
        COPY --from=build /out/server /server
        EXPOSE 8080
        ENTRYPOINT ["/server"]

        """

    static let triggering: [Example] = [
        // `--probe-images` saw no /bin/sh in a local image the knowledge base does not know.
        Example(
            files: [
                "compose.yaml": """
                services:
                  api:
                    image: acme/api:local
                    pull_policy: never
                    healthcheck:
                      test: ["CMD-SHELL", "1️⃣/api healthcheck"]

                """
            ],
            expect: ["1️⃣": "the image of service \"api\" has no shell"],
            images: [
                ProbedImageDiffersExamples.image(
                    "acme/api:local", found: [:], checked: ["curl", "wget"], hasShell: false)
            ]),
        // CMD-SHELL on a distroless image.
        Example(
            files: [
                "api/Dockerfile": goDockerfile,
                "compose.yaml": """
                services:
                  api:
                    build: ./api
                    healthcheck:
                      test: ["CMD-SHELL", "1️⃣/server healthcheck"]

                """,
            ],
            expect: ["1️⃣": "runs /bin/sh -c, but the image of service \"api\" has no shell"]),
        // A shell-form HEALTHCHECK in a FROM scratch image.
        Example(
            files: [
                "Dockerfile": """
                FROM scratch
                COPY server /server
                HEALTHCHECK --interval=10s CMD 1️⃣/server -health || exit 1
                ENTRYPOINT ["/server"]

                """
            ],
            expect: ["1️⃣": "this shell-form HEALTHCHECK runs /bin/sh -c, but the image of"]),
        // `docker exec ... sh -c` into a distroless container.
        Example(
            files: [
                "deploy.sh": "#!/bin/sh\ndocker exec api 1️⃣sh -c '/server healthcheck && echo ok'\n",
                "docker-compose.yml":
                    "services:\n  api:\n    image: gcr.io/distroless/base-debian12\n    container_name: api\n",
            ],
            expect: ["1️⃣": "docker exec runs sh, but the image of container \"api\" has no shell"]),
        // An exec-form healthcheck that starts a shell anyway.
        Example(
            files: [
                "compose.yaml": """
                services:
                  app:
                    image: gcr.io/distroless/java21-debian12
                    healthcheck:
                      test: ["CMD", "1️⃣/bin/sh", "-c", "java -cp /app Health"]

                """
            ],
            expect: ["1️⃣": "compose healthcheck runs sh"]),
    ]

    static let nonTriggering: [Example] = [
        // Exec form with the binary itself: no shell needed.
        Example(files: [
            "api/Dockerfile": goDockerfile,
            "compose.yaml": """
            services:
              api:
                build: ./api
                healthcheck:
                  test: ["CMD", "/server", "healthcheck"]

            """,
        ]),
        // Distroless :debug has a busybox shell.
        Example(files: [
            "compose.yaml": """
            services:
              api:
                image: gcr.io/distroless/static-debian12:debug
                healthcheck:
                  test: ["CMD-SHELL", "wget -qO- http://localhost:8080/health || exit 1"]

            """
        ]),
        // A shell copied into a scratch image.
        Example(files: [
            "Dockerfile": """
            FROM busybox:1.36 AS tools
            FROM scratch
            COPY --from=tools /bin/busybox /bin/sh
            COPY server /server
            HEALTHCHECK CMD /server -health || exit 1

            """
        ]),
        // Ordinary images have a shell; unknown images are not judged.
        Example(files: [
            "compose.yaml": """
            services:
              db:
                image: postgres:16-alpine
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U postgres"]
              private:
                image: registry.internal.example/team/api:1.4
                healthcheck:
                  test: curl -f http://localhost:8080/ || exit 1

            """,
            "deploy.sh": "#!/bin/sh\ndocker compose exec -T db sh -c 'psql -U postgres -c \"select 1\"'\n",
        ]),
    ]
}
