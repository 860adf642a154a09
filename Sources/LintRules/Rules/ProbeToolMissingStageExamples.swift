import ShipshapeCore

/// Examples of `probe-tool-missing` about what a stage really installs; they run as tests with the
/// rule's other examples.
enum ProbeToolMissingStageExamples {
    static let triggering: [Example] = [
        // `ARG`/`ENV` values are substituted into package lists: this stage installs curl, not wget.
        Example(
            files: [
                "Dockerfile": """
                FROM debian:bookworm-slim
                ARG RUNTIME_DEPS="ca-certificates curl"
                RUN apt-get update && apt-get install -y --no-install-recommends ${RUNTIME_DEPS} \\
                    && rm -rf /var/lib/apt/lists/*
                HEALTHCHECK CMD 1️⃣wget -qO- http://localhost:8080/health || exit 1
                CMD ["/usr/local/bin/app"]

                """
            ],
            expect: ["1️⃣": "wget is not installed"]),
        // A single binary copied out of a builder that has curl brings that binary, not curl.
        Example(
            files: [
                "Dockerfile": """
                FROM golang:1.22 AS build
                RUN CGO_ENABLED=0 go build -o /go/bin/server ./cmd/server
                FROM alpine:3.20
                COPY --from=build /go/bin/server /usr/local/bin/server
                HEALTHCHECK CMD 1️⃣curl -f http://localhost:8080/health || exit 1
                CMD ["server"]

                """
            ],
            expect: ["1️⃣": "curl is not installed"]),
    ]

    static let nonTriggering: [Example] = [
        // The same with the package in the variable.
        Example(files: [
            "Dockerfile": """
            FROM debian:bookworm-slim
            ENV TOOLS="wget ca-certificates"
            RUN apt-get update && apt-get install -y $TOOLS
            HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1

            """
        ]),
        // The builder's curl copied by name.
        Example(files: [
            "Dockerfile": """
            FROM golang:1.22 AS build
            RUN go install example.test/tool@latest
            FROM debian:bookworm-slim
            COPY --from=build /go/bin/ /usr/local/bin/
            COPY --from=build /usr/bin/curl /usr/bin/curl
            HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1

            """
        ]),
        // An `ARG` without a default comes from the build: the install stays open-ended.
        Example(files: [
            "Dockerfile": """
            FROM debian:bookworm-slim
            ARG EXTRA_PACKAGES
            RUN apt-get update && apt-get install -y curl ${EXTRA_PACKAGES}
            HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1

            """
        ]),
    ]
}
