import ShipshapeCore

/// Examples of `probe-tool-missing` in a Python file a health check runs: the programs it starts through
/// `subprocess` or `os.system` run in the same container (issue 15, link 7); they run as tests with the
/// rule's other examples.
enum ProbeToolMissingInterpretedExamples {
    static let triggering: [Example] = [
        // The script shells out to curl, which python:*-slim lacks.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-slim
                COPY healthcheck.py /usr/local/bin/healthcheck.py
                HEALTHCHECK CMD ["python3", "/usr/local/bin/healthcheck.py"]

                """,
                "healthcheck.py": """
                import subprocess, sys
                result = subprocess.run(["1️⃣curl", "-fsS", "http://localhost:8000/health"])
                sys.exit(result.returncode)

                """,
            ],
            expect: ["1️⃣": "curl is not installed in the image of stage 0 of Dockerfile"]),
        // A compose healthcheck's script runs `wget` through a shell in an image without it.
        Example(
            files: [
                "compose.yml": """
                services:
                  api:
                    image: python:3.12-slim
                    volumes:
                      - ./health.py:/health.py
                    healthcheck:
                      test: python /health.py

                """,
                "health.py": """
                import os
                raise SystemExit(os.system("1️⃣wget -q -O /dev/null http://localhost:8000/"))

                """,
            ],
            expect: ["1️⃣": "wget is not installed in the image of service \"api\""]),
        // A Kubernetes exec probe runs a script the image's build copied.
        kubernetesTriggering,
    ]

    static let kubernetesTriggering = Example(
        files: [
            ".github/workflows/build.yml": """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: docker build -t ghcr.io/acme/worker:latest .

            """,
            "Dockerfile": "FROM python:3.12-slim\nCOPY probe.py /app/probe.py\nCMD [\"python\", \"-m\", \"worker\"]\n",
            "probe.py": "import subprocess\nsubprocess.check_call(['1️⃣curl', '-fsS', 'http://localhost:9000/ready'])\n",
            "k8s/worker.yml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: worker}
            spec:
              selector: {matchLabels: {app: worker}}
              template:
                metadata: {labels: {app: worker}}
                spec:
                  containers:
                    - name: worker
                      image: ghcr.io/acme/worker:2.0
                      readinessProbe:
                        exec:
                          command: ["python", "/app/probe.py"]

            """,
        ],
        expect: ["1️⃣": "curl is not installed in the image of container \"worker\""])

    static let nonTriggering: [Example] = [
        // The image installs curl; a program held in a variable is never guessed.
        Example(files: [
            "Dockerfile": """
            FROM python:3.12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
            COPY healthcheck.py /healthcheck.py
            HEALTHCHECK CMD python /healthcheck.py

            """,
            "healthcheck.py": """
            import subprocess
            tool = "wget"
            subprocess.check_call(["curl", "-fsS", "http://localhost:8000/"])
            subprocess.check_call([tool, "-q", "http://localhost:8000/"])

            """,
        ])
    ]
}
