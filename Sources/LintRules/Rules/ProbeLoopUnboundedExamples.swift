import ShipshapeCore

/// The examples of `probe-loop-unbounded`; they run as tests.
enum ProbeLoopUnboundedExamples {
    static let triggering: [Example] = [
        // The loop runs on the server, in a heredoc fed to ssh: it hangs the deploy just the same.
        Example(
            files: [
                "scripts/remote-deploy.sh": """
                #!/bin/sh
                ssh deploy@203.0.113.10 <<'REMOTE'
                docker compose pull && docker compose up -d
                1️⃣until docker exec api curl -fsS http://localhost:8000/health; do sleep 5; done
                REMOTE

                """
            ],
            expect: ["1️⃣": "this until loop waits on docker with no attempt limit or timeout"]),
        Example(
            files: [
                "scripts/deploy.sh": """
                #!/bin/sh
                docker compose up -d
                1️⃣until curl -fsS http://localhost:8000/health; do
                  sleep 1
                done
                2️⃣while ! docker exec db pg_isready -U postgres >/dev/null 2>&1; do sleep 2; done
                3️⃣while [ "$(docker inspect -f '{{.State.Health.Status}}' api)" != "healthy" ]; do
                  echo "waiting for api"
                  sleep 5
                done

                """
            ],
            expect: [
                "1️⃣": "this until loop waits on curl with no attempt limit or timeout",
                "2️⃣": "this while loop waits on docker",
                "3️⃣": "waits on docker",
            ]),
        // `while true` with a probe and `break`, in a workflow step without timeout-minutes.
        Example(
            files: [
                ".github/workflows/deploy.yml": """
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - name: Wait for the API
                        run: |
                          1️⃣while true; do
                            if curl -fs http://localhost:3000/ >/dev/null; then break; fi
                            sleep 3
                          done

                """
            ],
            expect: ["1️⃣": "this while loop waits on curl"]),
    ]

    static let nonTriggering: [Example] = [
        // Counted attempts, in the usual shapes.
        Example(files: [
            "wait.sh": """
            #!/bin/bash
            for i in $(seq 1 30); do
              curl -fs http://localhost:8000/health && break
              sleep 2
            done
            attempts=0
            until pg_isready -h db -U postgres; do
              attempts=$((attempts + 1))
              if [ "$attempts" -ge 30 ]; then echo "db not ready" >&2; exit 1; fi
              sleep 1
            done
            n=0
            while ! nc -z redis 6379; do
              n=$((n+1)); [ $n -gt 20 ] && exit 1
              sleep 1
            done
            end=$((SECONDS + 120))
            until curl -fs http://localhost/ready; do
              [ $SECONDS -lt $end ] || exit 1
              sleep 1
            done

            """
        ]),
        // Bounded from outside: timeout-minutes, `timeout` around the script, an ssh action's command_timeout.
        Example(files: [
            ".github/workflows/ci.yml": """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - name: Wait
                    timeout-minutes: 5
                    run: |
                      until curl -fs http://localhost:8080/; do sleep 1; done
                  - run: timeout 120 ./scripts/wait-for-api.sh
                  - uses: appleboy/ssh-action@v1.0.3
                    with:
                      host: example.com
                      script: |
                        until docker exec api curl -fs http://localhost:8000/; do sleep 2; done

            """,
            "scripts/wait-for-api.sh": "#!/bin/sh\nuntil curl -fs http://localhost:8080/; do sleep 1; done\n",
        ]),
        // Not a wait: service loops, reading input, a periodic heartbeat.
        Example(files: [
            "run.sh": """
            #!/bin/sh
            while read -r line; do
              curl -fs -X POST -d "$line" http://localhost:9000/ingest
            done < events.txt
            while true; do
              curl -fs -X POST http://localhost:9000/heartbeat
              sleep 60
            done
            until [ -f /tmp/ready ]; do sleep 1; done

            """
        ]),
    ]
}
