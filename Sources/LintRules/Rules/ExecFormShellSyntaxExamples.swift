import ShipshapeCore

/// The examples of `exec-form-shell-syntax`; they run as tests.
enum ExecFormShellSyntaxExamples {
    static let triggering: [Example] = [
        // Kubernetes exec probes run without a shell too.
        Example(
            files: [
                "k8s/web.yaml": """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          image: web:1.0
                          readinessProbe:
                            exec:
                              command: ["curl", "-f", "http://localhost:8080/ready", "1️⃣||", "exit", "1"]

                """
            ],
            expect: ["1️⃣": "`||` in this Kubernetes readinessProbe exec command"]),
        // The classic: `|| exit 1` in exec form.
        Example(
            files: [
                "Dockerfile": """
                FROM node:20-slim
                RUN apt-get update && apt-get install -y curl
                HEALTHCHECK CMD ["curl", "-f", "http://localhost:3000/health", "1️⃣||", "exit", "1"]
                CMD ["node", "server.js"]

                """
            ],
            expect: ["1️⃣": "`||` in this exec-form HEALTHCHECK CMD reaches curl as a literal argument"]),
        // Compose healthcheck with a pipe and a redirection.
        Example(
            files: [
                "compose.yaml": """
                services:
                  api:
                    image: api:1.0
                    healthcheck:
                      test: ["CMD", "wget", "-qO-", "http://localhost:8080/health", "1️⃣|", "grep", "ok", ">", "/dev/null"]

                """
            ],
            expect: ["1️⃣": "`|`, `>` in this healthcheck test"]),
        // A variable in exec-form CMD is not expanded.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-slim
                ENV PORT=8000
                CMD ["gunicorn", "app:app", "--bind", "1️⃣0.0.0.0:$PORT"]

                """
            ],
            expect: ["1️⃣": "`0.0.0.0:$PORT` in this exec-form CMD"]),
        // `&&` chaining in JSON RUN and ENTRYPOINT.
        Example(
            files: [
                "Dockerfile": """
                FROM debian:12-slim
                RUN ["apt-get", "update", "1️⃣&&", "apt-get", "install", "-y", "curl"]
                ENTRYPOINT ["/app/migrate", "2️⃣&&", "/app/server"]

                """
            ],
            expect: ["1️⃣": "exec-form RUN", "2️⃣": "exec-form ENTRYPOINT"]),
        // Compose `command:` list; `$$` is compose's escape for a literal `$`.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  worker:
                    image: worker:1.0
                    command: ["celery", "-A", "app", "worker", "--concurrency", "1️⃣$$CONCURRENCY", "2>&1"]

                """
            ],
            expect: ["1️⃣": "`$CONCURRENCY`, `2>&1`"]),
    ]

    static let nonTriggeringKubernetes = Example(files: [
        "k8s/api.yaml": """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: api:1.0
                  command: ["sh", "-c", "exec /app/server --port=$PORT 2>&1"]
                  args: []
                  livenessProbe:
                    exec:
                      command: ["/app/server", "healthcheck", "--port=$(PORT)"]

        """
    ])

    static let nonTriggering: [Example] = [
        nonTriggeringKubernetes,
        // Shell form and CMD-SHELL: a shell reads them.
        Example(files: [
            "Dockerfile": """
            FROM node:20-slim
            HEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1
            CMD node server.js > /var/log/app.log 2>&1

            """,
            "compose.yaml": """
            services:
              web:
                image: nginx:1.27
                healthcheck:
                  test: ["CMD-SHELL", "curl -fsS http://localhost/ >/dev/null || exit 1"]
              db:
                image: postgres:16
                healthcheck:
                  test: pg_isready -U postgres && psql -U postgres -c 'select 1'

            """,
        ]),
        // A shell started explicitly, also behind an init.
        Example(files: [
            "Dockerfile": """
            FROM alpine:3.20
            ENTRYPOINT ["/sbin/tini", "--", "sh", "-c", "exec /app/server --port=$PORT 2>&1"]
            CMD ["/bin/bash", "-lc", "migrate && serve"]

            """,
            "compose.yaml": """
            services:
              job:
                image: alpine:3.20
                command: ["sh", "-c", "until nc -z db 5432; do sleep 1; done && ./run"]
                entrypoint: ["/bin/sh", "-ec"]

            """,
        ]),
        // Compose substitutes `${VAR}` itself (the onquota redis service).
        Example(files: [
            ".env": "REDIS_PASSWORD=changeme\n",
            "compose.yaml": """
            services:
              redis:
                image: redis:7-alpine
                command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}", "--appendonly", "yes"]
                healthcheck:
                  test: ["CMD", "redis-cli", "-a", "${REDIS_PASSWORD}", "ping"]

            """,
        ]),
        // Programs with their own `$`/`;` syntax, code with spaces, find's `;`, nginx's `daemon off;`.
        Example(files: [
            "Dockerfile": """
            FROM nginx:1.27
            RUN ["find", "/usr/share/nginx/html", "-name", "*.map", "-exec", "rm", "{}", ";"]
            RUN ["envsubst", "$NGINX_HOST $NGINX_PORT"]
            CMD ["nginx", "-g", "daemon off;"]

            """,
            "compose.yaml": """
            services:
              api:
                image: python:3.12-slim
                healthcheck:
                  test: ["CMD", "python", "-c", "import os, urllib.request; urllib.request.urlopen(f'http://localhost:{os.environ[\\"PORT\\"]}/')"]
              stats:
                image: busybox:1.36
                command: ["awk", "{ total += $$2 } END { print total }", "/data/sizes"]

            """,
        ]),
        // Ordinary arguments that merely contain operator characters.
        Example(files: [
            "compose.yaml": """
            services:
              traefik:
                image: traefik:v3.1
                command: ["--entrypoints.web.address=:80", "--providers.docker.constraints=Label(`a`,`b`)||Label(`c`,`d`)"]
                healthcheck:
                  test: ["CMD", "traefik", "healthcheck", "--ping"]
              app:
                image: app:1
                command: ["./server", "--dsn", "postgres://u:p@db/app?sslmode=disable&timeout=5", "--greeting", "a|b"]

            """
        ]),
    ]
}
