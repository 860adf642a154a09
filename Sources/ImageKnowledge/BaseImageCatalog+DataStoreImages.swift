// Data only: images of data stores published by their projects beside the official ones — Redis forks
// (Valkey, KeyDB, Dragonfly) and PostgreSQL extension images built FROM the official postgres image (PostGIS,
// pgvector, TimescaleDB). Evidence cites each project's Dockerfile and, where found, the issue threads about
// its tools; absence claims are kept to what the Dockerfiles show for every release line described.

extension BaseImageCatalog {
    /// Data-store images, after the AI and search images.
    static let dataStoreImageEntries: [BaseImageEntry] =
        valkeyImages + postgresExtensionImages + [timescaleDBImage, dragonflyImage, keyDBImage]

    /// Valkey's server, CLI and tools as `make install` puts them in /usr/local/bin.
    static let valkeyPrograms = [
        "valkey-server", "valkey-cli", "valkey-benchmark", "valkey-check-aof", "valkey-check-rdb",
        "valkey-sentinel", "docker-entrypoint.sh",
    ]
    /// The redis-* compatibility links Valkey's `make install` creates in some releases only.
    static let valkeyRedisLinks = ProgramSets.redis + ["gosu", "su-exec"]

    /// valkey/valkey (valkey-io/valkey-container): the docker-library/redis layout, built from source on Debian
    /// slim (default tags) or Alpine; no HTTP client in either.
    static let valkeyImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["valkey/valkey"], alsoPublishedAs: [ImageName("public.ecr.aws", "valkey/valkey")],
            variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, valkeyPrograms],
            maybe: [ProgramSets.debianUncertain, valkeyRedisLinks], hasShell: true,
            evidence:
                "valkey-io/valkey-container 8.1/debian/Dockerfile (8.0, 9.x alike, generated from Dockerfile.template): gcc, make and libssl-dev stay in the build stage, the final stage is FROM debian slim with only 'apt-get install --no-install-recommends tzdata libssl3t64' and /usr/local copied in (valkey-server, valkey-cli); 7.2/debian/Dockerfile builds in one stage FROM debian:bookworm-slim and purges wget, gcc and make ('apt-mark auto' + 'apt-get purge --auto-remove', keeping ldd-found libraries); no curl, wget, nc, procps, python",
            healthcheck: .noneShownBy("valkey-io/valkey-container debian/Dockerfile"), healthCommand: "valkey-cli ping"
        ),
        BaseImageEntry(
            repositories: ["valkey/valkey"], alsoPublishedAs: [ImageName("public.ecr.aws", "valkey/valkey")],
            variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, valkeyPrograms],
            maybe: [valkeyRedisLinks, ["setpriv", "openssl"]], busybox: true, hasShell: true,
            evidence:
                "valkey-io/valkey-container 8.1/alpine/Dockerfile: the final stage is FROM alpine with 'apk add --no-cache tzdata setpriv openssl libgcc' and /usr/local copied from the build stage; busybox wget and nc; no curl, no bash",
            healthcheck: .noneShownBy("valkey-io/valkey-container alpine/Dockerfile"), healthCommand: "valkey-cli ping"
        ),
    ]

    /// What every image built FROM the official postgres Debian image has (docker-library/postgres).
    static let postgresDebian =
        ProgramSets.coreutils + ProgramSets.debianEssential + ProgramSets.postgres
        + ["gosu", "locale-gen", "docker-entrypoint.sh"]
    static let postgresDebianUncertain = ProgramSets.debianUncertain + ["xz", "zstd", "pg_upgrade"]
    /// What every image built FROM the official postgres Alpine image has (bash for its entrypoint).
    static let postgresAlpine =
        ProgramSets.busyboxApplets + ProgramSets.alpineBase + ProgramSets.postgres + ["bash", "docker-entrypoint.sh"]
    static let postgresAlpineUncertain = ["su-exec", "gosu", "zstd", "pg_upgrade"]

    /// PostGIS's command-line loaders (the Debian `postgis` package; the Alpine build installs them from source).
    static let postgisUncertain = ["shp2pgsql", "pgsql2shp", "raster2pgsql", "pgtopo_export", "pgtopo_import"]

    /// PostGIS and pgvector images: FROM the official postgres image, adding only their extension.
    static let postgresExtensionImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["postgis/postgis"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [postgresDebian, ["update-postgis.sh"]], maybe: [postgresDebianUncertain, postgisUncertain],
            hasShell: true,
            evidence:
                "postgis/docker-postgis 16-3.4/bookworm/Dockerfile (every PG-PostGIS pair alike): FROM postgres:16-bookworm, 'apt-get install -y --no-install-recommends ca-certificates postgresql-16-postgis-3 postgresql-16-postgis-3-scripts postgis', initdb-postgis.sh and update-postgis.sh copied; pg_isready and psql from the postgres image; postgis/docker-postgis#50 (HEALTHCHECK left to the postgres image, which has none); no curl, wget, nc",
            healthcheck: .noneShownBy("postgis/docker-postgis Dockerfile"), healthCommand: "pg_isready"
        ),
        BaseImageEntry(
            repositories: ["postgis/postgis"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [postgresAlpine, ["update-postgis.sh"]],
            maybe: [postgresAlpineUncertain, postgisUncertain, ["perl"]], busybox: true, hasShell: true,
            evidence:
                "postgis/docker-postgis 16-3.4/alpine3.22/Dockerfile: FROM postgres:16-alpine3.22, git, gcc, make and the -dev packages in the deleted .build-deps, .postgis-rundeps keeps gdal, geos, proj, perl and libraries; bash from the postgres alpine image; busybox wget; no curl",
            healthcheck: .noneShownBy("postgis/docker-postgis alpine Dockerfile"), healthCommand: "pg_isready"
        ),
        BaseImageEntry(
            repositories: ["pgvector/pgvector"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [postgresDebian], maybe: [postgresDebianUncertain, ["python3"]], hasShell: true,
            evidence:
                "pgvector/pgvector Dockerfile: 'FROM postgres:$PG_MAJOR' (Debian; tags pg16, 0.8.0-pg17 and the like), 'apt-get install -y --no-install-recommends build-essential postgresql-server-dev-$PG_MAJOR', make install, then 'apt-get remove -y build-essential postgresql-server-dev-$PG_MAJOR && apt-get autoremove -y'; pg_isready and psql from the postgres image; no curl, wget, nc",
            healthcheck: .noneShownBy("pgvector/pgvector Dockerfile"), healthCommand: "pg_isready"
        ),
    ]

    /// TimescaleDB's image: FROM postgres alpine whatever the tag says (`latest-pg16`, `2.17.2-pg17-oss`);
    /// `-bitnami` tags are another build (ImageVariant.other) and `timescale/timescaledb-ha` another image.
    static let timescaleDBImage = BaseImageEntry(
        repositories: ["timescale/timescaledb"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [postgresAlpine],
        maybe: [postgresAlpineUncertain, ["timescaledb-tune", "timescaledb-parallel-copy"]],
        busybox: true, hasShell: true,
        evidence:
            "timescale/timescaledb-docker Dockerfile: 'FROM postgres:${PG_VERSION}-alpine', git, openssl-dev, gcc, make and cmake in the deleted .fetch-deps and .build-deps, timescaledb-tune and timescaledb-parallel-copy copied from a golang build stage in later releases; timescale/timescaledb-docker PR #303 (Debian-based images, closed unmerged), timescale/timescaledb-toolkit#838 ('they are alpine based'), timescale/timescaledb-docker PR #187 (pg_isready tested in the image); busybox wget; no curl",
        healthcheck: .noneShownBy("timescale/timescaledb-docker Dockerfile; issue #64 and PR #187, closed unmerged"),
        healthCommand: "pg_isready"
    )

    /// Dragonfly 1.x: Ubuntu with netcat-openbsd for the image's own health check; no HTTP client.
    static let dragonflyImage = BaseImageEntry(
        registry: "ghcr.io", repositories: ["dragonflydb/dragonfly"],
        alsoPublishedAs: [ImageName("docker.dragonflydb.io", "dragonflydb/dragonfly")], variants: [.full, .ubuntu],
        os: .ubuntu, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential,
            ["nc", "netstat", "dragonfly", "entrypoint.sh", "healthcheck.sh"],
        ],
        maybe: [ProgramSets.debianUncertain, ProgramSets.procps, ["redis-cli", "redis-benchmark", "su-exec"]],
        hasShell: true,
        evidence:
            "dragonflydb/dragonfly tools/packaging/Dockerfile.ubuntu-prod: FROM ubuntu:20.04 (22.04 later), 'apt install -q -y --no-install-recommends netcat-openbsd ca-certificates redis-tools net-tools', dragonfly, entrypoint.sh and healthcheck.sh in /usr/local/bin, 'HEALTHCHECK CMD /usr/local/bin/healthcheck.sh'; dragonflydb/dragonfly PR #544 (v0.12, 2022-12: the nc health check, 'just without redis-cli', so redis-cli is uncertain for early releases); no curl, wget, python. -alpine and distroless tags are other builds",
        majors: 1..<BaseImageEntry.openEnd, current: true,
        healthcheck: .declared("/usr/local/bin/healthcheck.sh"), healthCommand: "/usr/local/bin/healthcheck.sh"
    )

    /// eqalpha/keydb: Ubuntu, gosu fetched with wget that is purged again; keydb-cli also linked as redis-cli.
    static let keyDBImage = BaseImageEntry(
        repositories: ["eqalpha/keydb"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential,
            ["keydb-server", "keydb-cli", "redis-cli", "gosu", "docker-entrypoint.sh"],
        ],
        maybe: [
            ProgramSets.debianUncertain, ProgramSets.procps,
            [
                "keydb-benchmark", "keydb-sentinel", "keydb-check-aof", "keydb-check-rdb", "keydb-diagnostic-tool",
                "keydb-pro-server",
            ],
        ],
        hasShell: true,
        evidence:
            "Snapchat/KeyDB pkg/docker/Dockerfile: FROM ubuntu:20.04 (18.04 earlier), 'apt-get install -y --no-install-recommends ca-certificates dirmngr gnupg wget' to fetch gosu, then 'apt-mark auto' + 'apt-get purge -y --auto-remove'; the build dependencies (build-essential, git, libcurl4-openssl-dev) purged the same way keeping only ldd-found libraries; 'ln -s keydb-cli redis-cli' in /usr/local/bin; MISP/misp-docker PR #36 (tags latest and x86_64_v6.3.4); no curl, wget, nc. alpine_ tags are Dockerfile_Alpine, another build",
        healthcheck: .noneShownBy("Snapchat/KeyDB pkg/docker/Dockerfile"), healthCommand: "keydb-cli ping"
    )
}
