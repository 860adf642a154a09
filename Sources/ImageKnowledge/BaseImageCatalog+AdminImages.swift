// Data only: admin consoles, GraphQL servers and monitoring agents common in compose files (pgAdmin, phpMyAdmin,
// Hasura, cAdvisor). Evidence cites each project's Dockerfile and the issue threads where a probe broke; absence
// claims are kept to what that evidence shows, and releases the evidence does not cover stay unknown.

extension BaseImageCatalog {
    /// Admin, GraphQL and monitoring images, after the messaging images.
    static let adminImageEntries: [BaseImageEntry] = phpMyAdminImages + [pgAdminImage, hasuraImage, cadvisorImage]

    /// pgAdmin 4 (9.x): python on Alpine with bash; busybox wget, no curl; the PostgreSQL tools off PATH.
    static let pgAdminImage = BaseImageEntry(
        repositories: ["dpage/pgadmin4"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.python, ["bash", "sudo"]],
        maybe: [["gunicorn", "psql", "pg_dump", "pg_restore", "postfix", "entrypoint.sh", "useradd", "setcap"]],
        busybox: true, hasShell: true,
        evidence:
            "pgadmin-org/pgadmin4 Dockerfile (2025, pg13–pg18 tool builders): final stage FROM python:3-alpine, 'apk add bash postfix krb5-libs libjpeg-turbo shadow sudo tzdata libedit libldap libcap', gunicorn in /venv/bin and psql/pg_dump copied to /usr/local/pgsql-NN (neither on PATH), ENTRYPOINT /entrypoint.sh; busybox wget and nc; no curl. Releases before 9 are not described",
        majors: 9..<BaseImageEntry.openEnd, current: true,
        healthcheck: .noneShownBy("pgadmin-org/pgadmin4 Dockerfile")
    )

    /// phpMyAdmin's official image (5.x): built on php's apache or fpm images, which keep curl.
    static let phpMyAdminImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["phpmyadmin", "phpmyadmin/phpmyadmin"], variants: [.full], os: .debian,
            packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.php, ["curl"],
            ],
            maybe: phpDebianApplicationUncertain + [["docker-entrypoint.sh"]],
            hasShell: true,
            evidence:
                "phpmyadmin/docker apache/Dockerfile: FROM php:N-apache (php's Debian image keeps curl: the Dockerfile downloads the release with curl without installing it), gnupg and dirmngr purged after the download; fpm tags FROM php:N-fpm; phpmyadmin/docker PR #396 (netcat proposed for health checks, closed unmerged) and PR #249 (HEALTHCHECK declined); no wget, no nc. 4.x releases are not described",
            majors: 5..<BaseImageEntry.openEnd, current: true,
            healthcheck: .noneShownBy("phpmyadmin/docker apache/Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["phpmyadmin", "phpmyadmin/phpmyadmin"], variants: [.alpine], os: .alpine,
            packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.php, ["curl"],
            ],
            maybe: [ServicePrograms.phpUncertain, ["bash", "openssl", "xz", "tar", "docker-entrypoint.sh"]],
            busybox: true, hasShell: true,
            evidence:
                "phpmyadmin/docker fpm-alpine/Dockerfile: FROM php:N-fpm-alpine (curl kept by php's Alpine image), busybox wget and nc",
            majors: 5..<BaseImageEntry.openEnd, current: true,
            healthcheck: .noneShownBy("phpmyadmin/docker fpm-alpine/Dockerfile")
        ),
    ]

    /// Hasura GraphQL Engine 2.18+: Ubuntu with curl kept for the image's own HEALTHCHECK; no wget.
    static let hasuraImage = BaseImageEntry(
        repositories: ["hasura/graphql-engine"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["curl", "graphql-engine"]],
        maybe: [ProgramSets.debianUncertain, ["nc", "pg_dump", "hasura-cli", "docker-entrypoint.sh", "gpg"]],
        hasShell: true,
        evidence:
            "hasura/graphql-engine packaging/graphql-engine-base/ubuntu.dockerfile (ubuntu:jammy; 'Note: curl is not removed, it's required to support health checks'; netcat in later revisions, so nc is uncertain) and packaging/graphql-engine/Dockerfile ('HEALTHCHECK --start-period=10s CMD curl -f http://localhost:8080/healthz || exit 1'); hasura/graphql-engine#1532 (maintainer: curl and HEALTHCHECK added in v2.18.0), #8777 (curl added in 2.12, removed again in 2.14), #3371 (no curl or wget in 2019); no wget. Releases before 2.18 and v3 (another engine) stay unknown",
        releases: ReleaseNumber(2, 18)..<ReleaseNumber(3), current: true,
        healthcheck: .declared("curl -f http://localhost:8080/healthz || exit 1")
    )

    /// cAdvisor on gcr.io (v0.37+): Alpine, busybox wget for its own HEALTHCHECK, no curl.
    static let cadvisorImage = BaseImageEntry(
        registry: "gcr.io", repositories: ["cadvisor/cadvisor"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["cadvisor"]],
        maybe: [["bash", "find", "xargs", "dmsetup", "zfs", "zpool", "ndctl", "healthcheck.sh"]], busybox: true,
        hasShell: true,
        evidence:
            "google/cadvisor deploy/Dockerfile (the release image, built from the repository with ADD .): final stage FROM alpine (3.12 for v0.37), 'apk --no-cache add libc6-compat device-mapper findutils zfs ndctl' and thin-provisioning-tools, no HTTP client package, cadvisor in /usr/bin, 'HEALTHCHECK CMD wget --quiet --tries=1 --spider $CADVISOR_HEALTHCHECK_URL || exit 1' (busybox wget; deploy/healthcheck.sh with the same wget from 0.56); google/cadvisor PR #2263 (2019: 'there is no curl in the alpine image, I changed it to wget'); no curl, python; bash not shown, left uncertain. The gcr.io/cadvisor repository starts at v0.37, after that change",
        healthcheck: .unverified
    )
}
