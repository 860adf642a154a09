// Data only: images published by the projects themselves (quay.io, ghcr.io, Docker Hub namespaces).
// Evidence cites the project's own Dockerfile or the maintainers' word in their issue tracker.
// Absence claims are kept to what the evidence shows (curl, wget and the interpreters); tools the
// evidence does not settle sit in `maybe`.

extension BaseImageCatalog {
    /// Images published by projects, after the official ones.
    static let projectImageEntries: [BaseImageEntry] =
        keycloakAndMinIO + prometheusImages + collectorImages + alpineProjectImages + [clickhouseServer]

    /// Programs of a Red Hat UBI micro image that the evidence does not settle (procps, iproute, grep...).
    static let ubiMicroUncertain = [
        "ps", "pgrep", "pkill", "kill", "ss", "ip", "netstat", "ping", "perl", "jq", "grep", "sed", "awk", "find",
        "xargs", "tar", "gzip", "hostname", "which", "getent", "timeout",
    ]

    /// Red Hat UBI micro based images: bash and coreutils, no package manager, no HTTP client.
    static let keycloakAndMinIO: [BaseImageEntry] = [
        BaseImageEntry(
            registry: "quay.io", repositories: ["keycloak/keycloak"], variants: [.full], os: .rhel,
            packageManager: .none, programs: [ProgramSets.coreutils, ["bash", "sh"]],
            maybe: [ubiMicroUncertain, ["java", "kc.sh", "kcadm.sh", "keytool"]], hasShell: true,
            evidence:
                "keycloak/keycloak#17438 ('quay.io/keycloak/keycloak:21.0.1 no curl', 'There is no package manager'; the image moved to UBI micro in 21), keycloak/keycloak#17317 (server guide: 'microdnf, dnf, and even rpm are not installed... only enough for a bash shell, and to run Keycloak'), keycloak/keycloak#39373 (maintainer, 2025: no plans to add curl); no wget (keycloak/keycloak#21941)",
            majors: 21..<BaseImageEntry.openEnd, current: true,
            healthcheck: .noneShownBy("keycloak/keycloak#32363 proposes one for the default image")
        ),
        BaseImageEntry(
            repositories: ["minio/minio"], alsoPublishedAs: [ImageName("quay.io", "minio/minio")], variants: [.full],
            os: .rhel, packageManager: .none, programs: [ProgramSets.coreutils, ["bash", "sh", "minio"]],
            maybe: [ubiMicroUncertain, ["mc", "docker-entrypoint.sh"]], hasShell: true,
            evidence:
                "minio/minio#18329 (RELEASE.2023-11-01: base image ubi-minimal → ubi-micro, 'just the minio binary'); minio/minio#18373 (RELEASE.2023-10-25 has curl, RELEASE.2023-11-01T18-37-25Z does not), minio/minio#18378 ('no curl or wget'), minio/minio#18389 (quay.io/minio/minio: 'executable file not found'); maintainers' check: 'mc ready local' (radiorabe/container-image-minio Dockerfile copies /usr/bin/mc from RELEASE.2024-09-22); releases of 2023 are left unknown",
            majors: 2024..<BaseImageEntry.openEnd, current: true,
            healthcheck: .noneShownBy("minio/minio Dockerfile.release"), healthCommand: "mc ready local"
        ),
    ]

