// Data only: messaging, coordination and CI servers on the JVM (Apache Kafka's own images, Bitnami's Kafka,
// Confluent Platform, ZooKeeper, Cassandra, Jenkins). Evidence cites each Dockerfile and the issue threads where a probe broke. A Kafka
// image's command-line tools differ by publisher: Apache's image keeps them off PATH in /opt/kafka/bin, Bitnami's puts
// the `.sh` scripts on PATH, Confluent's installs them in /usr/bin without `.sh`.

extension BaseImageCatalog {
    /// Messaging and JVM server images, after the search images.
    static let messagingImageEntries: [BaseImageEntry] = [
        apacheKafkaImage, apacheKafkaNativeImage, bitnamiKafkaImage, confluentImage, zookeeperImage, cassandraImage,
        jenkinsImage,
    ]

    /// Apache Kafka's image (3.7+): eclipse-temurin's JRE on Alpine; GNU wget installed for the download, then removed.
    static let apacheKafkaImage = BaseImageEntry(
        repositories: ["apache/kafka"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [
            ProgramSets.busyboxApplets.filter { $0 != "wget" }, ProgramSets.alpineBase, ProgramSets.javaRuntime,
        ],
        maybe: [["wget", "bash", "gpg", "openssl"], ProgramSets.coreutils], busybox: true,
        hasShell: true,
        evidence:
            "apache/kafka docker/jvm/Dockerfile: FROM eclipse-temurin:21-jre-alpine, 'apk add --no-cache wget gpg gpg-agent gcompat' (procps and bash in later releases), then 'apk del wget gpg gpg-agent'; the Kafka scripts stay in /opt/kafka/bin, which the Dockerfile never adds to PATH; busybox nc; no curl, python. Whether busybox's wget link returns after 'apk del wget' is not shown, so wget is uncertain",
        releases: ReleaseNumber(3, 7)..<ReleaseNumber(BaseImageEntry.openEnd), current: true,
        healthcheck: .noneShownBy("apache/kafka docker/jvm/Dockerfile")
    )

    /// Apache Kafka's GraalVM native image (3.8+): the broker binary on Alpine with bash; no Java, no Kafka scripts.
    static let apacheKafkaNativeImage = BaseImageEntry(
        repositories: ["apache/kafka-native"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["bash"]], busybox: true, hasShell: true,
        evidence:
            "apache/kafka docker/native/Dockerfile: the final stage is FROM alpine:latest with 'apk add --no-cache gcompat' and 'apk add --no-cache bash', the native broker copied to /opt/kafka/kafka.Kafka and the launch scripts to /etc/kafka/docker (no bin directory, no JVM); busybox wget and nc; no curl, java, python",
        releases: ReleaseNumber(3, 8)..<ReleaseNumber(BaseImageEntry.openEnd), current: true,
        healthcheck: .noneShownBy("apache/kafka docker/native/Dockerfile")
    )

    /// Bitnami's Kafka 3.x and 4.x on minideb: curl kept (unlike Bitnami's database images), no netcat or wget.
    static let bitnamiKafkaImage = BaseImageEntry(
        repositories: ["bitnami/kafka"], alsoPublishedAs: bitnamiLegacyNames(["bitnami/kafka"]), variants: [.full],
        os: .debian, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.procps, ProgramSets.javaRuntime,
            MessagingPrograms.kafkaScripts, ["curl"],
        ],
        maybe: [
            ProgramSets.debianUncertain, MessagingPrograms.kafkaScriptsUncertain,
            ["install_packages", "wait-for-port", "render-template", "gosu"],
        ],
        hasShell: true,
        evidence:
            "bitnami/containers bitnami/kafka/3.3/debian-11, 3.4/debian-12 and 4.0/debian-12 Dockerfiles: FROM bitnami/minideb, 'install_packages ca-certificates curl procps zlib1g' (curl is not removed), Java and Kafka unpacked in /opt/bitnami with /opt/bitnami/java/bin and /opt/bitnami/kafka/bin on PATH; bitnami/containers#33325 (bitnami/kafka:latest, 2023-05: 'nc -z localhost 9092' health check fails); no nc, wget, python",
        majors: 3..<5, current: true, healthcheck: .noneShownBy("bitnami/kafka Dockerfile")
    )

