// Data only: Docker Official Images of applications and tools common in compose files (docker, telegraf,
// chronograf, kapacitor, redmine, drupal, varnish, odoo, matomo) and HashiCorp's consul. Evidence cites the docker-library (or project)
// Dockerfiles; absence claims are kept to what those show, and what changed between releases sits in `maybe`.

extension BaseImageCatalog {
    /// Official application images and HashiCorp's.
    static let officialAppImageEntries: [BaseImageEntry] =
        [dockerImage] + influxDataToolEntries + [redmineImage, consulImage, varnishImage, odooImage, matomoImage]
        + drupalEntries

    /// The docker image: the CLI on Alpine (`cli` tags), with the daemon added (`dind`, `dind-rootless`).
    static let dockerImage = BaseImageEntry(
        repositories: ["docker"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["docker", "ssh", "docker-entrypoint.sh"]],
        maybe: [
            [
                "docker-compose", "git", "dockerd", "dockerd-entrypoint.sh", "dind", "containerd",
                "containerd-shim-runc-v2", "ctr", "runc", "docker-init", "docker-proxy", "rootlesskit",
                "rootlesskit-docker-proxy", "vpnkit", "modprobe", "iptables", "ip6tables", "iptables-legacy",
                "openssl", "pigz", "xz", "mkfs.btrfs", "btrfs", "mkfs.ext4", "mkfs.xfs", "zfs", "zpool",
                "fuse-overlayfs", "scp", "sftp", "ssh-keygen", "ssh-keyscan", "ssh-add", "ssh-agent",
            ]
        ],
        busybox: true, hasShell: true,
        evidence:
            "docker-library/docker 27/cli/Dockerfile: FROM alpine:3.21, 'apk add --no-cache ca-certificates openssh-client git', the static docker CLI in /usr/local/bin (fetched with busybox wget), buildx and compose plugins; 20.10/cli/Dockerfile the same with libc6-compat instead of git; 27/dind/Dockerfile FROM docker:27-cli adds btrfs-progs, e2fsprogs, iptables, openssl, pigz, xfsprogs, xz, zfs and dockerd/containerd/runc; dind-rootless adds iproute2, fuse-overlayfs, rootlesskit. A tag cannot tell cli from dind apart, so the daemon's programs, git and compose (not in every 20.10 build) are uncertain; no curl, bash, python in any of them. windowsservercore tags are other builds",
        majors: 20..<BaseImageEntry.openEnd, current: true
    )

