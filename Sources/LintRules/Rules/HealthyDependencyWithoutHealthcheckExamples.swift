import ShipshapeCore

/// The examples of `healthy-dependency-without-healthcheck`; they run as tests.
enum HealthyDependencyWithoutHealthcheckExamples {
    static let triggering: [Example] = [
        // An official image without a compose healthcheck.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  db:
                    image: postgres:16-alpine
                    environment:
                      POSTGRES_PASSWORD: example
                  api:
                    image: api:1.0
                    depends_on:
                      1️⃣db:
                        condition: service_healthy

                """
            ],
            expect: [
                "1️⃣": "\"api\" waits for \"db\" to be healthy, but \"db\" has no healthcheck in compose nor in its image"
            ]),
        // A disabled healthcheck.
        Example(
            files: [
                "compose.yaml": """
                services:
                  cache:
                    image: redis:7
                    healthcheck:
                      disable: true
                  worker:
                    image: worker:1.0
                    depends_on:
                      2️⃣cache:
                        condition: service_healthy

                """
            ],
            expect: ["2️⃣": "but its healthcheck is disabled"]),
        // Built from the repository: no HEALTHCHECK along the FROM chain.
        Example(
            files: [
                "compose.yaml": """
                services:
                  backend:
                    build: ./backend
                  frontend:
                    build: ./frontend
                    depends_on:
                      1️⃣backend: {condition: service_healthy}

                """,
                "backend/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python3\", \"/app/main.py\"]\n",
                "frontend/Dockerfile": "FROM node:20-alpine\nCMD [\"node\", \"server.js\"]\n",
            ],
            expect: ["1️⃣": "python (slim) declares no HEALTHCHECK"]),
        // `extends:` a base service of the same file that has no healthcheck either.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  postgres-base:
                    image: postgres:16
                    environment:
                      POSTGRES_PASSWORD: example
                  db:
                    extends: postgres-base
                  api:
                    image: api:1.0
                    depends_on:
                      3️⃣db:
                        condition: service_healthy

                """
            ],
            expect: ["3️⃣": "\"db\" has no healthcheck"]),
    ]

    static let nonTriggering: [Example] = [
        // The usual pattern: the dependency has a healthcheck.
        Example(files: [
            "docker-compose.yml": """
            services:
              db:
                image: postgres:16
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U postgres"]
                  interval: 5s
              migrate:
                image: api:1.0
                command: ["alembic", "upgrade", "head"]
                depends_on:
                  db:
                    condition: service_healthy
              api:
                image: api:1.0
                depends_on:
                  db:
                    condition: service_healthy
                  migrate:
                    condition: service_completed_successfully

            """
        ]),
        // A HEALTHCHECK in the Dockerfile (also inherited through a stage); timings-only compose healthcheck.
        Example(files: [
            "compose.yaml": """
            services:
              backend:
                build: ./backend
                healthcheck:
                  interval: 10s
              frontend:
                image: web:1
                depends_on:
                  backend:
                    condition: service_healthy

            """,
            "backend/Dockerfile": """
            FROM python:3.12-slim AS base
            HEALTHCHECK CMD python3 -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/')"
            FROM base
            CMD ["python3", "main.py"]

            """,
        ]),
        // The healthcheck lives in the base file; the production override adds the dependency.
        Example(files: [
            "docker-compose.yml": """
            services:
              db:
                image: postgres:16
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U postgres"]

            """,
            "docker-compose.prod.yml": """
            services:
              db:
                image: postgres:16.4
              api:
                image: api:1.0
                depends_on:
                  db:
                    condition: service_healthy

            """,
        ]),
        // Unknown images may declare one; service_started needs none; unknown services are another rule's.
        Example(files: [
            "compose.yaml": """
            services:
              vendor:
                image: registry.example.com/vendor/app:3
              app:
                image: app:1
                depends_on:
                  vendor:
                    condition: service_healthy
                  cache:
                    condition: service_started
                  missing:
                    condition: service_healthy
              cache:
                image: redis:7

            """
        ]),
        // The healthcheck comes with `extends:` from another compose file.
        Example(files: [
            "common.yml": """
            services:
              postgres:
                image: postgres:16
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U postgres"]
                  interval: 5s

            """,
            "docker-compose.yml": """
            services:
              db:
                extends:
                  file: common.yml
                  service: postgres
              api:
                image: api:1.0
                depends_on:
                  db:
                    condition: service_healthy

            """,
        ]),
        // A base in a file that was not read: its keys are unknown, nothing is claimed.
        Example(files: [
            "docker-compose.yml": """
            services:
              db:
                extends:
                  file: ../shared/compose.yml
                  service: postgres
              api:
                image: api:1.0
                depends_on:
                  db:
                    condition: service_healthy

            """
        ]),
    ]
}
