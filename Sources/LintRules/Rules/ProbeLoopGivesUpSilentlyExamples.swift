import ShipshapeCore

/// The examples of `probe-loop-gives-up-silently`; they run as tests.
enum ProbeLoopGivesUpSilentlyExamples {
    static let triggering: [Example] = [
        // The step ends with the loop: thirty failed attempts leave it green.
        Example(
            files: [
                ".github/workflows/deploy.yml": """
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: docker compose up -d
                      - name: Wait for the API
                        run: |
                          1️⃣for i in $(seq 1 30); do
                            curl -fsS http://localhost:8000/health && break
                            sleep 2
                          done

                """
            ],
            expect: ["1️⃣": "this loop gives up silently: when every attempt of curl fails"]),
        // A counting while loop and an `if … then break`, followed by a message that claims success.
        Example(
            files: [
                "scripts/deploy.sh": """
                #!/bin/sh
                set -e
                docker compose up -d
                tries=0
                1️⃣while [ "$tries" -lt 20 ]; do
                  if docker exec api wget -q -O- http://localhost:8000/health; then break; fi
                  tries=$((tries + 1))
                  sleep 3
                done
                echo "deployed"

                """
            ],
            expect: ["1️⃣": "and the script goes on as if the service answered"]),
        // Loop after loop: waiting for the next service does not look at the first one's outcome.
        Example(
            files: [
                "scripts/remote.sh": """
                #!/bin/sh
                set -e
                docker compose up -d
                1️⃣for i in $(seq 1 20); do
                  if docker exec shop-api-1 curl -fsS http://localhost:8000/health > /dev/null; then
                    break
                  fi
                  sleep 3
                done
                2️⃣for i in $(seq 1 20); do
                  if docker exec shop-web-1 curl -fsS http://localhost:3000/ > /dev/null; then
                    break
                  fi
                  sleep 3
                done

                """
            ],
            expect: [
                "1️⃣": "when every attempt of docker fails it ends with sleep's status 0, and the script goes on",
                "2️⃣": "and the script ends there",
            ]),
    ]

    static let nonTriggering: [Example] = [
        // Fails on the last attempt inside the loop (the bundled example's way).
        Example(files: [
            "scripts/deploy.sh": """
            #!/bin/sh
            for i in $(seq 1 30); do
              if curl -fs http://localhost:8000/health; then break; fi
              if [ "$i" -eq 30 ]; then echo "not healthy"; exit 1; fi
              sleep 2
            done

            """
        ]),
        // Checks after the loop: the same probe again, or a test.
        Example(files: [
            "scripts/deploy.sh": """
            #!/bin/sh
            for i in 1 2 3 4 5; do curl -fs http://localhost:8000/health && break; sleep 2; done
            curl -fs http://localhost:8000/health || exit 1
            for i in 1 2 3 4 5; do pg_isready -h localhost && ready=1 && break; sleep 2; done
            [ -n "$ready" ] || exit 1

            """
        ]),
        // The probe is the loop's last command: the loop fails with it (and `set -e` stops the script).
        Example(files: [
            "scripts/deploy.sh": """
            #!/bin/sh
            set -e
            for i in 1 2 3 4 5; do sleep 2; curl -fs http://localhost:8000/health && break; done

            """
        ]),
        // `exit 0` on success, `exit 1` after the loop; an unbounded loop is the other rule's.
        Example(files: [
            "scripts/deploy.sh": """
            #!/bin/sh
            for i in $(seq 1 30); do curl -fs http://localhost:8000/health && exit 0; sleep 2; done
            exit 1

            """
        ]),
    ]
}
