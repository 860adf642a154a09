import ShipshapeCore

/// `make install` (also `ninja install`, `cmake --install`) of a source build installs what that project
/// builds — the project the `RUN` downloads, unpacks or enters, named in its words (`curl-8.5.0.tar.gz`,
/// `cd redis-stable`). It may install any program, so most programs stay uncertain after it, but the
/// common probe tools are presumed absent unless the `RUN` names them: building nginx or a Go tool from
/// source does not put `wget` into the image.
struct SourceBuild: Sendable, Hashable {
    /// `make install` and the like.
    let label: String
    let location: SourceLocation?
    /// Words of the `RUN`: its project names and versions, split at punctuation (`curl-8.5.0` → `curl`).
    let words: Set<String>

    /// Programs a source build is presumed not to install unless its words name them.
    static let presumedAbsent: Set<String> = [
        "curl", "wget", "nc", "ncat", "netcat", "python3", "python", "node", "perl", "bash", "busybox",
    ]

    /// The label when `program arguments` installs a source build; nil otherwise.
    static func label(program: String, arguments: [String]) -> String? {
        let name = Paths.basename(program)
        if ["make", "ninja", "gmake"].contains(name), arguments.contains("install") { return "\(name) install" }
        if name == "cmake", arguments.contains("--install") { return "cmake --install" }
        return nil
    }

    /// `mentioned`: words of earlier commands of the build (a download in an earlier `RUN`).
    init(label: String, context: RunContext, mentioned: some Sequence<String>) {
        self.label = label
        self.location = context.location
        var words: Set<String> = []
        for scalars in context.texts.map(\.scalars) + mentioned.map({ Array($0.unicodeScalars) }) {
            var current = ""
            for scalar in scalars {
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    current.unicodeScalars.append(scalar)
                } else {
                    if current.count >= 2 { words.insert(current.lowercased()) }
                    current = ""
                }
            }
            if current.count >= 2 { words.insert(current.lowercased()) }
        }
        self.words = words
    }

    /// True when the build may have installed `program`.
    func mayInstall(_ program: String) -> Bool {
        guard Self.presumedAbsent.contains(program) else { return true }
        if words.contains("busybox") { return true }
        // `Python-3.12.1` installs python3; `netcat-openbsd` nc.
        return words.contains { word in
            word == program || (word.count >= 4 && program.hasPrefix(word))
                || (program == "nc" && word.hasPrefix("netcat")) || (program == "ncat" && word == "nmap")
        }
    }
}
