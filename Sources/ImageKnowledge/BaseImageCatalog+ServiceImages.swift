// Data only: official Docker Hub images of services and servers (web servers, proxies, brokers).
// Evidence cites the image's official Dockerfile (docker-library/*) or the maintainers' issue tracker.
// Rules only ever report the absence of probe tools (curl, wget, nc, ps, bash, python...), so each entry
// is checked against those first; programs an image may or may not have sit in `maybe`.

extension BaseImageCatalog {
    /// Official Docker Hub images of services, after the language and OS entries.
    static let serviceImageEntries: [BaseImageEntry] =
        mysqlEntries + phpEntries + rubyEntries + webServerEntries + brokerAndCacheEntries + applicationEntries
        + databaseToolEntries + javaEntries

    /// docker-library/mysql: Oracle Linux slim since 8.0 (a Debian variant only for 5.7 and 8.0).
    static let mysqlEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["mysql"], variants: [.full], os: .rhel, packageManager: .microdnf,
            programs: [ProgramSets.coreutils, ServicePrograms.oracleSlim, ServicePrograms.mysql, ["curl", "mysqlsh"]],
            maybe: [ServicePrograms.oracleSlimUncertain, ServicePrograms.mysqlUncertain], hasShell: true,
            evidence:
                "docker-library/mysql 8.4/Dockerfile.oracle (innovation and 9.x alike): FROM oraclelinux:9-slim, downloads gosu with the base image's curl, 'microdnf install -y bzip2 gzip openssl xz zstd findutils', mysql-community-server-minimal (mysqld, mysql, mysqladmin) and mysql-shell; no wget, no nc",
            majors: 9..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            repositories: ["mysql"], variants: [.full], os: .rhel, packageManager: .microdnf,
            programs: [ProgramSets.coreutils, ServicePrograms.oracleSlim, ServicePrograms.mysql],
            maybe: [
                ServicePrograms.oracleSlimUncertain, ServicePrograms.mysqlUncertain, ServicePrograms.mysqlDebian,
                ["curl", "mysqlsh"],
            ],
            hasShell: true,
            evidence:
                "docker-library/mysql 8.4/Dockerfile.oracle: FROM oraclelinux:9-slim (curl from the base, mysqladmin from server-minimal); 8.0/Dockerfile.debian (the 8.0-debian tags): FROM debian slim, wget only to fetch gosu and purged, no curl; so curl is uncertain for major 8, wget and nc are in neither",
            majors: 8..<9
        ),
        BaseImageEntry(
            repositories: ["mysql"], variants: [.full], os: .rhel, packageManager: .yum,
            programs: [ProgramSets.coreutils, ServicePrograms.mysql, ["sh", "bash", "grep", "sed", "gosu"]],
            maybe: [
                ServicePrograms.oracleSlim, ServicePrograms.oracleSlimUncertain, ServicePrograms.mysqlUncertain,
                ServicePrograms.mysqlDebian, ["curl", "mysqlsh"],
            ],
            hasShell: true,
            evidence:
                "docker-library/mysql 5.7/Dockerfile.oracle: FROM oraclelinux:7-slim, curl from the base, 'yum install mysql-community-server-minimal'; 5.7/Dockerfile.debian (older 5.7 tags): FROM debian:buster-slim, 'apt-get install openssl perl xz-utils' + mysql-server, wget purged after fetching gosu; no wget or nc in either",
            majors: 5..<8
        ),
    ]

    /// docker-library/php: Debian (cli, fpm, apache, zts) keeps PHPIZE_DEPS and curl; Alpine keeps curl.
    static let phpEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["php"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.php, ServicePrograms.phpizeDeps,
                ["curl", "xz", "unxz"],
            ],
            maybe: [
                ProgramSets.debianUncertain, ServicePrograms.phpUncertain, ServicePrograms.apache2, ProgramSets.procps,
            ],
            hasShell: true,
            evidence:
                "docker-library/php 8.3/bookworm/apache/Dockerfile (cli and fpm alike): FROM debian:bookworm-slim, persistent 'apt-get install $PHPIZE_DEPS ca-certificates curl xz-utils' (autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c); build deps and gnupg purged; no wget, no nc (docker-library/wordpress#815: no fcgi either). php-fpm only in -fpm, apache2 (whose package pulls in procps) only in -apache"
        ),
        BaseImageEntry(
            repositories: ["php"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.php,
                ["curl", "openssl", "xz", "tar"],
            ],
            maybe: [ServicePrograms.phpUncertain, ServicePrograms.apache2], busybox: true, hasShell: true,
            evidence:
                "docker-library/php 8.3/alpine3.22/fpm/Dockerfile: FROM alpine, 'apk add --no-cache ca-certificates curl openssl tar xz'; PHPIZE_DEPS only in the deleted .build-deps; busybox wget and nc; no bash"
        ),
    ]

    /// docker-library/ruby: full derives from buildpack-deps; slim and alpine purge their download tools.
    static let rubyEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["ruby"], variants: [.slim], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.ruby],
            maybe: [ProgramSets.debianUncertain, ServicePrograms.rubyUncertain, ProgramSets.procps], hasShell: true,
            evidence:
                "docker-library/ruby 3.3/slim-bookworm/Dockerfile: FROM debian:bookworm-slim, 'apt-get install ca-certificates' only; wget, gcc, make, xz-utils are build deps, apt-mark auto + purged; no curl or wget (govuk-paas/paas-cf#502: 'Ruby slim container no longer has curl'); procps left uncertain, as older slim tags installed it"
        ),
        BaseImageEntry(
            repositories: ["ruby"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.ruby, ProgramSets.procps,
                ProgramSets.buildpackCurl, ProgramSets.buildpackScm, ProgramSets.buildpackFull,
            ],
            maybe: [ProgramSets.debianUncertain, ServicePrograms.rubyUncertain, ["convert"]], hasShell: true,
            evidence:
                "docker-library/ruby 3.3/bookworm/Dockerfile: FROM buildpack-deps:bookworm (curl, wget, git, procps, gcc, make), ruby built into /usr/local"
        ),
        BaseImageEntry(
            repositories: ["ruby"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.ruby],
            maybe: [ServicePrograms.rubyUncertain], busybox: true, hasShell: true,
            evidence:
                "docker-library/ruby 3.3/alpine3.22/Dockerfile: FROM alpine; everything (procps, openssl, xz, make, gcc) in the deleted virtual .ruby-builddeps, only scanelf-found libraries kept; busybox wget; no curl, no bash"
        ),
    ]

    /// Web servers and reverse proxies: httpd, haproxy, traefik, caddy.
    static let webServerEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["httpd"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.httpd],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "docker-library/httpd 2.4/Dockerfile: FROM debian slim, runtime 'apt-get install ca-certificates libaprutil1-ldap libldap-common'; wget, gcc, make are build deps, apt-mark auto + purged; httpd in /usr/local/apache2/bin (on PATH); no curl, wget, procps"
        ),
        BaseImageEntry(
            repositories: ["httpd"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.httpd],
            maybe: [["perl"]], busybox: true, hasShell: true,
            evidence:
                "docker-library/httpd 2.4/alpine/Dockerfile: FROM alpine; build deps (gcc, gnupg, make, tar) in the deleted .build-deps, runtime deps apr-util and perl kept as .httpd-rundeps; busybox wget; no curl, no bash"
        ),
        BaseImageEntry(
            repositories: ["haproxy"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["haproxy", "docker-entrypoint.sh"]],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "docker-library/haproxy 3.0/Dockerfile: FROM debian:bookworm-slim, runtime 'apt-get install ca-certificates' only; gcc, make, wget purged after the build; USER haproxy; no curl, wget, nc, procps; docker-library/haproxy#85 (request to add curl or wget declined)"
        ),
        BaseImageEntry(
            repositories: ["haproxy"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["haproxy", "docker-entrypoint.sh"]],
            busybox: true, hasShell: true,
            evidence:
                "docker-library/haproxy 3.0/alpine/Dockerfile: FROM alpine, 'apk add ca-certificates'; build deps (openssl, tar, make) in the deleted .build-deps; busybox wget and nc; no curl, no bash"
        ),
        BaseImageEntry(
            repositories: ["traefik"], variants: [.full, .alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["traefik", "entrypoint.sh"]],
            busybox: true, hasShell: true,
            evidence:
                "traefik/traefik-library-image v3.6/alpine/Dockerfile (the Docker Hub official image; v2.11 alike): FROM alpine, 'apk --no-cache add ca-certificates tzdata', traefik in /usr/local/bin; reportportal/reportportal#2691 (traefik:v2.11: '/bin/sh: curl: not found', wget works). 1.x plain tags were FROM scratch (traefik/traefik#2995 runs /traefik), so only 2+ and 1.x -alpine are described",
            majors: 2..<BaseImageEntry.openEnd, current: true
        ),
        BaseImageEntry(
            repositories: ["traefik"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["traefik"]],
            maybe: [["entrypoint.sh"]], busybox: true, hasShell: true,
            evidence:
                "traefik/traefik#5226 (traefik:v1.7.14-alpine: 'curl is not included in the alpine image', traefik healthcheck used instead); containous/traefik-library-image#12 (the alpine image has wget)",
            majors: 1..<2
        ),
        BaseImageEntry(
            repositories: ["caddy"], variants: [.full, .alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["caddy"]],
            maybe: [["curl", "go", "git", "xcaddy"]], busybox: true, hasShell: true,
            evidence:
                "caddyserver/caddy-docker 2.10/alpine/Dockerfile: FROM alpine, 'apk add --no-cache ca-certificates libcap mailcap', caddy in /usr/bin; busybox wget (used by the Dockerfile itself); curl left uncertain: absent per caddyserver/caddy-docker#420 (2025), which maintainers considered adding; -builder tags are golang-based"
        ),
    ]

    /// Message brokers and caches: rabbitmq (plain and management), memcached.
    static let brokerAndCacheEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["rabbitmq"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.rabbitmq, ["gosu", "openssl"],
            ],
            maybe: [ProgramSets.debianUncertain, ProgramSets.procps, ServicePrograms.rabbitmqManagement],
            hasShell: true,
            evidence:
                "docker-library/rabbitmq 3.13/ubuntu/Dockerfile (4.x alike): FROM ubuntu:24.04, 'apt-get install ca-certificates gosu tzdata'; gnupg, wget, xz-utils purged after fetching RabbitMQ; Erlang and OpenSSL copied from build stages; no curl, wget, nc (docker-library/rabbitmq#704 asks for netcat); 3.7/debian/Dockerfile (older tags) purged wget the same way. -management tags add python3 and rabbitmqadmin (3.13/ubuntu/management/Dockerfile), so those stay uncertain"
        ),
        BaseImageEntry(
            repositories: ["rabbitmq"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.rabbitmq, ProgramSets.procps,
                ["bash", "su-exec", "openssl"],
            ],
            maybe: [ServicePrograms.rabbitmqManagement], busybox: true, hasShell: true,
            evidence:
                "docker-library/rabbitmq 3.13/alpine/Dockerfile: FROM alpine, 'apk add su-exec bash procps tzdata' ('ps' for 'rabbitmqctl wait'); gnupg and xz in the deleted .build-deps; busybox wget and nc; no curl"
        ),
        BaseImageEntry(
            repositories: ["memcached"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["memcached", "docker-entrypoint.sh"]],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "docker-library/memcached 1/debian/Dockerfile: FROM debian:bookworm-slim, 'apt-get install libsasl2-modules'; wget, gcc, perl modules purged after the build; docker-library/memcached#91: 'base image has no telnet nor nc' (maintainers: nc works on alpine, bash /dev/tcp on Debian); no curl, wget"
        ),
        BaseImageEntry(
            repositories: ["memcached"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["memcached", "docker-entrypoint.sh"]],
            busybox: true, hasShell: true,
            evidence:
                "docker-library/memcached 1/alpine/Dockerfile: FROM alpine, 'apk add libsasl'; build deps (openssl, perl) in the deleted .build-deps; docker-library/memcached#91: 'echo version | nc -vn -w 1 127.0.0.1 11211' works on alpine (busybox nc); no curl, no bash"
        ),
    ]

    /// Applications built on the language images: wordpress (on php), ghost (on node).
    static let applicationEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["wordpress"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ServicePrograms.php, ["sh", "curl", "docker-entrypoint.sh"]],
            maybe: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.debianUncertain,
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.procps, ServicePrograms.phpUncertain,
                ServicePrograms.phpizeDeps, ServicePrograms.apache2, ["gs", "wp", "mysql", "mariadb", "less"],
            ],
            hasShell: true,
            evidence:
                "docker-library/wordpress latest/php8.3/apache/Dockerfile: FROM php:8.3-apache (curl kept; the Dockerfile downloads WordPress with it), adds ghostscript; fpm tags FROM php:fpm; the cli tags (wp-cli) are built on php alpine, so only what both share is certain (no python3, no node)"
        ),
        BaseImageEntry(
            repositories: ["wordpress"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.php,
                ["curl", "openssl", "xz", "tar", "docker-entrypoint.sh"],
            ],
            maybe: [ServicePrograms.phpUncertain, ["bash", "gs", "wp", "mysql", "mariadb", "less"]], busybox: true,
            hasShell: true,
            evidence:
                "docker-library/wordpress latest/php8.3/fpm-alpine/Dockerfile: FROM php:8.3-fpm-alpine (curl kept, busybox wget and nc)"
        ),
        BaseImageEntry(
            repositories: ["ghost"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.node,
                ["gosu", "ghost", "docker-entrypoint.sh"],
            ],
            maybe: [ProgramSets.debianUncertain, ProgramSets.nodeUncertain], hasShell: true,
            evidence:
                "docker-library/ghost 6/bookworm/Dockerfile: FROM node:22-bookworm-slim; wget, gnupg (for gosu) and g++, make, python3 (for the install) apt-mark auto + purged; ghost-cli via npm; no curl, wget, python3"
        ),
        BaseImageEntry(
            repositories: ["ghost"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.node,
                ["bash", "gosu", "ghost", "docker-entrypoint.sh"],
            ],
            maybe: [ProgramSets.nodeUncertain], busybox: true, hasShell: true,
            evidence:
                "docker-library/ghost 6/alpine3.23/Dockerfile: FROM node:22-alpine, 'apk add --no-cache bash'; gnupg (for gosu) and g++, make, python3 (for the install) in deleted virtual groups; busybox wget; no curl, no python3"
        ),
    ]

    /// Database tools and time-series servers: adminer, mongo-express, influxdb 2.
    static let databaseToolEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["adminer"], variants: [.full, .alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.php, ["curl", "entrypoint.sh"],
            ],
            maybe: [ServicePrograms.phpUncertain], busybox: true, hasShell: true,
            evidence:
                "TimWolla/docker-adminer 5/Dockerfile: FROM php:8.4-alpine (curl kept, the Dockerfile downloads Adminer with it); extension build deps deleted; USER adminer; every tag (standalone, fastcgi) is alpine-based; busybox wget and nc; no bash"
        ),
        BaseImageEntry(
            repositories: ["mongo-express"], variants: [.full, .alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.node,
                ["bash", "tini", "docker-entrypoint.sh"],
            ],
            maybe: [ProgramSets.nodeUncertain], busybox: true, hasShell: true,
            evidence:
                "mongo-express/mongo-express-docker 1.0/20-alpine3.19/Dockerfile: FROM node:20-alpine, 'apk add --no-cache bash tini'; git in the deleted .me-fetch-deps; busybox wget; no curl"
        ),
        BaseImageEntry(
            repositories: ["influxdb"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ServicePrograms.influxdb,
                ["curl", "gpg", "gosu"],
            ],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "influxdata/influxdata-docker influxdb/2.7/Dockerfile: FROM debian slim, 'apt-get install ca-certificates curl gnupg' (kept), influxd, influx and dasel in /usr/local/bin; no wget, nc, procps. 1.x (buildpack-deps based) and 3.x are not described",
            majors: 2..<3
        ),
        BaseImageEntry(
            repositories: ["influxdb"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [
                ProgramSets.busyboxApplets, ProgramSets.alpineBase, ServicePrograms.influxdb,
                ["bash", "curl", "gpg", "su-exec", "run-parts"],
            ],
            busybox: true, hasShell: true,
            evidence:
                "influxdata/influxdata-docker influxdb/2.7/alpine/Dockerfile: FROM alpine, 'apk add --no-cache bash ca-certificates curl gnupg run-parts su-exec tzdata'; busybox wget and nc",
            majors: 2..<3
        ),
    ]

    /// Java distributions other than eclipse-temurin.
    static let javaEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["amazoncorretto"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.javaRuntime],
            maybe: [ProgramSets.javaDevelopment], busybox: true, hasShell: true,
            evidence:
                "corretto/corretto-docker 21/jdk/alpine/3.22/Dockerfile: FROM alpine, fetches the key with busybox wget, 'apk add --no-cache amazon-corretto-21' only; java via JAVA_HOME/bin on PATH; no curl, no bash"
        )
    ]
}

