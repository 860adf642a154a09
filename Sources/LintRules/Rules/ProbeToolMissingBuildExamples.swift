import ShipshapeCore

/// Examples of `probe-tool-missing` where the image is built outside compose and workflows — a Makefile,
/// a `package.json` script, a shell script — or `FROM` an image another Dockerfile of the repository
/// builds; they run as tests with the rule's other examples.
enum ProbeToolMissingBuildExamples {
    static let curlOnly =
        "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl\nCMD [\"python\", \"-m\", \"app\"]\n"

    static let triggering: [Example] = [
        // A Makefile builds the image; the compose file on the server only names it.
        Example(
            files: [
                "Makefile": """
                REGISTRY ?= ghcr.io/acme
                IMAGE := $(REGISTRY)/worker
                TAG ?= $(shell git rev-parse --short HEAD)

                build:
                \t@docker build -t $(IMAGE):$(TAG) -f worker/Dockerfile .

                """,
                "worker/Dockerfile": curlOnly,
                "deploy/compose.yml": """
                services:
                  worker:
                    image: ghcr.io/acme/worker:1.4.0
                    healthcheck:
                      test: ["CMD", "1️⃣wget", "-qO-", "http://localhost:8000/health"]

                """,
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"worker\""]),
        // `npm run docker:build` tags the image; a deploy script runs it and probes it.
        Example(
            files: [
                "web/package.json": """
                {
                  "name": "web",
                  "scripts": {
                    "build": "next build",
                    "docker:build": "docker build -t acme/web:latest ."
                  }
                }

                """,
                "web/Dockerfile": "FROM node:20-alpine\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n",
                "scripts/deploy.sh": """
                #!/bin/sh
                docker run -d --name web -p 3000:3000 acme/web:latest
                docker exec web 1️⃣curl -fs http://localhost:3000/health

                """,
            ],
            expect: ["1️⃣": "curl is not installed in the image of container \"web\""]),
        // Script variables with their documented default name the image.
        Example(
            files: [
                "build.sh": """
                #!/bin/bash
                IMAGE="${IMAGE:-acme/api}"
                docker buildx build --tag "$IMAGE:latest" --file api/Dockerfile api

                """,
                "api/Dockerfile": curlOnly,
                "compose.yaml": """
                services:
                  api:
                    image: acme/api:latest
                    healthcheck:
                      test: ["CMD-SHELL", "1️⃣wget -q --spider http://localhost:8000/ || exit 1"]

                """,
            ],
            expect: ["1️⃣": "wget is not installed"]),
        // `FROM` an image another Dockerfile of the repository builds: its tools are known from there.
        Example(
            files: [
                "base/Dockerfile": curlOnly,
                "app/Dockerfile": """
                FROM acme/base:3
                COPY . /srv/app
                HEALTHCHECK CMD 1️⃣wget -qO- http://localhost:8000/health || exit 1

                """,
                "docker-compose.yml": """
                services:
                  base:
                    build: ./base
                    image: acme/base:3
                  app:
                    build: ./app

                """,
            ],
            expect: ["1️⃣": "wget is not installed"]),
        // A container ID looked up by compose service, directly or through a variable assigned once.
        Example(
            files: [
                "compose.yaml": "services:\n  api:\n    build: ./api\n    ports: [\"8000:8000\"]\n",
                "api/Dockerfile": curlOnly,
                "scripts/smoke.sh": """
                #!/usr/bin/env bash
                CID="$(docker compose -f compose.yaml ps -q api)"
                until docker exec "$CID" 1️⃣wget -qO- http://localhost:8000/health; do sleep 2; done
                docker exec $(docker compose ps -q api) 2️⃣wget -qO- http://localhost:8000/ready

                """,
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"api\"", "2️⃣": "wget is not installed"]),
    ]

    static let nonTriggering: [Example] = [
        // The variable holds one service's container or another's: no claim.
        Example(files: [
            "compose.yaml": "services:\n  api:\n    build: ./api\n  web:\n    image: nginx:1.27\n",
            "api/Dockerfile": curlOnly,
            "smoke.sh": """
            #!/bin/sh
            CID=$(docker compose ps -q api)
            [ -n "$1" ] && CID=$(docker compose ps -q web)
            docker exec "$CID" wget -qO- http://localhost:8000/health

            """,
        ]),
        // The image name comes from the environment (`$(IMAGE)` not set in the Makefile): no link, no claim.
        Example(files: [
            "Makefile": """
            build:
            \tdocker build -t $(IMAGE) -f worker/Dockerfile .

            """,
            "worker/Dockerfile": curlOnly,
            "compose.yml": """
            services:
              worker:
                image: ghcr.io/acme/worker:1.4.0
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8000/health"]

            """,
        ]),
        // Assigned two different values: the name is not known.
        Example(files: [
            "build.sh": """
            #!/bin/sh
            IMAGE=acme/api
            if [ "$1" = worker ]; then IMAGE=acme/worker; fi
            docker build -t "$IMAGE" -f api/Dockerfile .

            """,
            "api/Dockerfile": curlOnly,
            "compose.yml": """
            services:
              worker:
                image: acme/worker
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8000/health"]

            """,
        ]),
        // The locally built base has the tool the derived image probes with.
        Example(files: [
            "base/Dockerfile": curlOnly,
            "app/Dockerfile": """
            FROM acme/base:3
            HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1

            """,
            "Makefile": """
            base:
            \tdocker build -t acme/base:3 base
            app: base
            \tdocker build -t acme/app app

            """,
        ]),
    ]
}
