import ShipshapeCore

/// The examples of `healthcheck-host-variable`; they run as tests.
enum HealthcheckHostVariableExamples {
    static let triggering: [Example] = [
        // The container's user, filled in by compose from a `.env` that does not set it.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  db:
                    image: postgres:16
                    environment:
                      POSTGRES_USER: shop
                      POSTGRES_DB: shop
                    healthcheck:
                      test: ["CMD-SHELL", "pg_isready -U 1️⃣${POSTGRES_USER} -d 2️⃣$POSTGRES_DB"]

                """
            ],
            expect: [
                "1️⃣": "healthcheck uses `${POSTGRES_USER}`, which compose fills in when it reads the file",
                "2️⃣": "uses `$POSTGRES_DB`",
            ]),
        // The password from an env_file, which compose never interpolates from; the exec form has no shell.
        Example(
            files: [
                "compose.yaml": """
                services:
                  mysql:
                    image: mysql:8.4
                    env_file: [mysql.env]
                    healthcheck:
                      test: ["CMD", "mysqladmin", "ping", "-uroot", "-p1️⃣${MYSQL_ROOT_PASSWORD}"]

                """,
                "mysql.env": "MYSQL_ROOT_PASSWORD=s3cret\n",
            ],
            expect: [
                "1️⃣": "not from the container's `env_file:` mysql.env, which has it: the check runs with an empty value"
            ]),
    ]

    static let nonTriggering: [Example] = [
        // Escaped: the container's shell expands it.
        Example(files: [
            "docker-compose.yml": """
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_USER: shop
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER}"]

            """
        ]),
        // The service's value comes from the same host variable: both get the deployer's value.
        Example(files: [
            "docker-compose.yml": """
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_USER: ${POSTGRES_USER:-shop}
                  POSTGRES_PASSWORD:
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U ${POSTGRES_USER} && test -n ${POSTGRES_PASSWORD}"]

            """
        ]),
        // The `.env` beside the compose file sets it, and a default covers the other.
        Example(files: [
            "docker-compose.yml": """
            services:
              redis:
                image: redis:7
                environment:
                  REDIS_PASSWORD: dev
                  REDIS_PORT: "6380"
                healthcheck:
                  test: ["CMD-SHELL", "redis-cli -p ${REDIS_PORT:-6380} -a ${REDIS_PASSWORD} ping"]

            """,
            ".env": "REDIS_PASSWORD=dev\n",
        ]),
        // A template of the deployer's `.env` sets it; a variable the container does not set is a deploy variable.
        Example(files: [
            "docker-compose.yml": """
            services:
              api:
                image: ghcr.io/acme/api:1
                environment:
                  API_TOKEN: local
                healthcheck:
                  test: ["CMD-SHELL", "wget -qO- --header 'X-Token: ${API_TOKEN}' http://127.0.0.1:${PORT}/health"]

            """,
            ".env.example": "API_TOKEN=change-me\n",
        ]),
    ]
}
