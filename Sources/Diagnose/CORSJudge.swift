import Plan
import Probes
import ShipshapeCore

/// Judges a CORS preflight answer against the plan: origin allowed or refused, credentials.
enum CORSJudge {
    static func judge(_ response: HTTPSnapshot, cors: CORSExpectation, test: String, request: String) -> DiagnosisCheck
    {
        let allowOrigin = response.headers["access-control-allow-origin"]
        let allowCredentials = response.headers["access-control-allow-credentials"]?.lowercased() == "true"
        let allowMethods = response.headers["access-control-allow-methods"] ?? ""
        let evidence: [CheckResult.Evidence] = [
            .init("request", "\(request) with Origin: \(cors.origin)"),
            .init(
                "response",
                "HTTP \(response.status); Access-Control-Allow-Origin: \(allowOrigin ?? "(none)"); "
                    + "Allow-Credentials: \(allowCredentials); Allow-Methods: \(allowMethods.isEmpty ? "(none)" : allowMethods)"
            ),
        ]
        func fail(_ message: String, _ next: String) -> DiagnosisCheck {
            DiagnosisCheck(
                section: .smokeTests, subject: test, name: "CORS preflight \(cors.origin)", status: .fail,
                cause: .conditionFailed,
                message: message, evidence: evidence, nextStep: next)
        }
        let originAllowed = allowOrigin == cors.origin || allowOrigin == "*"
        if (500...599).contains(response.status) {
            return fail(
                "server error HTTP \(response.status) on the preflight",
                "the OPTIONS request crashed the service: read its logs")
        }
        guard cors.allowed else {
            return originAllowed
                ? fail(
                    "\(cors.origin) is allowed (Access-Control-Allow-Origin: \(allowOrigin ?? "")), but must not be",
                    "remove it from the allowed origins (CORS_ORIGINS / allow_origins)")
                : .pass(
                    .smokeTests, test, "CORS preflight \(cors.origin)", "origin refused, as expected",
                    evidence: evidence)
        }
        guard originAllowed else {
            return fail(
                "\(cors.origin) is not allowed: Access-Control-Allow-Origin is \(allowOrigin ?? "missing")",
                "add \(cors.origin) to the allowed origins (CORS_ORIGINS / allow_origins)")
        }
        if cors.credentials == true {
            if allowOrigin == "*" {
                return fail(
                    "credentials need the exact origin, but Access-Control-Allow-Origin is *",
                    "echo the allowed origin instead of * when allow_credentials is on")
            }
            if !allowCredentials {
                return fail(
                    "Access-Control-Allow-Credentials: true is missing: browsers drop the cookies",
                    "enable allow_credentials in the CORS middleware")
            }
        }
        if cors.credentials == false, allowCredentials {
            return fail("credentials are allowed but the plan says they must not be", "turn allow_credentials off")
        }
        if !allowMethods.isEmpty, !allowMethods.uppercased().contains(cors.method.uppercased()), allowMethods != "*" {
            return fail(
                "\(cors.method) is not among the allowed methods (\(allowMethods))",
                "allow \(cors.method) in the CORS middleware")
        }
        return .pass(
            .smokeTests, test, "CORS preflight \(cors.origin)",
            "origin allowed" + (cors.credentials == true ? " with credentials" : ""), evidence: evidence)
    }
}
