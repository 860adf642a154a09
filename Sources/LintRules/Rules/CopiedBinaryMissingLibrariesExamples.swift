import ShipshapeCore

/// Examples of `copied-binary-missing-libraries`; they run as tests.
enum CopiedBinaryMissingLibrariesExamples {
    static let triggering: [Example] = [
        // curl copied into a slim image without libcurl.
        Example(
            files: [
                "Dockerfile": """
                FROM debian:bookworm AS tools
                RUN apt-get update && apt-get install -y --no-install-recommends curl
                FROM debian:bookworm-slim
                1️⃣COPY --from=tools /usr/bin/curl /usr/bin/curl
                HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1

                """
            ], expect: ["1️⃣": "curl is copied from tools without its shared libraries: curl needs libcurl4"]),
        // A musl build of curl into a glibc image.
        Example(
            files: [
                "Dockerfile": """
                FROM alpine:3.20 AS tools
                RUN apk add --no-cache curl
                FROM gcr.io/distroless/base-debian12
                1️⃣COPY --from=tools /usr/bin/curl /usr/bin/curl
                HEALTHCHECK CMD ["/usr/bin/curl", "-f", "http://localhost:8080/health"]

                """
            ], expect: ["1️⃣": "curl is linked against musl, but gcr.io/distroless/base-debian12 has glibc"]),
        // Into scratch: no C library at all.
        Example(
            files: [
                "Dockerfile": """
                FROM alpine:3.20 AS tools
                RUN apk add --no-cache wget
                FROM scratch
                COPY --from=tools /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
                1️⃣COPY --from=tools /usr/bin/wget /wget
                HEALTHCHECK CMD ["/wget", "-q", "--spider", "http://localhost:8080/health"]

                """
            ], expect: ["1️⃣": "scratch has no C library"]),
    ]

    static let nonTriggering: [Example] = [
        // The target installs the library (or the program) itself.
        Example(files: [
            "Dockerfile": """
            FROM debian:bookworm AS tools
            RUN apt-get update && apt-get install -y curl
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y --no-install-recommends libcurl4 ca-certificates
            COPY --from=tools /usr/bin/curl /usr/bin/curl

            """
        ]),
        // A static build, and a program built in the stage (a Go binary).
        Example(files: [
            "Dockerfile": """
            FROM debian:bookworm AS tools
            RUN apt-get update && apt-get install -y busybox-static
            FROM golang:1.22 AS build
            RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server
            FROM scratch
            COPY --from=tools /bin/busybox /busybox
            COPY --from=build /out/server /server

            """
        ]),
        // musl to musl; and an intermediate stage a later one copies from.
        Example(files: [
            "Dockerfile": """
            FROM alpine:3.20 AS tools
            RUN apk add --no-cache curl
            FROM alpine:3.20 AS collect
            COPY --from=tools /usr/bin/curl /opt/curl
            FROM alpine:3.20
            RUN apk add --no-cache libcurl
            COPY --from=collect /opt/curl /usr/bin/curl

            """
        ]),
    ]
}
