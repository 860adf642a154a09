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

    private func followingStages(_ text: String) -> BuildContextFiles {
        let dockerfile = DockerfileParser.parse(path: "Dockerfile", text: text)
        guard let last = dockerfile.stages.last else { return BuildContextFiles() }
        return BuildContextFiles(stage: last, in: dockerfile)
    }

    /// `COPY --from=builder /app /app` brings what the builder copied from the context.
    @Test func copiesFromAnEarlierStageLeadBackToTheContext() {
        let copies = followingStages(
            """
            FROM python:3.12-slim AS builder
            WORKDIR /app
            COPY . .
            COPY docker/health.sh /src/health.sh
            FROM python:3.12-slim
            COPY --from=builder /app /app
            COPY --from=builder /src/health.sh /usr/local/bin/
            COPY --from=nginx:alpine /etc/nginx/nginx.conf /etc/nginx/nginx.conf
            WORKDIR /app
            """)
        #expect(copies.contextPaths(of: "scripts/healthcheck.py").contains("scripts/healthcheck.py"))
        #expect(copies.contextPaths(of: "/usr/local/bin/health.sh").contains("docker/health.sh"))
        #expect(copies.contextPaths(of: "/etc/nginx/nginx.conf").isEmpty)
        #expect(copies.workdir == "/app")
    }

    /// Copies are followed two stages back, and at most 16 per stage: many stages copying from each other stay
    /// cheap, and a third hop is not followed.
    @Test func followingIsBoundedInDepthAndCount() {
        let chain =
            "FROM alpine AS s0\nCOPY . /w\nFROM alpine AS s1\nCOPY --from=s0 /w /w\nFROM alpine AS s2\nCOPY --from=s1 /w /w\n"
        #expect(followingStages(chain).contextPaths(of: "/w/a.sh") == ["a.sh"])
        #expect(
            followingStages(chain + "FROM alpine AS s3\nCOPY --from=s2 /w /w\n").contextPaths(of: "/w/a.sh").isEmpty)
        var text = "FROM alpine AS s0\nCOPY . /w\n"
        for index in 1..<300 {
            text += "FROM alpine AS s\(index)\n"
            for earlier in max(0, index - 20)..<index { text += "COPY --from=s\(earlier) /w /w\n" }
        }
        #expect(followingStages(text).contextPaths(of: "/w/a.sh").isEmpty)
    }
}
