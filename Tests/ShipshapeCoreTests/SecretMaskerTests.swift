import Testing

@testable import ShipshapeCore

@Suite struct SecretMaskerTests {
    @Test(arguments: [
        ("REDIS_URL=redis://:p@ss:w0rd@redis:6379/0", "REDIS_URL=redis://:****@redis:6379/0"),
        ("postgresql://onquota:hunter2@db:5432/app", "postgresql://onquota:****@db:5432/app"),
        ("POSTGRES_PASSWORD=supersecret", "POSTGRES_PASSWORD=****"),
        ("  api_token: \"abc123def\"", "  api_token: \"****\""),
        (
            "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x' http://x",
            "curl -H 'Authorization: Bearer ****' http://x"
        ),
        ("mysql --password=letmein -h db", "mysql --password=**** -h db"),
        ("token ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa here", "token **** here"),
    ])
    func masksSecrets(input: String, expected: String) {
        #expect(SecretMasker.masking(input) == expected)
    }

    @Test(arguments: [
        "REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0",
        "POSTGRES_PASSWORD: ${{ secrets.POSTGRES_PASSWORD }}",
        "PASSWORD=$DB_PASSWORD",
        "docker exec onquota-backend wget -q -O- http://localhost:8000/api/v1/health",
        "https://api.onquota.app/health",
    ])
    func leavesReferencesAndPlainTextAlone(input: String) {
        #expect(SecretMasker.masking(input) == input)
    }

    @Test func secretTypeNeverPrintsItsValue() {
        let secret = Secret("hunter2")
        #expect("\(secret)" == "****")
        #expect(String(reflecting: secret) == "Secret(****)")
        #expect(secret.exposedValue == "hunter2")
    }
}

@Suite struct SecretMaskerMaskedURLTests {
    @Test func leavesAnAlreadyMaskedEncodedPasswordAsItIs() {
        let text = "write it encoded: redis://:****%23****%40****@redis:6379/0"
        #expect(SecretMasker.masking(text) == text)
    }

    @Test func stillMasksAPasswordThatMerelyContainsTheMask() {
        #expect(SecretMasker.masking("redis://:****x1@redis:6379") == "redis://:****@redis:6379")
    }
}
