import ShipshapeCore

/// The examples of `probe-port-mismatch`; they run as tests.
enum ProbePortMismatchExamples {
    static let frontend = """
        FROM node:20-alpine
        ENV PORT=3001
        EXPOSE 3001
        CMD ["node", "server.js"]

        """

    static let triggering: [Example] = [
        // A port written in the probe's code: http.client on port 80 while the server listens on 8000.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-slim
                EXPOSE 8000
                HEALTHCHECK CMD python -c "import http.client; c = http.client.HTTPConnection('localhost', 1️⃣80); c.request('GET', '/health'); exit(c.getresponse().status != 200)"
                CMD ["python", "-m", "http.server", "8000"]

                """
            ],
            expect: ["1️⃣": "the probe calls port 80, but stage 0 of Dockerfile listens on 8000"]),
        // The seed's frontend: probed on 3000, served on 3001.
        Example(
            files: [
                "deploy.sh": "#!/bin/sh\ndocker exec onquota-frontend wget -q -O- http://localhost:1️⃣3000/\n",
                "docker-compose.yml": """
                services:
                  frontend:
                    build: ./frontend
                    container_name: onquota-frontend
                    ports:
                      - "3001:3001"

                """,
                "frontend/Dockerfile": frontend,
            ],
            expect: ["1️⃣": "the probe calls port 3000, but container \"onquota-frontend\" listens on 3001"]),
        // The published port used inside the container.
        Example(
            files: [
                "compose.yml": """
                services:
                  web:
                    image: nginx:1.27
                    ports:
                      - "8080:80"
                    healthcheck:
                      test: ["CMD", "curl", "-f", "http://localhost:1️⃣8080/"]

                """
            ],
            expect: ["1️⃣": "listens on 80"]),
    ]

    static let nonTriggering: [Example] = [
        // The same on the right port, and a port held in a variable.
        Example(files: [
            "Dockerfile": """
            FROM python:3.12-slim
            EXPOSE 8000
            HEALTHCHECK CMD python -c "import http.client, socket; http.client.HTTPConnection('localhost', port=8000).request('GET', '/'); socket.create_connection(('127.0.0.1', PORT))"
            CMD ["python", "-m", "http.server", "8000"]

            """
        ]),
        Example(files: [
            "deploy.sh": "#!/bin/sh\ndocker exec onquota-frontend wget -q -O- http://localhost:3001/\n",
            "docker-compose.yml":
                "services:\n  frontend:\n    build: ./frontend\n    container_name: onquota-frontend\n",
            "frontend/Dockerfile": frontend,
        ]),
        // Nothing declared: the port is unknown, so nothing is said.
        Example(files: [
            "docker-compose.yml": """
            services:
              api:
                image: registry.example.test/api:1
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost:9999/health"]

            """
        ]),
        // An image nothing is known about: compose publishes 8080, but the metrics port may listen too.
        Example(files: [
            "docker-compose.yml": """
            services:
              api:
                image: registry.example.test/api:1
                ports: ["8080:8080"]
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost:9090/metrics"]

            """
        ]),
    ]
}
