import ArgumentParser
import Diagnose
import Foundation
import Plan
import PlanFile

/// Turns `diagnose` flags and the plan file into a `DiagnosisRequest`.
enum DiagnoseRequestBuilder {
    static func request(_ options: DiagnoseOptions) throws -> DiagnosisRequest {
        guard let logsSince = DurationText.milliseconds(options.logsSince) else {
            throw ValidationError(
                DurationText.problem(options.logsSince, for: "--logs-since", example: "15m, 2h or 90s"))
        }
        guard let checkTimeout = DurationText.milliseconds(options.checkTimeout), checkTimeout > 0 else {
            throw ValidationError(
                DurationText.problem(options.checkTimeout, for: "--check-timeout", example: "5s or 500ms"))
        }
        let defaultPlan = "shipshape.yml"
        let planPath = options.plan ?? (FileManager.default.fileExists(atPath: defaultPlan) ? defaultPlan : nil)
        var plan = Plan(targets: [])
        if let planPath {
            guard FileManager.default.fileExists(atPath: planPath) else {
                throw ValidationError("No plan file at \(planPath).")
            }
            do {
                let text = try PlanFileText.read(path: planPath)
                plan = try PlanFileParser.parse(
                    text: text, path: planPath, environment: ProcessInfo.processInfo.environment)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
        }
        guard options.project != nil || !plan.targets.isEmpty else {
            throw ValidationError(
                "Nothing to diagnose: give --project NAME, or a plan with targets (--plan FILE, or ./shipshape.yml; "
                    + "`shipshape init` drafts one).")
        }
        return DiagnosisRequest(
            project: options.project, plan: plan, planName: planPath, expectVersion: options.expectVersion,
            logsSinceMilliseconds: logsSince, checkTimeoutMilliseconds: checkTimeout)
    }
}