    /// Confluent Platform 7+ images on cp-base-new (Red Hat ubi-minimal): curl, wget, netcat and python3 all present.
    static let confluentImage = BaseImageEntry(
        repositories: [
            "confluentinc/cp-kafka", "confluentinc/cp-zookeeper", "confluentinc/cp-schema-registry",
            "confluentinc/cp-server",
        ],
        variants: [.full], os: .rhel, packageManager: .yum,
        programs: [
            SearchPrograms.ubiMinimal, ProgramSets.javaRuntime,
            ["curl", "wget", "nc", "ncat", "python3", "tar", "ps", "pgrep", "pkill", "ping", "yum", "cub", "dub"],
        ],
        maybe: [SearchPrograms.ubiMinimalUncertain, MessagingPrograms.confluentTools, ["python", "pip3", "hostname"]],
        hasShell: true,
        evidence:
            "confluentinc/common-docker base/Dockerfile.ubi8 and Dockerfile.ubi9 (cp-base-new): FROM ubi8/ubi9 ubi-minimal, which the Dockerfile uses curl from, 'yum install ... wget nc (nmap-ncat) python3 tar procps(-ng) krb5-workstation iputils' and a JDK, the cub/dub utility belt from confluent-docker-utils; confluentinc/kafka-images kafka/Dockerfile.ubi8 adds the confluent-kafka package, whose tools are named without .sh (confluentinc/cp-docker-images#737: 'just kafka-topics, not kafka-topics.sh'); no jq. The -ubi8 tags and releases before 7 are not described",
        majors: 7..<BaseImageEntry.openEnd, current: true,
        healthcheck: .noneShownBy("confluentinc/common-docker Dockerfile")
    )

    /// The official zookeeper image (3.8+): eclipse-temurin 17 on Ubuntu jammy with netcat and wget added.
    static let zookeeperImage = BaseImageEntry(
        repositories: ["zookeeper"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.javaRuntime,
            ["curl", "wget", "nc", "netcat", "gosu", "gpg", "dirmngr", "docker-entrypoint.sh"],
            MessagingPrograms.zookeeper,
        ],
        maybe: [ProgramSets.debianUncertain, ProgramSets.procps, ["locale-gen", "p11-kit"]], hasShell: true,
        evidence:
            "31z4/zookeeper-docker 3.8.4/Dockerfile and 3.9.3/Dockerfile (the official image's source): FROM eclipse-temurin:17-jre-jammy (curl and wget in that base), 'apt-get install -y --no-install-recommends ca-certificates dirmngr gosu gnupg netcat wget', ZooKeeper's bin appended to PATH; 'echo ruok | nc' works; no python, jq",
        releases: ReleaseNumber(3, 8)..<ReleaseNumber(4), current: true
    )

    /// The official cassandra image (4.x, 5.x): a Java base on Ubuntu with python3 for cqlsh; no netcat.
    static let cassandraImage = BaseImageEntry(
        repositories: ["cassandra"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.javaRuntime, ProgramSets.procps,
            MessagingPrograms.cassandra, ["curl", "python3", "ip", "ss", "numactl", "gosu", "docker-entrypoint.sh"],
        ],
        maybe: [
            ProgramSets.debianUncertain, MessagingPrograms.cassandraUncertain,
            ["wget", "python3.8", "python3.10", "python3.12", "locale-gen", "p11-kit"],
        ],
        hasShell: true,
        evidence:
            "docker-library/cassandra 4.0/Dockerfile and 5.0/Dockerfile: FROM adoptopenjdk:11-jre-hotspot-focal (4.0 previews), then eclipse-temurin 11 and 17 on Ubuntu (curl in those bases), 'apt-get install -y --no-install-recommends libjemalloc2 procps python3 iproute2 numactl', wget and gnupg installed and purged again around the downloads (wget stays uncertain), /opt/cassandra/bin on PATH; cqlsh and nodetool are the probes; no nc, jq",
        majors: 4..<6, current: true
    )