/// Program lists of the service images, beside the shared `ProgramSets`.
enum ServicePrograms {
    /// What oraclelinux:8-slim and 9-slim have plus what docker-library/mysql 8.0+ installs into them (findutils,
    /// bzip2, gzip, openssl, xz, zstd, gosu); the Dockerfile itself runs curl, gpg, microdnf, groupadd and useradd.
    static let oracleSlim = [
        "sh", "bash", "grep", "egrep", "fgrep", "sed", "find", "xargs", "bzip2", "bunzip2", "gzip", "gunzip",
        "zcat", "openssl", "xz", "unxz", "xzcat", "zstd", "unzstd", "gosu", "gpg", "rpm", "microdnf", "groupadd",
        "useradd", "docker-entrypoint.sh",
    ]
    /// Parts of Oracle Linux slim not verified one by one.
    static let oracleSlimUncertain = [
        "awk", "gawk", "tar", "which", "hostname", "ps", "pgrep", "pkill", "kill", "free", "top", "less", "vi",
        "getent", "ldd", "ldconfig", "su", "runuser", "setpriv", "dnf", "yum", "ip", "ss", "diff", "cmp", "perl",
    ]
    /// mysql-community-server-minimal's programs present in every release line.
    static let mysql = ["mysqld", "mysql", "mysqladmin", "mysqldump"]
    static let mysqlUncertain = [
        "mysqlcheck", "mysqlimport", "mysqlshow", "mysqlbinlog", "mysqlslap", "mysqlpump", "mysql_upgrade",
        "mysql_tzinfo_to_sql", "mysql_config_editor", "mysql_ssl_rsa_setup", "mysql_install_db", "my_print_defaults",
        "mysqld_safe", "mysqldumpslow", "innochecksum", "perror",
    ]
    /// What only the Debian-based mysql tags (5.7 and 8.0 `-debian`) have.
    static let mysqlDebian = ProgramSets.debianEssential + ProgramSets.debianUncertain + ["pwgen"]

