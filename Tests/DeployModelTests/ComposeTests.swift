import ShipshapeCore
import Testing

@testable import DeployModel

@Suite struct ComposeTests {
    static let source = """
        x-common: &common
          restart: unless-stopped
          environment:
            LOG_LEVEL: info
          healthcheck:
            test: ["CMD-SHELL", "curl -f http://localhost:$${PORT:-80}/health || exit 1"]
            interval: 10s
            timeout: 5s
            retries: 3
            start_period: 30s

        services:
          backend:
            <<: *common
            build: ./backend
            container_name: onquota-backend
            image: ${REGISTRY:-ghcr.io/acme}/backend:${TAG}
            ports:
              - "8000"
              - "8000:8000"
              - "127.0.0.1:8080:80/tcp"
              - "3000-3005:3000-3005"
              - 9000
              - target: 443
                published: "8443"
                protocol: udp
                host_ip: 0.0.0.0
            expose:
              - 5000
              - "6000/tcp"
            environment:
              - DATABASE_URL=postgres://db:5432/${DB_NAME:-app}
              - DEBUG
            env_file:
              - .env
              - path: ./config/prod.env
                required: false
            command: gunicorn app:app --bind 0.0.0.0:8000
            entrypoint: ["/entrypoint.sh", "--wait"]
            depends_on:
              db:
                condition: service_healthy
              cache:
                condition: service_started
            profiles: [web]
          worker:
            build:
              context: ./backend
              dockerfile: docker/Worker.Dockerfile
              target: runtime
              args:
                PYTHON_VERSION: "3.12"
            depends_on: [db]
            healthcheck:
              test: ["NONE"]
            network_mode: host
          db:
            image: postgres:16
            environment:
              POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}
              EMPTY:
            healthcheck:
              test: pg_isready -U postgres
          cache:
            image: redis:7
            healthcheck:
              test: ["CMD", "redis-cli", "ping"]
            env_file: cache.env
            command: ["redis-server", "--appendonly", "yes"]
        """

    func file(_ environment: [String: String] = ["TAG": "1.2", "DB_NAME": "prod"]) -> ComposeFile {
        ComposeParser.parse(path: "deploy/docker-compose.yml", text: Self.source, environment: environment)
    }

    @Test func servicesAndMergeKeys() throws {
        let file = file()
        #expect(file.services.map(\.name) == ["backend", "worker", "db", "cache"])
        let backend = try #require(file.service(named: "backend"))
        #expect(backend.location.line == 13)
        // From the `x-common` anchor through `<<: *common`.
        let health = try #require(backend.healthcheck)
        #expect(health.interval == "10s")
        #expect(health.timeout == "5s")
        #expect(health.retries == "3")
        #expect(health.startPeriod == "30s")
        guard case .shell(let test) = health.test else {
            Issue.record("expected a CMD-SHELL test")
            return
        }
        #expect(test.text == "curl -f http://localhost:${PORT:-80}/health || exit 1")
        #expect(position(of: "curl", in: test) == SourcePosition(line: 6, column: 26))
        // Explicit `environment` overrides the merged one.
        #expect(backend.environment.map(\.name) == ["DATABASE_URL", "DEBUG"])
    }

    @Test func imageBuildAndInterpolation() throws {
        let file = file()
        let backend = try #require(file.service(named: "backend"))
        #expect(backend.image?.value == "ghcr.io/acme/backend:1.2")
        #expect(backend.image?.location.start == SourcePosition(line: 17, column: 12))
        #expect(backend.containerName?.value == "onquota-backend")
        #expect(backend.build?.context == "deploy/backend")
        #expect(backend.build?.dockerfile == "deploy/backend/Dockerfile")
        let worker = try #require(file.service(named: "worker"))
        #expect(worker.build?.context == "deploy/backend")
        #expect(worker.build?.dockerfile == "deploy/backend/docker/Worker.Dockerfile")
        #expect(worker.build?.target == "runtime")
        #expect(worker.build?.args == ["PYTHON_VERSION": "3.12"])
    }

