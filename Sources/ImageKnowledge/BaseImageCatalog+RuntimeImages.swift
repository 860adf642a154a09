// Data only: JavaScript runtimes published by their projects, beside the official language images.
// Evidence cites the project's own Dockerfiles; tools the evidence does not settle sit in `maybe`.

extension BaseImageCatalog {
    /// Runtime images published by their projects, after the project images.
    static let runtimeImageEntries: [BaseImageEntry] = bunImages

    /// oven/bun: `latest`, `1`, `1.x` are the debian variant, `-slim` debian-slim, `-alpine` alpine; the build
    /// stage downloads bun with curl and only bun is copied into the final stage (`-distroless` stays unknown).
    static let bunImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["oven/bun"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["bun", "bunx", "docker-entrypoint.sh"]],
            maybe: [ProgramSets.debianUncertain, ["node"]], hasShell: true,
            evidence:
                "oven-sh/bun dockerhub/debian/Dockerfile: curl, gpg and unzip only in the build stage; the final stage is FROM debian (no curl, no wget) with bun copied to /usr/local/bin and bunx linked; dockerhub/publish-images.sh tags the debian variant latest, MAJOR, MAJOR.MINOR and the version",
            healthcheck: .noneShownBy("oven-sh/bun dockerhub/debian/Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["oven/bun"], variants: [.slim], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["bun", "bunx", "docker-entrypoint.sh"]],
            maybe: [ProgramSets.debianUncertain, ["node"]], hasShell: true,
            evidence:
                "oven-sh/bun dockerhub/debian-slim/Dockerfile: the final stage is FROM debian slim with only ca-certificates installed (no curl, no wget), bun copied, bunx and a node fallback linked to bun",
            healthcheck: .noneShownBy("oven-sh/bun dockerhub/debian-slim/Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["oven/bun"], variants: [.alpine], os: .alpine, packageManager: .apk,
            programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ["bun", "bunx", "docker-entrypoint.sh"]],
            maybe: [["node"]], busybox: true, hasShell: true,
            evidence:
                "oven-sh/bun dockerhub/alpine/Dockerfile: the final stage is FROM alpine with 'apk add libgcc libstdc++' and bun copied (curl only in the build stage); busybox wget, no curl, no bash",
            healthcheck: .noneShownBy("oven-sh/bun dockerhub/alpine/Dockerfile")
        ),
    ]
}
