import ShipshapeCore
import Testing

@testable import DockerfileSyntax

@Suite struct StageTests {
    @Test func globalArgsSubstituteIntoFrom() {
        let text = """
            ARG PY=3.11
            ARG VARIANT
            ARG REG=docker.io
            FROM python:${PY}-slim AS base
            FROM ${REG}/library/python:$PY
            FROM python:${PY}-${VARIANT}
            FROM python:${PY}-${VARIANT:-alpine}
            FROM node:20${VARIANT:+-$VARIANT}
            """
        let file = DockerfileParser.parse(path: "D", text: text)
        #expect(
            file.stages.map(\.baseImage) == [
                "python:3.11-slim", "docker.io/library/python:3.11", nil, "python:3.11-alpine", "node:20",
            ])
        let overridden = DockerfileParser.parse(
            path: "D", text: text, buildArgs: ["PY": "3.12", "VARIANT": "bookworm"])
        #expect(
            overridden.stages.map(\.baseImage) == [
                "python:3.12-slim", "docker.io/library/python:3.12", "python:3.12-bookworm", "python:3.12-bookworm",
                "node:20-bookworm",
            ])
        #expect(file.stages[2].baseImageRaw == "python:${PY}-${VARIANT}")
    }

    @Test func multiStageChainAndTarget() throws {
        let text = """
            FROM golang:1.22 AS Builder
            RUN go build -o /out/app .
            FROM builder AS tested
            RUN go test ./...
            FROM gcr.io/distroless/static
            COPY --from=builder /out/app /app
            COPY --from=0 --chown=65532 /etc/passwd /etc/passwd
            ADD https://example.com/x.tgz /opt/
            """
        let file = DockerfileParser.parse(path: "D", text: text)
        #expect(file.stages.map(\.name) == ["builder", "tested", nil])
        #expect(file.stages.map(\.index) == [0, 1, 2])
        let tested = try #require(file.stage(named: "TESTED"))
        #expect(file.ancestry(of: tested).map(\.index) == [0, 1])
        #expect(file.rootImage(of: tested) == "golang:1.22")
        #expect(file.stage(forTarget: nil)?.index == 2)
        #expect(file.stage(forTarget: "builder")?.index == 0)
        let copies = file.stages[2].copies
        #expect(copies.map(\.from) == ["builder", "0", nil])
        #expect(copies[0].sources == ["/out/app"])
        #expect(copies[0].destination == "/app")
        #expect(file.stage(referencedBy: "0", before: 2)?.name == "builder")
    }

    @Test func healthcheckForms() throws {
        let text = """
            FROM nginx
            HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1
            FROM nginx
            HEALTHCHECK CMD ["wget", "-q", "-O-", "http://localhost/"]
            FROM nginx
            HEALTHCHECK NONE
            """
        let file = DockerfileParser.parse(path: "D", text: text)
        let first = try #require(file.stages[0].healthcheck)
        #expect(first.options == ["interval": "30s", "timeout": "3s"])
        guard case .command(.shell(let script)) = first.test else {
            Issue.record("expected shell-form healthcheck")
            return
        }
        #expect(script.text == "curl -f http://localhost/ || exit 1")
        #expect(script.positions[0] == SourcePosition(line: 2, column: 45))
        guard case .command(.exec(let words))? = file.stages[1].healthcheck?.test else {
            Issue.record("expected exec-form healthcheck")
            return
        }
        #expect(words.first?.value == "wget")
        #expect(file.stages[2].healthcheck?.test == Healthcheck.Test.none)
    }

    @Test func portsEnvironmentAndUser() throws {
        let text = """
            FROM python:3.11-slim
            EXPOSE 8000 8080/tcp 9000-9001 53/udp $PORT
            ENV A=1 B="two words" C=three\\ four
            ENV LEGACY some value here
            USER app
            """
        let stage = try #require(DockerfileParser.parse(path: "D", text: text).stages.first)
        #expect(stage.exposedPorts.map(\.port) == [8000, 8080, 9000, 9001, 53])
        #expect(stage.exposedPorts.last?.proto == "udp")
        #expect(stage.environment.map(\.name) == ["A", "B", "C", "LEGACY"])
        #expect(stage.environment.map(\.value) == ["1", "two words", "three four", "some value here"])
        #expect(stage.user == "app")
    }
}
