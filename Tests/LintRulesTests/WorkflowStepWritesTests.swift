import Testing

@testable import LintRules

/// What `run:` scripts write for later steps, as the expression scope reads it.
@Suite struct WorkflowStepWritesTests {
    @Test func literalWritesInEverySpellingOfTheFile() {
        let script = """
            echo "image=ghcr.io/acme/api" >> "$GITHUB_OUTPUT"
            echo tag=1.2 >>$GITHUB_OUTPUT
            echo -n "web=${{ env.REGISTRY }}/web" >> ${GITHUB_OUTPUT}
            echo "::set-output name=worker::ghcr.io/acme/worker"
            echo "IMAGE=acme/api" >> $GITHUB_ENV
            """
        #expect(WorkflowStepWrites.value(of: "image", in: script, to: .output) == .some("ghcr.io/acme/api"))
        #expect(WorkflowStepWrites.value(of: "tag", in: script, to: .output) == .some("1.2"))
        #expect(WorkflowStepWrites.value(of: "web", in: script, to: .output) == .some("${{ env.REGISTRY }}/web"))
        #expect(WorkflowStepWrites.value(of: "worker", in: script, to: .output) == .some("ghcr.io/acme/worker"))
        #expect(WorkflowStepWrites.value(of: "IMAGE", in: script, to: .environment) == .some("acme/api"))
        // Each file is its own namespace.
        #expect(WorkflowStepWrites.value(of: "IMAGE", in: script, to: .output) == nil)
        #expect(WorkflowStepWrites.value(of: "image", in: script, to: .environment) == nil)
    }

    @Test func valuesTheShellComputesAreUnknownAndTheLastWriteWins() {
        let script = """
            echo "image=ghcr.io/acme/first" >> "$GITHUB_OUTPUT"
            echo "image=ghcr.io/acme/$(basename "$PWD")" >> "$GITHUB_OUTPUT"
            echo "name=$NAME" >> "$GITHUB_OUTPUT"
            echo "name=fixed" > "$GITHUB_OUTPUT.bak"
            """
        #expect(WorkflowStepWrites.value(of: "image", in: script, to: .output) == .some(nil))
        #expect(WorkflowStepWrites.value(of: "name", in: script, to: .output) == .some(nil))
        #expect(WorkflowStepWrites.value(of: "missing", in: script, to: .output) == nil)
    }
}
