// Data only: more of Bitnami's images on minideb (MongoDB, MySQL, MariaDB, nginx, RabbitMQ, Keycloak, ZooKeeper,
// Elasticsearch, MinIO, Memcached).
// Every Bitnami Dockerfile installs curl with `install_packages` to fetch the application; the database and nginx
// images remove it again (`apt-get autoremove --purge -y curl`, done since 2022-10), the JVM and Erlang images keep it.
// Entries are bounded to release lines whose builds all postdate that change and whose Dockerfile was read.

extension BaseImageCatalog {
    /// Bitnami images described in this file, after the Bitnami entries kept with their publishers' families.
    static let bitnamiImageEntries: [BaseImageEntry] = [
        bitnamiMongoDB, bitnamiMySQL, bitnamiMariaDB, bitnamiNginx, bitnamiRabbitMQ, bitnamiKeycloak,
        bitnamiZooKeeper, bitnamiElasticsearch, bitnamiMinIO, bitnamiMemcached,
    ]

    /// Bitnami's helper programs in /opt/bitnami/common/bin, which differ by image.
    static let bitnamiHelpers = ["install_packages", "wait-for-port", "render-template", "ini-file", "yq"]

    /// The Bitnami Legacy copies (`bitnamilegacy/…`): since 2025-08 Bitnami moved its existing tags there unchanged
    /// (bitnami/containers#83267, quoted in reportportal/reportportal#2605 and Netflix/metaflow#2623).
    static func bitnamiLegacyNames(_ repositories: [String]) -> [ImageName] {
        repositories.map { ImageName(nil, "bitnamilegacy/" + $0.dropFirst("bitnami/".count)) }
    }