    /// The Prometheus project's images: `FROM quay.io/prometheus/busybox` (busybox wget, no curl, no package
    /// manager), on Docker Hub as `prom/NAME` and on quay.io as `prometheus/NAME`. `-distroless` tags are other
    /// variants and stay unknown.
    static let prometheusImages: [BaseImageEntry] = [
        prometheusImage(
            "prometheus", programs: ["prometheus", "promtool"],
            evidence:
                "prometheus/prometheus Dockerfile: FROM quay.io/prometheus/busybox, COPY prometheus promtool; prometheus/prometheus#10366 (maintainer: the images have wget and busybox)"
        ),
        prometheusImage(
            "node-exporter", programs: ["node_exporter"],
            evidence: "prometheus/node_exporter Dockerfile: FROM quay.io/prometheus/busybox-${OS}-${ARCH}:glibc"),
        prometheusImage(
            "blackbox-exporter", programs: ["blackbox_exporter"],
            evidence: "prometheus/blackbox_exporter Dockerfile: FROM quay.io/prometheus/busybox-${OS}-${ARCH}:latest"
        ),
        prometheusImage(
            "pushgateway", programs: ["pushgateway"],
            evidence:
                "prometheus/pushgateway#831 (a distroless variant 'instead of busybox', as a separate tag: the default image is busybox based)",
            dockerfileShown: false),
        // Alertmanager's Dockerfile was busybox based (FROM prom/busybox) but a later one is distroless: only what
        // both lack is claimed absent.
        BaseImageEntry(
            repositories: ["prom/alertmanager"], alsoPublishedAs: [ImageName("quay.io", "prometheus/alertmanager")],
            variants: [.full], os: .busybox, packageManager: .none, programs: [["alertmanager", "amtool"]],
            maybe: [ProgramSets.busyboxApplets, ProgramSets.busyboxImageExtras], hasShell: true,
            evidence:
                "prometheus/alertmanager Dockerfile: FROM prom/busybox (COPY amtool alertmanager); a later Dockerfile is FROM a distroless libc image: neither has curl, bash or an interpreter; busybox tools uncertain",
            healthcheck: .unverified
        ),
    ]

    static func prometheusImage(
        _ name: String, programs: [String], evidence: String, dockerfileShown: Bool = true
    ) -> BaseImageEntry {
        let repository = String(name.map { $0 == "-" ? "_" : $0 })
        return BaseImageEntry(
            repositories: ["prom/\(name)"], alsoPublishedAs: [ImageName("quay.io", "prometheus/\(name)")],
            variants: [.full], os: .busybox, packageManager: .none,
            programs: [ProgramSets.busyboxApplets, ProgramSets.busyboxImageExtras, programs], busybox: true,
            hasShell: true, evidence: evidence + "; no curl, no package manager",
            healthcheck: dockerfileShown ? .noneShownBy("prometheus/\(repository) Dockerfile") : .unverified)
    }