    @Test func ports() throws {
        let ports = try #require(file().service(named: "backend")).ports
        #expect(ports.count == 6)
        #expect(ports[0].published == nil && ports[0].target == 8000)
        #expect(ports[1].published == "8000" && ports[1].target == 8000)
        #expect(
            ports[2].hostIP == "127.0.0.1" && ports[2].published == "8080" && ports[2].target == 80
                && ports[2].proto == "tcp")
        #expect(ports[3].published == "3000-3005" && ports[3].target == 3000 && ports[3].targetText == "3000-3005")
        #expect(ports[4].target == 9000)
        #expect(
            ports[5].target == 443 && ports[5].published == "8443" && ports[5].proto == "udp"
                && ports[5].hostIP == "0.0.0.0")
        #expect(ports[1].location.start == SourcePosition(line: 20, column: 10))
        let ipv6 = ComposeContext.shortPort("[::1]:8080:80/udp")
        #expect(ipv6.hostIP == "::1" && ipv6.published == "8080" && ipv6.target == 80 && ipv6.proto == "udp")
        #expect(ComposeContext.shortPort("abc").target == nil)
    }

    @Test func exposeEnvironmentEnvFiles() throws {
        let file = file()
        let backend = try #require(file.service(named: "backend"))
        #expect(backend.expose.map(\.value) == [5000, 6000])
        let url = try #require(backend.environment.first)
        #expect(url.value == "postgres://db:5432/prod")
        #expect(url.location.start == SourcePosition(line: 32, column: 9))
        #expect(url.valueText.flatMap { position(of: "postgres", in: $0) } == SourcePosition(line: 32, column: 22))
        #expect(backend.environment[1].name == "DEBUG" && backend.environment[1].value == nil)
        #expect(backend.envFiles.map(\.value) == ["deploy/.env", "deploy/config/prod.env"])
        let db = try #require(file.service(named: "db"))
        #expect(db.environment.map(\.name) == ["POSTGRES_PASSWORD", "EMPTY"])
        #expect(db.environment[1].value == nil)
        #expect(file.service(named: "cache")?.envFiles.map(\.value) == ["deploy/cache.env"])
    }

    @Test func requiredVariableIsANote() throws {
        let file = file()
        let note = try #require(file.problems.first { $0.message.contains("DB_PASSWORD") })
        #expect(note.message == "required variable DB_PASSWORD is not set: set DB_PASSWORD in .env")
        #expect(note.location.line == 60)
        let withPassword = self.file(["DB_PASSWORD": "s3cret"])
        #expect(withPassword.service(named: "db")?.environment.first?.value == "s3cret")
        #expect(!withPassword.problems.contains { $0.message.contains("DB_PASSWORD") })
    }

    @Test func commandsAndEntrypoints() throws {
        let file = file()
        let backend = try #require(file.service(named: "backend"))
        guard case .shell(let command) = backend.command, case .exec(let entrypoint) = backend.entrypoint else {
            Issue.record("expected shell command and exec entrypoint")
            return
        }
        #expect(command.text == "gunicorn app:app --bind 0.0.0.0:8000")
        #expect(command.positions.first == SourcePosition(line: 38, column: 14))
        #expect(entrypoint.map(\.value) == ["/entrypoint.sh", "--wait"])
        #expect(file.service(named: "cache")?.command == .exec([]) ? false : true)
    }

    @Test func healthcheckForms() throws {
        let file = file()
        #expect(file.service(named: "worker")?.healthcheck?.disabled == true)
        #expect(file.service(named: "worker")?.healthcheck?.test == nil)
        guard case .shell(let dbTest) = file.service(named: "db")?.healthcheck?.test else {
            Issue.record("expected a string test")
            return
        }
        #expect(dbTest.text == "pg_isready -U postgres")
        guard case .exec(let words) = file.service(named: "cache")?.healthcheck?.test else {
            Issue.record("expected a CMD test")
            return
        }
        #expect(words.map(\.value) == ["redis-cli", "ping"])
    }

    @Test func dependsOnFormsAndProfiles() throws {
        let file = file()
        let backend = try #require(file.service(named: "backend"))
        #expect(backend.dependsOn.map(\.name) == ["db", "cache"])
        #expect(backend.dependsOn.map(\.condition) == [.serviceHealthy, .serviceStarted])
        #expect(backend.profiles == ["web"])
        let worker = try #require(file.service(named: "worker"))
        #expect(worker.dependsOn.map(\.name) == ["db"])
        #expect(worker.dependsOn.first?.condition == .serviceStarted)
        #expect(worker.networkMode?.value == "host")
    }

    @Test func interpolationForms() {
        let interpolator = ComposeInterpolator(environment: ["A": "x", "EMPTY": ""])
        func run(_ text: String) -> String { interpolator.interpolate(text, file: "f") }
        #expect(
            run("$A ${A} $$A ${B:-d} ${B-d} ${EMPTY:-d} ${EMPTY-d} ${A:+alt} ${B:+alt} ${EMPTY+alt}")
                == "x x $A d d d  alt  alt")
        #expect(run("${B:-${A}}") == "x")
        #expect(run("cost $5 and ${") == "cost $5 and ${")
        let (text, notes) = interpolator.interpolate(EmbeddedText(file: "f", text: "u=${B?need B} v=$A"))
        #expect(text.text == "u= v=x")
        #expect(notes.count == 1)
        #expect(text.positions[5] == SourcePosition(line: 1, column: 17))
    }

    @Test func mergeOverrides() throws {
        let base = ComposeParser.parse(
            path: "docker-compose.yml",
            text: """
                services:
                  web:
                    image: app:1
                    ports: ["80:80"]
                    environment: {A: "1", B: "2"}
                """, environment: [:])
        let override = ComposeParser.parse(
            path: "docker-compose.override.yml",
            text: """
                services:
                  web:
                    image: app:dev
                    ports: ["80:80", "9229:9229"]
                    environment: {B: "3"}
                  debug:
                    image: busybox
                """, environment: [:])
        let merged = ComposeParser.merge([base, override])
        #expect(merged.map(\.name) == ["web", "debug"])
        let web = try #require(merged.first)
        #expect(web.image?.value == "app:dev")
        #expect(web.ports.map(\.published) == ["80", "9229"])
        #expect(web.environment.map { "\($0.name)=\($0.value ?? "")" } == ["A=1", "B=3"])
        #expect(web.file == "docker-compose.override.yml")
    }

    @Test func rootCompose() {
        let file = ComposeParser.parse(path: "compose.yaml", text: "services:\n  a:\n    build: .\n", environment: [:])
        #expect(file.services.first?.build?.context == ".")
        #expect(file.services.first?.build?.dockerfile == "Dockerfile")
        #expect(ComposePaths.join("deploy", "../app") == "app")
    }
}

@Suite struct ComposeByteOrderMarkTests {
    /// Editors hide a UTF-8 byte-order mark, and libyaml does not count it: line 1's columns must not either.
    @Test func aByteOrderMarkShiftsNoColumn() throws {
        let text = "\u{FEFF}services: {web: {image: \"nginx:1.27\"}}\n"
        let file = ComposeParser.parse(path: "compose.yaml", text: text)
        let web = try #require(file.service(named: "web"))
        #expect(web.image?.value == "nginx:1.27")
        #expect(web.image?.location.start == SourcePosition(line: 1, column: 26))
    }
}
