// Data only: infrastructure, observability and self-hosted application images (Grafana's, Jaeger's,
// Portainer, NATS, the registry, Mosquitto). Evidence cites the project's Dockerfile or its issue tracker.
// Several of these projects changed base images within a major version (Loki and Tempo went from Alpine to
// distroless, then dropped busybox), so entries are bounded by release (`releases:`) where the facts changed, and
// releases between two proven states stay uncertain.

extension BaseImageCatalog {
    /// Infrastructure, observability and self-hosted application images, after the project images.
    static let infrastructureImageEntries: [BaseImageEntry] =
        grafanaEntries + lokiEntries + promtailEntries + tempoEntries + mimirEntries
        + [alloy, jaegerAllInOne, portainer]
        + natsEntries + [registry, mosquitto, envoy] + bitnamiEntries

    /// The names Grafana's image is published under.
    static let grafanaNames = [ImageName(nil, "grafana/grafana-oss")]

    /// Grafana: Alpine by default, `-ubuntu` tags on Ubuntu. The Alpine build gained curl in 2023.
    static let grafanaEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["grafana/grafana"], alsoPublishedAs: grafanaNames, variants: [.full], os: .alpine,
            packageManager: .apk, programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase],
            maybe: [["bash", "grafana", "grafana-server", "grafana-cli", "run.sh"]], busybox: true, hasShell: true,
            evidence:
                "grafana/grafana#60805 (grafana 9.3.2: '/bin/sh: curl: not found' in the compose healthcheck), grafana/grafana#60915 (grafana-oss:latest, January 2023: busybox wget runs, curl is not installed), samuelebistoletti/docker-statsd-influxdb-grafana#47 (2022: 'Curl not available in docker grafana image'); curl was added to the Alpine build by grafana/grafana#65547 (merged 2023-03-29), so 9.4 and later are described by the next entry or left unknown",
            releases: ReleaseNumber(8)..<ReleaseNumber(9, 4), healthcheck: .unverified
        ),
        BaseImageEntry(
            repositories: ["grafana/grafana"], alsoPublishedAs: grafanaNames, variants: [.full], os: .alpine,
            packageManager: .apk, programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["curl", "bash"]],
            maybe: [["grafana", "grafana-server", "grafana-cli", "run.sh"]], busybox: true, hasShell: true,
            evidence:
                "grafana/grafana Dockerfile: 'apk add --no-cache ca-certificates bash curl tzdata musl-utils' in the Alpine branch since grafana/grafana#65547 ('Add Curl in Alpine to Support Docker Health Check', merged 2023-03-29); busybox wget (xencon/aixcl runs 'wget --spider' against grafana 12.4.2)",
            majors: 10..<BaseImageEntry.openEnd, current: true, healthcheck: .unverified
        ),
        BaseImageEntry(
            repositories: ["grafana/grafana"], alsoPublishedAs: grafanaNames, variants: [.ubuntu], os: .ubuntu,
            packageManager: .apt, programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["curl"]],
            maybe: [
                ProgramSets.debianUncertain, ProgramSets.procps,
                ["wget", "grafana", "grafana-server", "grafana-cli", "run.sh"],
            ],
            hasShell: true,
            evidence:
                "grafana/grafana#65547 (maintainers merged it on the premise that 'grafana/grafana-oss:latest-ubuntu does have curl installed'); the -ubuntu tags are FROM ubuntu; wget not verified",
            majors: 9..<BaseImageEntry.openEnd, current: true, healthcheck: .unverified
        ),
    ]

    /// Loki: Alpine until 3.1, distroless with busybox from 3.2, distroless without busybox (no shell) from 3.6.
    static let lokiEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["grafana/loki"], variants: [.full], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase], maybe: [["loki", "setcap", "getcap"]],
            busybox: true, hasShell: true,
            evidence:
                "grafana/loki#14207 ('The images from version 2.7.1 to 3.1.1 were all Alpine-based'; maintainer: 3.2 moved to gcr.io/distroless/base-nossl:debug), grafana/loki#11590 ('Loki image is based on alpine which already includes wget', used for the healthcheck); no curl",
            releases: ReleaseNumber(2, 8)..<ReleaseNumber(3, 2), healthcheck: .unverified
        ),
        BaseImageEntry(
            repositories: ["grafana/loki"], variants: [.full], os: .distroless, packageManager: .none,
            programs: [["loki"]], maybe: [ProgramSets.busyboxApplets], hasShell: true,
            evidence:
                "grafana/loki cmd/loki/Dockerfile (FROM gcr.io/distroless/static:debug, SHELL /busybox/sh, 'ln -s /busybox/sh /bin/sh', COPY loki to /usr/bin/loki) and grafana/loki#14207 (3.2: distroless base-nossl:debug); busybox until 3.6 (grafana/loki#20149); no curl; busybox applets left uncertain",
            releases: ReleaseNumber(3, 2)..<ReleaseNumber(3, 6), healthcheck: .unverified
        ),
        BaseImageEntry(
            repositories: ["grafana/loki"], variants: [.full], os: .distroless, packageManager: .none,
            programs: [["loki"]], hasShell: false,
            evidence:
                "grafana/loki#20149 ('v3.6.0 changed the base image and removed busybox... There is now no way to run this because all tools have been removed from the image'), qclaogui/codelab-monitoring#393 (grafana/loki#19502 removed busybox in 3.6.0); no shell, wget or curl",
            releases: ReleaseNumber(3, 6)..<ReleaseNumber(3, 7), healthcheck: .unverified
        ),
        BaseImageEntry(
            repositories: ["grafana/loki"], variants: [.full], os: .distroless, packageManager: .none,
            programs: [["loki"]], hasShell: false,
            evidence:
                "grafana/loki#20313 (merged 2026-01: 'we don't have shell and tools to execute the healthcheck', adds 'loki -health'); xencon/aixcl#1384 (3.7.2: wget and curl exit 127, no /bin/sh), OpenDigitalProductFactory/opendigitalproductfactory#1677 (grafana/loki:latest: 'executable file not found in $PATH')",
            releases: ReleaseNumber(3, 7)..<ReleaseNumber(BaseImageEntry.openEnd), current: true,
            healthcheck: .unverified, healthCommand: "/usr/bin/loki -health"
        ),
    ]

    /// Promtail: Debian (2.x) and Ubuntu (3.x) with only ca-certificates, tzdata and libsystemd added.
    static let promtailEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["grafana/promtail"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["promtail"]],
            maybe: [ProgramSets.debianUncertain, ProgramSets.procps], hasShell: true,
            evidence:
                "grafana/loki#11590 (January 2024, promtail 2.9: 'wget or curl is not installed on the image... Promtail is based on debian which does not'); clients/cmd/promtail/Dockerfile installs libsystemd, tzdata and ca-certificates only",
            majors: 2..<3, healthcheck: .unverified
        ),
        BaseImageEntry(
            repositories: ["grafana/promtail"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["promtail"]],
            maybe: [ProgramSets.debianUncertain, ProgramSets.procps, ["wget"]], hasShell: true,
            evidence:
                "grafana/loki clients/cmd/promtail/Dockerfile: FROM public.ecr.aws/ubuntu/ubuntu:noble, 'apt-get install -qy libsystemd-dev tzdata ca-certificates'; wget was added for healthchecks (grafana/loki#11711) and removed again (grafana/loki#15101, backported to 3.2.x and 3.3.x, which suggests a /dev/tcp check instead), so it stays uncertain; no curl",
            majors: 3..<4, current: true, healthcheck: .unverified
        ),
    ]

    /// Tempo: Alpine, then distroless with busybox (2025), then distroless without it.
    static let tempoEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["grafana/tempo"], variants: [.full], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase], maybe: [["tempo"]], busybox: true,
            hasShell: true,
            evidence:
                "grafana/tempo cmd/tempo/Dockerfile: 'FROM alpine:3.20 as certs', 'apk --update add ca-certificates', COPY the binary to /tempo (a single stage: the image is Alpine); grafana/tempo#4556 moved to distroless in 2025-01; no curl",
            releases: ReleaseNumber(2)..<ReleaseNumber(2, 7), healthcheck: .unverified
        ),
        BaseImageEntry(
            repositories: ["grafana/tempo"], variants: [.full], os: .distroless, packageManager: .none,
            programs: [], maybe: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["tempo"]], hasShell: true,
            evidence:
                "grafana/tempo#4556 (2025-01: gcr.io/distroless/static-debian12:debug, busybox at /busybox), grafana/tempo#5352 (no /bin/sh, /busybox/sh exists); busybox removed later (grafana/tempo#7410, backported to 2.9); no curl in any of them",
            releases: ReleaseNumber(2, 7)..<ReleaseNumber(2, 10), healthcheck: .unverified
        ),
        BaseImageEntry(
            repositories: ["grafana/tempo"], variants: [.full], os: .distroless, packageManager: .none,
            programs: [], maybe: [["tempo"]], hasShell: false,
            evidence:
                "grafana/tempo#7410 (the busybox removal of grafana/tempo#5717 'landed on main/release-v2.10/release-v3.0'; the final image is plain gcr.io/distroless/static-debian12), grafana/tempo#6536 ('Ever since busybox was removed... a custom docker image' is needed for a healthcheck); no shell, wget or curl",
            releases: ReleaseNumber(2, 10)..<ReleaseNumber(BaseImageEntry.openEnd), current: true,
            healthcheck: .unverified
        ),
    ]

    /// Mimir: Alpine until 2.12, distroless static (no shell) from 2.13.
    static let mimirEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["grafana/mimir"], variants: [.full], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["mimir"]], busybox: true,
            hasShell: true,
            evidence:
                "grafana/mimir cmd/mimir/Dockerfile (2.x): FROM alpine, 'apk add --no-cache ca-certificates', COPY mimir /bin/mimir; the base moved to distroless with grafana/mimir#8204 (merged 2024-05-30); no curl",
            releases: ReleaseNumber(2)..<ReleaseNumber(2, 13),
            healthcheck: .noneShownBy("grafana/mimir cmd/mimir/Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["grafana/mimir"], variants: [.full], os: .distroless, packageManager: .none,
            programs: [["mimir"]], hasShell: false,
            evidence:
                "grafana/mimir cmd/mimir/Dockerfile: 'ARG BASEIMG=gcr.io/distroless/static-debian12', COPY mimir /bin/mimir; grafana/mimir#8204 ('grafana/mimir docker image is now based on gcr.io/distroless', merged 2024-05-30, so from 2.13), grafana/mimir#9034 (2024-08: asks for busybox wget to be added for a healthcheck); no shell, wget or curl",
            releases: ReleaseNumber(2, 13)..<ReleaseNumber.openEnd, current: true,
            healthcheck: .noneShownBy("grafana/mimir cmd/mimir/Dockerfile")
        ),
    ]

    /// Grafana Alloy: Ubuntu with ca-certificates, libsystemd and tzdata; bash, no HTTP client.
    static let alloy = BaseImageEntry(
        repositories: ["grafana/alloy"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential],
        maybe: [
            ProgramSets.debianUncertain, ProgramSets.procps, ["alloy"],
        ],
        hasShell: true,
        evidence:
            "grafana/alloy Dockerfile: FROM public.ecr.aws/ubuntu/ubuntu:noble, 'apt-get install -qy --no-install-recommends ca-certificates libsystemd0 tzdata', /bin/alloy; grafana/alloy#477 (open request to add curl 'to define a custom Healthcheck'), grafana/alloy#5001 (2025-12: a bash /dev/tcp check is the workaround for the missing wget and curl)",
        majors: 1..<BaseImageEntry.openEnd, current: true, healthcheck: .unverified
    )

    /// Jaeger v1's all-in-one image on the project's Alpine base image.
    static let jaegerAllInOne = BaseImageEntry(
        repositories: ["jaegertracing/all-in-one"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase], maybe: [["all-in-one-linux"]], busybox: true,
        hasShell: true,
        evidence:
            "jaegertracing/jaeger cmd/all-in-one/Dockerfile ('FROM $base_image AS release', binary in /go/bin) and docker/base/Dockerfile (FROM alpine, only ca-certificates and mime types copied in); jaegertracing/jaeger#3031 (2021: 'We currently use alpine as the base image for all jaeger images', earlier releases were FROM scratch per jaegertracing/jaeger#2116); no curl",
        releases: ReleaseNumber(1, 22)..<ReleaseNumber(2), healthcheck: .unverified
    )

    /// Portainer CE: the binary on an empty base; `-alpine` tags are another variant and stay unknown.
    static let portainer = BaseImageEntry(
        repositories: ["portainer/portainer-ce"], variants: [.full], os: .scratch, packageManager: .none,
        programs: [], maybe: [["portainer", "docker", "docker-compose", "kubectl", "helm"]], hasShell: false,
        evidence:
            "portainer/portainer build/linux/Dockerfile (FROM portainer/base, COPY dist/portainer /, ENTRYPOINT /portainer); portainer/portainer#1364 (maintainer: 'Portainer is based on a scratch' image; portainer-ce 2.6.3: 'exec: \"/bin/sh\": stat /bin/sh: no such file or directory'), tailscale-dev/ScaleTail#305 (portainer-ce: 'exec: \"pgrep\": executable file not found in $PATH')",
        majors: 2..<BaseImageEntry.openEnd, current: true,
        healthcheck: .noneShownBy("portainer/portainer build/linux/Dockerfile")
    )

    /// NATS: the default tags are FROM scratch with only the server; `-alpine` tags are Alpine.
    static let natsEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["nats"], variants: [.full], os: .scratch, packageManager: .none,
            programs: [["nats-server"]], hasShell: false,
            evidence:
                "nats-io/nats-docker 2.11.x/scratch/Dockerfile (the default Linux tags): FROM scratch, 'ENV PATH=\"$PATH:/\"', COPY nats-server and its config only; no shell, wget or curl",
            majors: 2..<BaseImageEntry.openEnd, current: true,
            healthcheck: .noneShownBy("nats-io/nats-docker scratch/Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["nats"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["nats-server", "docker-entrypoint.sh"]],
            busybox: true, hasShell: true,
            evidence:
                "nats-io/nats-docker 2.11.x/alpine3.22/Dockerfile: FROM alpine, fetches the server with busybox wget, 'apk add --no-cache ca-certificates tzdata'; no curl",
            majors: 2..<BaseImageEntry.openEnd, current: true,
            healthcheck: .noneShownBy("nats-io/nats-docker alpine/Dockerfile")
        ),
    ]

    /// Docker's registry image (registry:2): Alpine with only ca-certificates added.
    static let registry = BaseImageEntry(
        repositories: ["registry"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["registry"]], busybox: true,
        hasShell: true,
        evidence:
            "distribution/distribution-library-image Dockerfile (registry 2.8): FROM alpine, 'apk add --no-cache ca-certificates', the registry binary in /bin, fetched with busybox wget; no curl. registry:3 is not described",
        majors: 2..<3, healthcheck: .noneShownBy("distribution/distribution-library-image Dockerfile")
    )

    /// Eclipse Mosquitto 2: Alpine; curl only among the deleted build dependencies.
    static let mosquitto = BaseImageEntry(
        repositories: ["eclipse-mosquitto"], variants: [.full], os: .alpine, packageManager: .apk,
        programs: [
            ProgramSets.busyboxApplets, ProgramSets.alpineBase,
            ["mosquitto", "mosquitto_pub", "mosquitto_sub", "mosquitto_rr", "mosquitto_passwd", "mosquitto_ctrl"],
        ],
        busybox: true, hasShell: true,
        evidence:
            "eclipse/mosquitto docker/2.0/Dockerfile: FROM alpine, curl, gnupg and the compilers in the virtual build-deps deleted after the build, 'apk --no-cache add ca-certificates cjson libressl' kept, mosquitto_sub and mosquitto_pub in /usr/bin; busybox wget; no curl",
        majors: 2..<3, current: true, healthcheck: .unverified
    )

    /// Envoy's image: Ubuntu with only ca-certificates added; `distroless-` and `debug-` tags are other variants.
    static let envoy = BaseImageEntry(
        repositories: ["envoyproxy/envoy"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["envoy", "su-exec", "docker-entrypoint.sh"]],
        maybe: [ProgramSets.debianUncertain, ProgramSets.procps], hasShell: true,
        evidence:
            "envoyproxy/envoy ci/Dockerfile-envoy (stage envoy, the default): FROM ubuntu, 'apt-get install --no-install-recommends -y ca-certificates', envoy and su-exec in /usr/local/bin; envoyproxy/envoy#31614 (1.28: 'curl: command not found'; maintainer: curl is installed by the example's own Dockerfile, not the distribution), vllm-project/semantic-router#308 (v1.31.7 'lacks the wget command'; fixed with a bash /dev/tcp check)",
        majors: 1..<2, current: true, healthcheck: .noneShownBy("envoyproxy/envoy ci/Dockerfile-envoy")
    )

    /// Bitnami's images on minideb: curl is installed to fetch the application and removed again since 2022-10.
    static let bitnamiEntries: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["bitnami/postgresql"], alsoPublishedAs: bitnamiLegacyNames(["bitnami/postgresql"]),
            variants: [.full], os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.postgres, ProgramSets.procps,
            ],
            maybe: [ProgramSets.debianUncertain, ["install_packages", "uninstall_packages"]], hasShell: true,
            evidence:
                "bitnami/containers bitnami/postgresql/16/debian-12/Dockerfile: FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl ... locales procps zlib1g', the download, then 'uninstall_packages curl'; PATH has /opt/bitnami/postgresql/bin; bitnami/containers#9096 (2022-10, maintainer: curl 'is not needed in those container images..., that's why was removed'), bitnami/containers#37025 (bitnami/postgresql:15: 'curl/wget is missing'); no wget. Releases before 15 had builds with curl",
            majors: 15..<BaseImageEntry.openEnd, current: true,
            healthcheck: .noneShownBy("bitnami/postgresql Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["bitnami/redis"], alsoPublishedAs: bitnamiLegacyNames(["bitnami/redis"]), variants: [.full],
            os: .debian, packageManager: .apt,
            programs: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.procps,
                ["redis-server", "redis-cli"],
            ],
            maybe: [ProgramSets.debianUncertain, ProgramSets.redis, ["install_packages", "wait-for-port"]],
            hasShell: true,
            evidence:
                "bitnami/containers bitnami/redis/7.4/debian-12/Dockerfile: FROM bitnami/minideb:bookworm, 'install_packages ca-certificates curl libgomp1 libssl3 procps', the download, then 'apt-get autoremove --purge -y curl'; PATH has /opt/bitnami/redis/bin; curl removed from Bitnami images since 2022-10 (bitnami/containers#10087, maintainer: 'We want to stop including extra packages when are not required'); no wget. Redis 7.2 came out after that; earlier releases had builds with curl",
            releases: ReleaseNumber(7, 2)..<ReleaseNumber.openEnd, current: true,
            healthcheck: .noneShownBy("bitnami/redis Dockerfile")
        ),
    ]
}
