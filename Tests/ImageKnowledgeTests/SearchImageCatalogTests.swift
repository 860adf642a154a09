import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Search and graph server images (BaseImageCatalog+SearchImages.swift): what each entry claims about the probe
/// tools, for every name the image is published under, and which tags stay unknown.
@Suite struct SearchImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func elasticsearchOnUbuntuHasCurlAndNetcatButNoWget() {
        for image in [
            "docker.elastic.co/elasticsearch/elasticsearch:8.11.1", "elasticsearch:8.17.0",
            "docker.elastic.co/elasticsearch/elasticsearch:7.17.10",
        ] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("nc", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("python3", in: image) == .absent, "\(image)")
            // The bundled JDK is not on PATH, but that is not claimed either way.
            #expect(resolver.availability("java", in: image).isUnknown, "\(image)")
        }
        // CentOS-based releases before 7.16 are not described.
        #expect(resolver.availability("wget", in: "docker.elastic.co/elasticsearch/elasticsearch:7.10.2").isUnknown)
        #expect(resolver.availability("wget", in: "elasticsearch:6.8.23").isUnknown)
        // UBI tags are another build.
        #expect(
            resolver.availability("wget", in: "docker.elastic.co/elasticsearch/elasticsearch:8.11.1-ubi8").isUnknown)
    }

    @Test func elasticsearchNineIsUBIMinimalWithCurl() {
        for image in ["docker.elastic.co/elasticsearch/elasticsearch:9.0.1", "elasticsearch:9.2.0"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl").isPresent, "\(image)")
            #expect(contents.availability(of: "nc").isPresent, "\(image)")
            #expect(contents.availability(of: "ps").isPresent, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.baseEntry?.packageManager == .microdnf, "\(image)")
        }
    }

    @Test func kibanaEightHasCurlOnly() {
        for image in ["docker.elastic.co/kibana/kibana:8.11.1", "kibana:8.15.0"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("nc", in: image) == .absent, "\(image)")
            #expect(resolver.availability("node", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("wget", in: "docker.elastic.co/kibana/kibana:7.17.0").isUnknown)
        #expect(resolver.availability("wget", in: "docker.elastic.co/kibana/kibana:9.0.0").isUnknown)
    }

    @Test func logstashHasCurlButNoWgetOnEitherBase() {
        for image in ["docker.elastic.co/logstash/logstash:8.13.4", "logstash:8.17.0", "logstash:9.1.0"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("nc", in: image) == .absent, "\(image)")
            #expect(resolver.availability("java", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.contents(ofImage: "logstash:9.1.0").baseEntry?.os == .rhel)
        #expect(resolver.availability("wget", in: "logstash:7.17.0").isUnknown)
    }

    @Test func meilisearchGainedCurlInZeroTwentyThree() {
        for image in ["getmeili/meilisearch:v1.10", "getmeili/meilisearch:v0.23.0", "getmeili/meilisearch"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("bash", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("curl", in: "getmeili/meilisearch:v0.22.0") == .absent)
        #expect(resolver.availability("wget", in: "getmeili/meilisearch:v0.20.0").isPresent)
    }

    @Test func weaviateHasBusyboxWgetAndNoCurl() {
        for image in [
            "semitechnologies/weaviate:1.24.1", "cr.weaviate.io/semitechnologies/weaviate:1.25.0",
            "semitechnologies/weaviate",
        ] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("grpc_health_probe", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("curl", in: "semitechnologies/weaviate:0.22.0").isUnknown)
    }

    @Test func milvusHasCurlButNoWget() {
        for image in ["milvusdb/milvus:v2.3.0", "milvusdb/milvus:v2.4.5", "milvusdb/milvus"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("nc", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("wget", in: "milvusdb/milvus:v2.4.5-gpu").isUnknown)
        #expect(resolver.availability("wget", in: "milvusdb/milvus:v2.1.4").isUnknown)
    }

    @Test func neo4jHasWgetButNoCurl() {
        for image in ["neo4j", "neo4j:5.26.0-community", "neo4j:4.4", "neo4j:2025.05.0-enterprise-trixie"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("cypher-shell", in: image).isPresent, "\(image)")
            #expect(resolver.availability("nc", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("curl", in: "neo4j:5.26.0-ubi9").isUnknown)
        #expect(resolver.availability("curl", in: "neo4j:3.5").isUnknown)
    }

    @Test func solrNineHasEveryHTTPClient() {
        for image in ["solr:9.9.0", "solr:9.6-slim", "solr"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("nc", in: image).isPresent, "\(image)")
            #expect(resolver.availability("python3", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("python3", in: "solr:8.11").isUnknown)
        #expect(resolver.availability("python3", in: "solr:9.6-alpine").isUnknown)
    }

    @Test func metabaseHasCurlBashAndBusyboxWget() {
        for image in ["metabase/metabase:v0.50.1", "metabase/metabase"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("bash", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("python3", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("python3", in: "metabase/metabase:v0.33.0").isUnknown)
    }

    @Test func everySearchEntryCitesItsEvidence() {
        for entry in BaseImageCatalog.searchImageEntries {
            #expect(entry.evidence.contains("Dockerfile"), "\(entry.displayName)")
            #expect(entry.releases != nil, "\(entry.displayName): bounded by release")
        }
    }
}