    /// OpenTelemetry Collector distributions: `FROM scratch` with the collector binary at `/`.
    static let collectorImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: [
                "otel/opentelemetry-collector", "otel/opentelemetry-collector-contrib",
                "otel/opentelemetry-collector-k8s", "otel/opentelemetry-collector-otlp",
            ],
            alsoPublishedAs: [
                "opentelemetry-collector", "opentelemetry-collector-contrib", "opentelemetry-collector-k8s",
                "opentelemetry-collector-otlp",
            ].map { ImageName("ghcr.io", "open-telemetry/opentelemetry-collector-releases/\($0)") },
            variants: [.full], os: .scratch, packageManager: .none, programs: [],
            maybe: [["otelcol", "otelcol-contrib", "otelcol-k8s", "otelcol-otlp"]], hasShell: false,
            evidence:
                "open-telemetry/opentelemetry-collector-releases distributions/otelcol/Dockerfile and otelcol-contrib: FROM scratch, COPY the binary to / (no shell, no curl, no wget); open-telemetry/opentelemetry-collector-contrib#30798 ('because the collector is a FROM scratch image'), opentelemetry-collector-releases#1145",
            healthcheck: .noneShownBy("open-telemetry/opentelemetry-collector-releases distributions/*/Dockerfile")
        ),
        BaseImageEntry(
            registry: "public.ecr.aws", repositories: ["aws-observability/aws-otel-collector"],
            alsoPublishedAs: [ImageName(nil, "amazon/aws-otel-collector")], variants: [.full], os: .scratch,
            packageManager: .none, programs: [], maybe: [["awscollector", "healthcheck"]], hasShell: false,
            evidence:
                "aws-observability/aws-otel-collector#2034 (maintainer: 'the collector docker image is built with a SCRATCH base image and thus does not contain a shell or curl'; the health check command is [\"/healthcheck\"]), aws-otel-collector#1124",
            healthcheck: .unverified, healthCommand: "/healthcheck"
        ),
    ]

    /// Projects' images built `FROM alpine` that add no HTTP client: busybox wget, no curl.
    static let alpineProjectImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["hashicorp/vault"], variants: [.full], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["vault", "su-exec", "dumb-init"]],
            maybe: [["setcap", "getcap", "docker-entrypoint.sh"]], busybox: true, hasShell: true,
            evidence:
                "hashicorp/vault Dockerfile: FROM alpine:3, 'apk add --no-cache libcap su-exec dumb-init tzdata'; hashicorp/docker-vault#168 (maintainer: 'We removed curl some time ago to limit the security surface area of the image'), hashicorp/docker-vault#101 ('there is wget')",
            healthcheck: .noneShownBy("hashicorp/vault Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["axllent/mailpit"], variants: [.full], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase], maybe: [["mailpit"]], busybox: true,
            hasShell: true,
            evidence:
                "axllent/mailpit Dockerfile: FROM alpine:latest, 'apk add --no-cache tzdata', COPY /mailpit, 'HEALTHCHECK --interval=15s CMD /mailpit readyz'; no curl",
            healthcheck: .declared("/mailpit readyz"), healthCommand: "/mailpit readyz"
        ),
        BaseImageEntry(
            repositories: ["nginxinc/nginx-unprivileged"],
            alsoPublishedAs: [ImageName("public.ecr.aws", "nginx/nginx-unprivileged")],
            variants: [.alpine, .alpineSlim], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.nginx],
            maybe: [["curl", "njs"]], busybox: true, hasShell: true,
            evidence:
                "nginxinc/docker-nginx-unprivileged stable/alpine-slim/Dockerfile: FROM alpine, nginx from nginx.org's apk repository (curl only among the build dependencies of unofficial architectures, deleted), 'sed -i s,listen 80;,listen 8080;' in conf.d/default.conf, 10-listen-on-ipv6-by-default.sh, EXPOSE 8080, USER 101; the alpine tags derive from alpine-slim",
            healthcheck: .noneShownBy("nginxinc/docker-nginx-unprivileged stable/alpine-slim/Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["nginxinc/nginx-unprivileged"],
            alsoPublishedAs: [ImageName("public.ecr.aws", "nginx/nginx-unprivileged")],
            variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.nginx, ["curl"]],
            maybe: [ProgramSets.debianUncertain, ["njs"]], hasShell: true,
            evidence:
                "nginxinc/docker-nginx-unprivileged stable/debian/Dockerfile: FROM debian slim, 'apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl' as the official nginx image (curl present; no wget), 'sed -i s,listen 80;,listen 8080;' in conf.d/default.conf, EXPOSE 8080",
            healthcheck: .noneShownBy("nginxinc/docker-nginx-unprivileged stable/debian/Dockerfile")
        ),
    ]

    /// ClickHouse's own build of its server image (the Ubuntu one; `-alpine` and `-distroless` tags stay unknown).
    static let clickhouseServer = BaseImageEntry(
        repositories: ["clickhouse/clickhouse-server"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [
            ProgramSets.coreutils, ProgramSets.debianEssential,
            ["wget", "clickhouse", "clickhouse-server", "clickhouse-client", "clickhouse-local", "locale-gen"],
        ],
        maybe: [ProgramSets.debianUncertain, ProgramSets.procps, ["gosu", "clickhouse-keeper"]], hasShell: true,
        evidence:
            "ClickHouse/ClickHouse docker/server/Dockerfile (21.7, FROM ubuntu:20.04) and Dockerfile.ubuntu (25.4, FROM ubuntu:22.04): 'apt-get install --yes --no-install-recommends ca-certificates locales tzdata wget' and the clickhouse packages; wget added for readiness checks in ClickHouse/ClickHouse#3806; no curl",
        healthcheck: .noneShownBy("ClickHouse/ClickHouse docker/server/Dockerfile.ubuntu")
    )
}
