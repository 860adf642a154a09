import ShellSyntax
import ShipshapeCore
import Testing

/// The container name, service or image an invocation targets.
func targetName(_ invocation: ContainerInvocation?) -> String? {
    switch invocation?.target {
    case .container(let word)?: return "container:\(word.value)"
    case .composeService(let word, _, _)?: return "service:\(word.value)"
    case .image(let word)?: return "image:\(word.value)"
    case nil: return nil
    }
}

/// The invocations in `text`.
func invocations(_ text: String, line: Int = 1, column: Int = 1) -> [ContainerInvocation] {
    ContainerInvocation.find(in: parse(text, line: line, column: column))
}

@Suite struct ContainerInvocationTests {
    @Test func dockerExecOptions() throws {
        let found = invocations(
            """
            docker exec -it -e A=1 --env=B=2 -u root -w /app --detach-keys ctrl-x --privileged web ls -la
            docker -H tcp://h:2375 --context prod --log-level warn container exec -dit db psql
            docker exec -eA=1 -uroot cache redis-cli
            """)
        #expect(found.map(targetName) == ["container:web", "container:db", "container:cache"])
        #expect(found.map(\.form) == ["docker exec", "docker container exec", "docker exec"])
        #expect(found[0].arguments.map(\.value) == ["ls", "-la"])
        #expect(found[1].arguments.map(\.value) == ["psql"])
        #expect(found[2].arguments.map(\.value) == ["redis-cli"])
    }

    @Test func composeExecAndRun() throws {
        let found = invocations(
            """
            docker compose -f a.yml --file=b.yml -p proj --project-directory d --env-file .env --profile x exec -T -u app --index 2 -e K=V api ./manage.py migrate
            docker-compose -f prod.yml exec -T worker celery status
            docker compose run --rm -e X=1 -v a:/b migrate alembic upgrade head
            """)
        #expect(found.map(targetName) == ["service:api", "service:worker", "service:migrate"])
        #expect(found.map(\.form) == ["docker compose exec", "docker-compose exec", "docker compose run"])
        guard case .composeService(_, let files, let project) = found[0].target else {
            Issue.record("expected a compose service")
            return
        }
        #expect(files.map(\.value) == ["a.yml", "b.yml"])
        #expect(files[1].location.point == "1:32")
        #expect(project?.value == "proj")
        #expect(found[0].arguments.map(\.value) == ["./manage.py", "migrate"])
        #expect(found[2].arguments.map(\.value) == ["alembic", "upgrade", "head"])
    }

    @Test func dockerRunWithOptions() throws {
        let found = invocations(
            """
            docker run --rm -d -it --init -e A=1 -v /a:/b -p 80:80 --name web --network net --entrypoint sh -w /x -u 1 --env-file f -l k=v --mount type=bind,src=a,dst=b --platform linux/amd64 --health-cmd "curl -f x" nginx:1.25 -c 'nginx -t'
            docker run alpine
            """)
        #expect(found.map(targetName) == ["image:nginx:1.25", "image:alpine"])
        #expect(found[0].form == "docker run")
        #expect(found[0].arguments.map(\.value) == ["-c", "nginx -t"])
        #expect(found[1].arguments.isEmpty)
    }

    @Test func shellScriptInsideTheContainerIsParsedInPlace() throws {
        let found = invocations("docker exec web sh -c 'wget -q http://x || curl -f http://x'")
        let invocation = try #require(found.first)
        let inner = try #require(invocation.innerScript)
        #expect(inner.commands.compactMap(\.name) == ["wget", "curl"])
        #expect(inner.commands.first?.location.point == "1:24")
        #expect(inner.commands.last?.location.point == "1:44")
        #expect(inner.commands.first?.context.alternatives.first?.first?.value == "curl")
    }

    @Test func bashLcAndHeredocFedShell() throws {
        let found = invocations(
            "docker exec -i web /bin/bash -lc \"apt-get update\"\ndocker exec -i db sh <<'SQL'\npsql -c 'select 1'\nSQL\n"
        )
        #expect(found.count == 2)
        #expect(found[0].innerScript?.commands.first?.name == "apt-get")
        #expect(found[0].innerScript?.commands.first?.location.point == "1:35")
        #expect(found[1].innerScript?.commands.first?.name == "psql")
        #expect(found[1].innerScript?.commands.first?.location.point == "3:1")
    }

    @Test func wrappersAreLookedThrough() {
        let found = invocations(
            """
            sudo -u deploy docker exec a ls
            timeout -s KILL 30 docker exec b ls
            env -i PATH=/bin docker exec c ls
            nohup docker exec d ls &
            exec docker exec e ls
            command -v docker
            """)
        #expect(found.map(targetName) == ["container:a", "container:b", "container:c", "container:d", "container:e"])
    }

    @Test func noFalsePositives() {
        let found = invocations(
            """
            docker ps
            docker exec
            docker compose up -d
            echo docker exec web ls
            docker build -t x .
            """)
        #expect(found.isEmpty)
    }
}

@Suite struct ContainerFormTests {
    @Test func containerRunAndProcessSubstitution() throws {
        let found = invocations(
            "docker container run --rm -v \"$PWD:/w\" alpine:3 sh -c 'apk add curl'\ndiff <(docker exec a cat /x) y")
        #expect(found.map(\.form) == ["docker container run", "docker exec"])
        #expect(found[0].innerScript?.commands.first?.words.map(\.value) == ["apk", "add", "curl"])
        #expect(found[0].innerScript?.commands.first?.location.point == "1:56")
        #expect(found[1].hostCommand.context.inSubstitution)
        #expect(found[1].hostCommand.location.point == "2:8")
    }
}
