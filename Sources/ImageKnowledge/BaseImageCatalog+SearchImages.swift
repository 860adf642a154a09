// Data only: search, graph and analytics servers (Elasticsearch, Kibana, Logstash, Meilisearch, Weaviate, Milvus,
// Neo4j, Solr, Metabase) as their projects publish them. Evidence cites each project's Dockerfile and the issue threads
// where a health check broke; releases whose base image the evidence does not show (Elasticsearch before 7.16, Kibana
// outside 8.x, the Elastic UBI tags of 8.x and the Wolfi images) stay unknown, and programs that changed between the
// releases an entry covers sit in `maybe`.

extension BaseImageCatalog {
    /// Search and graph server images, after the data-store images.
    static let searchImageEntries: [BaseImageEntry] =
        elasticEntries + logstashEntries + meilisearchEntries
        + [weaviateImage, milvusImage, neo4jImage, solrImage, metabaseImage]

    /// Elasticsearch on Ubuntu (7.16 to 8.x) and on UBI 9 minimal (9.x), and Kibana 8 on Ubuntu; curl in every one.
    static let elasticEntries: [BaseImageEntry] = [
        BaseImageEntry(
            registry: "docker.elastic.co", repositories: ["elasticsearch/elasticsearch"],
            alsoPublishedAs: [ImageName(nil, "elasticsearch")], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, SearchPrograms.elasticsearch,
                ["curl", "nc", "netcat", "unzip", "zip", "tini"],
            ],
            maybe: [
                ProgramSets.debianUncertain, ProgramSets.procps, SearchPrograms.elasticsearchUncertain,
                ProgramSets.javaRuntime, ["p11-kit"],
            ],
            hasShell: true,
            evidence:
                "elastic/elasticsearch distribution/docker Dockerfile (default image): FROM ubuntu (20.04, 24.04 from 8.17.8 and 8.18: elastic/elasticsearch#128732, #130277), 'apt-get install -y --no-install-recommends ca-certificates curl netcat-openbsd p11-kit unzip zip' with wget only for the Cloud image (elastic/elasticsearch#80870 'Install wget in Cloud Docker images'); the switch from CentOS came in 7.16 (elastic/elasticsearch#80820); the bundled JDK is not on PATH; elastic/beats#20511 and #20514 (no python in the image, health checks moved to curl); no wget, python, jq",
            releases: ReleaseNumber(7, 16)..<ReleaseNumber(9),
            healthcheck: .noneShownBy("elastic/elasticsearch Dockerfile")
        ),
        BaseImageEntry(
            registry: "docker.elastic.co", repositories: ["elasticsearch/elasticsearch"],
            alsoPublishedAs: [ImageName(nil, "elasticsearch")], variants: [.full], os: .rhel,
            packageManager: .microdnf,
            programs: [
                SearchPrograms.ubiMinimal, SearchPrograms.elasticsearch,
                ["curl", "nc", "ncat", "unzip", "zip", "tini", "ps", "pgrep", "pkill", "free", "top"],
            ],
            maybe: [
                SearchPrograms.ubiMinimalUncertain, SearchPrograms.elasticsearchUncertain, ProgramSets.javaRuntime,
            ],
            hasShell: true,
            evidence:
                "elastic/elasticsearch distribution/docker Dockerfile.default (9.x): FROM ubi9-minimal (elastic/elasticsearch#118068, #126280), the builder stage runs curl from the base image unchanged, the final stage adds 'microdnf install nc shadow-utils zip unzip findutils procps-ng' (wget only in the Cloud images, elastic/elasticsearch#80870); the bundled JDK is not on PATH; no wget, python, jq",
            releases: ReleaseNumber(9)..<ReleaseNumber(BaseImageEntry.openEnd), current: true,
            healthcheck: .noneShownBy("elastic/elasticsearch Dockerfile.default")
        ),
        BaseImageEntry(
            registry: "docker.elastic.co", repositories: ["kibana/kibana"], alsoPublishedAs: [ImageName(nil, "kibana")],
            variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, SearchPrograms.kibana,
                ["curl", "tini", "fc-cache"],
            ],
            maybe: [ProgramSets.debianUncertain, ProgramSets.procps, SearchPrograms.kibanaUncertain], hasShell: true,
            evidence:
                "elastic/kibana src/dev/build/tasks/os_packages/docker_generator/templates/base/Dockerfile: the Ubuntu branch (the default image of 8.x, as for Elasticsearch since 7.16) runs 'apt-get install -y --no-install-recommends fontconfig libnss3 curl ca-certificates', tini in /bin, kibana-docker in /usr/local/bin; Kibana's bundled node is not on PATH (kept uncertain); no wget, nc, python",
            majors: 8..<9, healthcheck: .noneShownBy("elastic/kibana docker_generator Dockerfile")
        ),
    ]

    /// Logstash on Ubuntu (8.x) and on UBI 9 minimal (9.x): curl in both, no wget or netcat.
    static let logstashEntries: [BaseImageEntry] = [
        BaseImageEntry(
            registry: "docker.elastic.co", repositories: ["logstash/logstash"],
            alsoPublishedAs: [ImageName(nil, "logstash")], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.procps, SearchPrograms.logstash,
                ["curl", "locale-gen"],
            ],
            maybe: [ProgramSets.debianUncertain, ProgramSets.javaRuntime], hasShell: true,
            evidence:
                "elastic/logstash docker/templates/Dockerfile.j2: FROM ubuntu:20.04 for the default flavour, 'apt-get install -y procps findutils tar gzip curl' and locales, /usr/share/logstash/bin on PATH (the bundled JDK is not); elastic/logstash#16812 ('Since v9, the Docker base image has been changed from Ubuntu to UBI'); no wget, nc, python",
            majors: 8..<9, healthcheck: .noneShownBy("elastic/logstash Dockerfile.j2")
        ),
        BaseImageEntry(
            registry: "docker.elastic.co", repositories: ["logstash/logstash"],
            alsoPublishedAs: [ImageName(nil, "logstash")], variants: [.full], os: .rhel, packageManager: .microdnf,
            programs: [
                SearchPrograms.ubiMinimal, SearchPrograms.logstash,
                ["curl", "tar", "gzip", "which", "openssl", "ps", "pgrep", "pkill", "free", "top"],
            ],
            maybe: [SearchPrograms.ubiMinimalUncertain, ProgramSets.javaRuntime], hasShell: true,
            evidence:
                "elastic/logstash docker/templates/Dockerfile.erb (9.x): FROM redhat/ubi9-minimal for the full and oss flavours (elastic/logstash#16812, #17148), 'microdnf install -y procps findutils tar gzip', openssl, which and shadow-utils, curl from the base image (the Dockerfile downloads Logstash with it); the -wolfi flavour is another repository; no wget, nc, python",
            releases: ReleaseNumber(9)..<ReleaseNumber(BaseImageEntry.openEnd), current: true,
            healthcheck: .noneShownBy("elastic/logstash Dockerfile.erb")
        ),
    ]

    /// Meilisearch: Alpine with tini; curl from 0.23 (meilisearch/meilisearch#1676), busybox wget in every release.
    static let meilisearchEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["getmeili/meilisearch"], variants: [.full], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["curl", "tini", "meilisearch"]],
            maybe: [["meilitool"]], busybox: true, hasShell: true,
            evidence:
                "meilisearch/meilisearch Dockerfile: FROM alpine (3.14 to 3.22), 'apk add -q --no-cache libgcc tini curl', meilisearch (and meilitool in later releases) in /bin; curl was added for v0.23.0 by meilisearch/meilisearch#1676 (issue #1673) and kept (#2177 closed); busybox wget; no bash, python",
            releases: ReleaseNumber(0, 23)..<ReleaseNumber(BaseImageEntry.openEnd), current: true,
            healthcheck: .noneShownBy("meilisearch/meilisearch Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["getmeili/meilisearch"], variants: [.full], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["tini"]], maybe: [["meilisearch"]],
            busybox: true, hasShell: true,
            evidence:
                "meilisearch/meilisearch Dockerfile before v0.23.0: FROM alpine, 'apk add -q --no-cache libgcc tini', the binary in the WORKDIR; meilisearch/meilisearch#1673 ('Docker image should have curl binary') and #1676 (curl added for v0.23.0); busybox wget; no curl, bash",
            releases: ReleaseNumber(0)..<ReleaseNumber(0, 23),
            healthcheck: .noneShownBy("meilisearch/meilisearch Dockerfile")
        ),
    ]

    /// Weaviate 1.x: the server binary on Alpine, with busybox wget and no curl.
    static let weaviateImage = BaseImageEntry(
        repositories: ["semitechnologies/weaviate"],
        alsoPublishedAs: [ImageName("cr.weaviate.io", "semitechnologies/weaviate")], variants: [.full], os: .alpine,
        packageManager: .apk, programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["weaviate", "openssl"]],
        maybe: [["bc", "grpc_health_probe"]], busybox: true, hasShell: true,
        evidence:
            "weaviate/weaviate Dockerfile: the weaviate stage is FROM alpine with 'apk add --no-cache --upgrade ca-certificates openssl' (bc in later releases, grpc_health_probe copied in /bin by some), the server in /bin/weaviate; busybox wget (Weaviate's compose examples probe with 'wget --spider'); no curl, bash, python",
        majors: 1..<2, current: true, healthcheck: .noneShownBy("weaviate/weaviate Dockerfile")
    )

    /// Milvus 2.2+: Ubuntu with curl (the project's compose files probe with it); no wget.
    static let milvusImage = BaseImageEntry(
        repositories: ["milvusdb/milvus"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["curl", "milvus"]],
        maybe: [ProgramSets.debianUncertain, ["nc", "netcat", "ping", "gcc", "g++", "cc", "gfortran"]],
        hasShell: true,
        evidence:
            "milvus-io/milvus build/docker/milvus/ubuntu20.04/Dockerfile.base (milvus-base: FROM ubuntu:focal, 'apt-get install -y --no-install-recommends curl libtbb-dev gfortran netcat iputils-ping ...') under ubuntu20.04/Dockerfile, then ubuntu22.04/Dockerfile (FROM ubuntu:jammy, 'apt-get install -y --no-install-recommends curl libaio-dev libgomp1 libopenblas-dev gcc g++'), /milvus/bin on PATH, tini at /tini; netcat and ping only in the older base, so uncertain; deployments/docker/standalone/docker-compose.yml probes with 'curl -f http://localhost:9091/healthz' (milvus-io/milvus#26733 thread); no wget, python. GPU tags are other builds",
        releases: ReleaseNumber(2, 2)..<ReleaseNumber(3), current: true
    )

    /// Neo4j 4.x, 5.x and the 2025+ calendar releases: Debian slim with wget, curl purged after the download.
    static let neo4jImage = BaseImageEntry(
        repositories: ["neo4j"], variants: [.full], os: .debian, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, SearchPrograms.neo4j, ["wget", "jq", "tini"]],
        maybe: [
            ProgramSets.debianUncertain, ProgramSets.procps,
            ["git", "gcc", "cc", "make", "gosu", "su-exec", "neo4j-admin-report", "neo4j-import", "keytool"],
        ],
        hasShell: true,
        evidence:
            "neo4j/docker-neo4j docker-image-src 4.4/Dockerfile, 4.4/coredb/Dockerfile-debian, 5/coredb/Dockerfile-debian and calver/coredb/Dockerfile-debian|-trixie: FROM a Debian slim image, 'apt-get install curl ... jq procps tini wget', then 'apt-get -y purge --auto-remove curl' (gcc, git, make purged too from 5.x), Java copied to /opt/java/openjdk/bin and the Neo4j bin on PATH; neo4j/docker-neo4j#114 ('The Neo4j image I am using has no curl, but it does have wget'), neo4j/neo4j#7203 ('the base neo4j image does not come with curl'), als-apg/osprey#717 (2026: the community image 'has no curl binary; it ships wget'); no curl, nc, python. The -ubi8/-ubi9 tags are other builds and stay unknown",
        releases: ReleaseNumber(4)..<ReleaseNumber(BaseImageEntry.openEnd), current: true
    )

    /// Solr 9 on eclipse-temurin 17 (Ubuntu jammy): curl and wget from the base, netcat and procps added.
    static let solrImage = BaseImageEntry(
        repositories: ["solr"], variants: [.full, .slim], os: .ubuntu, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.javaRuntime, ProgramSets.procps,
            ["curl", "wget", "nc", "netcat", "lsof", "gosu", "tini", "jattach", "solr", "docker-entrypoint.sh"],
        ],
        maybe: [
            ProgramSets.debianUncertain,
            [
                "solr-foreground", "init-var-solr", "precreate-core", "solr-precreate",
                "solr-create", "solr-demo", "wait-for-solr.sh", "wait-for-zookeeper.sh", "post", "setfacl", "getfacl",
            ],
        ],
        hasShell: true,
        evidence:
            "apache/solr-docker 9.x/Dockerfile: FROM eclipse-temurin:17-jre-jammy (curl and wget in that base), 'apt-get -y --no-install-recommends install acl lsof procps wget netcat gosu tini jattach', /opt/solr/bin and /opt/solr/docker/scripts on PATH; no python, jq. The -alpine tags are another build",
        majors: 9..<10, current: true
    )

    /// Metabase: a Java runtime on Alpine with bash and curl added; busybox wget.
    static let metabaseImage = BaseImageEntry(
        repositories: ["metabase/metabase"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["bash", "curl"]],
        maybe: [ProgramSets.javaRuntime, ["run_metabase.sh", "fc-cache", "fc-list"]], busybox: true, hasShell: true,
        evidence:
            "metabase/metabase bin/docker/Dockerfile: FROM adoptopenjdk/openjdk11:alpine-jre, later eclipse-temurin:11-jre-alpine (a later revision unpacks its own JDK), 'apk add --update-cache --no-cache bash ttf-dejavu fontconfig curl java-cacerts' in every revision, the jar and run_metabase.sh in /app; Metabase's documentation probes with 'curl --fail -I http://localhost:3000/api/health' (metabase/metabase#27322); busybox wget; no python",
        releases: ReleaseNumber(0, 40)..<ReleaseNumber(1), current: true
    )
}

