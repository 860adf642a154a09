import Plan

@testable import PlanFile

/// The error message a plan text gets, or "no error" (the notify/deploy key tests).
func planErrorMessage(_ text: String, environment: [String: String] = [:]) -> String {
    do {
        _ = try PlanFileParser.parse(text: text, path: "shipshape.yml", environment: environment)
        return "no error"
    } catch {
        return (error as? PlanError)?.errorDescription ?? "not a PlanError: \(error)"
    }
}
