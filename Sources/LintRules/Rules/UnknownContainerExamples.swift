import ShipshapeCore

/// The examples of `unknown-container`; they run as tests.
enum UnknownContainerExamples {
    static let compose = """
        name: onquota
        services:
          backend:
            image: python:3.11-slim
            container_name: onquota-backend
          worker:
            image: python:3.11-slim

        """

    static let triggering: [Example] = [
        Example(
            files: [
                "deploy.sh": "#!/bin/sh\ndocker exec 1️⃣backend curl -fsS http://localhost:8000/\n",
                "docker-compose.yml": compose,
            ],
            expect: [
                "1️⃣": "no container named \"backend\" is defined in the compose files; did you mean \"onquota-backend\"?"
            ]),
        Example(
            files: [
                "deploy.sh": "#!/bin/sh\ndocker compose -f docker-compose.yml exec -T 1️⃣api python3 -V\n",
                "docker-compose.yml": compose,
            ],
            expect: ["1️⃣": "no service \"api\" in docker-compose.yml"]),
        // Inside `ssh host "…"` a literal name is still checked.
        Example(
            files: [
                "deploy.sh": "#!/bin/sh\nssh deploy@203.0.113.10 \"docker exec 1️⃣backend python3 -V\"\n",
                "docker-compose.yml": compose,
            ],
            expect: ["1️⃣": "no container named \"backend\""]),
        // With `name:` the project is fixed, so another project's prefix is a wrong name.
        Example(
            files: [
                "deploy.sh": "#!/bin/sh\ndocker exec 1️⃣app-worker-1 python3 -V\n",
                "docker-compose.yml": compose,
            ],
            expect: ["1️⃣": "no container named \"app-worker-1\""]),
    ]

    static let nonTriggering: [Example] = [
        // container_name, the derived `project-service-1` name, and a compose service.
        Example(files: [
            "deploy.sh": """
            #!/bin/sh
            docker exec onquota-backend python3 -V
            docker exec onquota-worker-1 python3 -V
            docker compose exec worker python3 -V

            """,
            "docker-compose.yml": compose,
        ]),
        // Without `name:` compose names the project after the directory it runs in, which the server
        // chooses: `cd /srv/app && docker compose up` makes `app-api-1`, whatever the repository is called.
        Example(files: [
            "deploy.sh": """
            #!/bin/sh
            ssh deploy@203.0.113.10 <<'REMOTE'
              cd /srv/app && docker compose up -d
              docker exec app-api-1 python3 -V
              docker exec app_api_2 python3 -V
            REMOTE

            """,
            "docker-compose.yml": "services:\n  api:\n    image: python:3.11-slim\n",
        ]),
        // A container this script starts itself.
        Example(files: [
            "deploy.sh":
                "#!/bin/sh\ndocker run -d --name smoke python:3.11-slim sleep 60\ndocker exec smoke python3 -V\n",
            "docker-compose.yml": compose,
        ]),
        // A name from a variable is never guessed; no compose file means nothing to check against.
        Example(files: ["deploy.sh": "#!/bin/sh\ndocker exec \"$CONTAINER\" true\ndocker exec anything true\n"]),
        // The local shell expands `$CONTAINER` inside the double quotes before ssh sends the command,
        // so the remote single quotes hold its value, not the name `$CONTAINER`.
        Example(files: [
            "deploy.sh": """
            #!/bin/sh
            CONTAINER=onquota-backend
            ssh deploy@203.0.113.10 "docker exec '$CONTAINER' python3 -V"

            """,
            "docker-compose.yml": compose,
        ]),
        // A bash function library named `*.env` that scripts `source` is read as a script; its
        // `docker exec` of a container defined elsewhere is not guessed at.
        Example(files: [
            "scripts/functions.env": """
            #!/usr/bin/env bash
            backend_exec() {
              docker exec "$1" "$@"
            }

            """,
            "docker-compose.yml": compose,
        ]),
    ]
}
