import DeployModel
import DockerfileSyntax
import ImageKnowledge
import ShellSyntax
import ShipshapeCore

extension InContainerCommand {
    /// A health check that runs a script of the repository — `COPY`'d into the image, or bind-mounted by
    /// compose — runs that script's commands in the same container: each followed script becomes a command
    /// of its own, located in the script, with the health check as where it is run from. A script run
    /// directly (not `sh SCRIPT`) also runs its `#!` interpreter.
    func followingScripts(mounts: [ComposeBindMount] = [], images: ImageIndex) -> [InContainerCommand] {
        var followed: [InContainerCommand] = []
        var seen: Set<String> = []
        for use in uses {
            guard let word = words.first(where: { $0.location.start == use.location.start }) else { continue }
            let argv = [word.value] + use.arguments
            guard let path = ScriptRun.scriptPath(argv),
                let unit = Self.script(path, target: target, mounts: mounts, images: images),
                seen.insert(unit.file).inserted
            else {
                if isHealthCheck, let (path, direct) = Self.interpretedPath(argv),
                    let script = Self.interpreterScript(path, target: target, mounts: mounts, images: images),
                    seen.insert(script.file).inserted
                {
                    followed.append(following(script, direct: direct, images: images))
                }
                continue
            }
            var scriptUses = ProgramUses.inScript(unit.script)
            if path == word.value,
                let interpreter = Self.interpreter(of: unit.file, source: images.model.sources[unit.file])
            {
                scriptUses.insert(interpreter, at: 0)
            }
            followed.append(
                InContainerCommand(
                    kind: kind, file: unit.file, target: target, uses: scriptUses,
                    words: Self.scriptWords(unit.script), location: location, invocation: nil, runBy: location))
        }
        return followed
    }

    /// The repository script behind `path` in the container: a bind mount of the service, else a file the
    /// build of one of the target's images copied from its context.
    static func script(_ path: String, target: ProbeTarget, mounts: [ComposeBindMount], images: ImageIndex)
        -> ShellUnit?
    {
        repositoryFile(
            path, target: target, mounts: mounts, images: images, at: images.scripts.script(at:),
            near: images.scripts.script(near:candidates:))
    }

    /// The repository file behind `path` in the container, looked up with `at` (a repository path) and `near`
    /// (context paths beside a Dockerfile): a bind mount of the service, else a file a build copied.
    static func repositoryFile<Unit>(
        _ path: String, target: ProbeTarget, mounts: [ComposeBindMount], images: ImageIndex,
        at: (String) -> Unit?, near: (String, [String]) -> Unit?
    ) -> Unit? {
        if path.hasPrefix("/") {
            for mount in mounts.reversed() {
                let mountTarget = BuildContextFiles.absolute(mount.target, in: "/")
                if path == mountTarget, let unit = at(mount.source) { return unit }
                if path.hasPrefix(mountTarget + "/"), let unit = at(mount.source + path.dropFirst(mountTarget.count)) {
                    return unit
                }
            }
        }
        for candidate in target.candidates {
            guard case .build(let dockerfilePath, let stageName, _) = candidate.source,
                let dockerfile = images.dockerfiles[dockerfilePath],
                let stage = images.stage(stageName, in: dockerfile)
            else { continue }
            let files = BuildContextFiles(stage: stage, in: dockerfile)
            let paths = files.contextPaths(of: path)
            if !paths.isEmpty, let unit = near(dockerfile.path, paths) {
                return unit
            }
        }
        return nil
    }

    /// `#!/bin/bash` or `#!/usr/bin/env bash` on the script's first line, as a program the script runs.
    static func interpreter(of file: String, source: String?) -> ProgramUse? {
        guard let source, source.hasPrefix("#!") else { return nil }
        let line = source.prefix { $0 != "\n" }.dropFirst(2)
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard var program = words.first else { return nil }
        if program.hasSuffix("/env"), words.count > 1 { program = words[1] }
        let name = Paths.basename(String(program))
        guard !name.isEmpty, !name.hasPrefix("-") else { return nil }
        // The name itself (`bash` of `/bin/bash`), as the finding is about that program.
        let column = line.distance(from: line.startIndex, to: program.startIndex) + 3 + program.count - name.count
        return ProgramUse(
            name: name,
            location: SourceLocation(
                file: file, line: 1, column: column,
                endColumn: column + name.count),
            arguments: [], alternatives: [], guardedBy: [])
    }
}
