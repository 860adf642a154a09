/// What the masker recognises as a secret: names, client options and token shapes, as data.
///
/// Each table has its own tests (`SecretPatternTests`); adding a client or a token shape is one
/// line here.
enum SecretPatterns {
    /// A name holds a secret when, upper-cased with `_`, `-` and `.` removed, it contains one of these
    /// (`DB_PASSWORD`, `X-Api-Key`, `client_secret`, `GITHUB_TOKEN`, `redis requirepass`).
    static let nameFragments = [
        "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY", "ACCESSKEY", "PRIVATEKEY",
        "CREDENTIAL", "AUTHKEY", "REQUIREPASS", "MASTERAUTH", "AUTHORIZATION", "SIGNATURE",
    ].map { Array($0.utf8) }

    /// …or when it, or one of its `_`/`-`/`.`-separated parts, is one of these (`DB_PASS`, `PGPASS`,
    /// `SSHPASS`, `AUTH`, `"pass"`, `MYSQL_PWD`), too short to search for inside other words.
    static let nameParts: Set<[UInt8]> = Set(
        ["PASS", "PGPASS", "SSHPASS", "MYSQLPWD", "AUTH", "PASSWD", "PW"].map { Array($0.utf8) })

    static let lastPartKey = Array("KEY".utf8)

    /// Shipshape's own cause codes name a kind of failure, not a secret: the text after
    /// `password-needs-encoding:` or `dependency-auth-failed:` in a report is its message.
    static let ownVocabulary: Set<[UInt8]> = Set(FailureCause.allCases.map { Array($0.rawValue.utf8) })

    /// Query parameters that hold a secret only in a URL's query (`?key=…`, `&sig=…`).
    static let queryNames: Set<[UInt8]> = Set(
        ["KEY", "SIG", "SIGNATURE", "CODE", "APIKEY", "ACCESSTOKEN", "AUTH", "PASS", "PWD"].map { Array($0.utf8) })

    /// Names whose value is the rest of the line or quoted string (`Cookie: a=1; b=2`).
    static let wholeLineNames: Set<[UInt8]> = Set(["COOKIE", "SETCOOKIE"].map { Array($0.utf8) })

    /// Words followed by a secret as the next argument, no `=` needed: Redis `AUTH pw`,
    /// `requirepass pw` in redis.conf. Case-sensitive.
    static let commandWords: Set<[UInt8]> = Set(["AUTH", "requirepass", "masterauth"].map { Array($0.utf8) })

    /// Words before `password X` in prose (`login failed with password X`). Lower-cased.
    static let phraseLeads: Set<[UInt8]> = Set(["with", "using", "wrong", "invalid", "bad"].map { Array($0.utf8) })
    static let phraseNouns: Set<[UInt8]> = Set(["password", "passwd", "passphrase", "pass"].map { Array($0.utf8) })

    /// HTTP authentication schemes: the credential is the word after them.
    static let authSchemes: Set<[UInt8]> = Set(
        ["BEARER", "BASIC", "TOKEN", "DIGEST", "NEGOTIATE", "APIKEY", "AWS4HMACSHA256"].map { Array($0.utf8) })

    /// How a client takes its password on the command line.
    enum OptionForm {
        /// `redis-cli -a PW`, `mongosh -p PW`.
        case separate
        /// `mysql -pPW` (`mysql -p PW` prompts, and PW is the database).
        case attached
        /// `sshpass -pPW` or `sshpass -p PW`.
        case attachedOrSeparate
        /// `curl -u user:PW`, `curl -uuser:PW`, `curl --user=user:PW`.
        case userColonPassword
    }

    struct ClientOption {
        let programs: Set<[UInt8]>
        let option: [UInt8]
        let form: OptionForm

        init(_ programs: [String], _ option: String, _ form: OptionForm) {
            self.programs = Set(programs.map { Array($0.utf8) })
            self.option = Array(option.utf8)
            self.form = form
        }
    }

    static let redisClients = ["redis-cli", "valkey-cli", "keydb-cli"]
    static let redisClientNames: Set<[UInt8]> = Set(redisClients.map { Array($0.utf8) })
    static let mysqlClients = [
        "mysql", "mysqladmin", "mysqldump", "mysqlcheck", "mysqlimport", "mysqlshow", "mysqlpump", "mysqlsh",
        "mariadb", "mariadb-admin", "mariadb-dump", "mariadb-check", "mariadb-import",
    ]
    static let mongoClients = [
        "mongosh", "mongo", "mongodump", "mongorestore", "mongoexport", "mongoimport", "mongostat", "mongotop",
        "mongofiles",
    ]