    /// A Bitnami image on minideb: bash, coreutils and procps, Debian's uncertain extras and Bitnami's helpers
    /// beside the image's own `programs` and `maybe`; no health check in the Dockerfile.
    static func bitnamiEntry(
        _ repository: String, programs: [[String]], maybe: [[String]], evidence: String, majors: Range<Int>? = nil,
        releases: Range<ReleaseNumber>? = nil, current: Bool = false, healthCommand: String? = nil
    ) -> BaseImageEntry {
        BaseImageEntry(
            repositories: [repository], alsoPublishedAs: bitnamiLegacyNames([repository]), variants: [.full],
            os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.procps] + programs,
            maybe: [ProgramSets.debianUncertain, bitnamiHelpers] + maybe, hasShell: true, evidence: evidence,
            majors: majors, releases: releases, current: current,
            healthcheck: .noneShownBy("\(repository) Dockerfile"), healthCommand: healthCommand)
    }

    /// Bitnami's MongoDB 7 and 8: curl removed, mongosh from the mongodb-shell component, numactl from apt.
    static let bitnamiMongoDB = bitnamiEntry(
        "bitnami/mongodb", programs: [["mongod", "numactl"]], maybe: [["mongosh", "mongos"]],
        evidence:
            "bitnami/containers bitnami/mongodb/7.0/debian-11 and 8.0/debian-12 Dockerfiles: FROM bitnami/minideb, 'install_packages ca-certificates curl ... numactl procps zlib1g', mongodb-shell and mongodb components unpacked in /opt/bitnami, then 'apt-get autoremove --purge -y curl'; PATH has /opt/bitnami/mongodb/bin; bitnami/containers#52789 (bitnami/mongodb:7.0: no healthcheck.sh); no wget, no curl, no legacy mongo shell (removed in MongoDB 6.0)",
        majors: 7..<9, current: true
    )

    /// Bitnami's MySQL 8.4: curl removed; the client programs in /opt/bitnami/mysql/bin.
    static let bitnamiMySQL = bitnamiEntry(
        "bitnami/mysql", programs: [["mysqld", "mysql", "mysqladmin", "killall", "fuser"]],
        maybe: [["mysqldump", "mysqld_safe"]],
        evidence:
            "bitnami/containers bitnami/mysql/8.4/debian-12/Dockerfile (8.0/debian-12 alike): FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl gcc-11 libaio1 ... procps psmisc', the ini-file and mysql components, then 'apt-get autoremove --purge -y curl'; PATH has /opt/bitnami/mysql/bin and /opt/bitnami/mysql/sbin; no wget, no curl. MySQL 8.0 had builds from before the curl removal, and 9.x Dockerfiles were not read, so both stay unknown",
        releases: ReleaseNumber(8, 4)..<ReleaseNumber(8, 5), healthCommand: "mysqladmin ping -h localhost"
    )

    /// Bitnami's MariaDB 11.4: curl removed; no Docker-library healthcheck.sh.
    static let bitnamiMariaDB = bitnamiEntry(
        "bitnami/mariadb", programs: [["mariadbd", "mariadb", "mariadb-admin", "killall", "fuser"]],
        maybe: [ProgramSets.mariadbMySQLNames, ["mysqld", "mysql"]],
        evidence:
            "bitnami/containers bitnami/mariadb/11.4/debian-12/Dockerfile: FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl libaio1 ... procps psmisc zlib1g', the ini-file and mariadb components, then 'apt-get autoremove --purge -y curl'; PATH has /opt/bitnami/mariadb/bin and sbin; no wget, no curl. Other release lines were not read and stay unknown",
        releases: ReleaseNumber(11, 4)..<ReleaseNumber(11, 5), healthCommand: "mariadb-admin ping -h localhost"
    )

    /// Bitnami's nginx 1.27: curl removed; gettext (envsubst) and openssl from apt.
    static let bitnamiNginx = bitnamiEntry(
        "bitnami/nginx", programs: [["nginx", "envsubst", "openssl"]], maybe: [],
        evidence:
            "bitnami/containers bitnami/nginx/1.27/debian-12/Dockerfile: FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl gettext libcrypt1 libgeoip1 libpcre3 libssl3 openssl procps zlib1g', the render-template and nginx components, then 'apt-get autoremove --purge -y curl'; PATH has /opt/bitnami/nginx/sbin; no wget, no curl. Other release lines were not read and stay unknown",
        releases: ReleaseNumber(1, 27)..<ReleaseNumber(1, 28)
    )

    /// Bitnami's RabbitMQ 3.13 and 4.0: curl kept (no autoremove line), Erlang and rabbitmq sbin on PATH.
    static let bitnamiRabbitMQ = bitnamiEntry(
        "bitnami/rabbitmq",
        programs: [["curl", "rabbitmqctl", "rabbitmq-diagnostics", "rabbitmq-server", "rabbitmq-plugins", "erl"]],
        maybe: [["rabbitmqadmin", "rabbitmq-queues"]],
        evidence:
            "bitnami/containers bitnami/rabbitmq/3.13/debian-12 and 4.0/debian-12 Dockerfiles: FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl libgcc-s1 libssl3 libstdc++6 libtinfo6 locales procps zlib1g', the erlang and rabbitmq components, no curl removal; PATH has /opt/bitnami/erlang/bin and /opt/bitnami/rabbitmq/sbin; no wget, no nc",
        releases: ReleaseNumber(3, 13)..<ReleaseNumber(4, 1), healthCommand: "rabbitmq-diagnostics -q ping"
    )

    /// Bitnami's Keycloak 26: curl kept, Java and Keycloak's bin on PATH.
    static let bitnamiKeycloak = bitnamiEntry(
        "bitnami/keycloak", programs: [ProgramSets.javaRuntime, ["curl", "kc.sh", "kcadm.sh"]],
        maybe: [["kinit", "klist"]],
        evidence:
            "bitnami/containers bitnami/keycloak/26/debian-12/Dockerfile: FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl krb5-user libaio1 procps zlib1g', the wait-for-port, jre and keycloak components, no curl removal; PATH has /opt/bitnami/java/bin and /opt/bitnami/keycloak/bin; no wget, no nc",
        majors: 26..<27, current: true
    )

    /// Bitnami's ZooKeeper 3.9: curl and OpenBSD netcat kept, so `nc` and four-letter-word checks run.
    static let bitnamiZooKeeper = bitnamiEntry(
        "bitnami/zookeeper",
        programs: [ProgramSets.javaRuntime, ["curl", "nc", "xmlstarlet", "zkServer.sh", "zkCli.sh"]],
        maybe: [["netcat", "nc.openbsd", "xml"]],
        evidence:
            "bitnami/containers bitnami/zookeeper/3.9/debian-12/Dockerfile: FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl netcat-openbsd procps xmlstarlet zlib1g', the wait-for-port, jre and zookeeper components, no curl removal; PATH has /opt/bitnami/java/bin and /opt/bitnami/zookeeper/bin; no wget",
        releases: ReleaseNumber(3, 9)..<ReleaseNumber(3, 10), current: true
    )

    /// Bitnami's Elasticsearch 8: curl kept, Java and Elasticsearch's bin on PATH.
    static let bitnamiElasticsearch = bitnamiEntry(
        "bitnami/elasticsearch",
        programs: [ProgramSets.javaRuntime, ["curl", "elasticsearch", "elasticsearch-plugin"]], maybe: [["gosu"]],
        evidence:
            "bitnami/containers bitnami/elasticsearch/8/debian-11/Dockerfile (8.5.3: 'install_packages ca-certificates curl libasound2-dev ... procps zlib1g') and 8/debian-12/Dockerfile (8.17.2: 'install_packages ca-certificates curl procps zlib1g'): no curl removal in either; PATH has /opt/bitnami/java/bin and /opt/bitnami/elasticsearch/bin; no wget, no nc",
        releases: ReleaseNumber(8, 5)..<ReleaseNumber(9)
    )

    /// Bitnami's MinIO 2025 releases: curl and jq kept, the MinIO client `mc` on PATH.
    static let bitnamiMinIO = bitnamiEntry(
        "bitnami/minio", programs: [["curl", "jq", "minio", "mc"]], maybe: [],
        evidence:
            "bitnami/containers bitnami/minio/2025/debian-12/Dockerfile: FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl jq procps', the minio-client and minio components, no curl removal; PATH has /opt/bitnami/minio-client/bin and /opt/bitnami/minio/bin; no wget, no nc",
        majors: 2025..<2026
    )

    /// Bitnami's Memcached 1.6: never wget; curl removed and netcat added during the 1.6 line, so both stay uncertain.
    static let bitnamiMemcached = bitnamiEntry(
        "bitnami/memcached", programs: [["memcached"]],
        maybe: [["curl", "nc", "netcat", "nc.openbsd", "gosu", "saslpasswd2"]],
        evidence:
            "bitnami/containers bitnami/memcached/1/debian-10/Dockerfile (1.6.9: 'install_packages acl ca-certificates curl gzip ... procps sasl2-bin tar', curl kept, no netcat), 1/debian-11/Dockerfile (1.6.19: 'install_packages ca-certificates curl ... netcat procps sasl2-bin', then 'apt-get autoremove --purge -y curl') and 1/debian-12/Dockerfile (1.6.40: netcat-openbsd instead of netcat, then 'uninstall_packages curl'); PATH has /opt/bitnami/memcached/bin; no wget in any of them, curl and nc depend on the build",
        releases: ReleaseNumber(1, 6)..<ReleaseNumber(1, 7)
    )
}