    /// The official php images' programs (/usr/local/bin, docker-php-* helpers).
    static let php = [
        "php", "php-config", "phpize", "pecl", "pear", "peardev", "docker-php-entrypoint", "docker-php-source",
        "docker-php-ext-install", "docker-php-ext-enable", "docker-php-ext-configure",
    ]
    /// Programs of one php variant only (fpm, apache, phpdbg), or not in every release.
    static let phpUncertain = ["php-fpm", "phar", "phar.phar", "phpdbg", "php-cgi", "apache2-foreground"]
    /// PHPIZE_DEPS as installed in the Debian php images, with the programs their packages bring.
    static let phpizeDeps = [
        "autoconf", "autoheader", "autoreconf", "autom4te", "autoscan", "autoupdate", "ifnames", "m4", "file",
        "gcc", "g++", "cc", "c++", "cpp", "make", "pkg-config", "re2c", "ld", "as", "ar", "nm", "objdump", "ranlib",
        "strip", "patch", "bzip2", "bunzip2", "dpkg-architecture", "dpkg-buildflags", "dpkg-source",
        "dpkg-buildpackage",
    ]
    /// Debian's apache2 (php `-apache` tags only).
    static let apache2 = [
        "apache2", "apache2ctl", "apachectl", "a2enmod", "a2dismod", "a2ensite", "a2dissite", "a2enconf",
        "a2disconf", "a2query", "htpasswd", "htdigest", "rotatelogs", "ab", "apache2-foreground",
    ]

