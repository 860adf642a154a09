import DockerfileSyntax

/// The Dockerfile parser on arbitrary files: it always ends with a Dockerfile value, and the files its last
/// stages copy (following `COPY --from` of earlier stages) are looked up without a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDockerfile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let dockerfile = DockerfileParser.parse(path: "Dockerfile", text: text, buildArgs: ["VERSION": "1"])
    for stage in dockerfile.stages.suffix(4) {
        let files = BuildContextFiles(stage: stage, in: dockerfile)
        _ = files.contextPaths(of: "/app/healthcheck.sh")
        _ = files.contextPaths(of: "health.sh")
    }
    return 0
}
