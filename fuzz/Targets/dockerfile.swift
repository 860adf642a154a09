import DockerfileSyntax

/// The Dockerfile parser on arbitrary files: it always ends with a Dockerfile value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDockerfile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = DockerfileParser.parse(path: "Dockerfile", text: text, buildArgs: ["VERSION": "1"])
    return 0
}
