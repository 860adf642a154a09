import ShipshapeCore

/// The examples of `url-credentials-unencoded`; they run as tests.
enum URLCredentialsUnencodedExamples {
    static let triggering: [Example] = [
        // The incident: a Redis password with `#` and `@` written into the URL as is.
        Example(
            files: [".env.production": "ENVIRONMENT=production\nREDIS_URL=redis://:1️⃣Kq7#vT2@pLx9@redis:6379/0\n"],
            expect: ["1️⃣": "the password in REDIS_URL (redis URL, .env.production) holds \"#\", \"@\" unencoded"]),
        // Loaded by compose's env_file: the finding says so.
        Example(
            files: [
                "deploy/backend.env": "DATABASE_URL=postgresql://app:1️⃣s3cr/t?x@db:5432/app\n",
                "deploy/compose.yaml": "services:\n  api:\n    image: api\n    env_file: backend.env\n",
            ],
            expect: ["1️⃣": "holds \"/\", \"?\" unencoded"]),
        // Compose `environment:`, map and list forms.
        Example(
            files: [
                "compose.yaml": """
                services:
                  worker:
                    image: worker
                    environment:
                      BROKER_URL: "amqp://guest:1️⃣gu@st@rabbitmq:5672/"
                  api:
                    image: api
                    environment:
                      - CACHE_URL=redis://default:2️⃣a b@cache:6379

                """
            ],
            expect: ["1️⃣": "BROKER_URL (amqp URL, service \"worker\" in compose.yaml)", "2️⃣": "\" \""]),
        // Workflow `env:`; a user name with `@` counts too.
        Example(
            files: [
                ".github/workflows/test.yml": """
                on: push
                env:
                  DATABASE_URL: postgres://1️⃣ci@example.com:secret@localhost:5432/test
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - run: pytest

                """
            ],
            expect: ["1️⃣": "the user name in DATABASE_URL"]),
        // A `/` in the password (an API key) ends the authority for every URL parser.
        Example(
            files: [".env": "SMTP_URL=smtp://apikey:1️⃣SG.abc/def@smtp.sendgrid.net:587\n"],
            expect: ["1️⃣": "holds \"/\" unencoded"]),
        // Kubernetes container env.
        Example(
            files: [
                "deploy/worker.yaml": """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: worker
                spec:
                  template:
                    spec:
                      containers:
                        - name: worker
                          image: worker:1.0
                          env:
                            - name: REDIS_URL
                              value: "redis://:1️⃣p@ss#1@redis:6379/0"

                """
            ],
            expect: ["1️⃣": "REDIS_URL (redis URL, container \"worker\" of Deployment \"worker\""]),
        // A stray `%` that is no escape.
        Example(
            files: [".env": "MONGO_URL=mongodb://app:1️⃣100%sure@mongo:27017/app\n"],
            expect: ["1️⃣": "\"%\""]),
        // The most common layout: the password in `.env`, the URL in compose `environment:` — compose
        // interpolates it, and `docker compose config` shows the broken URL.
        Example(
            files: [
                ".env": "POSTGRES_PASSWORD=S3cr#t@pw/x\n",
                "compose.yaml": """
                services:
                  db:
                    image: postgres:16
                    environment:
                      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
                  api:
                    image: api
                    environment:
                      DATABASE_URL: postgresql://shop:1️⃣${POSTGRES_PASSWORD}@db:5432/shop

                """,
            ],
            expect: ["1️⃣": "holds \"#\", \"@\", \"/\" unencoded once compose interpolates it"]),
        // The same in `env_file:` contents, which compose interpolates too.
        Example(
            files: [
                ".env": "REDIS_PASSWORD=Kq7#vT2@pLx9\n",
                "config/api.env": "REDIS_URL=redis://:1️⃣${REDIS_PASSWORD}@redis:6379/0\n",
                "compose.yaml": "services:\n  api:\n    image: api\n    env_file: config/api.env\n",
            ],
            expect: ["1️⃣": "once compose interpolates it"]),
    ]

    static let nonTriggering: [Example] = [
        // Encoded correctly.
        Example(files: [".env": "REDIS_URL=redis://:Kq7%23vT2%40pLx9@redis:6379/0\n"]),
        // References: checked where the variable is set.
        Example(files: [
            ".env.production.example": """
            DATABASE_URL=postgresql+asyncpg://onquota:${POSTGRES_PASSWORD}@postgres:5432/onquota
            REDIS_URL=redis://:$REDIS_PASSWORD@redis:6379/0

            """
        ]),
        Example(files: [
            ".github/workflows/ci.yml": """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                env:
                  DATABASE_URL: postgres://postgres:${{ secrets.DB_PASSWORD }}@localhost:5432/test
                  REDIS_URL: ${{ secrets.REDIS_URL }}
                steps:
                  - run: pytest

            """
        ]),
        // Interpolated by compose from a `.env` whose password needs no encoding.
        Example(files: [
            ".env": "REDIS_PASSWORD=Kq7vT2pLx9\n",
            "compose.yaml": """
            services:
              api:
                image: api
                environment:
                  REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0

            """,
        ]),
        // Not credentials: `@` in a path or query, a package scope, a Sentry DSN, plain URLs.
        Example(files: [
            ".env": """
            CDN_URL=https://cdn.jsdelivr.net/npm/@scope/pkg@1.2.3/dist/index.js
            LOGIN_REDIRECT=https://app.example.com/callback?next=/home#top
            SENTRY_DSN=https://abc123@o4501.ingest.sentry.io/4501
            CORS_ORIGINS=https://onquota.app,https://api.onquota.app,http://localhost:3000
            AMQP_URL=amqp://guest:guest@rabbitmq:5672/%2F
            PG_URL=postgres://app:p:ss:word@db/app
            MAILTO=mailto:ops@example.com
            NPM_REGISTRY=https://ci:npm_token@npm.example.com/@myorg/
            GIT_REMOTE=https://oauth2:glpat-abc123@gitlab.example.com/group/repo.git
            WEBHOOK=https://hooks.example.com/services/T00/B00/xyz?notify=ops@example.com

            """
        ]),
    ]
}
