# Shipshape in a small image: the release binary with the Swift runtime linked in statically
# (--static-swift-stdlib), on distroless "cc" (glibc, libstdc++, libgcc; no shell, no package
# manager), running as a non-root user.
#
#   docker build -t shipshape .
#   docker run --rm -v "$PWD:/repo:ro" shipshape lint /repo
#   docker run --rm -v /var/run/docker.sock:/var/run/docker.sock shipshape wait backend --http :8000/health
#
# `wait`, `diagnose` and `lint --probe-images` speak the Engine API themselves: mount the socket
# (the non-root user needs to be in its group: add `--group-add $(stat -c %g /var/run/docker.sock)`).
ARG SWIFT_IMAGE=swift:6.1-bookworm
ARG RUNTIME_IMAGE=gcr.io/distroless/cc-debian12:nonroot

FROM ${SWIFT_IMAGE} AS build
# GRDB (the deploy history store) links the system SQLite: its headers for the build.
RUN apt-get update && apt-get install -y --no-install-recommends libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
# The Swift runtime is linked in; zlib and SQLite are the libraries distroless "cc" lacks, so they come along.
RUN swift build -c release --static-swift-stdlib --product shipshape \
    && bin="$(swift build -c release --show-bin-path)/shipshape" \
    && install -D -m 0755 "$bin" /out/usr/local/bin/shipshape \
    && mkdir -p /out/usr/lib \
    && for lib in $(ldd "$bin" | awk '/libz\.so|libsqlite3\.so/ {print $3}'); do cp -L "$lib" /out/usr/lib/; done

FROM ${RUNTIME_IMAGE}
COPY --from=build /out/ /
LABEL org.opencontainers.image.title="shipshape" \
      org.opencontainers.image.description="Finds what breaks a Docker deploy before it ships; a health gate that shows the real error." \
      org.opencontainers.image.source="https://github.com/shipshape-dev/shipshape"
WORKDIR /repo
ENTRYPOINT ["/usr/local/bin/shipshape"]
CMD ["--help"]
