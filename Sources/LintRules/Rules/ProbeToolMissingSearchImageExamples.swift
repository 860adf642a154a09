import ShipshapeCore

/// Examples of `probe-tool-missing` on search, graph and messaging server images (Elasticsearch, Kibana, Meilisearch,
/// Weaviate, Neo4j, Kafka, Cassandra); they run as tests with the rule's other examples. Each is shaped on a compose
/// file whose health check broke in a real repository, or on the image's Dockerfile.
enum ProbeToolMissingSearchImageExamples {
    /// The one-service compose file the project-image examples write.
    private typealias Project = ProbeToolMissingProjectImageExamples

    static let triggering: [Example] = [
        // Neo4j purges curl after downloading the server and keeps wget (Doom9527/aristotle-webservice#24).
        Example(
            files: [
                "docker-compose.yml": Project.compose(
                    "db", image: "neo4j:latest",
                    test: "[\"CMD-SHELL\", \"1️⃣curl --fail http://localhost:7474 || exit 1\"]")
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"db\" (neo4j:latest"]),
        // Bitnami's Kafka keeps curl but has no netcat (bitnami/containers#33325).
        Example(
            files: [
                "docker-compose.yaml": Project.compose(
                    "kafka", image: "bitnami/kafka:3.6.2-debian-12-r12",
                    test: "[\"CMD-SHELL\", \"1️⃣nc -z localhost 9092 || exit 1\"]")
            ],
            expect: ["1️⃣": "nc is not installed in the image of service \"kafka\""]),
        // Weaviate is its server on Alpine: busybox wget, no curl (weaviate/weaviate Dockerfile).
        Example(
            files: [
                "compose.yaml": Project.compose(
                    "weaviate", image: "cr.weaviate.io/semitechnologies/weaviate:1.25.0",
                    test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:8080/v1/.well-known/ready\"]")
            ],
            expect: ["1️⃣": "wget is available"]),
        // Elasticsearch's Ubuntu image has curl and netcat; wget only goes into Elastic's Cloud image.
        Example(
            files: [
                "compose.yaml": Project.compose(
                    "es", image: "docker.elastic.co/elasticsearch/elasticsearch:8.11.1",
                    test: "[\"CMD-SHELL\", \"1️⃣wget -q -O - http://localhost:9200/_cluster/health || exit 1\"]")
            ],
            expect: ["1️⃣": "curl is available"]),
        // Cassandra's image has cqlsh, nodetool and python3, no netcat.
        Example(
            files: [
                "compose.yaml": Project.compose(
                    "cassandra", image: "cassandra:4.1", test: "[\"CMD\", \"1️⃣nc\", \"-z\", \"localhost\", \"9042\"]")
            ],
            expect: ["1️⃣": "nc is not installed in the image of service \"cassandra\" (cassandra:4.1)"]),
    ]

    static let nonTriggering: [Example] = [
        // The checks that work: curl in Meilisearch since 0.23 (meilisearch/saas-demo#43), in Elasticsearch and
        // Kibana; wget in Neo4j (neo4j/neo4j#7203); cqlsh in Cassandra (jaegertracing/jaeger#6214); busybox nc in
        // Apache Kafka's image.
        Example(files: [
            "compose.yaml": Project.compose(
                "meilisearch", image: "getmeili/meilisearch:v1.10",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:7700/health\"]"),
            "elastic/compose.yaml": Project.compose(
                "es", image: "elasticsearch:8.17.0",
                test: "[\"CMD-SHELL\", \"curl -fs http://localhost:9200/_cluster/health || exit 1\"]"),
            "kibana/compose.yaml": Project.compose(
                "kibana", image: "docker.elastic.co/kibana/kibana:8.11.1",
                test: "[\"CMD-SHELL\", \"curl -s -I http://localhost:5601 | grep -q 'HTTP/1.1 302 Found'\"]"),
            "neo4j/compose.yaml": Project.compose(
                "neo4j", image: "neo4j:5.26", test: "wget http://localhost:7474 || exit 1"),
            "cassandra/compose.yaml": Project.compose(
                "cassandra", image: "cassandra:4.1", test: "[\"CMD\", \"cqlsh\", \"-e\", \"describe keyspaces\"]"),
            "kafka/compose.yaml": Project.compose(
                "kafka", image: "apache/kafka:3.8.0", test: "[\"CMD\", \"nc\", \"-z\", \"localhost\", \"9092\"]"),
        ]),
        // What the evidence leaves open stays silent: wget after Apache Kafka's `apk del wget`, Elasticsearch before
        // 7.16 (CentOS), Kibana 9, Neo4j's UBI tags.
        Example(files: [
            "compose.yaml": Project.compose(
                "kafka", image: "apache/kafka:3.8.0",
                test: "[\"CMD-SHELL\", \"wget -qO- http://localhost:8083/ || exit 1\"]"),
            "elastic/compose.yaml": Project.compose(
                "es", image: "docker.elastic.co/elasticsearch/elasticsearch:7.10.2",
                test: "[\"CMD\", \"wget\", \"-q\", \"http://localhost:9200\"]"),
            "kibana/compose.yaml": Project.compose(
                "kibana", image: "kibana:9.0.0", test: "[\"CMD\", \"wget\", \"-q\", \"http://localhost:5601\"]"),
            "neo4j/compose.yaml": Project.compose(
                "neo4j", image: "neo4j:5.26.0-ubi9", test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:7474\"]"),
        ]),
    ]
}
