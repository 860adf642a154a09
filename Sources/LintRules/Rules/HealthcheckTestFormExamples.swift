import ShipshapeCore

/// The examples of `healthcheck-test-form`; they run as tests.
enum HealthcheckTestFormExamples {
    static let triggering: [Example] = [
        // The command split over the list as for CMD: `sh -c curl` runs curl with no URL.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  milvus:
                    image: milvusdb/milvus:v2.4.0
                    healthcheck:
                      test: ["CMD-SHELL", "curl", "1️⃣-f", "http://localhost:9091/healthz"]

                """
            ],
            expect: [
                "1️⃣":
                    "Docker runs `sh -c 'curl'` and passes `-f`, `http://localhost:9091/healthz` to the shell as positional parameters"
            ]),
        // The pipe never runs: any answer passes (docker/docs#10058).
        Example(
            files: [
                "compose.yaml": """
                services:
                  api:
                    build: .
                    healthcheck:
                      test:
                        - CMD-SHELL
                        - curl -s http://127.0.0.1:5000/actuator/health
                        - "1️⃣|"
                        - grep 'UP'

                """
            ],
            expect: ["1️⃣": "the check runs `curl -s http://127.0.0.1:5000/actuator/health` alone"]),
        // A string test is the script itself: the shell looks for a program named CMD.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  app:
                    image: node:22-alpine
                    healthcheck:
                      test: "1️⃣CMD curl -f http://localhost:4207/health"
                      interval: 15s

                """
            ],
            expect: ["1️⃣": "`CMD` is not a program, so every check fails with \"CMD: not found\""]),
        // A list without CMD: compose refuses the file (fish2018/YPrompt#29).
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  api:
                    build: .
                    healthcheck:
                      test: ["1️⃣curl", "-f", "http://localhost:8000/health"]

                """
            ],
            expect: ["1️⃣": "`docker compose` refuses the file"]),
    ]

    static let nonTriggering: [Example] = [
        // The command as one element.
        Example(files: [
            "docker-compose.yml": """
            services:
              web:
                image: nginx:1.27
                healthcheck:
                  test: ["CMD-SHELL", "curl -fsS http://localhost/ | grep -q ok"]

            """
        ]),
        // A complete command with `|| exit 1` split off: ignored, and it changes nothing.
        Example(files: [
            "docker-compose.yml": """
            services:
              web:
                image: nginx:1.27
                healthcheck:
                  test: ["CMD-SHELL", "curl -f http://localhost/", "||", "exit 1"]

            """
        ]),
        // Exec form and a plain string.
        Example(files: [
            "docker-compose.yml": """
            services:
              web:
                image: nginx:1.27
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost/"]
              db:
                image: postgres:16
                healthcheck:
                  test: pg_isready -U postgres

            """
        ]),
    ]
}
