import ShipshapeCore

/// Examples of `probe-tool-missing` on images assembled `FROM scratch` around a static busybox, the way
/// small images and test images are built; they run as tests with the rule's other examples.
enum ProbeToolMissingScratchExamples {
    static func dockerfile(install: String) -> String {
        "FROM scratch\nCOPY busybox /bin/busybox\n\(install)CMD [\"httpd\", \"-f\", \"-p\", \"8080\"]\n"
    }

    static let compose = """
        services:
          web:
            build: .
            healthcheck:
              test: ["CMD", "1️⃣wget", "-q", "-O-", "http://localhost:8080/"]

        """

    static let triggering: [Example] = [
        // busybox alone is one program: `wget` is an applet name nothing links.
        Example(
            files: ["Dockerfile": dockerfile(install: ""), "compose.yaml": compose],
            expect: ["1️⃣": "wget is not installed in the image of service \"web\""])
    ]

    static let nonTriggering: [Example] = [
        // `busybox --install` links the applets the binary was built with: wget may be one of them.
        Example(files: [
            "Dockerfile": dockerfile(install: "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n"),
            "compose.yaml": compose.replacingOccurrences(of: "1️⃣", with: ""),
        ]),
        Example(files: [
            "Dockerfile": dockerfile(install: "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"busybox --install\"]\n"),
            "compose.yaml": compose.replacingOccurrences(of: "1️⃣", with: ""),
        ]),
    ]
}
