import ShipshapeCore

/// Examples of `probe-tool-missing` on infrastructure, observability and self-hosted application images (Grafana's
/// images, Portainer, NATS, the registry, Mosquitto); they run as tests with the rule's other examples.
enum ProbeToolMissingInfrastructureImageExamples {
    /// A compose file with one service and its healthcheck, as the project images' examples write it.
    static func compose(_ service: String, image: String, test: String) -> String {
        ProbeToolMissingProjectImageExamples.compose(service, image: image, test: test)
    }

    static let triggering: [Example] = [
        // Loki 3.6 dropped busybox: no wget, no shell (xencon/aixcl#1384 on 3.7.2); the image's own check is
        // `loki -health` (grafana/loki#20313).
        Example(
            files: [
                "docker-compose.yml": compose(
                    "loki", image: "grafana/loki:3.7.2",
                    test: "[\"CMD\", \"1️⃣wget\", \"--spider\", \"-q\", \"http://localhost:3100/ready\"]")
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"loki\" (grafana/loki:3.7.2)"]),
        // The Alpine-based Loki 2.x has busybox wget but not curl (grafana/loki#11590).
        Example(
            files: [
                "compose.yaml": compose(
                    "loki", image: "grafana/loki:2.9.4",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:3100/ready\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"loki\" (grafana/loki:2.9.4)"]),
        // Tempo from 2.10 is distroless without busybox (grafana/tempo#7410).
        Example(
            files: [
                "compose.yaml": compose(
                    "tempo", image: "grafana/tempo:2.10.5",
                    test: "[\"CMD\", \"1️⃣wget\", \"--spider\", \"-q\", \"http://localhost:3200/ready\"]")
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"tempo\""]),
        // Grafana's Alpine image had no curl before 2023 (grafana/grafana#60805, on 9.3.2).
        Example(
            files: [
                "compose.yaml": compose(
                    "grafana", image: "grafana/grafana-oss:9.3.2",
                    test: "[\"CMD-SHELL\", \"1️⃣curl -f localhost:3000/api/health && echo 'ready'\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"grafana\""]),
        // Alloy is Ubuntu with bash and no HTTP client (grafana/alloy#477).
        Example(
            files: [
                "compose.yaml": compose(
                    "alloy", image: "grafana/alloy:v1.5.1",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:12345/-/ready\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"alloy\""]),
        // Portainer is the binary alone (tailscale-dev/ScaleTail#305: `pgrep` not found).
        Example(
            files: [
                "compose.yaml": compose(
                    "portainer", image: "portainer/portainer-ce:2.21.4",
                    test: "[\"CMD\", \"1️⃣pgrep\", \"-f\", \"portainer\"]")
            ],
            expect: ["1️⃣": "pgrep is not installed in the image of service \"portainer\""]),
        // NATS' default tags are FROM scratch (nats-io/nats-docker scratch/Dockerfile).
        Example(
            files: [
                "compose.yaml": compose(
                    "nats", image: "nats:2.10",
                    test: "[\"CMD\", \"1️⃣wget\", \"-q\", \"--spider\", \"http://localhost:8222/healthz\"]")
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"nats\""]),
        // The registry and Mosquitto are Alpine without curl.
        Example(
            files: [
                "compose.yaml": compose(
                    "registry", image: "registry:2",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:5000/v2/\"]")
            ],
            expect: ["1️⃣": "wget is available"]),
        // Bitnami's PostgreSQL removes the curl it downloads with (bitnami/containers#37025).
        Example(
            files: [
                "compose.yaml": compose(
                    "db", image: "bitnami/postgresql:16",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:5432/\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"db\" (bitnami/postgresql:16)"]),
        // Envoy's image adds only ca-certificates to Ubuntu (vllm-project/semantic-router#308 on v1.31.7).
        Example(
            files: [
                "compose.yaml": compose(
                    "envoy", image: "envoyproxy/envoy:v1.31.7",
                    test: "[\"CMD\", \"1️⃣wget\", \"-q\", \"--spider\", \"http://localhost:19000/ready\"]")
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"envoy\""]),
        // Mimir has been distroless since 2.13 (grafana/mimir#8204).
        Example(
            files: [
                "compose.yaml": compose(
                    "mimir", image: "grafana/mimir:2.14.0",
                    test: "[\"CMD\", \"1️⃣wget\", \"-q\", \"--spider\", \"http://localhost:9009/ready\"]")
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"mimir\""]),
    ]

    static let nonTriggering: [Example] = [
        // The tools these images do have: busybox wget in Grafana, Loki 2.x, Tempo 2.x, the registry, NATS'
        // Alpine tags; curl in Grafana 10+; mosquitto_sub in Mosquitto; loki -health in Loki 3.7.
        Example(files: [
            "compose.yaml": compose(
                "grafana", image: "grafana/grafana:12.4.2",
                test:
                    "[\"CMD\", \"wget\", \"--no-verbose\", \"--tries=1\", \"--spider\", \"http://127.0.0.1:3000/api/health\"]"
            ),
            "curl/compose.yaml": compose(
                "grafana", image: "grafana/grafana:11.3.0", test: "curl -fsS http://localhost:3000/api/health"),
            "loki2/compose.yaml": compose(
                "loki", image: "grafana/loki:2.9.4", test: "wget -q --spider http://localhost:3100/ready"),
            "loki3/compose.yaml": compose(
                "loki", image: "grafana/loki:3.7.2", test: "[\"CMD\", \"/usr/bin/loki\", \"-health\"]"),
            "tempo/compose.yaml": compose(
                "tempo", image: "grafana/tempo:2.3.1", test: "wget -q --spider http://localhost:3200/ready"),
            "registry/compose.yaml": compose(
                "registry", image: "registry:2",
                test: "[\"CMD\", \"wget\", \"-q\", \"--spider\", \"http://localhost:5000/v2/\"]"),
            "nats/compose.yaml": compose(
                "nats", image: "nats:2.10-alpine", test: "wget -q --spider http://localhost:8222/healthz"),
            "mqtt/compose.yaml": compose(
                "mosquitto", image: "eclipse-mosquitto:2",
                test: "[\"CMD\", \"mosquitto_sub\", \"-t\", \"$$SYS/#\", \"-C\", \"1\", \"-W\", \"3\"]"),
        ]),
        // bash's /dev/tcp in Alloy (grafana/alloy#5001) and Promtail (grafana/loki#15101); the clients Bitnami's
        // images ship.
        Example(files: [
            "bitnami/compose.yaml": compose(
                "db", image: "bitnami/postgresql:16", test: "[\"CMD-SHELL\", \"pg_isready -U postgres\"]"),
            "redis/compose.yaml": compose(
                "redis", image: "bitnami/redis:7.4", test: "[\"CMD\", \"redis-cli\", \"ping\"]"),
            "envoy/compose.yaml": compose(
                "envoy", image: "envoyproxy/envoy:v1.31.7",
                test: "[\"CMD\", \"bash\", \"-c\", \"exec 3<>/dev/tcp/localhost/19000\"]"),
            "compose.yaml": compose(
                "alloy", image: "grafana/alloy:v1.5.1",
                test: "[\"CMD\", \"bash\", \"-c\", \"exec 3<>/dev/tcp/127.0.0.1/12345\"]"),
            "promtail/compose.yaml": compose(
                "promtail", image: "grafana/promtail:3.3.2",
                test: "[\"CMD-SHELL\", \"bash -c 'exec 3<>/dev/tcp/127.0.0.1/9080'\"]"),
        ]),
        // Releases and variants the knowledge base leaves open: Loki 3.2–3.5 (busybox under /busybox), Tempo
        // 2.7–2.9, Grafana 9.4–9.x, Promtail 3's wget, Portainer's -alpine tags, registry 3.
        Example(files: [
            "compose.yaml": compose(
                "loki", image: "grafana/loki:3.3.2", test: "wget -q --spider http://localhost:3100/ready"),
            "tempo/compose.yaml": compose(
                "tempo", image: "grafana/tempo:2.8.2",
                test: "[\"CMD\", \"wget\", \"--spider\", \"http://localhost:3200/ready\"]"),
            "grafana/compose.yaml": compose(
                "grafana", image: "grafana/grafana:9.5.3", test: "curl -f http://localhost:3000/api/health"),
            "promtail/compose.yaml": compose(
                "promtail", image: "grafana/promtail:3.0.0", test: "wget -q --spider http://localhost:9080/ready"),
            "portainer/compose.yaml": compose(
                "portainer", image: "portainer/portainer-ce:2.21.4-alpine",
                test: "wget -q --spider http://localhost:9000/api/system/status"),
            "registry/compose.yaml": compose(
                "registry", image: "registry:3", test: "curl -f http://localhost:5000/v2/"),
        ]),
    ]
}
