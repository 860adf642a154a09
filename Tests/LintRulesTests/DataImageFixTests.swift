import DeployModel
import ShipshapeCore
import Testing

@testable import LintRules

/// Fixes on the AI and data-store images: the command the project's users rely on (`ollama list`, `etcdctl endpoint
/// health`) where the image has no HTTP client, a tool the image has otherwise.
@Suite struct DataImageFixTests {
    @Test func theImagesOwnCLIIsSuggested() {
        #expect(
            ProjectImageFixTests.fixes(
                image: "ollama/ollama:0.5.4",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:11434/api/version\"]")
                == [
                    "use the check the image ships: `ollama list`, or add curl to the image: "
                        + "`apt-get install -y --no-install-recommends curl`"
                ])
        #expect(
            ProjectImageFixTests.fixes(
                image: "quay.io/coreos/etcd:v3.5.5",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:2379/health\"]")
                == ["use the check the image ships: `etcdctl endpoint health`"])
    }

    @Test func pythonReplacesCurlInLiteLLM() {
        #expect(
            ProjectImageFixTests.fixes(
                image: "ghcr.io/berriai/litellm:main-stable",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:4000/health/liveliness\"]")
                == [
                    "use `python3 -c \"import urllib.request,sys; "
                        + "urllib.request.urlopen('http://localhost:4000/health/liveliness', timeout=5)\"`"
                ])
    }
}
