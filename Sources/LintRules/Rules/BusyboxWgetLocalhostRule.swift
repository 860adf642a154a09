import Foundation
import ShipshapeCore

/// busybox `wget http://localhost…` connects to `::1` only; a server on `0.0.0.0` refuses it.
struct BusyboxWgetLocalhostRule: Rule {
    static let description = RuleDescription(
        identifier: "busybox-wget-localhost",
        name: "busybox wget probing localhost",
        summary:
            "busybox `wget` in an Alpine image connects to `localhost` as `::1` only, and the server listens on IPv4 only.",
        rationale: """
            Docker writes both `127.0.0.1 localhost` and `::1 localhost` into a container's `/etc/hosts`, and musl \
            (Alpine's C library) returns `::1` first. GNU wget and curl try the next address when one refuses; \
            busybox wget — the `wget` of Alpine-based images such as `node:22-alpine`, `nginx:alpine`, \
            `python:3-alpine` — tries only the first: `Connecting to localhost:3000 ([::1]:3000)`, `wget: can't \
            connect to remote host: Connection refused`. A server told to listen on `0.0.0.0` (Next.js \
            `HOSTNAME=0.0.0.0`, `uvicorn --host 0.0.0.0`, `gunicorn -b 0.0.0.0:8000`, or in the code the image starts: \
            Express's `app.listen(8080, '0.0.0.0')`, Flask's `app.run(host='0.0.0.0')`), and nginx with a \
            configuration that says `listen 80;` without `listen [::]:80;`, listen on IPv4 only, so \
            the health check fails on every interval while the service answers everyone else, and `depends_on: \
            service_healthy` never starts its dependants. Maintainers fix it by probing `127.0.0.1` \
            (dsgnr/portchecker.io#362, accius/openhamclock#523, ls1intum/Apollon#621). Shipshape reports it when \
            the Dockerfile, the compose file (for a Node, Python, Ruby, PHP or .NET server: a Go server's \
            `0.0.0.0` listener accepts `::1` too, so an address given to an unknown program is no evidence) or \
            the Python/JavaScript file the image's start command runs (its \
            TypeScript source for `node dist/server.js`) tells the server to listen on `0.0.0.0` (on the probed \
            port, or on none named) — a server listening on `::` accepts `::1` — and only in Alpine images: glibc's busybox \
            (Debian's, distroless `:debug`) returns `127.0.0.1` first.
            """,
        severity: .error,
        nonTriggering: BusyboxWgetLocalhostExamples.nonTriggering,
        triggering: BusyboxWgetLocalhostExamples.triggering)

    func check(_ context: LintContext) -> [Finding] {
        var seen = Set<SourceLocation>()
        return context.inContainerCommands.flatMap { command in
            command.uses.compactMap { use -> Finding? in
                guard use.name == "wget", seen.insert(use.location).inserted else { return nil }
                return check(use, in: command, context: context)
            }
        }
    }

    func check(_ use: ProgramUse, in command: InContainerCommand, context: LintContext) -> Finding? {
        guard !command.target.candidates.isEmpty,
            let start = command.words.firstIndex(where: { $0.location == use.location })
        else { return nil }
        let arguments = Array(command.words[(start + 1)...].prefix(use.arguments.count))
        guard let word = arguments.first(where: { Self.localhostURL(in: $0.value) != nil }),
            let url = Self.localhostURL(in: word.value)
        else { return nil }
        var bindings: [IPv4Binding] = []
        var summary: String?
        for candidate in command.target.candidates {
            guard let image = context.targets.images.resolve(candidate.source), image.isBusyboxApplet("wget"),
                image.isAlpine
            else {
                return nil
            }
            summary = summary ?? image.summary
            bindings += candidate.ipv4Bindings(image: image).filter { binding in
                binding.port == nil || url.port == nil || binding.port == url.port
            }
        }
        guard let binding = bindings.first else { return nil }
        let fix =
            "probe `\(Self.replacingLocalhost(in: url.url))` instead, or install GNU wget or curl in the image "
            + "(`apk add --no-cache wget`)"
        return finding(
            "busybox wget in the image of \(command.target.label) (\(summary ?? "busybox")) connects to localhost as "
                + "::1 and never tries 127.0.0.1, and the server listens on IPv4 only (`\(binding.evidence)`): every "
                + "attempt is refused",
            at: word.location, related: [.init(binding.location, "IPv4 only: `\(binding.evidence)`")], fix: fix)
    }

    /// The `http(s)://localhost…` URL in a word, with its port: nil when written as an expansion
    /// (`localhost:${PORT:-3000}`), the scheme's default when none is written.
    static func localhostURL(in value: String) -> (url: String, port: Int?)? {
        // Searched in `value` itself: indices of a lower-cased copy are not valid in the original.
        guard
            let scheme = value.range(of: "http://localhost", options: .caseInsensitive)
                ?? value.range(of: "https://localhost", options: .caseInsensitive)
        else { return nil }
        let url = String(value[scheme.lowerBound...].prefix { !CharacterClass.urlEndCharacters.contains($0) })
        let rest = value[scheme.upperBound...]
        guard let next = rest.first, next == ":" else {
            // `localhostfoo` is another host.
            if let next = rest.first, next.isLetter || next.isNumber || next == "-" || next == "." { return nil }
            return (url, value[scheme].lowercased().hasPrefix("https") ? 443 : 80)
        }
        return (url, Int(rest.dropFirst().prefix { $0.isASCII && $0.isNumber }))
    }

    static func replacingLocalhost(in url: String) -> String {
        guard let range = url.range(of: "localhost", options: .caseInsensitive) else { return url }
        return url.replacingCharacters(in: range, with: "127.0.0.1")
    }
}
