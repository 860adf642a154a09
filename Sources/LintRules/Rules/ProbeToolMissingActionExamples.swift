import ShipshapeCore

/// Examples of `probe-tool-missing` in GitHub Actions' own metadata (`action.yml`): a Docker action's
/// `runs.entrypoint` runs in the action's image (its Dockerfile, or a `docker://` reference), and a script of
/// the repository it starts is followed into; a composite action's steps run like a workflow job's (issue 15,
/// link 7); they run as tests with the rule's other examples.
enum ProbeToolMissingActionExamples {
    static let triggering: [Example] = [
        // `entrypoint:` runs a script the action's Dockerfile copies; the script calls curl, which alpine lacks.
        Example(
            files: [
                "action.yml": """
                name: Notify
                runs:
                  using: docker
                  image: Dockerfile
                  entrypoint: /entrypoint.sh
                  args: ["${{ inputs.url }}"]

                """,
                "Dockerfile": """
                FROM alpine:3.20
                COPY entrypoint.sh /entrypoint.sh

                """,
                "entrypoint.sh": """
                #!/bin/sh
                set -e
                1️⃣curl -fsS -X POST "$1"

                """,
            ],
            expect: ["1️⃣": "curl is not installed in the image of Docker action action.yml (stage 0 of Dockerfile)"]),
        // A `docker://` image run with a program it lacks: alpine has no bash.
        Example(
            files: [
                ".github/actions/check/action.yml": """
                name: Check
                runs:
                  using: docker
                  image: docker://alpine:3.20
                  entrypoint: 1️⃣bash
                  args: ["-c", "echo checking"]

                """
            ],
            expect: ["1️⃣": "bash is not installed in the image of Docker action .github/actions/check/action.yml"]),
    ]

    static let nonTriggering: [Example] = [
        // Debian has bash; the arguments are not programs.
        Example(files: [
            "action.yml": """
            name: Check
            runs:
              using: docker
              image: docker://debian:bookworm
              entrypoint: bash
              args: ["curl", "wget"]

            """
        ]),
        // The action's Dockerfile installs curl before the entrypoint script uses it.
        Example(files: [
            "action.yml": """
            runs:
              using: docker
              image: ./docker/Dockerfile
              pre-entrypoint: /setup.sh

            """,
            "docker/Dockerfile": """
            FROM alpine:3.20
            RUN apk add --no-cache curl
            COPY setup.sh /setup.sh

            """,
            "docker/setup.sh": """
            #!/bin/sh
            curl -fsS https://example.invalid/ping

            """,
        ]),
        // A JavaScript action starts no image; an `action.yml` that is no action (no `runs:`) is skipped.
        Example(files: [
            "action.yml": """
            runs:
              using: node20
              main: dist/index.js

            """,
            "tools/action.yaml": """
            steps:
              - curl http://localhost

            """,
        ]),
    ]
}
