import ShipshapeCore

/// The examples of `probed-image-differs`; they run as tests, with the images as `--probe-images`
/// would have observed them.
enum ProbedImageDiffersExamples {
    static func image(
        _ reference: String, found: [String: String], checked: Set<String>, hasShell: Bool = true
    ) -> ObservedImage {
        ObservedImage(
            reference: reference, id: "sha256:4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c",
            path: ["/usr/local/bin", "/usr/bin", "/bin"],
            found: found.mapValues { ObservedProgram(path: $0) }, checked: checked, hasShell: hasShell)
    }

    static let builtCompose = """
        services:
          backend:
            build: ./backend
            image: onquota/backend:latest

        """

    static let triggering: [Example] = [
        // A pulled image that has a tool its catalog entry says it lacks.
        Example(
            files: ["docker-compose.yml": "services:\n  api:\n    image: 1️⃣python:3.11-slim\n"],
            expect: [
                "1️⃣": "image python:3.11-slim (sha256:4f1c2d3e4f5a) contains wget (/usr/bin/wget), unlike what"
            ],
            images: [image("python:3.11-slim", found: ["wget": "/usr/bin/wget"], checked: ["wget", "curl"])]),
        // The repository's own build, found by its compose tag, no longer has what the Dockerfile installs.
        Example(
            files: [
                "docker-compose.yml": builtCompose.replacingOccurrences(of: "image: onquota", with: "image: 1️⃣onquota"),
                "backend/Dockerfile": "FROM python:3.11-slim\nRUN apt-get update && apt-get install -y curl\n",
            ],
            expect: ["1️⃣": "image onquota/backend:latest (sha256:4f1c2d3e4f5a) lacks curl"],
            images: [image("onquota/backend:latest", found: [:], checked: ["curl", "wget"])]),
    ]

    static let nonTriggering: [Example] = [
        // The image agrees with the knowledge base and the Dockerfile.
        Example(
            files: [
                "docker-compose.yml": builtCompose,
                "backend/Dockerfile": "FROM python:3.11-slim\nRUN apt-get update && apt-get install -y curl\n",
            ],
            images: [
                image(
                    "onquota/backend:latest", found: ["curl": "/usr/bin/curl", "python3": "/usr/local/bin/python3"],
                    checked: ["curl", "wget", "python3"])
            ]),
        // No observation: nothing to compare.
        Example(files: ["docker-compose.yml": "services:\n  api:\n    image: python:3.11-slim\n"]),
        // A private base image the knowledge base knows nothing about: nothing to contradict.
        Example(
            files: ["docker-compose.yml": "services:\n  api:\n    image: registry.example.test/base:1\n"],
            images: [image("registry.example.test/base:1", found: ["curl": "/usr/bin/curl"], checked: ["curl"])]),
    ]
}
