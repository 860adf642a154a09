import ShipshapeCore

/// The examples of `probe-tool-missing`; they run as tests.
enum ProbeToolMissingExamples {
    static let backendDockerfile = """
        FROM python:3.11-slim AS runtime
        RUN apt-get update && apt-get install -y --no-install-recommends curl \\
            && rm -rf /var/lib/apt/lists/*
        EXPOSE 8000
        CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]

        """

    static let compose = """
        services:
          backend:
            build:
              context: ./backend
            container_name: onquota-backend
            ports:
              - "8000:8000"

        """

    static func workflow(_ run: String) -> String {
        """
        on: push
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - name: Verify
                run: |
        \(run.split(separator: "\n", omittingEmptySubsequences: false).map { "          " + $0 }.joined(separator: "\n"))

        """
    }

    static let triggering: [Example] = [
        // The seed: wget in the workflow, curl in the image.
        Example(
            files: [
                ".github/workflows/deploy.yml": workflow(
                    """
                    for i in $(seq 1 30); do
                      if docker exec onquota-backend 1️⃣wget -q -O- http://localhost:8000/api/v1/health > /dev/null 2>&1; then
                        break
                      fi
                      sleep 3
                    done
                    """),
                "docker-compose.yml": compose,
                "backend/Dockerfile": backendDockerfile,
            ],
            expect: ["1️⃣": "wget is not installed in the image of container \"onquota-backend\""]),
        // Only the builder stage has wget; the final stage does not.
        Example(
            files: [
                "deploy.sh": "#!/bin/sh\ndocker compose exec -T backend 1️⃣wget -qO- http://localhost:8000/health\n",
                "docker-compose.yml": compose,
                "backend/Dockerfile": """
                FROM python:3.12-slim AS builder
                RUN apt-get update && apt-get install -y wget
                FROM python:3.12-slim
                COPY --from=builder /usr/lib/python3 /usr/lib/python3
                CMD ["python3", "-m", "http.server", "8000"]

                """,
            ],
            expect: ["1️⃣": "wget is not installed"]),
        // A compose healthcheck with curl on an Alpine-based image (busybox has wget, not curl).
        Example(
            files: [
                "compose.yaml": """
                services:
                  web:
                    image: node:20-alpine
                    command: ["node", "server.js"]
                    healthcheck:
                      test: ["CMD", "1️⃣curl", "-f", "http://localhost:3000/health"]

                """
            ],
            expect: ["1️⃣": "curl is not installed in the image of service \"web\""]),
        // A Dockerfile HEALTHCHECK (shell form) in a slim image.
        Example(
            files: [
                "Dockerfile": """
                FROM node:20-slim
                EXPOSE 3000
                HEALTHCHECK --interval=10s CMD 1️⃣wget -q --spider http://localhost:3000/ || exit 1
                CMD ["node", "server.js"]

                """
            ],
            expect: ["1️⃣": "wget is not installed"]),
        // A Kubernetes exec probe on the image compose builds (`build` + `image`), matched by name.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  backend:
                    build: ./backend
                    image: ghcr.io/acme/backend:${TAG:-dev}

                """,
                "backend/Dockerfile": backendDockerfile,
                "k8s/backend.yaml": """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: backend}
                spec:
                  template:
                    spec:
                      containers:
                        - name: backend
                          image: ghcr.io/acme/backend:1.4.2
                          livenessProbe:
                            exec:
                              command: ["1️⃣wget", "-q", "--spider", "http://localhost:8000/health"]

                """,
            ],
            expect: [
                "1️⃣":
                    "wget is not installed in the image of container \"backend\" of Deployment \"backend\" (backend/Dockerfile, stage \"runtime\""
            ]),
    ]

    static let nonTriggering: [Example] = [
        // The fix: curl is installed.
        Example(files: [
            ".github/workflows/deploy.yml": workflow(
                "docker exec onquota-backend curl -fsS http://localhost:8000/api/v1/health"),
            "docker-compose.yml": compose,
            "backend/Dockerfile": backendDockerfile,
        ]),
        // node:20-alpine has busybox wget.
        Example(files: [
            "deploy.sh": "#!/bin/sh\ndocker exec web wget -q -O- http://localhost:3000/\n",
            "docker-compose.yml": "services:\n  web:\n    image: node:20-alpine\n    container_name: web\n",
        ]),
        // A fallback: the script copes with either tool.
        Example(files: [
            "deploy.sh":
                "#!/bin/sh\ndocker exec onquota-backend sh -c 'curl -fsS http://localhost:8000/h || wget -qO- http://localhost:8000/h'\n",
            "docker-compose.yml": compose,
            "backend/Dockerfile": backendDockerfile,
        ]),
        // A guard: wget is only used where it exists.
        Example(files: [
            "deploy.sh": """
            #!/bin/sh
            docker exec onquota-backend sh -c 'if command -v wget >/dev/null; then wget -qO- http://localhost:8000/h; else curl -fsS http://localhost:8000/h; fi'

            """,
            "docker-compose.yml": compose,
            "backend/Dockerfile": backendDockerfile,
        ]),
        // A private base image: unknown, so nothing is claimed.
        Example(files: [
            "deploy.sh": "#!/bin/sh\ndocker exec onquota-backend wget -qO- http://localhost:8000/h\n",
            "docker-compose.yml": compose,
            "backend/Dockerfile":
                "FROM registry.internal.example/platform/python:3.11\nCMD [\"python3\", \"app.py\"]\n",
        ]),
        // An unresolvable ARG in FROM: unknown.
        Example(files: [
            "Dockerfile": "ARG BASE\nFROM $BASE\nHEALTHCHECK CMD wget -q --spider http://localhost/ || exit 1\n"
        ]),
    ]
}
