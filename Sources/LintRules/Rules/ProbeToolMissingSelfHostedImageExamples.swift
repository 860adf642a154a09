import ShipshapeCore

/// Examples of `probe-tool-missing` on data-store and self-hosted application images (Valkey, PostGIS, pgvector,
/// TimescaleDB, Dragonfly, KeyDB, Gitea, Vaultwarden, Uptime Kuma, MailHog, LocalStack, Plausible, Nextcloud,
/// Rocket.Chat); they run as tests with the rule's other examples. Each follows what the image's Dockerfile
/// installs (BaseImageCatalog+DataStoreImages.swift and +SelfHostedImages.swift cite them).
enum ProbeToolMissingSelfHostedImageExamples {
    static func compose(_ service: String, image: String, test: String) -> String {
        ProbeToolMissingProjectImageExamples.compose(service, image: image, test: test)
    }

    /// A compose file whose one service's health check runs `test` in `image`, with `message` expected at 1️⃣.
    static func healthcheck(
        _ service: String, image: String, test: String, expect message: String, file: StaticString = #filePath,
        line: UInt = #line
    ) -> Example {
        Example(
            files: ["compose.yaml": compose(service, image: image, test: test)], expect: ["1️⃣": message], file: file,
            line: line)
    }

    static let triggering: [Example] = [
        // Valkey's default tags are Debian slim with tzdata and libssl only: no netcat.
        healthcheck(
            "valkey", image: "valkey/valkey:8.1", test: "[\"CMD-SHELL\", \"1️⃣nc -z localhost 6379 || exit 1\"]",
            expect: "nc is not installed in the image of service \"valkey\" (valkey/valkey:8.1)"),
        // PostGIS and pgvector add their extension to the Debian postgres image, which has no HTTP client or netcat.
        healthcheck(
            "db", image: "postgis/postgis:16-3.4", test: "[\"CMD\", \"1️⃣nc\", \"-z\", \"localhost\", \"5432\"]",
            expect: "nc is not installed in the image of service \"db\" (postgis/postgis:16-3.4)"),
        healthcheck(
            "vectors", image: "pgvector/pgvector:pg16",
            test: "[\"CMD-SHELL\", \"1️⃣curl -f http://localhost:9187/metrics || exit 1\"]",
            expect: "curl is not installed in the image of service \"vectors\" (pgvector/pgvector:pg16)"),
        // TimescaleDB is postgres on Alpine whatever the tag says: busybox wget, no curl.
        healthcheck(
            "timescale", image: "timescale/timescaledb:latest-pg16",
            test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:9187/metrics\"]", expect: "wget is available"),
        // Dragonfly ships nc for its own health check, no HTTP client.
        healthcheck(
            "dragonfly", image: "docker.dragonflydb.io/dragonflydb/dragonfly:v1.21.2",
            test: "[\"CMD\", \"1️⃣wget\", \"-q\", \"-O-\", \"http://localhost:6379/metrics\"]",
            expect: "wget is not installed in the image of service \"dragonfly\""),
        // MailHog is Alpine with the MailHog binary only: busybox wget, no curl.
        healthcheck(
            "mailhog", image: "mailhog/mailhog:v1.0.1", test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:8025\"]",
            expect: "curl is not installed in the image of service \"mailhog\" (mailhog/mailhog:v1.0.1)"),
        // Uptime Kuma's Debian images have node and (in 2.x) curl, never wget.
        healthcheck(
            "uptime-kuma", image: "louislam/uptime-kuma:1",
            test: "[\"CMD-SHELL\", \"1️⃣wget --spider -q http://localhost:3001 || exit 1\"]",
            expect: "wget is not installed in the image of service \"uptime-kuma\""),
        // Vaultwarden's Debian tags install curl for /healthcheck.sh, not wget.
        healthcheck(
            "vaultwarden", image: "vaultwarden/server:1.32.0",
            test: "[\"CMD\", \"1️⃣wget\", \"-q\", \"--spider\", \"http://localhost:80/alive\"]",
            expect: "curl is available"),
        // LocalStack keeps curl from its python slim base, never wget.
        healthcheck(
            "localstack", image: "localstack/localstack:3.8",
            test: "[\"CMD-SHELL\", \"1️⃣wget -qO- http://localhost:4566/_localstack/health || exit 1\"]",
            expect: "curl is available"),
        // The official Rocket.Chat image purges curl and wget after the build (RocketChat/Docker.Official.Image#107).
        healthcheck(
            "rocketchat", image: "rocket.chat:6.5",
            test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:3000/api/info\"]",
            expect: "curl is not installed in the image of service \"rocketchat\" (rocket.chat:6.5)"),
        // Plausible CE is an Elixir release on Alpine: busybox wget, no curl.
        healthcheck(
            "plausible", image: "ghcr.io/plausible/community-edition:v2.1.4",
            test: "[\"CMD-SHELL\", \"1️⃣curl -fsS http://127.0.0.1:8000/api/health || exit 1\"]",
            expect: "wget is available"),
    ]

