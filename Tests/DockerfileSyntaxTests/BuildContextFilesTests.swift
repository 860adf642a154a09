import DockerfileSyntax
import Testing

/// Paths an image runs, led back to the build context's files (issue 15, links 5 and 7).
@Suite struct BuildContextFilesTests {
    private func files(_ text: String) -> BuildContextFiles {
        let dockerfile = DockerfileParser.parse(path: "Dockerfile", text: text)
        return BuildContextFiles(stages: dockerfile.stages.last.map { dockerfile.ancestry(of: $0) } ?? [])
    }

    @Test func fileAndDirectoryCopies() {
        let copies = files(
            """
            FROM alpine AS base
            COPY docker/health.sh /usr/local/bin/health
            FROM base
            WORKDIR /app
            COPY scripts/ ./scripts/
            COPY entrypoint.sh install.sh /opt/
            COPY --from=base /etc/hosts /x
            """)
        #expect(copies.contextPaths(of: "/usr/local/bin/health") == ["docker/health.sh"])
        #expect(copies.contextPaths(of: "scripts/check.sh").contains("scripts/check.sh"))
        #expect(copies.contextPaths(of: "/app/scripts/deep/check.sh").contains("scripts/deep/check.sh"))
        #expect(copies.contextPaths(of: "/opt/install.sh") == ["install.sh"])
        #expect(copies.contextPaths(of: "health") == ["docker/health.sh"])
        #expect(copies.contextPaths(of: "install.sh") == ["install.sh"])
        #expect(copies.contextPaths(of: "/x").isEmpty)
        #expect(copies.contextPaths(of: "/usr/bin/curl").isEmpty)
        #expect(copies.workdir == "/app")
    }

    @Test func theWholeContextAndUnknowableCopies() {
        let copies = files("FROM alpine\nCOPY . /srv\nCOPY ${SRC} /data\nADD https://x.invalid/a.sh /a.sh\n")
        #expect(copies.contextPaths(of: "/srv/bin/health.sh") == ["bin/health.sh"])
        #expect(copies.contextPaths(of: "/a.sh").isEmpty)
        #expect(BuildContextFiles.absolute("../b/./c/", in: "/a/x") == "/a/b/c")
    }
}
