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