    /// Password options of common clients. Long options named after a secret (`--password`,
    /// `--token`, `--api-key`) are recognised for every program and need no entry.
    static let clientOptions: [ClientOption] = [
        ClientOption(redisClients, "-a", .separate),
        ClientOption(redisClients, "--pass", .separate),
        ClientOption(mysqlClients, "-p", .attached),
        ClientOption(mongoClients, "-p", .separate),
        ClientOption(["sshpass"], "-p", .attachedOrSeparate),
        ClientOption(["rabbitmqadmin"], "-p", .separate),
        ClientOption(["curl"], "-u", .userColonPassword),
        ClientOption(["curl"], "--user", .userColonPassword),
        ClientOption(["curl"], "-U", .userColonPassword),
        ClientOption(["curl"], "--proxy-user", .userColonPassword),
        ClientOption(["wget"], "--http-user", .userColonPassword),
    ]

    static let programs: Set<[UInt8]> = clientOptions.reduce(into: []) { $0.formUnion($1.programs) }
    static let longestProgram = programs.map(\.count).max() ?? 0

    /// A token recognisable by its shape alone, wherever it appears.
    struct TokenShape {
        let prefix: [UInt8]
        /// Characters after the prefix, at least.
        let minimumLength: Int
        init(_ prefix: String, _ minimumLength: Int) {
            self.prefix = Array(prefix.utf8)
            self.minimumLength = minimumLength
        }
    }

    static let tokenShapes: [TokenShape] = [
        TokenShape("ghp_", 20), TokenShape("gho_", 20), TokenShape("ghu_", 20), TokenShape("ghs_", 20),
        TokenShape("ghr_", 20), TokenShape("github_pat_", 20), TokenShape("glpat-", 20),
        TokenShape("AKIA", 16), TokenShape("ASIA", 16),
        TokenShape("xoxb-", 10), TokenShape("xoxa-", 10), TokenShape("xoxp-", 10), TokenShape("xoxr-", 10),
        TokenShape("xoxs-", 10),
        TokenShape("sk_live_", 8), TokenShape("sk_test_", 8), TokenShape("rk_live_", 8), TokenShape("rk_test_", 8),
        TokenShape("whsec_", 16), TokenShape("sk-", 20), TokenShape("AIza", 30), TokenShape("npm_", 30),
        TokenShape("pypi-", 30), TokenShape("dop_v1_", 30), TokenShape("SG.", 20),
    ]

    /// URL schemes whose bare userinfo (`https://TOKEN@host`) is a credential.
    static let tokenUserinfoSchemes: Set<[UInt8]> = Set(
        ["HTTP", "HTTPS", "WS", "WSS", "GIT+HTTPS"].map { Array($0.utf8) })

    // MARK: - Name tests

    /// `name` upper-cased without `_`, `-`, `.`.
    static func normalized(_ name: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(name.count)
        for byte in name where byte != UInt8(ascii: "_") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: ".") {
            result.append(upper(byte))
        }
        return result
    }

    static func isSecretName(_ name: ArraySlice<UInt8>) -> Bool {
        isSecretName(name, normalized: normalized(name))
    }

    /// `compact` is `normalized(name)`, when the caller has it already.
    static func isSecretName(_ name: ArraySlice<UInt8>, normalized compact: [UInt8]) -> Bool {
        guard name.count >= 2, !ownVocabulary.contains(Array(name)) else { return false }
        if nameParts.contains(compact) || nameFragments.contains(where: { compact.containsBytes($0) }) { return true }
        var part: [UInt8] = []
        var parts = 1
        for byte in name {
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") {
                if nameParts.contains(part) { return true }
                part.removeAll(keepingCapacity: true)
                parts += 1
            } else {
                part.append(upper(byte))
            }
        }
        // `STRIPE_KEY`, `APP_KEY`, `ENCRYPTION_KEY`: a key named by what it is for. A bare `key` is
        // a secret only in a URL's query.
        return nameParts.contains(part) || (parts > 1 && part == lastPartKey)
    }

    static func upper(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
    }

    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}

extension Array where Element == UInt8 {
    /// Naive search: fragments are a dozen bytes long, so this is linear in `self` for a fixed table.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        var start = 0
        while start + needle.count <= count {
            var matched = true
            for offset in 0..<needle.count where self[start + offset] != needle[offset] {
                matched = false
                break
            }
            if matched { return true }
            start += 1
        }
        return false
    }
}
