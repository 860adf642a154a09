import ShipshapeCore

/// Examples of `probe-tool-missing` on AI, search and data-store images (Qdrant, Ollama, Chroma, LiteLLM, Open WebUI, Langfuse,
/// Typesense, etcd, n8n); they run as tests with the rule's other examples. Each is shaped on a compose file
/// whose health check broke in a real repository.
enum ProbeToolMissingDataImageExamples {
    static func compose(_ service: String, image: String, test: String) -> String {
        ProbeToolMissingProjectImageExamples.compose(service, image: image, test: test)
    }

    static let triggering: [Example] = [
        // Qdrant's image is Debian slim without an HTTP client (nemori-ai/nemori#15, qdrant/qdrant#4250).
        Example(
            files: [
                "docker-compose.yml": compose(
                    "qdrant", image: "qdrant/qdrant:latest",
                    test: "[\"CMD\", \"1️⃣wget\", \"--spider\", \"-q\", \"http://localhost:6333/healthz\"]")
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"qdrant\" (qdrant/qdrant:latest)"]),
        // The unprivileged tags were kept stricter still (qdrant/qdrant PR #3505).
        Example(
            files: [
                "compose.yaml": compose(
                    "vectors", image: "qdrant/qdrant:v1.12.4-unprivileged",
                    test: "1️⃣curl -fs http://localhost:6333/readyz || exit 1")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"vectors\""]),
        // Ollama's image is Ubuntu with ca-certificates only (google/langextract#361, ollama/ollama#9781).
        Example(
            files: [
                "docker-compose.yml": compose(
                    "ollama", image: "ollama/ollama:0.5.4",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:11434/api/version\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"ollama\" (ollama/ollama:0.5.4)"]),
        // Chroma 1.x is the Rust server on Debian slim: no Python (Osmantic/ODS#4890), no wget (Osmantic/ODS#635).
        Example(
            files: [
                "compose.yaml": compose(
                    "chromadb", image: "chromadb/chroma:1.5.3",
                    test:
                        "[\"CMD-SHELL\", \"1️⃣python3 -c \\\"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/v2/heartbeat')\\\"\"]"
                )
            ],
            expect: ["1️⃣": "python3 is not installed in the image of service \"chromadb\" (chromadb/chroma:1.5.3)"]),
        Example(
            files: [
                "compose.yaml": compose(
                    "chroma", image: "ghcr.io/chroma-core/chroma:1.0.20",
                    test: "[\"CMD\", \"1️⃣wget\", \"-q\", \"-O-\", \"http://localhost:8000/api/v2/heartbeat\"]")
            ],
            expect: ["1️⃣": "wget is not installed"]),
        // LiteLLM never shipped curl; Python is there (BerriAI/litellm#9295, Budibase/budibase#19461).
        Example(
            files: [
                "docker-compose.yml": compose(
                    "litellm", image: "ghcr.io/berriai/litellm:main-stable",
                    test: "[\"CMD-SHELL\", \"1️⃣curl -f http://localhost:4000/health/liveliness || exit 1\"]")
            ],
            expect: ["1️⃣": "python3 is available"]),
        // Open WebUI installs curl for its own HEALTHCHECK, never wget (open-webui/open-webui Dockerfile).
        Example(
            files: [
                "compose.yaml": compose(
                    "open-webui", image: "ghcr.io/open-webui/open-webui:main",
                    test: "[\"CMD\", \"1️⃣wget\", \"-q\", \"--spider\", \"http://localhost:8080/health\"]")
            ],
            expect: ["1️⃣": "curl is available"]),
        // Langfuse 3 is node on Alpine: no curl in the web or the worker image (langfuse/langfuse#9905).
        Example(
            files: [
                "compose.yaml": compose(
                    "langfuse-worker", image: "langfuse/langfuse-worker:3",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://127.0.0.1:3030/api/health\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"langfuse-worker\""]),
        // Typesense's image is Ubuntu with ca-certificates only (typesense/typesense#441).
        Example(
            files: [
                "compose.yaml": compose(
                    "typesense", image: "typesense/typesense:27.1",
                    test: "[\"CMD-SHELL\", \"1️⃣curl --silent --fail localhost:8108/health || exit 1\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"typesense\""]),
        // etcd never had curl (milvus-io/milvus#26733); `latest` is read as the current release line.
        Example(
            files: [
                "docker-compose.yml": compose(
                    "etcd", image: "quay.io/coreos/etcd",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:2379/health\"]")
            ],
            expect: ["1️⃣": "read as coreos/etcd 3"]),
        // n8n 1.x is node on Alpine: busybox wget, no curl (czlonkowski/n8n-mcp PR #122).
        Example(
            files: [
                "compose.yaml": compose(
                    "n8n", image: "docker.n8n.io/n8nio/n8n:1.105.3",
                    test: "[\"CMD-SHELL\", \"1️⃣curl -f http://localhost:5678/healthz || exit 1\"]")
            ],
            expect: ["1️⃣": "wget is available"]),
    ]

    static let nonTriggering: [Example] = [
        // The checks that work: bash's /dev/tcp in Qdrant, Chroma and Typesense, the images' own CLIs, Python in
        // LiteLLM, busybox wget in n8n, curl in Open WebUI (crate/cratedb-examples#1038).
        Example(files: [
            "compose.yaml": compose(
                "qdrant", image: "qdrant/qdrant:v1.12.4",
                test: "[\"CMD-SHELL\", \"bash -c ':> /dev/tcp/127.0.0.1/6333' || exit 1\"]"),
            "ollama/compose.yaml": compose(
                "ollama", image: "ollama/ollama:0.5.4", test: "[\"CMD-SHELL\", \"ollama list || exit 1\"]"),
            "chroma/compose.yaml": compose(
                "chromadb", image: "chromadb/chroma:1.5.3",
                test: "[\"CMD\", \"/bin/bash\", \"-c\", \"</dev/tcp/localhost/8000\"]"),
            "etcd/compose.yaml": compose(
                "etcd", image: "quay.io/coreos/etcd:v3.5.5", test: "[\"CMD\", \"etcdctl\", \"endpoint\", \"health\"]"),
            "typesense/compose.yaml": compose(
                "typesense", image: "typesense/typesense:27.1",
                test: "[\"CMD\", \"bash\", \"-c\", \"exec 3<>/dev/tcp/localhost/8108\"]"),
            "litellm/compose.yaml": compose(
                "litellm", image: "ghcr.io/berriai/litellm:main-stable",
                test:
                    "[\"CMD\", \"python3\", \"-c\", \"import urllib.request; urllib.request.urlopen('http://localhost:4000/health/liveliness')\"]"
            ),
            "n8n/compose.yaml": compose(
                "n8n", image: "n8nio/n8n:1.38.2",
                test: "[\"CMD-SHELL\", \"wget -q --spider http://127.0.0.1:5678/healthz || exit 1\"]"),
            "webui/compose.yaml": compose(
                "open-webui", image: "ghcr.io/open-webui/open-webui:v0.6.18",
                test: "[\"CMD\", \"curl\", \"--fail\", \"http://localhost:8080\"]"),
        ]),
        // What the evidence leaves open stays silent: curl in Chroma 1.x (a later runner stage installs it) and
        // 0.x, wget in LiteLLM (it came and went with the base image), wget in etcd (Alpine in 3.3), n8n 2.x, GPU
        // builds of Qdrant and Ollama.
        Example(files: [
            "compose.yaml": compose(
                "chroma", image: "chromadb/chroma:1.5.9",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/api/v2/heartbeat\"]"),
            "litellm/compose.yaml": compose(
                "litellm", image: "ghcr.io/berriai/litellm:main-latest",
                test: "[\"CMD\", \"wget\", \"-q\", \"http://localhost:4000/health/liveliness\"]"),
            "etcd/compose.yaml": compose(
                "etcd", image: "quay.io/coreos/etcd:v3.3.25",
                test: "[\"CMD-SHELL\", \"wget -qO- http://127.0.0.1:2379/health || exit 1\"]"),
            "n8n/compose.yaml": compose(
                "n8n", image: "n8nio/n8n:2.1.0", test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:5678/healthz\"]"),
            "gpu/compose.yaml": compose(
                "qdrant", image: "qdrant/qdrant:gpu-nvidia-latest",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:6333/healthz\"]"),
            "rocm/compose.yaml": compose(
                "ollama", image: "ollama/ollama:rocm", test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:11434/\"]"),
        ]),
    ]
}
