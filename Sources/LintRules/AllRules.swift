import ShipshapeCore

/// Every rule Shipshape has, in the order `shipshape rules` lists them.
public let allRules: [any Rule.Type] = [
    ProbeToolMissingRule.self,
    ProbeOutputSilencedRule.self,
    ProbeIgnoresHTTPErrorsRule.self,
    UnknownContainerRule.self,
    ProbePortMismatchRule.self,
    ProbedImageDiffersRule.self,
    KubernetesProbePortMismatchRule.self,
    URLCredentialsUnencodedRule.self,
    ExecFormShellSyntaxRule.self,
    HealthcheckTestFormRule.self,
    HealthcheckHostVariableRule.self,
    ProbeNeedsShellRule.self,
    BusyboxWgetFlagRule.self,
    BusyboxWgetLocalhostRule.self,
    DevTCPWithoutBashRule.self,
    HealthyDependencyWithoutHealthcheckRule.self,
    ExecShellBuiltinRule.self,
    ProbeLoopUnboundedRule.self,
    ProbeLoopGivesUpSilentlyRule.self,
    HostProbePortUnpublishedRule.self,
    CopiedBinaryMissingLibrariesRule.self,
    LogContradictsConfigRule.self,
]

/// Findings that are not a rule's: files that could not be read or parsed.
public enum ParseErrorRule {
    public static let description = RuleDescription(
        identifier: "parse-error", name: "File could not be parsed",
        summary: "A deployment file is malformed, binary, too large or not valid UTF-8, so it was not (fully) checked.",
        rationale: """
            Shipshape reports what it could not read instead of silently skipping it: a compose file or \
            workflow with a syntax error fails at deploy time too. Files that are skipped (binary, over the \
            size limit) are warnings; syntax errors are errors. The rest of the repository is still linted.
            """,
        severity: .error)
}

/// Descriptions of every rule plus `parse-error`, by identifier.
public func ruleDescription(_ identifier: String) -> RuleDescription? {
    if identifier == ParseErrorRule.description.identifier { return ParseErrorRule.description }
    return allRules.lazy.map { $0.description }.first { $0.identifier == identifier }
}
