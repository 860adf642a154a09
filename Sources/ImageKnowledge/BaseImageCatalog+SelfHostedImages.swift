// Data only: self-hosted applications and development services common in compose files (Gitea, Vaultwarden,
// Uptime Kuma, MailHog, LocalStack, Plausible, and the official Nextcloud and Rocket.Chat images). Evidence cites
// each project's Dockerfile; absence claims are kept to what every release line described shows, the rest sits in
// `maybe`.

extension BaseImageCatalog {
    /// Self-hosted application images, after the data-store images.
    static let selfHostedImageEntries: [BaseImageEntry] =
        [giteaImage] + vaultwardenImages + [uptimeKumaImage, mailhogImage, localstackImage, plausibleImage]
        + [nextcloudImage, rocketChatImage]

    /// Gitea (`1.22`, `1.22-rootless`, `latest`): Alpine with bash, curl and git; no HEALTHCHECK of its own.
    static let giteaImage = BaseImageEntry(
        repositories: ["gitea/gitea"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [
            ProgramSets.busyboxApplets, ProgramSets.alpineBase,
            ["bash", "curl", "git", "gpg", "envsubst", "gitea", "environment-to-ini"],
        ],
        maybe: [["ssh", "sshd", "s6-svscan", "su-exec", "sqlite3", "dumb-init", "docker-entrypoint.sh", "entrypoint"]],
        busybox: true, hasShell: true,
        evidence:
            "go-gitea/gitea Dockerfile: final stage FROM alpine, 'apk --no-cache add bash ca-certificates curl gettext git linux-pam openssh s6 sqlite su-exec gnupg', gitea in /app/gitea with a /usr/local/bin/gitea wrapper; Dockerfile.rootless (the -rootless tags): FROM alpine, 'apk --no-cache add bash ca-certificates dumb-init gettext git curl gnupg'; neither declares a HEALTHCHECK; busybox wget and nc; no python",
        healthcheck: .noneShownBy("go-gitea/gitea Dockerfiles; go-gitea/gitea#36403 and PR #36404, closed unmerged")
    )

    /// Vaultwarden's copies on other registries.
    static let vaultwardenMirrors = [
        ImageName("ghcr.io", "dani-garcia/vaultwarden"), ImageName("quay.io", "vaultwarden/server"),
    ]
    /// Vaultwarden's programs in `/`, which is not on PATH (`/healthcheck.sh` runs, `healthcheck.sh` does not).
    static let vaultwardenAtRoot = ["vaultwarden", "healthcheck.sh", "start.sh", "dumb-init"]

    /// Vaultwarden (formerly bitwarden_rs): curl for the image's own `/healthcheck.sh` in both variants.
    static let vaultwardenImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["vaultwarden/server"],
            alsoPublishedAs: vaultwardenMirrors,
            variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ["curl", "openssl"],
            ],
            maybe: [ProgramSets.debianUncertain, vaultwardenAtRoot, ["mariadb_config", "mysql_config"]],
            hasShell: true,
            evidence:
                "dani-garcia/vaultwarden docker/Dockerfile.debian (generated from Dockerfile.j2; docker/amd64/Dockerfile of 2021 alike): runtime stage FROM debian slim (bullseye, then bookworm, then trixie), 'apt-get install -y --no-install-recommends ca-certificates curl libmariadb-dev(-compat) libpq5 openssl', /vaultwarden, /healthcheck.sh and /start.sh at the root, 'HEALTHCHECK --interval=60s --timeout=10s CMD [\"/healthcheck.sh\"]'; no wget, nc, python",
            healthcheck: .declared("/healthcheck.sh"), healthCommand: "/healthcheck.sh"
        ),
        BaseImageEntry(
            repositories: ["vaultwarden/server"],
            alsoPublishedAs: vaultwardenMirrors,
            variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["curl", "openssl"],
            ],
            maybe: [vaultwardenAtRoot], busybox: true, hasShell: true,
            evidence:
                "dani-garcia/vaultwarden docker/Dockerfile.alpine: runtime stage FROM alpine, 'apk --no-cache add ca-certificates curl openssl tzdata', 'HEALTHCHECK --interval=60s --timeout=10s CMD [\"/healthcheck.sh\"]'; busybox wget; no bash, python",
            healthcheck: .declared("/healthcheck.sh"), healthCommand: "/healthcheck.sh"
        ),
    ]

    /// Uptime Kuma's Debian images from 1.9 on (`1`, `1.23.16`, `1.23.16-debian`, `2`, `2-slim`, `2-rootless`);
    /// the `-alpine` tags of 1.x are another build and stay unknown.
    static let uptimeKumaImage = BaseImageEntry(
        repositories: ["louislam/uptime-kuma"], variants: [.full, .slim], os: .debian, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.node,
            ["sqlite3", "ping", "dumb-init", "cloudflared"],
        ],
        maybe: [
            ProgramSets.debianUncertain, ProgramSets.nodeUncertain,
            ["curl", "git", "python3", "pip3", "apprise", "sudo", "nscd", "chromium", "healthcheck", "entrypoint.sh"],
            // The full 2.x tags add mariadb-server (with its client, procps, lsof, iproute2 and socat).
            ProgramSets.procps, ["mariadb", "mariadb-admin", "mysql", "mysqladmin", "lsof", "ss", "ip", "socat"],
        ],
        hasShell: true,
        evidence:
            "louislam/uptime-kuma docker/dockerfile (FROM louislam/uptime-kuma:base-debian by 1.9.1, base2 for 2.x; HEALTHCHECK extra/healthcheck) and docker/debian-base.dockerfile: 1.x base FROM node:16-buster-slim with 'apt --yes --no-install-recommends install python3 python3-pip ... sqlite3 iputils-ping util-linux dumb-init (git)' and cloudflared; 2.x base2-slim FROM node:20-bookworm-slim installing 'sqlite3 ca-certificates iputils-ping util-linux dumb-init curl sudo nscd' ('curl = for debugging'; curl is not in every 1.x base, so it stays uncertain), apprise from a deb; the node slim base purges its own curl and wget; no wget, nc",
        releases: ReleaseNumber(1, 9)..<ReleaseNumber(BaseImageEntry.openEnd), current: true,
        healthcheck: .unverified
    )

    /// MailHog: Alpine with the MailHog binary only (busybox wget, no curl).
    static let mailhogImage = BaseImageEntry(
        repositories: ["mailhog/mailhog"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["MailHog"]], busybox: true, hasShell: true,
        evidence:
            "mailhog/MailHog Dockerfile: FROM alpine, 'apk --no-cache add ca-certificates', go and git in the deleted build-dependencies virtual package, MailHog moved to /usr/local/bin, USER mailhog, ENTRYPOINT [\"MailHog\"], no HEALTHCHECK; busybox wget and nc; no curl, bash",
        healthcheck: .noneShownBy("mailhog/MailHog Dockerfile")
    )

    /// Plausible Community Edition: the Elixir release on Alpine (busybox wget, no curl).
    static let plausibleImage = BaseImageEntry(
        registry: "ghcr.io", repositories: ["plausible/community-edition"], variants: [.full], os: .alpine,
        packageManager: .apk, programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["openssl"]],
        maybe: [["certbot", "python3", "python", "plausible", "entrypoint.sh"]], busybox: true, hasShell: true,
        evidence:
            "plausible/analytics Dockerfile: the release is built in hexpm/elixir alpine (git, nodejs, python3, wget, gcc there only), the main image is FROM alpine with 'apk add --no-cache openssl ncurses libstdc++ libgcc ca-certificates' (+ certbot for MIX_ENV=ce), the release in /app and /entrypoint.sh (neither on PATH), USER 999; busybox wget and nc; no curl, bash",
        // Only one release's Dockerfile was read: whether later ones declare a HEALTHCHECK stays open.
        healthcheck: .unverified
    )

    /// LocalStack 1.x and later: python slim with curl, node and the AWS CLI; no wget.
    static let localstackImage = BaseImageEntry(
        repositories: ["localstack/localstack"], variants: [.full], os: .debian, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.python, ProgramSets.procps,
            ProgramSets.node,
            ["curl", "git", "make", "zip", "unzip", "ping", "ip", "ss", "aws", "awslocal", "docker-entrypoint.sh"],
        ],
        maybe: [
            ProgramSets.debianUncertain,
            // Releases of 2021 installed Java 11 and PostgreSQL too.
            ["localstack", "localstack-supervisor", "gpg", "kubectl", "k3d", "java", "psql", "pg_isready"],
        ],
        hasShell: true,
        evidence:
            "localstack/localstack Dockerfile: base stage FROM python:3.11-slim-bookworm (3.13-slim-trixie later), 'apt-get install -y --no-install-recommends ca-certificates curl gnupg git make openssl tar pixz zip unzip groff-base iputils-ping nss-passwords procps iproute2 xz-utils', node from nodejs.org dist, 'pip3 install awscli awscli-local', HEALTHCHECK '/opt/code/localstack/.venv/bin/localstack status services'; releases of 2021 (Node 14 from nodesource, postgresql) were Debian with curl too; no wget, nc. 0.x releases before that were Alpine and stay unknown",
        majors: 1..<BaseImageEntry.openEnd, current: true,
        healthcheck: .declared("/opt/code/localstack/.venv/bin/localstack status services --format=json"),
        healthCommand: "/opt/code/localstack/.venv/bin/localstack status services"
    )

    /// The official Nextcloud image's Debian variants (`30`, `30-apache`, `30-fpm`, `stable`): the php image with
    /// curl kept, plus busybox-static for cron; `-fpm-alpine` stays unknown.
    static let nextcloudImage = BaseImageEntry(
        repositories: ["nextcloud"], variants: [.full], os: .debian, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.php,
            ["curl", "busybox", "rsync", "bzip2", "bunzip2", "xz", "unxz"],
        ],
        maybe: [
            ProgramSets.debianUncertain, ServicePrograms.phpUncertain, ServicePrograms.phpizeDeps,
            ServicePrograms.apache2, ProgramSets.procps, ["entrypoint.sh", "cron.sh"],
            // busybox-static brings /bin/busybox only, but as elsewhere in the catalog an installed busybox
            // leaves its applets (wget, nc, ps...) open rather than absent.
            ProgramSets.busyboxApplets,
        ],
        hasShell: true,
        evidence:
            "nextcloud/docker 30/apache/Dockerfile (generated from Dockerfile-debian.template; fpm alike): FROM php:8.2-apache-bookworm (curl and xz-utils kept by the php image), 'apt-get install -y --no-install-recommends busybox-static bzip2 libldap-common libmagickcore-6.q16-6-extra rsync' (cron.sh runs 'busybox crond'; whether applet names such as wget are linked is not shown, so they stay uncertain), build deps and gnupg purged; no python, node, jq",
        healthcheck: .none
    )

    /// The official Rocket.Chat image from 2.4 on: node on Debian slim, every fetch and build tool purged.
    static let rocketChatImage = BaseImageEntry(
        repositories: ["rocket.chat"], variants: [.full], os: .debian, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.node],
        maybe: [ProgramSets.debianUncertain, ProgramSets.nodeUncertain, ["deno", "fc-cache", "fc-list"]],
        hasShell: true,
        evidence:
            "RocketChat/Docker.Official.Image 3.18/Dockerfile (FROM debian:buster-slim, node from nodejs.org) and 8.1/Dockerfile (FROM node:22-bookworm-slim, deno added): curl, wget, gnupg, g++, make and python installed to fetch and build, then 'apt-mark auto' + 'apt-get purge -y --auto-remove' keeping only ldd-found libraries and fontconfig; RocketChat/Docker.Official.Image#107 (2.4.11: 'neither curl or wget are available', 2.3.1 had curl); no curl, wget, nc, python",
        releases: ReleaseNumber(2, 4)..<ReleaseNumber(BaseImageEntry.openEnd), current: true, healthcheck: .none
    )
}
