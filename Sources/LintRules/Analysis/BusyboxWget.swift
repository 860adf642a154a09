/// The options busybox `wget` understands, from `networking/wget.c` (`wget_longopts` and the
/// `getopt32` string `"cqSO:P:Y:U:T:+" "t:" "n::"`, busybox 1.3x as in Alpine and the `busybox` image).
///
/// Busybox rejects every other option with "wget: unrecognized option" and exits 1 — before any
/// request. Options it accepts but ignores (`-t`/`--tries`, `-nv`/`--no-verbose`, `--no-cache`...)
/// are listed as supported: they do not fail, busybox simply never retries.
enum BusyboxWget {
    static let longOptions: Set<String> = [
        "continue", "quiet", "server-response", "output-document", "directory-prefix", "proxy", "user-agent",
        "timeout", "tries", "header", "post-data", "spider", "no-check-certificate", "passive-ftp", "no-cache",
        "no-verbose", "no-clobber", "no-host-directories", "no-parent",
        // Present in some busybox versions; never reported.
        "output-file", "post-file", "method", "body-data",
    ]
    static let shortOptions: Set<Character> = ["c", "q", "S", "O", "P", "Y", "U", "T", "t", "n", "o", "s"]
    /// Short options that take a value (`-O FILE`, `-qO-`).
    static let shortWithValue: Set<Character> = ["O", "P", "Y", "U", "T", "t", "o"]

    /// The set as users read it in a message.
    static let supportedSummary =
        "-c -q -S -O FILE -P DIR -T SEC -U AGENT -Y on/off, --spider --header --post-data "
        + "--no-check-certificate --timeout --user-agent --output-document --quiet --continue "
        + "(-t/--tries, -nv/--no-verbose, --no-cache are accepted and ignored)"

    /// GNU options busybox rejects, with what to use instead.
    static let replacements: [String: String] = [
        "retry-connrefused": "retry in the caller (a health check's `retries`, a bounded loop)",
        "waitretry": "retry in the caller", "wait": "retry in the caller",
        "read-timeout": "`-T SEC`", "connect-timeout": "`-T SEC`", "dns-timeout": "`-T SEC`",
        "show-progress": "drop it", "progress": "drop it", "verbose": "drop it", "debug": "`-S`",
        "user": "credentials in the URL or `--header 'Authorization: ...'`",
        "password": "credentials in the URL or `--header 'Authorization: ...'`",
        "http-user": "credentials in the URL", "http-password": "credentials in the URL",
    ]

    /// The options of a wget argv that busybox rejects, with the word each stands in.
    static func unsupported(_ arguments: [TextWord]) -> [(option: String, word: TextWord)] {
        var found: [(String, TextWord)] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let word = arguments[index]
            let value = word.value
            index += 1
            if value == "--" { break }
            if value.hasPrefix("--") {
                let name = String(value.dropFirst(2).prefix { $0 != "=" })
                // getopt_long accepts unambiguous abbreviations.
                if !name.isEmpty, !longOptions.contains(where: { $0.hasPrefix(name) }) { found.append((value, word)) }
            } else if value.hasPrefix("-"), value.count > 1 {
                var letters = value.dropFirst()[...]
                while let letter = letters.first {
                    letters = letters.dropFirst()
                    if !shortOptions.contains(letter) {
                        found.append(("-\(letter)", word))
                        break
                    }
                    if letter == "n" { break }  // `-nv`, `-nc`: an optional argument glued on.
                    if shortWithValue.contains(letter) {
                        if letters.isEmpty { index += 1 }
                        break
                    }
                }
            }
        }
        return found
    }
}
