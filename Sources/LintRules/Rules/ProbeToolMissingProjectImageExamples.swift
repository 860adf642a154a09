import ShipshapeCore

/// Examples of `probe-tool-missing` on images projects publish themselves (Keycloak, Prometheus, MinIO, the
/// OpenTelemetry Collector, Vault, Mailpit); they run as tests with the rule's other examples.
enum ProbeToolMissingProjectImageExamples {
    static func compose(_ service: String, image: String, test: String) -> String {
        """
        services:
          \(service):
            image: \(image)
            healthcheck:
              test: \(test)
              interval: 10s

        """
    }

    static let triggering: [Example] = [
        // Keycloak 21+ is UBI micro: no curl, no package manager (keycloak/keycloak#17438).
        Example(
            files: [
                "docker-compose.yml": compose(
                    "keycloak", image: "quay.io/keycloak/keycloak:25.0",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:9000/health/ready\"]")
            ],
            expect: [
                "1️⃣": "curl is not installed in the image of service \"keycloak\" (quay.io/keycloak/keycloak:25.0)"
            ]),
        // Nor wget (keycloak/keycloak#21941); `latest` is read as the current release line.
        Example(
            files: [
                "compose.yaml": compose(
                    "auth", image: "quay.io/keycloak/keycloak",
                    test: "[\"CMD-SHELL\", \"1️⃣wget -q --spider http://localhost:8080/health/ready || exit 1\"]")
            ],
            expect: ["1️⃣": "no tag (`latest`) floats; read as keycloak/keycloak ≥ 21"]),
        // The Prometheus images are busybox based: wget, no curl (prometheus/prometheus Dockerfile); the quay.io
        // name is the same image as prom/prometheus.
        Example(
            files: [
                "compose.yaml": compose(
                    "prometheus", image: "quay.io/prometheus/prometheus:v2.53.0",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:9090/-/healthy\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"prometheus\""]),
        Example(
            files: [
                "compose.yaml": compose(
                    "node-exporter", image: "prom/node-exporter:v1.8.1",
                    test: "1️⃣curl -fs http://localhost:9100/metrics || exit 1")
            ],
            expect: ["1️⃣": "wget is available"]),
        // MinIO dropped curl with the move to UBI micro (minio/minio#18329, #18373).
        Example(
            files: [
                "docker-compose.yml": compose(
                    "minio", image: "minio/minio:RELEASE.2024-09-22T00-33-43Z",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:9000/minio/health/live\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"minio\""]),
        Example(
            files: [
                "docker-compose.yml": compose(
                    "s3", image: "quay.io/minio/minio",
                    test: "1️⃣wget -q --spider http://127.0.0.1:9000/minio/health/ready")
            ],
            expect: ["1️⃣": "read as minio/minio ≥ 2024"]),
        // The collector is FROM scratch (open-telemetry/opentelemetry-collector-contrib#30798).
        Example(
            files: [
                "compose.yaml": compose(
                    "otel-collector", image: "otel/opentelemetry-collector-contrib:0.104.0",
                    test: "[\"CMD\", \"1️⃣wget\", \"-qO-\", \"http://127.0.0.1:13133/\"]")
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"otel-collector\""]),
        // So is the AWS distribution, whose own check is /healthcheck (aws-observability/aws-otel-collector#2034).
        Example(
            files: [
                "compose.yaml": compose(
                    "adot", image: "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://127.0.0.1:13133/\"]")
            ],
            expect: ["1️⃣": "curl is not installed"]),
        // Vault removed curl; busybox wget remains (hashicorp/docker-vault#168).
        Example(
            files: [
                "compose.yaml": compose(
                    "vault", image: "hashicorp/vault:1.17",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://127.0.0.1:8200/v1/sys/health\"]")
            ],
            expect: ["1️⃣": "wget is available"]),
        // Mailpit is FROM alpine with only tzdata added (axllent/mailpit Dockerfile).
        Example(
            files: [
                "compose.yaml": compose(
                    "mailpit", image: "axllent/mailpit:v1.20",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:8025/readyz\"]")
            ],
            expect: ["1️⃣": "curl is not installed"]),
        // ClickHouse's server image installs wget, not curl (ClickHouse/ClickHouse docker/server/Dockerfile.ubuntu).
        Example(
            files: [
                "compose.yaml": compose(
                    "clickhouse", image: "clickhouse/clickhouse-server:24.8",
                    test: "[\"CMD-SHELL\", \"1️⃣curl -fsS http://localhost:8123/ping || exit 1\"]")
            ],
            expect: ["1️⃣": "wget is available"]),
    ]

    static let nonTriggering: [Example] = [
        // Busybox wget is there in the Prometheus images and in Vault.
        Example(files: [
            "compose.yaml": compose(
                "prometheus", image: "prom/prometheus:v2.53.0",
                test: "[\"CMD\", \"wget\", \"-q\", \"--spider\", \"http://localhost:9090/-/healthy\"]"),
            "vault/compose.yaml": compose(
                "vault", image: "hashicorp/vault:1.17", test: "wget -q -O- http://127.0.0.1:8200/v1/sys/health"),
            "clickhouse/compose.yaml": compose(
                "clickhouse", image: "clickhouse/clickhouse-server:24.8",
                test: "[\"CMD\", \"wget\", \"--spider\", \"-q\", \"http://localhost:8123/ping\"]"),
        ]),
        // The checks the projects document: bash's /dev/tcp in Keycloak and MinIO, `mc ready local`, the images'
        // own binaries.
        Example(files: [
            "compose.yaml": compose(
                "keycloak", image: "quay.io/keycloak/keycloak:26.1",
                test: "[\"CMD-SHELL\", \"exec 3<>/dev/tcp/127.0.0.1/9000\"]"),
            "minio/compose.yaml": compose(
                "minio", image: "minio/minio:latest", test: "[\"CMD\", \"mc\", \"ready\", \"local\"]"),
            "mail/compose.yaml": compose(
                "mailpit", image: "axllent/mailpit", test: "[\"CMD\", \"/mailpit\", \"readyz\"]"),
            "otel/compose.yaml": compose(
                "adot", image: "amazon/aws-otel-collector", test: "[\"CMD\", \"/healthcheck\"]"),
        ]),
        // Versions and variants the knowledge base does not describe stay silent: Keycloak before 21 (UBI
        // minimal), MinIO releases of 2023 (curl until November), Prometheus' distroless tags, Windows collectors.
        Example(files: [
            "compose.yaml": compose(
                "keycloak", image: "quay.io/keycloak/keycloak:20.0.5",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/health\"]"),
            "minio/compose.yaml": compose(
                "minio", image: "minio/minio:RELEASE.2023-10-25T06-33-25Z",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:9000/minio/health/live\"]"),
            "prom/compose.yaml": compose(
                "prometheus", image: "prom/prometheus:v3.5.0-distroless",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:9090/-/healthy\"]"),
            "otel/compose.yaml": compose(
                "otel", image: "otel/opentelemetry-collector-contrib:0.104.0-windows-2022-amd64",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:13133/\"]"),
            "clickhouse/compose.yaml": compose(
                "clickhouse", image: "clickhouse/clickhouse-server:24.8-alpine",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:8123/ping\"]"),
        ]),
        // Alertmanager's busybox tools are not settled (a later Dockerfile is distroless): wget stays silent.
        Example(files: [
            "compose.yaml": compose(
                "alertmanager", image: "prom/alertmanager:v0.27.0",
                test: "[\"CMD\", \"wget\", \"-q\", \"--spider\", \"http://localhost:9093/-/healthy\"]")
        ]),
    ]
}
