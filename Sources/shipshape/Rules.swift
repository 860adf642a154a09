import ArgumentParser
import Foundation
import LintRules
import ShipshapeCore

extension Shipshape {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the rules, or explain one.",
            discussion: "With no argument, lists every rule. With a rule ID, prints its documentation and examples.")

        @Argument(help: "A rule identifier, e.g. probe-tool-missing.")
        var identifier: String?

        func run() throws {
            guard let identifier else {
                print(RuleDocumentation.list(allRules.map { $0.description } + [ParseErrorRule.description]))
                return
            }
            guard let description = ruleDescription(identifier) else {
                let known = (allRules.map { $0.description.identifier } + ["parse-error"]).joined(separator: ", ")
                throw ValidationError("Unknown rule '\(identifier)'. Known rules: \(known)")
            }
            print(RuleDocumentation.page(description))
        }
    }
}