    static let nonTriggering: [Example] = [
        // The checks that work: each image's own CLI or health script, curl where the Dockerfile installs it,
        // busybox wget on Alpine.
        Example(files: [
            "compose.yaml": compose(
                "valkey", image: "valkey/valkey:8.1", test: "[\"CMD\", \"valkey-cli\", \"ping\"]"),
            "postgis/compose.yaml": compose(
                "db", image: "postgis/postgis:16-3.4", test: "[\"CMD-SHELL\", \"pg_isready -U postgres\"]"),
            "timescale/compose.yaml": compose(
                "timescale", image: "timescale/timescaledb:2.17.2-pg17",
                test: "[\"CMD-SHELL\", \"pg_isready -U postgres && nc -z localhost 5432\"]"),
            "dragonfly/compose.yaml": compose(
                "dragonfly", image: "ghcr.io/dragonflydb/dragonfly:v1.21.2",
                test: "[\"CMD-SHELL\", \"nc -z localhost 6379 || exit 1\"]"),
            "keydb/compose.yaml": compose(
                "keydb", image: "eqalpha/keydb:x86_64_v6.3.4", test: "[\"CMD\", \"redis-cli\", \"ping\"]"),
            "gitea/compose.yaml": compose(
                "gitea", image: "gitea/gitea:1.22", test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:3000\"]"),
            "vaultwarden/compose.yaml": compose(
                "vaultwarden", image: "vaultwarden/server:1.32.0-alpine",
                test: "[\"CMD\", \"wget\", \"-q\", \"--spider\", \"http://localhost:80/alive\"]"),
            "mailhog/compose.yaml": compose(
                "mailhog", image: "mailhog/mailhog",
                test: "[\"CMD\", \"wget\", \"-q\", \"--spider\", \"http://localhost:8025\"]"),
            "localstack/compose.yaml": compose(
                "localstack", image: "localstack/localstack",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:4566/_localstack/health\"]"),
            "nextcloud/compose.yaml": compose(
                "nextcloud", image: "nextcloud:30-apache",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost/status.php\"]"),
            "rocketchat/compose.yaml": compose(
                "rocketchat", image: "rocket.chat:6.5",
                test: "[\"CMD\", \"node\", \"-e\", \"fetch('http://localhost:3000/api/info')\"]"),
        ]),
        // What the evidence leaves open stays silent: curl in Uptime Kuma (not in every 1.x base), redis-cli in
        // Valkey (links only in some releases) and Dragonfly (added after its nc health check), TimescaleDB's
        // Bitnami builds, Uptime Kuma's 1.x Alpine tags, Rocket.Chat before 2.4.
        Example(files: [
            "compose.yaml": compose(
                "uptime-kuma", image: "louislam/uptime-kuma:1.23.16",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:3001\"]"),
            "valkey/compose.yaml": compose(
                "valkey", image: "valkey/valkey:8.0", test: "[\"CMD\", \"redis-cli\", \"ping\"]"),
            "dragonfly/compose.yaml": compose(
                "dragonfly", image: "ghcr.io/dragonflydb/dragonfly:v1.21.2", test: "[\"CMD\", \"redis-cli\", \"ping\"]"),
            "bitnami/compose.yaml": compose(
                "timescale", image: "timescale/timescaledb:latest-pg14-bitnami",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:9187\"]"),
            "alpine/compose.yaml": compose(
                "uptime-kuma", image: "louislam/uptime-kuma:1-alpine",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:3001\"]"),
            "old/compose.yaml": compose(
                "rocketchat", image: "rocket.chat:2.3.1", test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:3000\"]"
            ),
        ]),
    ]
}
