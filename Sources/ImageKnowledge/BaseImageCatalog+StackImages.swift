// Data only: images common in self-hosted and AI stacks (the Supabase services, Paperless-ngx, Mattermost, Unleash,
// Nexus).
// Evidence cites each project's Dockerfile; absence claims are kept to what every release line described shows, the
// rest sits in `maybe`. Supabase Realtime, Immich and GitLab are left out: the Dockerfiles read do not cover
// their current release lines.

extension BaseImageCatalog {
    /// Self-hosted and AI-stack images, after the other self-hosted images.
    static let stackImageEntries: [BaseImageEntry] =
        [supabaseAuthImage, supabaseStorageImage, supabaseStudioImage, supabasePostgresMetaImage]
        + [paperlessImage, mattermostImage, unleashImage, nexusImage]

    /// Supabase Auth (formerly GoTrue) 2.x: the Go binary on Alpine, busybox wget and no curl.
    static let supabaseAuthImage = BaseImageEntry(
        repositories: ["supabase/gotrue", "supabase/auth"],
        alsoPublishedAs: [
            ImageName("public.ecr.aws", "supabase/gotrue"), ImageName("public.ecr.aws", "supabase/auth"),
        ],
        variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase],
        maybe: [["auth", "gotrue"]], busybox: true, hasShell: true,
        evidence:
            "supabase/auth Dockerfile: build stage golang alpine, final stage 'FROM alpine:3' ('Always use alpine:3'), 'apk add --no-cache ca-certificates' only, auth in /usr/local/bin with a gotrue symlink (whether GoTrue-era tags had the auth name is not shown), USER supabase, no HEALTHCHECK in the version read; supabase/supabase docker/docker-compose.yml probes auth with busybox 'wget --no-verbose --tries=1 --spider http://localhost:9999/health'; no curl, bash, python",
        majors: 2..<BaseImageEntry.openEnd, current: true, healthcheck: .unverified
    )

    /// Supabase Storage API 1.x: node alpine with the native-build toolchain left in the final stage.
    static let supabaseStorageImage = BaseImageEntry(
        repositories: ["supabase/storage-api"], alsoPublishedAs: [ImageName("public.ecr.aws", "supabase/storage-api")],
        variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.node],
        maybe: [
            ProgramSets.nodeUncertain,
            ["python3", "python", "make", "g++", "gcc", "c++", "cc", "docker-entrypoint.sh"],
        ],
        busybox: true, hasShell: true,
        evidence:
            "supabase/storage Dockerfile: base stage FROM node:20-alpine3.20 (node:22-alpine3.21 later) with 'apk add --no-cache g++ make python3', the final stage is FROM base with migrations, node_modules and dist copied in, CMD node dist/server.js, no HEALTHCHECK in the versions read; supabase/supabase PR #41037 (storage health check output 'wget: can't connect to remote host', busybox wget); no curl, bash. 0.x releases are not described",
        majors: 1..<BaseImageEntry.openEnd, current: true, healthcheck: .unverified
    )

    /// Supabase Studio: the Next.js standalone server on node slim (Debian), checked with `node -e`.
    static let supabaseStudioImage = BaseImageEntry(
        repositories: ["supabase/studio"], alsoPublishedAs: [ImageName("public.ecr.aws", "supabase/studio")],
        variants: [.full], os: .debian, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.node, ["docker-entrypoint.sh"]],
        maybe: [
            ProgramSets.debianUncertain, ProgramSets.nodeUncertain, ["git", "python3", "pnpm"],
            // Later base stages install build-essential for native modules.
            ProgramSets.buildpackFull,
        ],
        hasShell: true,
        evidence:
            "supabase/supabase studio/Dockerfile (FROM node:16-slim) and apps/studio/Dockerfile (FROM node:20-slim, then node:22-slim with 'apt-get install -y --no-install-recommends git python3 ca-certificates build-essential' in the base stage the production stage builds on): ENTRYPOINT docker-entrypoint.sh, 'HEALTHCHECK --interval=5s --timeout=5s --retries=3 CMD node -e ...' fetching /api/profile (/api/platform/profile later); supabase/supabase#27312 (studio:20240422-5cf8f30 checked with node -e); the node slim base has no curl or wget; no nc",
        healthcheck: .declared(
            "node -e \"fetch('http://localhost:3000/api/platform/profile').then((r) => {if (r.status !== 200) throw new Error(r.status)})\""
        )
    )

    /// Supabase postgres-meta 0.x: Debian slim (a pkg-built binary first, node slim later).
    static let supabasePostgresMetaImage = BaseImageEntry(
        repositories: ["supabase/postgres-meta"],
        alsoPublishedAs: [ImageName("public.ecr.aws", "supabase/postgres-meta")],
        variants: [.full], os: .debian, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential],
        maybe: [
            ProgramSets.debianUncertain, ProgramSets.node, ProgramSets.nodeUncertain,
            ["postgres-meta-linux", "docker-entrypoint.sh"],
        ],
        hasShell: true,
        evidence:
            "supabase/postgres-meta Dockerfile: early releases 'FROM debian:stable-slim' with the pkg-built ./postgres-meta-linux only; later 'FROM node:18-slim' with node_modules and dist copied in, CMD npm run start, 'HEALTHCHECK ... CMD node -e \"require('http').get('http://localhost:8080/health', ...)\"' (node is uncertain across the two); neither installs packages, so no curl, wget, nc, python",
        majors: 0..<1, current: true, healthcheck: .unverified
    )

    /// Paperless-ngx's copies on other registries.
    static let paperlessMirrors = [ImageName(nil, "paperlessngx/paperless-ngx")]

    /// Paperless-ngx: python slim (Debian) with curl for its own HEALTHCHECK, OCR tools, no wget.
    static let paperlessImage = BaseImageEntry(
        registry: "ghcr.io", repositories: ["paperless-ngx/paperless-ngx"], alsoPublishedAs: paperlessMirrors,
        variants: [.full], os: .debian, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.python,
            ["curl", "gosu", "gpg", "tesseract", "gs", "unpaper", "pngquant", "file", "supervisord"],
        ],
        maybe: [
            ProgramSets.debianUncertain, ProgramSets.procps,
            // 2.x adds the PostgreSQL and MariaDB clients, qpdf and poppler-utils.
            ["psql", "pg_isready", "mysql", "mariadb", "mysqladmin", "mariadb-admin", "qpdf", "jbig2", "pdftotext"],
            ["convert", "envsubst", "celery", "gunicorn", "uvicorn", "docker-entrypoint.sh", "paperless_cmd.sh"],
        ],
        hasShell: true,
        evidence:
            "paperless-ngx/paperless-ngx Dockerfile: early 1.x final stage FROM python:3.9-slim-bullseye with 'apt-get -y --no-install-recommends install curl gnupg imagemagick gettext tzdata gosu ... ghostscript ... tesseract-ocr ...', supervisor from pip, build-essential and git purged; 2.x FROM python:3.12-slim-bookworm with RUNTIME_PACKAGES 'curl gosu tzdata ... ghostscript gnupg imagemagick postgresql-client mariadb-client tesseract-ocr ... unpaper pngquant jbig2dec ... qpdf file ... poppler-utils' and 'HEALTHCHECK --interval=30s --timeout=10s --retries=5 CMD [\"curl\", \"-fs\", \"-S\", \"--max-time\", \"2\", \"http://localhost:8000\"]' (early releases declare none); no wget, nc, redis-cli",
        healthcheck: .unverified, healthCommand: "curl -fs -S --max-time 2 http://localhost:8000"
    )

    /// Mattermost's own images from 7.3 to 9.x: Debian slim, then Ubuntu, with curl for the HEALTHCHECK.
    static let mattermostImage = BaseImageEntry(
        repositories: ["mattermost/mattermost-team-edition", "mattermost/mattermost-enterprise-edition"],
        variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["curl", "mattermost"]],
        maybe: [
            ProgramSets.debianUncertain,
            ["mmctl", "pdftotext", "unrtf", "wvText", "tidy", "openssl", "entrypoint.sh", "update-mime-database"],
        ],
        hasShell: true,
        evidence:
            "mattermost/mattermost server/build/Dockerfile: 7.0 and 6.x were 'FROM alpine:3.14' with curl and netcat-openbsd (not described here); 7.3.0 and 7.9.1 'FROM debian:buster-slim', 7.10.2 'FROM ubuntu:jammy', then ubuntu:noble (copies of the 9.x file alike), all with 'apt-get install --no-install-recommends -y ca-certificates curl mime-support unrtf wv poppler-utils tidy (tzdata)', the release tarball in /mattermost with /mattermost/bin on PATH, 'HEALTHCHECK --interval=30s --timeout=10s CMD curl -f http://localhost:8065/api/v4/system/ping || exit 1'; no wget, nc, python. Releases from 10 on (a multi-stage build) stay unknown",
        releases: ReleaseNumber(7, 3)..<ReleaseNumber(10), healthcheck: .declared(mattermostPing),
        healthCommand: "curl -f http://localhost:8065/api/v4/system/ping"
    )
    /// Mattermost's HEALTHCHECK command.
    static let mattermostPing = "curl -f http://localhost:8065/api/v4/system/ping || exit 1"

    /// Unleash server: node alpine with npm removed; busybox wget, no curl.
    static let unleashImage = BaseImageEntry(
        repositories: ["unleashorg/unleash-server"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["node"]],
        maybe: [ProgramSets.nodeUncertain, ["nodejs", "npm", "npx", "tini", "docker-entrypoint.sh"]],
        busybox: true, hasShell: true,
        evidence:
            "Unleash/unleash-docker Dockerfile (3.x and early 4.x: FROM node:12-alpine, then node:14-alpine, USER node) and Unleash/unleash Dockerfile (ARG NODE_VERSION=16-alpine, later 20.14.0-alpine and 20.18.1-alpine, final stage FROM node:$NODE_VERSION with 'rm -rf /usr/local/lib/node_modules/npm/', USER node, CMD [\"node\", \"index.js\"]): nothing installed, no HEALTHCHECK in the versions read; compose files probe it with busybox 'wget --no-verbose --tries=1 --spider http://localhost:4242/health'; no curl, bash, python",
        healthcheck: .unverified
    )

    /// Sonatype Nexus Repository 3.67 and later: Red Hat ubi-minimal with a JDK and curl; no wget.
    static let nexusImage = BaseImageEntry(
        repositories: ["sonatype/nexus3"], variants: [.full], os: .rhel, packageManager: .microdnf,
        programs: [
            ProgramSets.coreutils, ProgramSets.javaRuntime, ["sh", "bash", "microdnf", "rpm", "curl", "tar", "ps"],
        ],
        maybe: [
            SearchPrograms.ubiMinimalUncertain, ProgramSets.procps,
            // shadow-utils and gzip are removed again; python3 is a dependency whose expat is erased.
            ["find", "xargs", "groupadd", "useradd", "adduser", "unzip", "python3", "nexus"],
            ["start-nexus-repository-manager.sh"],
        ],
        hasShell: true,
        evidence:
            "sonatype/docker-nexus3 Dockerfile.java17 (3.67.1: FROM registry.access.redhat.com/ubi8/ubi-minimal) and Dockerfile.java21 (3.93.1: FROM redhat/ubi9-minimal): 'microdnf ... install -y java-17(21)-openjdk-headless tar procps shadow-utils gzip (unzip glibc-langpack-en)', Nexus downloaded with the base image's curl (kept), 'microdnf remove -y gzip shadow-utils', USER nexus, CMD /opt/sonatype/nexus/bin/nexus run, no HEALTHCHECK; no wget, nc, jq. Earlier releases (alpine with curl and busybox wget in 3.0, centos7 in 3.12) and the -alpine tags are not described",
        releases: ReleaseNumber(3, 67)..<ReleaseNumber(BaseImageEntry.openEnd), current: true, healthcheck: .unverified
    )
}
