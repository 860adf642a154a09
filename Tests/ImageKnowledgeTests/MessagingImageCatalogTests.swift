import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// Messaging and JVM server images (BaseImageCatalog+MessagingImages.swift): what each entry claims about the probe
/// tools, and which tags stay unknown.
@Suite struct MessagingImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func apacheKafkaIsAlpineWithoutCurl() {
        for image in ["apache/kafka:3.7.0", "apache/kafka:4.0.0", "apache/kafka"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl") == .absent, "\(image)")
            #expect(contents.availability(of: "nc").isPresent, "\(image)")
            #expect(contents.availability(of: "java").isPresent, "\(image)")
            // GNU wget is removed after the download; whether busybox's link comes back is not shown.
            #expect(contents.availability(of: "wget").isUnknown, "\(image)")
            #expect(contents.availability(of: "bash").isUnknown, "\(image)")
        }
        #expect(resolver.availability("curl", in: "apache/kafka:3.6.0").isUnknown)
    }

    @Test func apacheKafkaNativeHasNoJava() {
        for image in ["apache/kafka-native:3.8.0", "apache/kafka-native"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("java", in: image) == .absent, "\(image)")
            #expect(resolver.availability("kafka-topics.sh", in: image) == .absent, "\(image)")
            #expect(resolver.availability("bash", in: image).isPresent, "\(image)")
            #expect(resolver.availability("nc", in: image).isPresent, "\(image)")
        }
    }

    @Test func bitnamiKafkaHasCurlButNoNetcat() {
        for image in ["bitnami/kafka:3.4", "bitnami/kafka:3.6.2-debian-12-r12", "bitnami/kafka:4.0.0", "bitnami/kafka"]
        {
            #expect(resolver.availability("nc", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("kafka-topics.sh", in: image).isPresent, "\(image)")
            #expect(resolver.availability("bash", in: image).isPresent, "\(image)")
        }
        #expect(resolver.availability("nc", in: "bitnami/kafka:2.8.1").isUnknown)
    }

    @Test func confluentImagesHaveEveryProbeTool() {
        for image in [
            "confluentinc/cp-kafka:7.5.0", "confluentinc/cp-zookeeper:7.4.1", "confluentinc/cp-schema-registry:8.0.0",
            "confluentinc/cp-kafka",
        ] {
            for tool in ["curl", "wget", "nc", "python3", "bash"] {
                #expect(resolver.availability(tool, in: image).isPresent, "\(tool) in \(image)")
            }
            #expect(resolver.availability("jq", in: image) == .absent, "\(image)")
            #expect(resolver.availability("kafka-topics", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("jq", in: "confluentinc/cp-kafka:6.2.0").isUnknown)
        #expect(resolver.availability("jq", in: "confluentinc/cp-kafka:7.4.0-1-ubi8").isUnknown)
    }

    @Test func zookeeperHasNetcatAndBothHTTPClients() {
        for image in ["zookeeper:3.9.3", "zookeeper:3.8", "zookeeper"] {
            #expect(resolver.availability("nc", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("zkServer.sh", in: image).isPresent, "\(image)")
            #expect(resolver.availability("python3", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("python3", in: "zookeeper:3.4.14").isUnknown)
    }

    @Test func cassandraHasNoNetcat() {
        for image in ["cassandra:4.1", "cassandra:5.0.2", "cassandra"] {
            #expect(resolver.availability("nc", in: image) == .absent, "\(image)")
            #expect(resolver.availability("cqlsh", in: image).isPresent, "\(image)")
            #expect(resolver.availability("python3", in: image).isPresent, "\(image)")
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("nc", in: "cassandra:3.11").isUnknown)
    }

    @Test func jenkinsHasCurlAndGitButNoWget() {
        for image in ["jenkins/jenkins:lts", "jenkins/jenkins:2.440.3-lts-jdk17", "jenkins/jenkins:lts-jdk21"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("git", in: image).isPresent, "\(image)")
            #expect(resolver.availability("ps", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("jq", in: image) == .absent, "\(image)")
        }
        #expect(resolver.availability("wget", in: "jenkins/jenkins:lts-alpine").isUnknown)
        #expect(resolver.availability("wget", in: "jenkins/jenkins:2.60.3").isUnknown)
    }

    @Test func everyMessagingEntryCitesItsEvidence() {
        for entry in BaseImageCatalog.messagingImageEntries {
            #expect(entry.evidence.contains("Dockerfile"), "\(entry.displayName)")
            #expect(entry.releases != nil, "\(entry.displayName): bounded by release")
        }
    }
}
