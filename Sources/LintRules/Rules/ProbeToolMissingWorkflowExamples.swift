import ShipshapeCore

/// Examples of `probe-tool-missing` where the image is linked to its Dockerfile through GitHub Actions
/// expressions; they run as tests with the rule's other examples.
enum ProbeToolMissingWorkflowExamples {
    static let dockerfile =
        "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl\nCMD [\"python\", \"-m\", \"api\"]\n"

    static func kubernetes(image: String) -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: api}
        spec:
          containers:
            - name: api
              image: \(image)
              livenessProbe:
                exec:
                  command: ["1️⃣wget", "-qO-", "http://localhost:8000/health"]

        """
    }

    static let triggering: [Example] = [
        // A `run:` step's `docker build -t ${{ env.IMAGE }}:${{ github.sha }}`: GitHub substitutes the name
        // before the shell runs; the unknown tag part only loses the tag.
        Example(
            files: [
                ".github/workflows/ci.yml": """
                on: push
                env:
                  IMAGE: ghcr.io/acme/api
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: docker build -t ${{ env.IMAGE }}:${{ github.sha }} -f api/Dockerfile .

                """,
                "api/Dockerfile": "FROM python:3.12-slim\nCMD [\"python\", \"-m\", \"api\"]\n",
                "k8s/pod.yml": kubernetes(image: "ghcr.io/acme/api:1.4.2"),
            ],
            expect: ["1️⃣": "wget is not installed in the image of"]),
        // GitHub's publishing template: metadata-action `images:` from `env:` → build-push-action `tags:`.
        Example(
            files: [
                ".github/workflows/publish.yml": """
                on: push
                env:
                  REGISTRY: ghcr.io
                  IMAGE_NAME: acme/api
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - id: meta
                        uses: docker/metadata-action@v5
                        with:
                          images: ${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}
                      - uses: docker/build-push-action@v6
                        with:
                          context: services/api
                          push: true
                          tags: ${{ steps.meta.outputs.tags }}

                """,
                "services/api/Dockerfile": dockerfile,
                "k8s/api.yaml": kubernetes(image: "ghcr.io/acme/api:1.2.0"),
            ],
            expect: ["1️⃣": "wget is not installed in the image of container \"api\""]),
        // The image name a `run:` step writes to `$GITHUB_OUTPUT` (and the deprecated `::set-output`), and one
        // written to `$GITHUB_ENV` for the steps after it.
        Example(
            files: [
                ".github/workflows/publish.yml": """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: names
                        run: |
                          echo "image=ghcr.io/acme/api" >> "$GITHUB_OUTPUT"
                          echo "::set-output name=worker::ghcr.io/acme/worker"
                          echo "WEB_IMAGE=ghcr.io/acme/web" >> $GITHUB_ENV
                      - uses: docker/build-push-action@v6
                        with:
                          context: services/api
                          tags: ${{ steps.names.outputs.image }}:latest
                      - uses: docker/build-push-action@v6
                        with:
                          context: services/worker
                          tags: ${{ steps.names.outputs.worker }}:latest
                      - uses: docker/build-push-action@v6
                        with:
                          context: services/web
                          tags: ${{ env.WEB_IMAGE }}:latest

                """,
                "services/api/Dockerfile": dockerfile,
                "services/worker/Dockerfile": dockerfile,
                "services/web/Dockerfile": dockerfile,
                "k8s/api.yaml": kubernetes(image: "ghcr.io/acme/api:1.2.0"),
                "k8s/worker/pod.yaml": kubernetes(image: "ghcr.io/acme/worker:1.2.0").replacing("1️⃣", with: "2️⃣"),
                "k8s/web/pod.yaml": kubernetes(image: "ghcr.io/acme/web:1.2.0").replacing("1️⃣", with: "3️⃣"),
            ],
            expect: [
                "1️⃣": "wget is not installed in the image of container \"api\"",
                "2️⃣": "services/worker/Dockerfile", "3️⃣": "services/web/Dockerfile",
            ]),
        // A matrix leg per service: each leg's image is linked to its own Dockerfile.
        Example(
            files: [
                ".github/workflows/images.yml": """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        service: [api, worker]
                    steps:
                      - uses: docker/build-push-action@v6
                        with:
                          context: services/${{ matrix.service }}
                          tags: ghcr.io/acme/${{ matrix.service }}:${{ github.sha }}

                """,
                "services/api/Dockerfile": dockerfile,
                "services/worker/Dockerfile": "FROM alpine:3.20\nCMD [\"worker\"]\n",
                "k8s/api.yaml": kubernetes(image: "ghcr.io/acme/api:main"),
            ],
            expect: ["1️⃣": "wget is not installed in the image of container \"api\""]),
    ]

    static let nonTriggering: [Example] = [
        // A name the shell computes before writing it to `$GITHUB_OUTPUT` is unknown: no link to the Dockerfile.
        Example(files: [
            ".github/workflows/publish.yml": """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - id: names
                    run: echo "image=ghcr.io/acme/$(basename $PWD)" >> "$GITHUB_OUTPUT"
                  - uses: docker/build-push-action@v6
                    with:
                      context: services/api
                      tags: ${{ steps.names.outputs.image }}:latest

            """,
            "services/api/Dockerfile": dockerfile,
            "k8s/api.yaml": kubernetes(image: "ghcr.io/acme/api:1.2.0").replacing("1️⃣", with: ""),
        ]),
        // Two workflows build one name from different Dockerfiles: the link is ambiguous, so nothing is said.
        Example(files: [
            ".github/workflows/a.yml": """
            on: push
            jobs:
              a:
                runs-on: ubuntu-latest
                steps:
                  - uses: docker/build-push-action@v6
                    with: {context: services/api, tags: "ghcr.io/acme/api:a"}
                  - uses: docker/build-push-action@v6
                    with: {context: services/worker, tags: "ghcr.io/acme/api:b"}

            """,
            "services/api/Dockerfile": dockerfile,
            "services/worker/Dockerfile": "FROM alpine:3.20\nCMD [\"worker\"]\n",
            "k8s/api.yaml": kubernetes(image: "ghcr.io/acme/api:main").replacingOccurrences(of: "1️⃣", with: ""),
        ]),
        // An image name from an expression nothing resolves (`github.repository`) links nothing.
        Example(files: [
            ".github/workflows/p.yml": """
            on: push
            jobs:
              p:
                runs-on: ubuntu-latest
                steps:
                  - uses: docker/build-push-action@v6
                    with: {context: services/api, tags: "ghcr.io/${{ github.repository }}:latest"}

            """,
            "services/api/Dockerfile": dockerfile,
            "k8s/api.yaml": kubernetes(image: "ghcr.io/acme/api:main").replacingOccurrences(of: "1️⃣", with: ""),
        ]),
    ]
}
