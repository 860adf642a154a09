import ShipshapeCore

/// Examples of `probe-port-mismatch` in a Python or JavaScript file a health check runs (followed into it
/// like a shell script: issue 15, link 7); they run as tests with the rule's other examples.
enum ProbePortMismatchScriptExamples {
    static let triggering: [Example] = [
        // The HEALTHCHECK runs a copied Python script that asks port 8080; the server listens on 8000.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-slim
                WORKDIR /app
                COPY . /app
                EXPOSE 8000
                HEALTHCHECK CMD ["python", "/app/docker/healthcheck.py"]
                CMD ["python", "-m", "http.server", "8000"]

                """,
                "docker/healthcheck.py": """
                import sys
                import urllib.request

                try:
                    urllib.request.urlopen("http://localhost:1️⃣8080/health", timeout=3)
                except Exception:
                    sys.exit(1)

                """,
            ],
            expect: ["1️⃣": "the probe calls port 8080, but stage 0 of Dockerfile listens on 8000"]),
        // A compose healthcheck runs a bind-mounted Node script that connects to port 3000; the app uses 3001.
        Example(
            files: [
                "compose.yml": """
                services:
                  web:
                    image: node:20-alpine
                    command: ["node", "server.js"]
                    environment:
                      PORT: "3001"
                    volumes:
                      - ./ops/health.js:/health.js:ro
                    healthcheck:
                      test: ["CMD", "node", "/health.js"]

                """,
                "ops/health.js": """
                const http = require("http");
                http.get({ host: "127.0.0.1", port: 3000 }, (res) => process.exit(res.statusCode === 200 ? 0 : 1));
                const url = "http://127.0.0.1:1️⃣3000/health";

                """,
            ],
            expect: ["1️⃣": "the probe calls port 3000, but service \"web\" listens on 3001"]),
    ]

    static let nonTriggering: [Example] = [
        // The same script asking the right port; a port held in a variable is never guessed.
        Example(files: [
            "Dockerfile": """
            FROM python:3.12-slim
            COPY healthcheck.py /healthcheck.py
            EXPOSE 8000
            HEALTHCHECK CMD python3 /healthcheck.py
            CMD ["python", "-m", "http.server", "8000"]

            """,
            "healthcheck.py": """
            import http.client, os
            c = http.client.HTTPConnection("localhost", 8000)
            d = http.client.HTTPConnection("localhost", int(os.environ.get("PORT", "9000")))

            """,
        ]),
        // A Python application started by CMD is not a probe: its URLs name other services.
        Example(files: [
            "Dockerfile": """
            FROM python:3.12-slim
            COPY app.py /app.py
            EXPOSE 8000
            CMD ["python", "/app.py"]

            """,
            "app.py": """
            ALLOWED_ORIGIN = "http://localhost:3000"

            """,
        ]),
    ]
}