    /// The official ruby images' programs (/usr/local/bin).
    static let ruby = ["ruby", "gem", "bundle", "bundler", "irb", "erb", "rake", "rdoc", "ri"]
    static let rubyUncertain = ["racc", "rbs", "typeprof", "rdbg", "syntax_suggest"]

    /// httpd's /usr/local/apache2/bin (on PATH) and the image's start script.
    static let httpd = [
        "httpd", "apachectl", "ab", "htpasswd", "htdigest", "htdbm", "htcacheclean", "rotatelogs", "logresolve",
        "httxt2dbm", "fcgistarter", "checkgid", "apxs", "dbmmanage", "httpd-foreground",
    ]

    /// RabbitMQ's sbin (on PATH), Erlang's bin and the entrypoint.
    static let rabbitmq = [
        "rabbitmq-server", "rabbitmqctl", "rabbitmq-diagnostics", "rabbitmq-plugins", "rabbitmq-queues",
        "rabbitmq-upgrade", "rabbitmq-env", "rabbitmq-defaults", "erl", "erlc", "escript", "docker-entrypoint.sh",
    ]
    /// InfluxDB 2's server, CLI, config tool and entrypoint.
    static let influxdb = ["influxd", "influx", "dasel", "entrypoint.sh"]

    /// The -management tags' additions, and rabbitmq-streams (3.9+).
    static let rabbitmqManagement = ["rabbitmqadmin", "python3", "python3.12", "rabbitmq-streams"]
}