    /// InfluxData's images (influxdata/influxdata-docker, the official telegraf, chronograf and kapacitor).
    static let influxDataToolEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["telegraf"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.buildpackCurl, ProgramSets.procps,
                ["telegraf", "ping", "sensors", "snmpget", "snmpwalk"],
            ],
            maybe: [ProgramSets.debianUncertain, ["setcap", "getcap", "snmpbulkwalk", "snmptranslate"]],
            hasShell: true,
            evidence:
                "influxdata/influxdata-docker telegraf/1.36/Dockerfile: FROM buildpack-deps:bookworm-curl (curl, wget, gnupg), 'apt-get install iputils-ping snmp procps lm-sensors libcap2-bin', telegraf from its .deb; telegraf/1.10/Dockerfile the same on buildpack-deps:stretch-curl (without libcap2-bin); no python. -distroless tags (1.37+) are another build",
            majors: 1..<2, current: true
        ),
        BaseImageEntry(
            repositories: ["telegraf"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["telegraf", "ping", "sensors"]],
            maybe: [["setpriv", "setcap", "getcap", "snmpget", "snmpwalk", "entrypoint.sh"]], busybox: true,
            hasShell: true,
            evidence:
                "influxdata/influxdata-docker telegraf/1.36/alpine/Dockerfile: FROM alpine:3.22, 'apk add --no-cache iputils ca-certificates net-snmp-tools procps lm_sensors tzdata setpriv libcap', wget, gnupg and tar only as .build-deps (deleted), telegraf copied to /usr/bin; no curl, bash, python",
            majors: 1..<2, current: true
        ),
        BaseImageEntry(
            repositories: ["chronograf"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["chronograf", "curl", "gpg", "dirmngr"]],
            maybe: [ProgramSets.debianUncertain, ["chronoctl", "entrypoint.sh"]], hasShell: true,
            evidence:
                "influxdata/influxdata-docker chronograf/1.10/Dockerfile and chronograf/1.11/Dockerfile: FROM debian:bookworm-slim, 'apt-get install gnupg ca-certificates dirmngr' then 'apt-get install ca-certificates curl' (the purge names an empty $buildDeps, so curl stays), chronograf from its .deb; no wget, python",
            releases: ReleaseNumber(1, 10)..<ReleaseNumber(1, 12), current: true
        ),
        BaseImageEntry(
            repositories: ["kapacitor"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.buildpackCurl,
                ["kapacitor", "kapacitord"],
            ],
            maybe: [ProgramSets.debianUncertain, ProgramSets.procps, ["tickfmt", "entrypoint.sh"]], hasShell: true,
            evidence:
                "influxdata/influxdata-docker kapacitor/1.7/Dockerfile: FROM buildpack-deps:jammy-curl (curl, wget, gnupg), 'apt-get install -y bash-completion', kapacitor from its .deb; no python. Older releases (other buildpack-deps bases) and the alpine tags are not described",
            releases: ReleaseNumber(1, 7)..<ReleaseNumber(1, 8), current: true
        ),
    ]

    /// Redmine's Debian tags: ruby slim with wget and the SCM clients, no curl.
    static let redmineImage = BaseImageEntry(
        repositories: ["redmine"], variants: [.full], os: .debian, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.ruby,
            ["wget", "git", "ssh", "svn", "hg", "tini", "gosu", "gs"],
        ],
        maybe: [
            ProgramSets.debianUncertain, ServicePrograms.rubyUncertain, ProgramSets.procps,
            ["bzr", "brz", "convert", "magick", "python3", "rails", "puma", "docker-entrypoint.sh"],
        ],
        hasShell: true,
        evidence:
            "docker-library/redmine 6.0/trixie/Dockerfile: FROM ruby:3.3-slim-trixie (no curl or wget, docker-library/ruby), 'apt-get install --no-install-recommends bzr ca-certificates ghostscript git gsfonts imagemagick mercurial openssh-client subversion tini tzdata-legacy wget', gosu in /usr/local/bin, the build dependencies purged; no curl. Alpine tags are not described",
        majors: 6..<7, current: true
    )

    /// HashiCorp's consul image: Alpine with the consul binary in /bin.
    static let consulImage = BaseImageEntry(
        repositories: ["hashicorp/consul"], alsoPublishedAs: [ImageName(nil, "consul")], variants: [.full],
        os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["consul"]],
        maybe: [
            [
                "curl", "jq", "dumb-init", "su-exec", "openssl", "gpg", "nft", "iptables", "setcap", "getcap",
                "docker-entrypoint.sh",
            ]
        ],
        busybox: true, hasShell: true,
        evidence:
            "hashicorp/consul Dockerfile (official and default targets): FROM alpine, 'apk add --no-cache ca-certificates dumb-init gnupg gnutls libcap openssl su-exec iputils jq libc6-compat nftables tzdata zlib curl', consul in /bin; hashicorp/docker-consul 0.X/Dockerfile (consul 1.9.14, the official consul image's source) FROM alpine:3.13 with the same list and iptables for nftables, curl there since hashicorp/docker-consul PR #30 (2016); the releases between were not each checked, so curl, jq and the firewall tools stay uncertain; no bash, python. -ubi tags are built on ubi-minimal (another image)",
        majors: 1..<2, current: true, healthcheck: .noneShownBy("hashicorp/consul Dockerfile"),
        healthCommand: "consul members"
    )

    /// What applications built on php's Debian apache/fpm images may have: the variant's server, PHPIZE_DEPS (kept
    /// unless the application's purge marks them auto), procps (pulled in by apache2) and xz-utils.
    static let phpDebianApplicationUncertain: [[String]] = [
        ProgramSets.debianUncertain, ServicePrograms.phpUncertain, ServicePrograms.apache2, ServicePrograms.phpizeDeps,
        ProgramSets.procps, ["xz", "unxz"],
    ]

    /// Drupal 10 and later: the php apache/fpm images (curl kept, no wget) with composer and the site in /opt/drupal.
    static let drupalEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["drupal"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.php, ["curl", "composer"],
            ],
            maybe: phpDebianApplicationUncertain + [["drush"]],
            hasShell: true,
            evidence:
                "docker-library/drupal 11.1/php8.3/apache-bookworm/Dockerfile (10.4 the same template): FROM php:8.3-apache-bookworm (curl and xz-utils kept, no wget, docker-library/php), the gd/zip/pgsql build libraries apt-mark auto + purged, composer copied from composer:2 to /usr/local/bin, /opt/drupal/vendor/bin on PATH; fpm tags FROM php:fpm; no wget, python, nc",
            majors: 10..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            repositories: ["drupal"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.php,
                ["curl", "openssl", "xz", "tar", "composer"],
            ],
            maybe: [ServicePrograms.phpUncertain, ["drush"]], busybox: true, hasShell: true,
            evidence:
                "docker-library/drupal 11.1/php8.3/fpm-alpine3.21/Dockerfile: FROM php:8.3-fpm-alpine3.21 (curl, openssl, tar, xz kept; busybox wget), coreutils and the -dev packages only in the deleted .build-deps, composer from composer:2; no bash, python",
            majors: 10..<BaseImageEntry.openEnd, current: true
        ),
    ]

    /// Varnish 7 (varnish/docker-varnish, the official image's source): Debian slim with the build tools purged.
    static let varnishImage = BaseImageEntry(
        repositories: ["varnish"], variants: [.full], os: .debian, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential,
            ["varnishd", "varnishadm", "varnishlog", "varnishstat", "varnishncsa"],
        ],
        maybe: [
            ProgramSets.debianUncertain,
            [
                "varnishtop", "varnishhist", "varnishtest", "varnishreload", "install-vmod",
                "docker-varnish-entrypoint", "gcc", "cc", "cpp", "ld", "as",
            ],
        ],
        hasShell: true,
        evidence:
            "varnish/docker-varnish fresh/debian/Dockerfile.tmpl and the generated 7.2 Dockerfile: FROM debian:*-slim, curl git pkg-config dpkg-dev and the other BASE_PKGS installed for the build, then 'apt-get -y purge --auto-remove varnish-build-deps $BASE_PKGS' (curl purged), varnish from the packages built there (its runtime pulls in gcc for VCL, left uncertain); no curl, wget, python. 6.x and the alpine tags are not described",
        majors: 7..<8
    )

    /// Odoo 17 and 18 (odoo/docker, the official image's source): Ubuntu with curl, python3 and the postgres client.
    static let odooImage = BaseImageEntry(
        repositories: ["odoo"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential,
            ["curl", "python3", "pip3", "gpg", "dirmngr", "odoo", "psql", "pg_dump", "wkhtmltopdf", "npm", "lessc"],
        ],
        maybe: [
            ProgramSets.debianUncertain, ProgramSets.procps,
            ["wget", "nc", "python", "pip", "node", "nodejs", "rtlcss", "xz", "unxz", "wait-for-psql.py"],
        ],
        hasShell: true,
        evidence:
            "odoo/docker 17.0/Dockerfile (FROM ubuntu:jammy) and 18.0/Dockerfile (FROM ubuntu:noble): 'apt-get install --no-install-recommends ca-certificates curl dirmngr fonts-noto-cjk gnupg libssl-dev node-less npm python3-* xz-utils', wkhtmltox from its .deb, postgresql-client from apt.postgresql.org, rtlcss from npm, odoo from its nightly .deb; wget is not installed by the Dockerfile, but what the many packages pull in was not checked, so it stays uncertain",
        majors: 17..<19
    )

    /// Matomo 3 and 4 on Debian (matomo-org/docker): the php apache/fpm images, curl kept, no wget.
    static let matomoImage = BaseImageEntry(
        repositories: ["matomo"], variants: [.full], os: .debian, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.php, ["curl"]],
        maybe: phpDebianApplicationUncertain + [["entrypoint.sh"]],
        hasShell: true,
        evidence:
            "matomo-org/docker Dockerfile-debian.template (3.9: FROM php:7.3-%%VARIANT%%) and the generated apache Dockerfile of 4.15.1 (FROM php:8.1-apache): the extension build libraries (and procps in 4.x) apt-mark auto + purged, Matomo downloaded with the php image's curl, dirmngr and gnupg purged again; no wget, python, nc. 5.x and the fpm-alpine tags are not described",
        majors: 3..<5
    )
}
