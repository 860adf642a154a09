import ShipshapeCore

/// The examples of `probe-output-silenced`; they run as tests.
enum ProbeOutputSilencedExamples {
    static let triggering: [Example] = [
        Example(
            files: [
                "deploy.sh": """
                #!/usr/bin/env bash
                for i in $(seq 1 30); do
                  if docker exec onquota-backend wget -q -O- http://localhost:8000/api/v1/health 1️⃣> /dev/null 2>&1; then
                    break
                  fi
                  sleep 3
                done

                """
            ],
            expect: ["1️⃣": "goes to /dev/null (stdout and stderr) inside a for loop"]),
        Example(
            files: [
                "wait.sh": "#!/bin/sh\nuntil curl -fs http://localhost:8080/health 1️⃣&>/dev/null; do sleep 1; done\n"
            ],
            expect: ["1️⃣": "inside a until loop"]),
    ]

    static let nonTriggering: [Example] = [
        // stderr still reaches the log: `2>&1 > /dev/null` sends only stdout to /dev/null.
        Example(files: [
            "deploy.sh":
                "#!/bin/sh\nfor i in 1 2 3; do docker exec c curl -fsS http://localhost/ 2>&1 >/dev/null && break; sleep 1; done\n"
        ]),
        // Only stdout is discarded.
        Example(files: [
            "deploy.sh":
                "#!/bin/sh\nfor i in 1 2 3; do curl -fsS http://localhost:8000/ > /dev/null && break; sleep 1; done\n"
        ]),
        // Not in a loop: a single attempt's exit status is reported by `set -e`.
        Example(files: ["deploy.sh": "#!/bin/sh\nset -e\ncurl -fsS http://localhost:8000/ > /dev/null 2>&1\n"]),
    ]
}
