extension PackageLedger {
    /// `apt-get [opts] install|remove|purge|autoremove [opts] pkgs`.
    mutating func applyApt(_ arguments: [String], context: RunContext) {
        let parsed = OptionScanner.scan(
            arguments, valueOptions: ["-o", "-t", "-c", "--option", "--target-release", "--config-file"])
        guard let subcommand = parsed.operands.first else { return }
        let packages = Array(parsed.operands.dropFirst())
        switch subcommand {
        case "install", "reinstall":
            install(packages, manager: .apt, context: context)
        case "remove", "purge":
            remove(packages, context: context)
            if parsed.options.contains("--auto-remove") || parsed.options.contains("--autoremove") {
                autoremove(context: context)
            }
        case "autoremove", "autopurge":
            autoremove(context: context)
        default:
            return
        }
    }

    /// `apt-mark auto|manual pkgs` (also the older markauto/unmarkauto).
    mutating func applyAptMark(_ arguments: [String]) {
        let parsed = OptionScanner.scan(arguments, valueOptions: ["-o", "-c", "-f", "--file"])
        guard let subcommand = parsed.operands.first else { return }
        let packages = Array(parsed.operands.dropFirst())
        switch subcommand {
        case "auto", "markauto": markAuto(packages)
        case "manual", "unmarkauto": markManual(packages)
        default: return
        }
    }

    /// `apk add [--virtual NAME] pkgs`, `apk del NAME|pkgs`.
    mutating func applyApk(_ arguments: [String], context: RunContext) {
        let valueOptions: Set<String> = [
            "--virtual", "-t", "--repository", "-X", "--root", "-p", "--arch", "--cache-dir", "--keys-dir",
            "--repositories-file",
        ]
        let parsed = OptionScanner.scan(arguments, valueOptions: valueOptions)
        guard let subcommand = parsed.operands.first else { return }
        let packages = Array(parsed.operands.dropFirst())
        switch subcommand {
        case "add":
            let group = parsed.values["--virtual"] ?? parsed.values["-t"]
            install(packages, manager: .apk, group: group, context: context)
        case "del", "delete":
            remove(packages, context: context)
        default:
            return
        }
    }

    /// `dnf|yum|microdnf install -y pkgs`, `remove|erase pkgs`.
    mutating func applyDnf(_ arguments: [String], manager: PackageManager, context: RunContext) {
        let parsed = OptionScanner.scan(
            arguments,
            valueOptions: [
                "--enablerepo", "--disablerepo", "--installroot", "--releasever", "--setopt", "-c", "--config",
            ])
        guard let subcommand = parsed.operands.first else { return }
        let packages = Array(parsed.operands.dropFirst()).filter { !$0.hasPrefix("@") }
        switch subcommand {
        case "install", "reinstall": install(packages, manager: manager, context: context)
        case "remove", "erase": remove(packages, context: context)
        case "autoremove": autoremove(context: context)
        default: return
        }
    }
}

/// Splits command arguments into options and operands, skipping the values of value-taking options.
struct OptionScanner {
    var options: Set<String> = []
    var values: [String: String] = [:]
    var operands: [String] = []

    static func scan(_ arguments: [String], valueOptions: Set<String>) -> OptionScanner {
        var result = OptionScanner()
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" {
                result.operands.append(contentsOf: arguments[index...])
                break
            }
            guard word.hasPrefix("-"), word.count > 1 else {
                result.operands.append(word)
                continue
            }
            if let equals = word.firstIndex(of: "=") {
                let name = String(word[..<equals])
                result.options.insert(name)
                result.values[name] = String(word[word.index(after: equals)...])
            } else {
                result.options.insert(word)
                if valueOptions.contains(word), index < arguments.count {
                    result.values[word] = arguments[index]
                    index += 1
                }
            }
        }
        return result
    }
}