    /// Jenkins' controller image (2.400+): Debian with curl, git and procps; a jlink'ed Java runtime; no wget.
    static let jenkinsImage = BaseImageEntry(
        repositories: ["jenkins/jenkins"], variants: [.full], os: .debian, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.procps, ProgramSets.javaRuntime,
            MessagingPrograms.jenkins,
        ],
        maybe: [ProgramSets.debianUncertain, ProgramSets.javaDevelopment, ["gpg", "gpgv", "less", "patch"]],
        hasShell: true,
        evidence:
            "jenkinsci/docker debian/bookworm/hotspot/Dockerfile and debian/Dockerfile: the controller stage is FROM debian (bookworm, then trixie), 'apt-get install -y --no-install-recommends ca-certificates curl git (gnupg gpg in bookworm) libfontconfig1 libfreetype6 procps ssh-client tini unzip tzdata', git-lfs from its release tarball, the jlink'ed runtime in /opt/java/openjdk/bin; jq is only in the build stage; no wget, nc, python. The -alpine and -slim tags are other Dockerfiles",
        releases: ReleaseNumber(2, 400)..<ReleaseNumber(3), current: true
    )
}

/// Program lists of the messaging images.
enum MessagingPrograms {
    /// Apache Kafka's bin scripts present in 3.x and 4.x.
    static let kafkaScripts = [
        "kafka-topics.sh", "kafka-server-start.sh", "kafka-server-stop.sh", "kafka-console-producer.sh",
        "kafka-console-consumer.sh", "kafka-consumer-groups.sh", "kafka-configs.sh", "kafka-broker-api-versions.sh",
        "kafka-run-class.sh", "kafka-acls.sh", "kafka-storage.sh", "kafka-log-dirs.sh",
    ]
    /// Scripts added or removed between 3.0 and 4.x (ZooKeeper's went with 4.0, the KRaft tools came during 3.x).
    static let kafkaScriptsUncertain = [
        "zookeeper-server-start.sh", "zookeeper-server-stop.sh", "zookeeper-shell.sh", "kafka-mirror-maker.sh",
        "kafka-metadata-shell.sh", "kafka-transactions.sh", "kafka-leader-election.sh", "kafka-dump-log.sh",
        "kafka-reassign-partitions.sh", "kafka-delete-records.sh", "kafka-replica-verification.sh",
        "kafka-producer-perf-test.sh", "kafka-consumer-perf-test.sh", "kafka-streams-application-reset.sh",
        "kafka-verifiable-consumer.sh", "kafka-verifiable-producer.sh", "kafka-delegation-tokens.sh",
        "kafka-client-metrics.sh", "kafka-groups.sh", "kafka-share-groups.sh", "kafka-jmx.sh", "kafka-e2e-latency.sh",
        "connect-distributed.sh", "connect-standalone.sh", "connect-mirror-maker.sh", "trogdor.sh",
        "kafka-cluster.sh", "kafka-metadata-quorum.sh", "kafka-get-offsets.sh", "kafka-features.sh",
    ]
    /// What the Jenkins controller Dockerfile installs, with its scripts.
    static let jenkins = [
        "curl", "git", "git-lfs", "ssh", "scp", "ssh-keygen", "ssh-keyscan", "tini", "unzip", "jenkins.sh",
        "jenkins-support", "jenkins-plugin-cli",
    ]
    /// Confluent Platform's tools (no `.sh`), present or not depending on the image.
    static let confluentTools = [
        "kafka-topics", "kafka-console-producer", "kafka-console-consumer", "kafka-consumer-groups", "kafka-configs",
        "kafka-broker-api-versions", "kafka-run-class", "kafka-server-start", "kafka-storage", "kafka-acls",
        "kafka-cluster", "kafka-metadata-quorum", "zookeeper-shell", "zookeeper-server-start", "schema-registry-start",
        "kafka-avro-console-producer", "kafka-avro-console-consumer", "confluent-hub",
    ]
    /// ZooKeeper's bin scripts.
    static let zookeeper = ["zkServer.sh", "zkCli.sh", "zkEnv.sh", "zkCleanup.sh", "zkTxnLogToolkit.sh"]
    /// Cassandra's bin scripts present in 4.x and 5.x.
    static let cassandra = ["cassandra", "cqlsh", "nodetool", "sstableloader", "sstablescrub", "sstableupgrade"]
    static let cassandraUncertain = [
        "cqlsh.py", "debug-cql", "stop-server", "sstableutil", "sstableverify", "fqltool", "auditlogviewer",
    ]
}
