import ShipshapeCore
import Testing

@testable import ImageKnowledge

/// AI, search and data-store images (BaseImageCatalog+DataImages.swift): what each entry claims about the probe
/// tools, for every name the image is published under, and which tags stay unknown.
@Suite struct DataImageCatalogTests {
    private let resolver = ImageResolver()

    @Test func qdrantHasBashButNoHTTPClient() {
        for image in ["qdrant/qdrant", "qdrant/qdrant:v1.12.4", "qdrant/qdrant:v1.13.0-unprivileged"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("nc", in: image) == .absent, "\(image)")
            #expect(resolver.availability("bash", in: image).isPresent, "\(image)")
        }
        // GPU builds are another image.
        #expect(resolver.availability("curl", in: "qdrant/qdrant:gpu-nvidia-latest").isUnknown)
        #expect(resolver.availability("curl", in: "qdrant/qdrant:v1.13.0-gpu-amd").isUnknown)
    }

    @Test func ollamaShipsOnlyItsOwnCLI() {
        for image in ["ollama/ollama", "ollama/ollama:0.5.4", "ollama/ollama:0.1.26"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl") == .absent, "\(image)")
            #expect(contents.availability(of: "wget") == .absent, "\(image)")
            #expect(contents.availability(of: "python3") == .absent, "\(image)")
            #expect(contents.availability(of: "ollama").isPresent, "\(image)")
            #expect(contents.baseEntry?.healthCommand == "ollama list", "\(image)")
        }
        #expect(resolver.availability("curl", in: "ollama/ollama:rocm").isUnknown)
        #expect(resolver.availability("curl", in: "ollama/ollama:0.3.14-rocm").isUnknown)
    }

    @Test func chromaByMajor() {
        for image in ["chromadb/chroma:1.5.3", "ghcr.io/chroma-core/chroma:1.0.20", "chromadb/chroma"] {
            #expect(resolver.availability("python3", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("bash", in: image).isPresent, "\(image)")
            // A later runner stage installs curl.
            #expect(resolver.availability("curl", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("python3", in: "chromadb/chroma:0.5.20").isPresent)
        #expect(resolver.availability("wget", in: "chromadb/chroma:0.5.20") == .absent)
        #expect(resolver.availability("curl", in: "chromadb/chroma:0.4.24").isUnknown)
    }

    @Test func litellmHasPythonButNoCurl() {
        for image in ["ghcr.io/berriai/litellm:main-stable", "ghcr.io/berriai/litellm:main-v1.63.11-stable"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("python3", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image).isUnknown, "\(image)")
            #expect(resolver.availability("bash", in: image).isUnknown, "\(image)")
        }
        #expect(resolver.availability("curl", in: "ghcr.io/berriai/litellm-database:main-stable").isUnknown)
    }

    @Test func openWebUIHasCurlNotWget() {
        for image in ["ghcr.io/open-webui/open-webui:main", "ghcr.io/open-webui/open-webui:v0.6.18"] {
            #expect(resolver.availability("curl", in: image).isPresent, "\(image)")
            #expect(resolver.availability("wget", in: image) == .absent, "\(image)")
            #expect(resolver.availability("python3", in: image).isPresent, "\(image)")
        }
        #expect(resolver.contents(ofImage: "ghcr.io/open-webui/open-webui:main").baseEntry?.healthcheck != .unverified)
        #expect(resolver.availability("wget", in: "ghcr.io/open-webui/open-webui:cuda").isUnknown)
    }

    @Test func langfuseThreeIsNodeOnAlpine() {
        for image in ["langfuse/langfuse:3", "langfuse/langfuse-worker:3.120.0", "langfuse/langfuse"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("node", in: image).isPresent, "\(image)")
        }
        #expect(resolver.availability("curl", in: "langfuse/langfuse:2").isUnknown)
    }

    @Test func typesenseAndEtcd() {
        #expect(resolver.availability("curl", in: "typesense/typesense:27.1") == .absent)
        #expect(resolver.availability("wget", in: "typesense/typesense:0.24.0") == .absent)
        #expect(resolver.availability("bash", in: "typesense/typesense:27.1").isPresent)
        for image in ["quay.io/coreos/etcd:v3.5.5", "gcr.io/etcd-development/etcd:v3.6.7", "quay.io/coreos/etcd"] {
            let contents = resolver.contents(ofImage: image)
            #expect(contents.availability(of: "curl") == .absent, "\(image)")
            #expect(contents.availability(of: "etcdctl").isPresent, "\(image)")
            // Alpine (3.3) and debian-base (3.4) had a shell and busybox wget; distroless (3.5+) has neither.
            #expect(contents.availability(of: "wget").isUnknown, "\(image)")
            #expect(contents.baseEntry?.healthCommand == "etcdctl endpoint health", "\(image)")
        }
        #expect(resolver.availability("curl", in: "quay.io/coreos/etcd:v2.3.8").isUnknown)
        // A single major reads as itself.
        #expect(
            resolver.contents(ofImage: "quay.io/coreos/etcd:v3.5.5").baseEntry?.displayName
                == "quay.io/coreos/etcd 3 (full)")
    }

    @Test func n8nOneIsAlpineWithBusyboxWget() {
        for image in ["n8nio/n8n:1.38.2", "docker.n8n.io/n8nio/n8n:1.105.3"] {
            #expect(resolver.availability("curl", in: image) == .absent, "\(image)")
            #expect(resolver.availability("wget", in: image).isPresent, "\(image)")
            #expect(resolver.availability("node", in: image).isPresent, "\(image)")
        }
        // 2.x is another build; `latest` floats into it.
        #expect(resolver.availability("curl", in: "n8nio/n8n:2.1.0").isUnknown)
        #expect(resolver.availability("curl", in: "n8nio/n8n").isUnknown)
    }

    @Test func everyDataEntryCitesItsEvidence() {
        for entry in BaseImageCatalog.dataImageEntries {
            #expect(entry.evidence.contains("#") && entry.evidence.contains("Dockerfile"), "\(entry.displayName)")
            #expect(entry.healthcheck != .none, "\(entry.displayName): not an official image")
        }
    }
}
