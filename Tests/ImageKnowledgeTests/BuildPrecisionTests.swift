import DockerfileSyntax
import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// What a stage contains after a repository script, a source build's `make install`, or a directory copied
/// from another stage (issue 15, link 5).
@Suite struct BuildPrecisionTests {
    private func finalStage(_ text: String, resolver: ImageResolver = ImageResolver()) throws -> ImageContents {
        let dockerfile = DockerfileParser.parse(path: "app/Dockerfile", text: text)
        return try #require(resolver.contents(of: dockerfile))
    }

    /// A provider standing in for the repository: `app/install.sh` installs curl.
    private let repository = ImageResolver(contextScript: { dockerfile, paths in
        dockerfile == "app/Dockerfile" && paths.first == "install.sh"
            ? [["apt-get", "update"], ["apt-get", "install", "-y", "${TOOL}"]] : nil
    })

    @Test func aCopiedInstallScriptIsReadAsIfInTheRun() throws {
        let image = try finalStage(
            """
            FROM debian:12-slim
            ARG TOOL=curl
            COPY install.sh /tmp/
            RUN chmod +x /tmp/install.sh && /tmp/install.sh
            """, resolver: repository)
        #expect(image.availability(of: "curl").isPresent)
        #expect(image.availability(of: "wget") == .absent)
        // `sh SCRIPT` from the working directory, too.
        let relative = try finalStage(
            "FROM debian:12-slim\nARG TOOL=curl\nWORKDIR /src\nCOPY . .\nRUN sh ./install.sh\n", resolver: repository)
        #expect(relative.availability(of: "curl").isPresent)
        #expect(relative.availability(of: "wget") == .absent)
    }

    @Test func aScriptTheRepositoryDoesNotHoldStaysOpaque() throws {
        let image = try finalStage(
            "FROM debian:12-slim\nCOPY setup.sh /tmp/\nRUN /tmp/setup.sh\n", resolver: repository)
        guard case .unknown = image.availability(of: "wget") else {
            Issue.record("an unread script may install anything")
            return
        }
    }

    @Test func makeInstallOfASourceBuildInstallsItsProject() throws {
        let nginx = try finalStage(
            """
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y build-essential \\
                && tar xzf nginx-1.25.3.tar.gz && cd nginx-1.25.3 && ./configure && make && make install
            """)
        #expect(nginx.availability(of: "curl") == .absent)
        #expect(nginx.availability(of: "wget") == .absent)
        guard case .unknown = nginx.availability(of: "nginx") else {
            Issue.record("the project built may be installed")
            return
        }
        // The project downloaded in an earlier RUN and built in a later one.
        let curl = try finalStage(
            """
            FROM debian:12-slim
            RUN wget -q https://curl.se/download/curl-8.5.0.tar.gz && tar xzf curl-8.5.0.tar.gz
            RUN cd curl-8.5.0 && ./configure && make && make install
            """)
        guard case .unknown = curl.availability(of: "curl") else {
            Issue.record("building curl may install curl")
            return
        }
        let python = try finalStage(
            "FROM debian:12-slim\nRUN cd Python-3.12.1 && ./configure && make -j4 && make altinstall install\n")
        #expect(python.availability(of: "python3") != .absent)
    }

    @Test func aDirectoryCopiedFromAStageBringsOnlyWhatCanBeThere() throws {
        // golang:1.22 has curl in /usr/bin; /go/bin holds only what `go install` put there.
        let goBin = try finalStage(
            """
            FROM golang:1.22 AS build
            RUN go install github.com/acme/tool@latest
            FROM debian:12-slim
            COPY --from=build /go/bin/ /usr/local/bin/
            """)
        #expect(goBin.availability(of: "curl") == .absent)
        // Packages go to /usr/bin: a copy of /usr/local does not bring them.
        let local = try finalStage(
            """
            FROM debian:12 AS build
            RUN apt-get update && apt-get install -y wget
            FROM debian:12-slim
            COPY --from=build /usr/local/ /usr/local/
            """)
        #expect(local.availability(of: "wget") == .absent)
        // ... but a copy of /usr/bin does, and so does a folder a download was placed in.
        let usrBin = try finalStage(
            """
            FROM debian:12 AS build
            RUN apt-get update && apt-get install -y wget
            RUN curl -fsSL -o /opt/tools/bin/grpc_health_probe https://example.invalid/probe
            FROM debian:12-slim
            COPY --from=build /usr/bin/ /usr/bin/
            COPY --from=build /opt/tools/bin/ /usr/local/bin/
            """)
        #expect(usrBin.availability(of: "wget") != .absent)
        #expect(usrBin.availability(of: "grpc_health_probe") != .absent)
        // A stage that ran an unread script may have put anything anywhere.
        let scripted = try finalStage(
            """
            FROM debian:12 AS build
            RUN ./build-tools.sh
            FROM debian:12-slim
            COPY --from=build /opt/bin/ /usr/local/bin/
            """)
        #expect(scripted.availability(of: "curl") != .absent)
    }
}
