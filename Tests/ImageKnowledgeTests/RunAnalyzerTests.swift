import ShipshapeCore
import Testing

@testable import ImageKnowledge

@Suite struct RunAnalyzerTests {
    private func analyze(_ script: String) -> PackageChanges {
        RunAnalyzer.analyze(FallbackCommandSplitter.split(script))
    }

    @Test func aptInstallWithPinsAndOptions() {
        let changes = analyze(
            "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y -o Dpkg::Options::=--force-confold --no-install-recommends curl=7.88.* netcat-openbsd postgresql-client-15 && rm -rf /var/lib/apt/lists/*"
        )
        #expect(changes.installedNames == ["curl", "netcat-openbsd", "postgresql-client-15"])
    }

    @Test func aptMarkAutoThenAutoremove() {
        let changes = analyze(
            """
            savedAptMark="$(apt-mark showmanual)"; apt-get install -y wget gnupg jq; \
            apt-mark auto '.*' > /dev/null; apt-mark manual jq; \
            apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false
            """)
        #expect(changes.installedNames == ["jq"])
        let explicit = analyze("apt-get install -y wget curl && apt-mark auto wget && apt-get autoremove -y")
        #expect(explicit.installedNames == ["curl"])
    }

    @Test func apkVirtualGroupIsDeleted() {
        let changes = analyze(
            "apk add --no-cache --virtual .build-deps gcc wget musl-dev && apk add --no-cache curl~=8 && apk del .build-deps"
        )
        #expect(changes.installedNames == ["curl"])
    }

    @Test func dnfAndRemoval() {
        let changes = analyze(
            "microdnf install -y curl-minimal procps-ng && dnf remove -y procps-ng; pip install requests")
        #expect(changes.installedNames == ["curl-minimal"])
        #expect(changes.removed == ["procps-ng"])
    }

    @Test func downloadsAndLinksArePossibleAdditions() {
        let changes = analyze(
            """
            curl -fsSL -o /usr/local/bin/tini https://x/tini && chmod +x /usr/local/bin/tini; \
            ln -s /bin/busybox /usr/bin/wget; wget -qO /usr/bin/yq https://y/yq
            """)
        #expect(Set(changes.possiblyAdded.map(\.program)) == ["tini", "wget", "yq"])
        #expect(changes.installed.isEmpty)
    }

    @Test func variablePackagesAreUnresolved() {
        let changes = analyze("apt-get install -y $BUILD_DEPS curl")
        #expect(changes.unresolvedInstalls == ["$BUILD_DEPS"])
        let purged = analyze("apt-get install -y $BUILD_DEPS && apt-get purge -y $BUILD_DEPS")
        #expect(purged.unresolvedInstalls.isEmpty)
    }

    @Test func splitterHandlesQuotesRedirectsAndKeywords() {
        let commands = FallbackCommandSplitter.split(
            "if ! command -v curl >/dev/null 2>&1; then apt-get install -y 'curl'; fi # done\necho \"a b\" | tee x")
        #expect(
            commands == [
                ["command", "-v", "curl"], ["apt-get", "install", "-y", "curl"], ["echo", "a b"], ["tee", "x"],
            ])
    }

    @Test func packageProgramsTable() {
        #expect(PackageCatalog.programs(of: "netcat-traditional", manager: .apt).contains("nc"))
        #expect(PackageCatalog.programs(of: "postgresql-client-16", manager: .apt).contains("pg_isready"))
        #expect(PackageCatalog.programs(of: "iputils-ping", manager: .apt) == ["ping"])
        #expect(PackageCatalog.programs(of: "some-tool", manager: .apt) == ["some-tool"])
        #expect(PackageCatalog.programs(of: "libssl3", manager: .apt).isEmpty)
        #expect(PackageCatalog.normalizedName("curl/bookworm-backports") == "curl")
        #expect(PackageCatalog.normalizedName("libfoo:amd64") == "libfoo")
    }
}

@Suite struct OpaqueCommandTests {
    @Test func scriptsAndXargsAreOpenEnded() {
        let piped = RunAnalyzer.analyze(
            FallbackCommandSplitter.split("curl -fsSL https://deb.nodesource.com/setup_20.x | bash -"))
        #expect(piped.opaqueScripts == ["bash reading a script from stdin"])
        let local = RunAnalyzer.analyze(
            FallbackCommandSplitter.split(
                "./scripts/install-deps.sh && sh -c 'true' && ./configure && make -j4 && make install"))
        #expect(local.opaqueScripts == ["./scripts/install-deps.sh", "make install"])
        let nested = RunAnalyzer.analyze([["sudo", "sh", "-c", "apt-get update && apt-get install -y wget"]])
        #expect(nested.installedNames == ["wget"])
        let xargs = RunAnalyzer.analyze(FallbackCommandSplitter.split("xargs -r apt-get install -y < packages.txt"))
        #expect(xargs.unresolvedInstalls == ["$XARGS_INPUT"])
    }
}

@Suite struct PackageManagerVariantsTests {
    @Test func aptAndYumSpellings() {
        let apt = RunAnalyzer.analyze(
            FallbackCommandSplitter.split("apt update && apt install -y --no-install-recommends wget"))
        #expect(apt.installedNames == ["wget"])
        let yum = RunAnalyzer.analyze(FallbackCommandSplitter.split("yum -y install nmap-ncat && yum clean all"))
        #expect(yum.installedNames == ["nmap-ncat"])
        let apkFirst = RunAnalyzer.analyze(
            FallbackCommandSplitter.split("apk --no-cache add -t .tools curl jq && apk del .tools"))
        #expect(apkFirst.installedNames.isEmpty)
    }

    @Test func sourceDescriptionNamesTheLocation() {
        let package = InstalledPackage(
            name: "curl", manager: .apt, location: .init(file: "backend/Dockerfile", line: 42, column: 5))
        #expect(ProgramSource.package(package).description == "installed by apt package curl (backend/Dockerfile:42:5)")
    }
}
