import ShipshapeCore

/// Where the image of a container comes from.
enum ImageSource: Sendable, Hashable {
    /// Built from a Dockerfile in the repository (`target` nil means its last stage).
    case build(dockerfile: String, target: String?, args: [String: String])
    /// Pulled by reference (`redis:7-alpine`).
    case reference(String)
}

/// One image a probe's target may run, with what is known about it.
struct TargetImage: Sendable {
    /// How the target maps to this image, for messages: `service "backend" in docker-compose.yml`.
    let via: String
    let source: ImageSource
    /// The compose service (or other definition) that names the image.
    let definition: SourceLocation?
    /// Ports declared outside the image (compose `ports`, `expose`, `PORT` environment, command flags).
    let declaredPorts: [ListeningPort]
    /// IPv4-only listen addresses declared outside the image (compose `environment:`, `command:`).
    var declaredIPv4Bindings: [IPv4Binding] = []
    /// True when the definition replaces the image's `CMD` (compose `command:`).
    var replacesCMD = false
    /// True when the definition's command starts a Node, Python, Ruby, PHP or .NET server.
    var commandRunsKnownRuntime = false
    /// True when the definition sets a `HOST`-style variable to an IPv6 address (`HOST: "::"`), which overrides
    /// the default address in the server's code.
    var setsIPv6Host = false

    /// Where the server behind this image is told to listen on IPv4 only, from the definition and the image.
    /// An address the definition gives (`HOST=0.0.0.0`, `--host 0.0.0.0`) counts only for a known runtime (its
    /// command's, else the image's); one read in the code or an nginx configuration always does.
    func ipv4Bindings(image: ResolvedImage?) -> [IPv4Binding] {
        let runtime = commandRunsKnownRuntime || image?.knownRuntime == true
        let declared = runtime ? declaredIPv4Bindings : declaredIPv4Bindings.filter(\.fromCode)
        let image = (image?.ipv4Bindings ?? []).filter { !($0.fromCMD && replacesCMD) }
        return (declared + image).filter { !($0.fromSource && setsIPv6Host) }
    }
}

/// What a probe targets and every image that may be behind it.
struct ProbeTarget: Sendable {
    /// `container "onquota-backend"`, `service "backend"`, `image "alpine:3.20"`.
    let label: String
    /// Empty when the target could not be resolved (a `$VAR` name, an unknown container).
    let candidates: [TargetImage]
}
