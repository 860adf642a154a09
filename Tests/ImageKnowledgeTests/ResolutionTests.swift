import DockerfileSyntax
import ShipshapeCore
import Testing

@testable import ImageKnowledge

@Suite struct ResolutionTests {
    private let resolver = ImageResolver()

    private func finalStage(_ text: String) throws -> ImageContents {
        let dockerfile = DockerfileParser.parse(path: "backend/Dockerfile", text: text)
        return try #require(resolver.contents(of: dockerfile))
    }

    @Test func seedBackendHasCurlNotWget() throws {
        let image = try finalStage(
            """
            FROM python:3.11-slim
            WORKDIR /app
            RUN apt-get update && apt-get install -y --no-install-recommends curl gcc && rm -rf /var/lib/apt/lists/*
            COPY requirements.txt .
            RUN pip install --no-cache-dir -r requirements.txt
            CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
            """)
        #expect(image.availability(of: "wget") == .absent)
        guard case .present(.package(let package)) = image.availability(of: "curl") else {
            Issue.record("curl should be installed by a package")
            return
        }
        #expect(package.name == "curl")
        #expect(package.location?.description == "backend/Dockerfile:3:66")
        #expect(image.alternatives(for: "wget").map(\.program).first == "curl")
        #expect(image.alternatives(for: "wget").map(\.program).contains("python3"))
    }

    @Test func builderWithWgetFinalWithout() throws {
        let image = try finalStage(
            """
            FROM python:3.11-slim AS builder
            RUN apt-get update && apt-get install -y wget && wget -O /tmp/model.bin https://example.com/m
            FROM python:3.11-slim
            COPY --from=builder /tmp/model.bin /app/model.bin
            """)
        #expect(image.availability(of: "wget") == .absent)
    }

    @Test func stageInheritanceCarriesPackages() throws {
        let image = try finalStage(
            """
            ARG BASE=python:3.11-slim
            FROM ${BASE} AS base
            RUN apt-get update && apt-get install -y wget
            FROM base AS final
            RUN echo ok
            """)
        #expect(image.availability(of: "wget").isPresent)
    }

    @Test func virtualGroupDeletedRemovesTool() throws {
        let alpine = try finalStage(
            "FROM alpine:3.19\nRUN apk add --no-cache --virtual .deps curl && curl -fsSL https://x -o /tmp/x && apk del .deps\n"
        )
        #expect(alpine.availability(of: "curl") == .absent)
        #expect(alpine.availability(of: "wget").isPresent)
        let debian = try finalStage(
            "FROM debian:bookworm-slim\nRUN apt-get install -y wget && wget https://x && apt-get purge -y --auto-remove wget\n"
        )
        #expect(debian.availability(of: "wget") == .absent)
    }

    @Test func purgingABaseProgramMakesItUncertain() throws {
        let image = try finalStage("FROM nginx:1.27\nRUN apt-get purge -y curl\n")
        guard case .unknown = image.availability(of: "curl") else {
            Issue.record("a purged base program is uncertain, never a false presence or absence")
            return
        }
    }

    @Test func copiedBinaryIsPresent() throws {
        let image = try finalStage(
            """
            FROM busybox:1.36 AS tools
            FROM python:3.11-slim
            COPY --from=tools /bin/wget /usr/local/bin/
            """)
        guard case .present(.copied(let from, _, let location)) = image.availability(of: "/usr/local/bin/wget") else {
            Issue.record("wget should be copied")
            return
        }
        #expect(from == "tools")
        #expect(location.line == 3)
    }

    @Test func directoryCopiesAndMentionsAreUncertain() throws {
        let image = try finalStage(
            """
            FROM python:3.11 AS builder
            FROM python:3.11-slim
            COPY --from=builder /usr/local/bin/ /usr/local/bin/
            RUN ./install-tools.sh nc
            """)
        guard case .unknown = image.availability(of: "curl") else {
            Issue.record("a bin directory copied from a stage with curl makes curl uncertain")
            return
        }
        guard case .unknown = image.availability(of: "nc") else {
            Issue.record("a mentioned program is uncertain")
            return
        }
        let appOnly = try finalStage(
            "FROM python:3.11 AS builder\nFROM python:3.11-slim\nCOPY --from=builder /app /app\n")
        #expect(appOnly.availability(of: "curl") == .absent)
    }

    @Test func unresolvedArgAndPrivateBaseAreUnknown() throws {
        let unresolved = try finalStage("ARG BASE\nFROM ${BASE}\nRUN true\n")
        guard case .unknown = unresolved.availability(of: "wget") else {
            Issue.record("unresolved base must be unknown")
            return
        }
        #expect(unresolved.hasShell == nil)
        let installedAnyway = try finalStage("FROM ghcr.io/acme/base:1\nRUN apt-get install -y curl\n")
        #expect(installedAnyway.availability(of: "curl").isPresent)
    }

    @Test func heredocRunIsAnalysed() throws {
        let image = try finalStage(
            "FROM debian:bookworm\nRUN <<EOF\nset -e\napt-get update\napt-get install -y iputils-ping\nEOF\n")
        #expect(image.availability(of: "ping").isPresent)
        #expect(image.availability(of: "curl") == .absent)
    }

    @Test func execFormShellScriptIsAnalysed() throws {
        let image = try finalStage(
            "FROM node:20-slim\nRUN [\"/bin/sh\", \"-c\", \"apt-get update && apt-get install -y curl\"]\n")
        #expect(image.availability(of: "curl").isPresent)
        #expect(image.availability(of: "yarn") != .absent)
    }

    @Test func customCommandProviderIsUsed() throws {
        let resolver = ImageResolver(commands: { _ in [["apk", "add", "bash"]] })
        let dockerfile = DockerfileParser.parse(path: "D", text: "FROM alpine\nRUN whatever\n")
        let image = try #require(resolver.contents(of: dockerfile))
        #expect(image.availability(of: "bash").isPresent)
    }
}
