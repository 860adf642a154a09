import ShipshapeCore

/// The examples of `exec-shell-builtin`; they run as tests.
enum ExecShellBuiltinExamples {
    static let triggering: [Example] = [
        Example(
            files: [
                "deploy.sh": """
                #!/bin/sh
                set -e
                docker exec onquota-backend 1️⃣cd /app && alembic upgrade head
                docker compose exec -T backend 2️⃣export APP_ENV=production
                docker exec worker 3️⃣source /app/.venv/bin/activate

                """
            ],
            expect: [
                "1️⃣": "`cd` is a shell builtin: docker exec onquota-backend runs it as a program",
                "2️⃣": "`export` is a shell builtin: docker compose exec backend",
                "3️⃣": "nothing it sets survives",
            ]),
        // In a workflow, through ssh.
        Example(
            files: [
                ".github/workflows/deploy.yml": """
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: ssh deploy@host "docker exec api 1️⃣ulimit -n 65536"

                """
            ],
            expect: ["1️⃣": "`ulimit` is a shell builtin"]),
    ]

    static let nonTriggering: [Example] = [
        Example(files: [
            "deploy.sh": """
            #!/bin/sh
            docker exec -w /app onquota-backend alembic upgrade head
            docker exec -e APP_ENV=production backend python manage.py check
            docker exec backend sh -c 'cd /app && alembic upgrade head'
            docker compose exec -T backend bash -lc 'source .venv/bin/activate && pytest'
            docker exec backend echo ok
            docker exec backend test -f /app/ready
            docker exec backend kill -HUP 1
            cd /srv/app && docker compose up -d

            """
        ])
    ]
}
