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
        // A container this script starts itself.
        Example(files: [
            "deploy.sh":
                "#!/bin/sh\ndocker run -d --name smoke python:3.11-slim sleep 60\ndocker exec smoke python3 -V\n",
            "docker-compose.yml": compose,
        ]),
        // A name from a variable is never guessed; no compose file means nothing to check against.
        Example(files: ["deploy.sh": "#!/bin/sh\ndocker exec \"$CONTAINER\" true\ndocker exec anything true\n"]),
    ]
}
