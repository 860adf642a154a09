// Data only: what official images contain. Logic lives in BaseImageCatalog+Lookup.swift.
// Evidence cites the official image sources (docker-library/*, nginxinc/docker-nginx,
// adoptium/containers, GoogleContainerTools/distroless). Entries marked "from memory" were
// not re-checked against the file during writing; their doubtful programs sit in `maybe`.

/// The knowledge base of official base images.
public enum BaseImageCatalog {
    /// Every known image variant; the first entry matching name and variant wins.
    public static let entries: [BaseImageEntry] =
        languageAndOSEntries + serviceImageEntries + projectImageEntries + infrastructureImageEntries
        + dataImageEntries + dataStoreImageEntries + selfHostedImageEntries + runtimeImageEntries
        + searchImageEntries + messagingImageEntries + adminImageEntries + stackImageEntries + bitnamiImageEntries
        + officialAppImageEntries

    /// Language runtimes, operating systems, databases and the distroless family.
    static let languageAndOSEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["python"], variants: [.slim], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.python],
            maybe: [
                ProgramSets.debianUncertain,
                [
                    "python3.8", "python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "2to3", "pip3.11",
                    "pip3.12",
                ],
            ],
            hasShell: true,
            evidence:
                "docker-library/python 3.x/slim-bookworm/Dockerfile: FROM debian:bookworm-slim, installs only ca-certificates, netbase, tzdata at runtime; wget/gcc build deps are apt-mark auto + purged; no curl, wget, procps"
        ),
        BaseImageEntry(
            repositories: ["python"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.python, ProgramSets.procps,
                ProgramSets.buildpackCurl, ProgramSets.buildpackScm, ProgramSets.buildpackFull,
            ],
            maybe: [ProgramSets.debianUncertain, ["python3.11", "python3.12", "2to3", "convert"]],
            hasShell: true,
            evidence:
                "docker-library/python 3.x/bookworm/Dockerfile: FROM buildpack-deps:bookworm (curl, wget, gnupg, git, mercurial, openssh-client, subversion, procps, gcc, make...)"
        ),
        BaseImageEntry(
            repositories: ["python"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.python],
            maybe: [["python3.11", "python3.12", "2to3"]], busybox: true, hasShell: true,
            evidence:
                "docker-library/python 3.x/alpine3.x/Dockerfile: FROM alpine, apk add ca-certificates tzdata; build deps in virtual .build-deps are deleted; busybox provides wget/nc; no curl, no bash"
        ),
        BaseImageEntry(
            repositories: ["node"], variants: [.slim], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.node],
            maybe: [ProgramSets.debianUncertain, ProgramSets.nodeUncertain], hasShell: true,
            evidence:
                "docker-library/node 20/bookworm-slim/Dockerfile: installs ca-certificates curl wget gnupg dirmngr xz-utils, then apt-mark auto '.*' + apt-get purge --auto-remove: no curl/wget left"
        ),
        BaseImageEntry(
            repositories: ["node"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.node, ProgramSets.procps,
                ProgramSets.buildpackCurl, ProgramSets.buildpackScm, ProgramSets.buildpackFull,
            ],
            maybe: [ProgramSets.debianUncertain, ProgramSets.nodeUncertain, ["convert"]], hasShell: true,
            evidence:
                "docker-library/node 20/bookworm/Dockerfile: FROM buildpack-deps:bookworm (curl, wget, git, python3 via mercurial, gcc, make)"
        ),
        BaseImageEntry(
            repositories: ["node"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.node],
            maybe: [ProgramSets.nodeUncertain], busybox: true, hasShell: true,
            evidence:
                "docker-library/node 20/alpine3.x/Dockerfile: apk add libstdc++; curl/gnupg/tar only in virtual .build-deps(-yarn), deleted; busybox provides wget; no curl, no bash"
        ),
        BaseImageEntry(
            repositories: ["nginx"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.nginx, ["curl"]],
            maybe: [ProgramSets.debianUncertain, ["njs"]], hasShell: true,
            evidence:
                "nginxinc/docker-nginx mainline/debian/Dockerfile: FROM debian:bookworm-slim, 'apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl' (curl present; no wget)"
        ),
        BaseImageEntry(
            repositories: ["nginx"], variants: [.alpine, .alpineSlim], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.nginx, ["curl"]],
            maybe: [["njs"]], busybox: true, hasShell: true,
            evidence:
                "nginxinc/docker-nginx mainline/alpine-slim/Dockerfile: FROM alpine, '# Bring in curl and ca-certificates to make registering on DNS SD easier && apk add --no-cache curl ca-certificates'; alpine derives from alpine-slim; busybox wget"
        ),
        BaseImageEntry(
            repositories: ["redis"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.redis, ["gosu"]],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "docker-library/redis 7.x/debian/Dockerfile: FROM debian:bookworm-slim, gosu + redis built from source; wget/gcc build deps purged; no curl/wget"
        ),
        BaseImageEntry(
            repositories: ["redis"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.redis],
            maybe: [["su-exec", "gosu", "bash"]], busybox: true, hasShell: true,
            evidence:
                "docker-library/redis 7.x/alpine/Dockerfile: FROM alpine; build deps in virtual .build-deps deleted; busybox wget; no curl"
        ),
        BaseImageEntry(
            repositories: ["postgres"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.postgres, ["gosu", "locale-gen"],
            ],
            maybe: [ProgramSets.debianUncertain, ["xz", "zstd", "pg_upgrade"]], hasShell: true,
            evidence:
                "docker-library/postgres 16/bookworm/Dockerfile: FROM debian:bookworm-slim, postgresql-$PG_MAJOR from apt.postgresql.org (pg_isready, psql on PATH via /usr/lib/postgresql/$PG_MAJOR/bin), gosu, locales; no curl/wget"
        ),
        BaseImageEntry(
            repositories: ["postgres"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.postgres, ["bash"]],
            maybe: [["su-exec", "gosu", "zstd", "pg_upgrade"]], busybox: true, hasShell: true,
            evidence:
                "docker-library/postgres 16/alpine3.x/Dockerfile: built from source; runtime deps include bash (docker-entrypoint.sh is a bash script); busybox wget; no curl"
        ),
        BaseImageEntry(
            repositories: ["alpine"], variants: [.full], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase], busybox: true, hasShell: true,
            evidence:
                "alpinelinux/docker-alpine minirootfs: alpine-baselayout, busybox, musl-utils, apk-tools, ssl_client; no curl, no bash"
        ),
        BaseImageEntry(
            repositories: ["busybox"], variants: [.full], os: .busybox, packageManager: .none,
            programs: [ProgramSets.busyboxApplets, ProgramSets.busyboxImageExtras], busybox: true, hasShell: true,
            evidence:
                "docker-library/busybox: static busybox with the default applet configuration (wget, nc, httpd, telnet); no package manager"
        ),
        BaseImageEntry(
            repositories: ["debian"], variants: [.full, .slim], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "debuerreotype/docker-debian-artifacts: minbase (Essential + apt); no curl, wget, procps, netcat, python3"
        ),
        BaseImageEntry(
            repositories: ["ubuntu"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential],
            maybe: [ProgramSets.debianUncertain, ProgramSets.procps], hasShell: true,
            evidence:
                "Canonical ubuntu cloud image rootfs (minimized): Essential + apt; no curl, wget, netcat, python3; procps not verified"
        ),
        BaseImageEntry(
            repositories: ["golang"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.go, ProgramSets.procps,
                ProgramSets.buildpackCurl, ProgramSets.buildpackScm,
                ["gcc", "g++", "cc", "c++", "make", "pkg-config", "ld", "as"],
            ],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "docker-library/golang 1.x/bookworm/Dockerfile: FROM buildpack-deps:bookworm-scm (curl, wget, git, openssh-client, procps) + g++ gcc libc6-dev make pkg-config"
        ),
        BaseImageEntry(
            repositories: ["golang"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.go], busybox: true,
            hasShell: true,
            evidence:
                "docker-library/golang 1.x/alpine3.x/Dockerfile: apk add ca-certificates only; no git, no curl, no gcc"),
        BaseImageEntry(
            repositories: ["eclipse-temurin"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.javaRuntime,
                ["curl", "wget", "locale-gen"],
            ],
            maybe: [
                ProgramSets.debianUncertain, ProgramSets.procps, ProgramSets.javaDevelopment, ["p11-kit", "jlink"],
            ],
            hasShell: true,
            evidence:
                "adoptium/containers 21/jre/ubuntu/noble/Dockerfile: FROM ubuntu:24.04, 'apt-get install -y --no-install-recommends curl wget fontconfig ca-certificates p11-kit tzdata locales' ('curl required for historical reasons', adoptium/containers#255); java in /opt/java/openjdk/bin on PATH; up to 21 only",
            majors: 0..<22
        ),
        BaseImageEntry(
            repositories: ["eclipse-temurin"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.javaRuntime, ["locale-gen"]],
            maybe: [
                ProgramSets.debianUncertain, ProgramSets.procps, ProgramSets.javaDevelopment,
                ["p11-kit", "jlink", "wget"],
            ],
            hasShell: true,
            evidence:
                "adoptium/containers#814 (eclipse-temurin:25-jdk-noble: 'bash: curl: command not found', 21 has it; maintainers: deliberate, curl replaced for >= 22) and adoptium/adoptium-support#1413 ('curl used to be a build-dependency of the image and is no longer there'); wget not verified, so left uncertain",
            majors: 22..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            repositories: ["eclipse-temurin"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.javaRuntime,
                ["gpg", "openssl", "csplit"],
            ],
            maybe: [ProgramSets.javaDevelopment, ProgramSets.coreutils, ["bash"]], busybox: true, hasShell: true,
            evidence:
                "adoptium/containers 21/jre/alpine/3.21/Dockerfile: FROM alpine:3.21, 'apk add --no-cache fontconfig ttf-dejavu gnupg ca-certificates p11-kit-trust musl-locales tzdata coreutils openssl'; no curl; busybox wget (GNU coreutils replace some applets)"
        ),
        BaseImageEntry(
            repositories: ["mariadb"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.mariadb, ["gosu"]],
            maybe: [ProgramSets.debianUncertain, ["mariadb-backup", "mbstream", "pwgen", "xz", "zstd"]],
            hasShell: true,
            evidence:
                "MariaDB 11.0.1 release notes, 'Docker Official Images': the mysql* names are removed; MariaDB/mariadb-docker#512 ('latest tag 11.0.2 - mysql command is gone'), wallabag/docker#342 ('exec: \"mysqladmin\": executable file not found in $PATH'); healthcheck.sh is the documented probe; no curl/wget",
            majors: 11..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            repositories: ["mariadb"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.mariadbMySQLNames, ["gosu"]],
            maybe: [ProgramSets.debianUncertain, ProgramSets.mariadb, ["mariadb-backup", "mbstream", "pwgen"]],
            hasShell: true,
            evidence:
                "docker-library/mariadb 10.x: the server packages ship the mysql* names (BlueprintFramework/framework-docker#11: mysqladmin works in mariadb:10.5); mariadb-* names only from 10.4 (bmlt-enabled/bmlt-server#906: no mariadb-admin in 10.2), so they stay uncertain",
            majors: 5..<11
        ),
        BaseImageEntry(
            repositories: ["mongo"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.mongoServer,
                ["mongosh", "jq", "numactl"],
            ],
            maybe: [ProgramSets.debianUncertain, ProgramSets.procps, ["gosu", "js-yaml", "wget"]],
            hasShell: true,
            evidence:
                "MongoDB 6.0 removed the legacy mongo shell; the official image ships mongosh (overleaf/toolkit#332, docker-library/healthcheck#27, samyun/southwest-price-drop-bot#87 'bash: mongo: command not found'); docker-library/mongo Dockerfile installs ca-certificates jq numactl procps; no curl (senssei/mongo-cluster-docker#6)",
            majors: 6..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            repositories: ["mongo"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.mongoServer, ["mongo"]],
            maybe: [ProgramSets.debianUncertain, ProgramSets.procps, ["mongosh", "gosu", "jq", "numactl", "wget"]],
            hasShell: true,
            evidence:
                "docker-library/mongo up to 5.0 ships the legacy mongo shell (removed in 6.0, docker-library/healthcheck#27); mongosh only in some 5.0 builds, so uncertain; no curl (senssei/mongo-cluster-docker#6)",
            majors: 3..<6
        ),
        BaseImageEntry(
            registry: "mcr.microsoft.com", repositories: ["dotnet/aspnet", "dotnet/runtime"], variants: [.full, .slim],
            os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.dotnet],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "dotnet/dotnet-docker#2379 'Removal of curl from .NET 5.0 runtime Docker images' (runtime and aspnet Linux images; wget is not present either, per the same thread); dotnet/AspNetCore.Docs#24341",
            majors: 5..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            registry: "mcr.microsoft.com", repositories: ["dotnet/runtime-deps"], variants: [.full, .slim],
            os: .debian, packageManager: .apt, programs: [ProgramSets.coreutils, ProgramSets.debianEssential],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "dotnet/dotnet-docker#2379: curl removed from the .NET 5.0+ Linux images; runtime-deps is the base of runtime (no dotnet itself, for self-contained apps)",
            majors: 5..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            registry: "mcr.microsoft.com", repositories: ["dotnet/aspnet", "dotnet/runtime", "dotnet/runtime-deps"],
            variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase], maybe: [ProgramSets.dotnet],
            busybox: true, hasShell: true,
            evidence:
                "dotnet/dotnet-docker#2379 (maintainers: the Alpine images have busybox wget, no curl); FROM alpine",
            majors: 5..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            repositories: ["openjdk"], variants: [.slim], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.javaRuntime],
            maybe: [ProgramSets.debianUncertain, ProgramSets.javaDevelopment], hasShell: true,
            evidence:
                "docker-library/openjdk#196: 'The -slim variants of the images intentionally don't include wget' (nor curl); FROM debian:*-slim"
        ),
        BaseImageEntry(
            registry: "gcr.io", repositories: ["distroless/static*", "distroless/base*", "distroless/cc*"],
            variants: [.full], os: .distroless, packageManager: .none, programs: [], hasShell: false,
            evidence:
                "GoogleContainerTools/distroless base/README.md: no shell, no package manager; only ca-certificates, tzdata, /etc/passwd (and glibc/libssl for base, libgcc for cc)"
        ),
        BaseImageEntry(
            registry: "gcr.io", repositories: ["distroless/python3*"], variants: [.full], os: .distroless,
            packageManager: .none, programs: [["python3"]], maybe: [["python", "python3.11"]], hasShell: false,
            evidence: "GoogleContainerTools/distroless python3/README.md: Debian python3 in /usr/bin, no shell"),
        BaseImageEntry(
            registry: "gcr.io", repositories: ["distroless/java*"], variants: [.full], os: .distroless,
            packageManager: .none, programs: [["java"]], maybe: [["keytool"]], hasShell: false,
            evidence: "GoogleContainerTools/distroless java/README.md: entrypoint /usr/bin/java, no shell"),
        BaseImageEntry(
            registry: "gcr.io", repositories: ["distroless/nodejs*"], variants: [.full], os: .distroless,
            packageManager: .none, programs: [], maybe: [["node", "nodejs"]], hasShell: false,
            evidence:
                "GoogleContainerTools/distroless nodejs/README.md: entrypoint /nodejs/bin/node (not necessarily on PATH), no npm, no shell"
        ),
        BaseImageEntry(
            registry: "gcr.io",
            repositories: [
                "distroless/static*", "distroless/base*", "distroless/cc*", "distroless/python3*", "distroless/java*",
                "distroless/nodejs*",
            ],
            variants: [.debug], os: .distroless, packageManager: .none,
            programs: [ProgramSets.busyboxApplets], maybe: [["python3", "java", "node"]], busybox: true, hasShell: true,
            evidence:
                "GoogleContainerTools/distroless README.md: :debug images add a busybox shell at /busybox/sh (busybox applets incl. wget, no curl)"
        ),
        BaseImageEntry(
            repositories: ["scratch"], variants: [.full], os: .scratch, packageManager: .none, programs: [],
            hasShell: false, evidence: "Docker documentation: scratch is the empty image, no files at all"),
    ]
}
