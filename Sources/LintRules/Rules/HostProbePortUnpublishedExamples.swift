import ShipshapeCore

/// The examples of `host-probe-port-unpublished`; they run as tests.
enum HostProbePortUnpublishedExamples {
    static let compose = """
        services:
          api:
            build: ./api
            ports:
              - "8080:8000"
          db:
            image: postgres:16
            ports:
              - "127.0.0.1:5432:5432"

        """

    static let triggering: [Example] = [
        // The script waits on the container port; the host sees 8080.
        Example(
            files: [
                "docker-compose.yml": compose,
                "scripts/deploy.sh": """
                #!/usr/bin/env bash
                set -euo pipefail
                docker compose up -d --build
                for i in $(seq 1 30); do
                  curl -fsS http://localhost:1️⃣8000/health && break
                  sleep 2
                done

                """,
            ],
            expect: ["1️⃣": "the probe calls host port 8000, but no service of docker-compose.yml publishes it"]),
        // A workflow step with `-f`: the same on `nc`.
        Example(
            files: [
                "deploy/compose.prod.yml": compose,
                ".github/workflows/smoke.yml": """
                on: push
                jobs:
                  smoke:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: |
                          docker compose -f deploy/compose.prod.yml up -d
                          nc -z 127.0.0.1 2️⃣6543

                """,
            ],
            expect: ["2️⃣": "host port 6543"]),
    ]

    static let nonTriggering: [Example] = [
        // The published port.
        Example(files: [
            "docker-compose.yml": compose,
            "deploy.sh": "#!/bin/sh\ndocker compose up -d\ncurl -fsS http://localhost:8080/health\n",
        ]),
        // Something else may listen: a process sent to the background.
        Example(files: [
            "docker-compose.yml": compose,
            "dev.sh": "#!/bin/sh\ndocker compose up -d db\nnpm run dev &\ncurl -fsS http://localhost:3000/\n",
        ]),
        // A published port from a variable: the set is not known.
        Example(files: [
            "docker-compose.yml": "services:\n  api:\n    build: .\n    ports: [\"${API_PORT:-8080}:8000\"]\n",
            "deploy.sh": "#!/bin/sh\ndocker compose up -d\ncurl -fsS http://localhost:9000/health\n",
        ]),
        // The compose file `up` reads was not among the files linted.
        Example(files: [
            "docker-compose.yml": compose,
            "deploy.sh": "#!/bin/sh\ndocker compose -f ../infra/compose.yml up -d\ncurl -fsS http://localhost:9000/\n",
        ]),
        // `docker run -p` in the same script publishes its own ports.
        Example(files: [
            "docker-compose.yml": compose,
            "e2e.sh":
                "#!/bin/sh\ndocker compose up -d\ndocker run -d -p 9000:80 nginx:1.27\ncurl -fsS http://localhost:9000/\n",
        ]),
    ]
}
