import ShipshapeCore
import Testing

@testable import DeployModel

@Suite struct WorkflowTests {
    static let source = """
        name: Deploy
        on:
          push:
            branches: [main]
        env:
          IMAGE: ghcr.io/acme/app
        defaults:
          run:
            shell: bash
        jobs:
          test:
            runs-on: ubuntu-latest
            container: node:20
            defaults:
              run:
                shell: sh
                working-directory: app
            services:
              db:
                image: postgres:16
                ports:
                  - 5432:5432
                options: >-
                  --health-cmd "curl -f http://localhost"
                  --health-interval 10s
            steps:
              - uses: actions/checkout@v4
              - name: Build
                run: |
                  echo "building ${{ github.sha }}"
                  docker exec onquota-backend wget -q -O- http://localhost:8000/health
                env:
                  TOKEN: ${{ secrets.TOKEN }}
              - run: docker exec web curl -f http://localhost
                shell: python
              - run: "docker exec \\"web\\" ls"
          deploy:
            runs-on: [self-hosted, linux]
            container:
              image: alpine:3.20
            steps:
              - name: Ship
                uses: appleboy/ssh-action@v1.0.3
                with:
                  host: ${{ secrets.HOST }}
                  script: |
                    cd /srv/app
                    docker compose pull
              - uses: garygrossgarten/github-action-ssh@release
                with:
                  command: docker compose up -d
              - run: >
                  docker compose
                  up -d
        """

    func workflow() -> Workflow {
        WorkflowParser.parse(path: ".github/workflows/deploy.yml", text: Self.source)
    }

    @Test func topLevel() throws {
        let workflow = workflow()
        #expect(workflow.problems.isEmpty)
        #expect(workflow.name == "Deploy")
        #expect(workflow.jobs.map(\.id) == ["test", "deploy"])
        #expect(workflow.env["IMAGE"]?.value == "ghcr.io/acme/app")
        #expect(workflow.env["IMAGE"]?.location.start == SourcePosition(line: 6, column: 10))
        #expect(workflow.defaultShell == "bash")
    }

    @Test func runBlockPositions() throws {
        let job = try #require(workflow().job("test"))
        #expect(job.location.line == 11)
        #expect(job.runsOn == ["ubuntu-latest"])
        #expect(job.container?.value == "node:20")
        let run = try #require(job.steps[1].run)
        #expect(run.text.hasPrefix("echo \"building ${{ github.sha }}\"\ndocker exec"))
        let docker = try #require(position(of: "docker", in: run))
        #expect(docker == filePosition(of: "docker exec onquota", in: Self.source))
        #expect(docker == SourcePosition(line: 31, column: 11))
        #expect(position(of: "wget", in: run) == SourcePosition(line: 31, column: 39))
        #expect(job.steps[1].env["TOKEN"]?.value == "${{ secrets.TOKEN }}")
        #expect(job.steps[1].location.line == 28)
        #expect(job.steps[1].name == "Build")
    }

    @Test func oneLineRunsPlainAndQuoted() throws {
        let job = try #require(workflow().job("test"))
        let plain = try #require(job.steps[2].run)
        #expect(plain.text == "docker exec web curl -f http://localhost")
        #expect(
            position(of: "curl", in: plain)
                == filePosition(of: "curl -f http://localhost", in: Self.source, occurrence: 1))
        let quoted = try #require(job.steps[3].run)
        #expect(quoted.text == "docker exec \"web\" ls")
        #expect(position(of: "ls", in: quoted) == filePosition(of: "ls\"", in: Self.source))
    }

    @Test func shellDefaults() throws {
        let workflow = workflow()
        let test = try #require(workflow.job("test"))
        #expect(test.defaultShell == "sh")
        #expect(test.steps[1].shell == "sh")
        #expect(test.steps[1].workingDirectory == "app")
        #expect(test.steps[2].shell == "python")
        let deploy = try #require(workflow.job("deploy"))
        #expect(deploy.steps[2].shell == "bash")
        #expect(deploy.steps[2].workingDirectory == nil)
    }

    @Test func serviceOptions() throws {
        let service = try #require(workflow().job("test")?.services.first)
        #expect(service.name == "db")
        #expect(service.image?.value == "postgres:16")
        #expect(service.ports.map(\.value) == ["5432:5432"])
        let options = try #require(service.options)
        #expect(options.text == "--health-cmd \"curl -f http://localhost\" --health-interval 10s")
        #expect(position(of: "curl", in: options) == filePosition(of: "curl -f http://localhost\"", in: Self.source))
        #expect(position(of: "--health-interval", in: options) == SourcePosition(line: 25, column: 11))
    }

    @Test func sshActionScripts() throws {
        let deploy = try #require(workflow().job("deploy"))
        #expect(deploy.runsOn == ["self-hosted", "linux"])
        #expect(deploy.container?.value == "alpine:3.20")
        let script = try #require(deploy.steps[0].script)
        #expect(script.text == "cd /srv/app\ndocker compose pull\n")
        #expect(position(of: "docker", in: script) == SourcePosition(line: 48, column: 13))
        #expect(deploy.steps[0].with["host"]?.value == "${{ secrets.HOST }}")
        #expect(deploy.steps[1].script?.text == "docker compose up -d")
        #expect(deploy.steps[0].run == nil)
    }

    @Test func foldedRun() throws {
        let step = try #require(workflow().job("deploy")?.steps[2])
        let run = try #require(step.run)
        #expect(run.text == "docker compose up -d")
        #expect(position(of: "up", in: run) == SourcePosition(line: 54, column: 11))
    }

    @Test func actionNames() {
        #expect(WorkflowReader.actionName("appleboy/ssh-action@v1") == "appleboy/ssh-action")
        #expect(WorkflowReader.actionName("D3rHase/ssh-command-action@v0.2.2") == "d3rhase/ssh-command-action")
        #expect(WorkflowReader.actionName("./local") == "./local")
    }
}

@Suite struct WorkflowTimeoutTests {
    @Test func stepsInheritTheJobsTimeoutAndMayOverrideIt() throws {
        let text = """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                timeout-minutes: 15
                steps:
                  - run: ./deploy.sh
                  - run: ./wait.sh
                    timeout-minutes: 2
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: pytest

            """
        let workflow = WorkflowParser.parse(path: ".github/workflows/ci.yml", text: text)
        let deploy = try #require(workflow.job("deploy"))
        #expect(deploy.timeoutMinutes == "15")
        #expect(deploy.steps.map(\.timeoutMinutes) == ["15", "2"])
        #expect(workflow.job("test")?.steps.first?.timeoutMinutes == nil)
    }
}
