import Testing

@testable import ShipshapeCore

/// Each name, client option and token shape of `SecretPatterns`, as the issue lists them.
@Suite struct SecretPatternTests {
    @Test(arguments: [
        // Values are masked whole, not cut at `#`, `,`, `;`.
        ("DB_PASSWORD=ab#cd", "DB_PASSWORD=****"),
        ("DB_PASSWORD=ab,cd;ef rest", "DB_PASSWORD=**** rest"),
        ("- \"DB_PASSWORD=ab cd\"", "- \"DB_PASSWORD=****\""),
        ("password: 'ab cd#ef'", "password: '****'"),
        // Names the issue found unrecognised.
        ("DB_PASS=hunter2", "DB_PASS=****"),
        ("PGPASS=hunter2", "PGPASS=****"),
        ("SSHPASS=hunter2 sshpass -e ssh host", "SSHPASS=**** sshpass -e ssh host"),
        ("AUTH=hunter2", "AUTH=****"),
        ("export MYSQL_PWD=hunter2", "export MYSQL_PWD=****"),
        // JSON fields.
        (#"{"password":"hunter2","user":"bob"}"#, #"{"password":"****","user":"bob"}"#),
        (#"{"api_key": "k-123", "secret": "s 1"}"#, #"{"api_key": "****", "secret": "****"}"#),
        (#"{"db_pass":"x1","pass":"x2"}"#, #"{"db_pass":"****","pass":"****"}"#),
        (#"{"headers":{"X-Api-Key":"abc"}}"#, #"{"headers":{"X-Api-Key":"****"}}"#),
        (#"{\"password\":\"hunter2\"}"#, #"{\"password\":\"****\"}"#),
        // Headers.
        ("curl -H 'X-Api-Key: abc123' http://x", "curl -H 'X-Api-Key: ****' http://x"),
        ("Authorization: Bearer abc", "Authorization: Bearer ****"),
        ("Authorization: Basic dXNlcjpwYXNz", "Authorization: Basic ****"),
        ("sent Bearer t0k rejected", "sent Bearer **** rejected"),
        ("Cookie: session=abc; theme=dark", "Cookie: ****"),
        // URLs.
        ("git clone https://ghtoken123@github.example/x.git", "git clone https://****@github.example/x.git"),
        ("redis://:p@ss:w0rd@redis:6379/0", "redis://:****@redis:6379/0"),
        ("REDIS_URL=redis://:pa ss x@y@redis:6379/0", "REDIS_URL=redis://:****@redis:6379/0"),
        ("see http://host:8080 or mail bob@example.test", "see http://host:8080 or mail bob@example.test"),
        ("GET /file?key=abc123&x=1", "GET /file?key=****&x=1"),
        ("https://h/f?X-Amz-Signature=deadbeef&X-Amz-Date=1", "https://h/f?X-Amz-Signature=****&X-Amz-Date=1"),
        ("https://h/f?a=1&sig=abc#frag", "https://h/f?a=1&sig=****#frag"),
        // Token shapes.
        ("charge with sk_live_4eC39HqLyjWDarjtT1zdp7dc ok", "charge with **** ok"),
        ("key AKIAIOSFODNN7EXAMPLE", "key ****"),
        ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end", "jwt **** end"),
        // Prose.
        ("login failed for bob with password hunter2", "login failed for bob with password ****"),
        ("cannot connect with password=hunter2", "cannot connect with password=****"),
    ])
    func masks(input: String, expected: String) {
        #expect(SecretMasker.masking(input) == expected)
    }

    @Test(arguments: [
        ("redis-cli -a s3cr3t#x ping", "redis-cli -a **** ping"),
        (#"["CMD", "redis-cli", "-a", "s3cr3t#x", "ping"]"#, #"["CMD", "redis-cli", "-a", "****", "ping"]"#),
        ("docker exec r redis-cli -h r -a pw ping", "docker exec r redis-cli -h r -a **** ping"),
        ("redis-cli AUTH default pw", "redis-cli AUTH **** ****"),
        (#"1.0 [0 1.2.3.4:5] "AUTH" "pw""#, #"1.0 [0 1.2.3.4:5] "AUTH" "****""#),
        ("requirepass pw", "requirepass ****"),
        ("mysql -uroot -ppw#1 app", "mysql -uroot -p**** app"),
        ("mysqladmin ping -h db -u root -ppw", "mysqladmin ping -h db -u root -p****"),
        ("mysql -p app", "mysql -p app"),
        ("mysql --password=pw app", "mysql --password=**** app"),
        ("mysql --password pw app", "mysql --password **** app"),
        ("mongosh -u root -p pw --quiet", "mongosh -u root -p **** --quiet"),
        ("curl -u admin:pw http://x", "curl -u admin:**** http://x"),
        ("curl -uadmin:pw http://x", "curl -uadmin:**** http://x"),
        ("curl --user=admin:pw http://x", "curl --user=admin:**** http://x"),
        ("sshpass -ppw ssh host", "sshpass -p**** ssh host"),
        ("app --token t0k --port 8", "app --token **** --port 8"),
        ("app --api-key=k1", "app --api-key=****"),
        // Not secrets: ports, prompts, references.
        ("docker run -p 8080:80 -a stdout img", "docker run -p 8080:80 -a stdout img"),
        ("redis-cli -a $REDIS_PASSWORD ping", "redis-cli -a $REDIS_PASSWORD ping"),
        ("mysql -p\"$MYSQL_ROOT_PASSWORD\"", "mysql -p\"$MYSQL_ROOT_PASSWORD\""),
        ("curl -u \"$U:$P\" http://x", "curl -u \"$U:$P\" http://x"),
        ("PASSWORD: ${DB_PASSWORD:?set it}", "PASSWORD: ${DB_PASSWORD:?set it}"),
    ])
    func masksClientOptions(input: String, expected: String) {
        #expect(SecretMasker.masking(input) == expected)
    }

    @Test(arguments: [
        "DB_PASS", "PGPASS", "SSHPASS", "AUTH", "api_key", "X-Api-Key", "client_secret", "pass", "STRIPE_KEY",
        "APP_KEY", "encryption-key",
    ])
    func recognisesSecretNames(name: String) {
        #expect(SecretMasker.isSecretName(name))
    }

    @Test(arguments: [
        "AUTHOR", "PASSAGE", "PWD", "OAUTH_CLIENT_ID", "HOST", "compass", "key", "KEYBOARD_LAYOUT", "MONKEY",
    ])
    func leavesOtherNames(name: String) {
        #expect(!SecretMasker.isSecretName(name))
    }

    /// A report line `cause-code: message` keeps its message: Shipshape's own cause codes are not
    /// secret names, though some contain one (`password-needs-encoding`, `dependency-auth-failed`).
    @Test(arguments: FailureCause.allCases)
    func ownCauseCodesAreNotSecretNames(cause: FailureCause) {
        let line = "backend — \(cause.rawValue): the password in REDIS_URL holds \"#\""
        #expect(SecretMasker.masking(line) == line)
        #expect(SecretMasker.masking("DB_PASSWORD=ab#cd") == "DB_PASSWORD=****")
    }

    @Test(arguments: [
        "DB_PASSWORD=ab#cd", "redis-cli -a s3cr3t#x ping", "https://tok@h/?sig=1&key=2", "Authorization: Bearer x",
        "mysql -ppw", #"{"password":"x"}"#, "redis://:a@b@c:1",
    ])
    func maskingTwiceChangesNothing(input: String) {
        let once = SecretMasker.masking(input)
        #expect(SecretMasker.masking(once) == once)
    }

    /// The shapes that made the old regular-expression masker quadratic: each ends, and what it
    /// prints holds no more than the input (no timing here: the benchmark measures time).
    @Test(arguments: ["a.", "a:", "-a ", "x://", "PASSWORD=\"", "a@", "?key=", "\\\""])
    func hostileRepetitionsEnd(unit: String) {
        let line = String(repeating: unit, count: 65_536 / unit.utf8.count)
        let masked = SecretMasker.masking(line)
        #expect(masked.utf8.count <= line.utf8.count + 4)
    }
}