/// Program lists of the search and graph server images.
enum SearchPrograms {
    /// Elasticsearch's bin directory (on PATH) as in every release line described, with the entrypoint.
    static let elasticsearch = [
        "elasticsearch", "elasticsearch-plugin", "elasticsearch-keystore", "elasticsearch-certutil",
        "elasticsearch-node", "elasticsearch-users", "docker-entrypoint.sh",
    ]
    /// Tools that came or went between 7.16 and 9.x.
    static let elasticsearchUncertain = [
        "elasticsearch-reset-password", "elasticsearch-create-enrollment-token", "elasticsearch-reconfigure-node",
        "elasticsearch-setup-passwords", "elasticsearch-service-tokens", "elasticsearch-shard", "elasticsearch-sql-cli",
        "elasticsearch-syskeygen", "elasticsearch-saml-metadata", "elasticsearch-croneval", "elasticsearch-geoip",
        "elasticsearch-env", "elasticsearch-env-from-file", "elasticsearch-cli", "elasticsearch-certgen",
    ]
    /// Kibana's bin directory (on PATH) and the Docker wrapper.
    static let kibana = ["kibana", "kibana-plugin", "kibana-keystore", "kibana-docker"]
    /// Kibana tools not in every 8.x release, its bundled node (not on PATH) and fontconfig's other tools.
    static let kibanaUncertain = [
        "kibana-encryption-keys", "kibana-verification-code", "kibana-setup", "node", "fc-list", "fc-match",
    ]

    /// Logstash's bin directory (on PATH) and the Docker entrypoint's helpers.
    static let logstash = [
        "logstash", "logstash-plugin", "logstash-keystore", "pqcheck", "pqrepair", "docker-entrypoint", "env2yaml",
    ]

    /// Neo4j's bin directory (on PATH) and Java.
    static let neo4j = ["neo4j", "neo4j-admin", "cypher-shell", "java"]

    /// What Red Hat's ubi-minimal holds, as far as the Elasticsearch Dockerfile shows (bash, coreutils-single,
    /// microdnf, rpm) plus the findutils and shadow-utils it installs.
    static let ubiMinimal =
        ProgramSets.coreutils + ["sh", "bash", "microdnf", "rpm", "find", "xargs", "groupadd", "useradd", "adduser"]
    /// Parts of ubi-minimal not checked one by one, and what only the builder stage installs (tar, gzip).
    static let ubiMinimalUncertain = [
        "grep", "sed", "awk", "gawk", "tar", "gzip", "which", "hostname", "less", "vi", "getent", "ldd", "ldconfig",
        "su", "runuser", "setpriv", "perl", "diff", "cmp", "kill",
    ]
}
