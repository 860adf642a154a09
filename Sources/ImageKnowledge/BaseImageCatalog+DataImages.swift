// Data only: images of AI, search and data-store projects (vector databases, model servers, LLM gateways,
// search engines, workflow tools, coordination stores), published by the projects themselves. Evidence cites
// the project's Dockerfile or the issue threads where its health checks broke; absence claims are kept to
// what that evidence shows, and what changed between releases the tag cannot tell apart sits in `maybe`.

extension BaseImageCatalog {
    /// Data-store and AI images, after the projects' other images.
    static let dataImageEntries: [BaseImageEntry] =
        vectorDatabaseImages + modelServingImages + [
            openWebUIImage, langfuseImage, typesenseImage, etcdImage, n8nImage,
        ]

    /// Vector databases: Qdrant and Chroma (the Rust server from 1.0, the Python one before).
    static let vectorDatabaseImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["qdrant/qdrant"], variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential],
            maybe: [ProgramSets.debianUncertain, ["qdrant", "entrypoint.sh"]], hasShell: true,
            evidence:
                "qdrant/qdrant Dockerfile: final stage FROM debian:12-slim, 'apt-get install --no-install-recommends ca-certificates tzdata libunwind8' (curl only behind a USER_ID test before ARG USER_ID is declared, so never), qdrant and entrypoint.sh in the WORKDIR /qdrant (not on PATH); -unprivileged tags are the same Dockerfile with USER_ID set; qdrant/qdrant#3491 and PR #3505 (curl declined, closed unmerged), qdrant/qdrant#4250 (no curl, wget or nc; bash's /dev/tcp works), nemori-ai/nemori#15 (qdrant/qdrant:latest: 'exec: \"wget\": executable file not found'); no curl, wget, nc, python. GPU tags (gpu-nvidia, gpu-amd) are another build and stay unknown",
            healthcheck: .noneShownBy("qdrant/qdrant Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["chromadb/chroma"], alsoPublishedAs: [ImageName("ghcr.io", "chroma-core/chroma")],
            variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["chroma", "dumb-init"]],
            maybe: [ProgramSets.debianUncertain, ["curl"]], hasShell: true,
            evidence:
                "chroma-core/chroma rust/Dockerfile: the runner stage is FROM debian:stable-slim with 'apt-get install -y dumb-init libssl-dev ca-certificates', chroma in /usr/local/bin (a later revision adds curl, so curl is uncertain); chroma-core/chroma#5413 (1.0.19 and 1.0.20 run the Rust server), Osmantic/ODS#4890 (python3 absent from chromadb/chroma:1.5.3), Osmantic/ODS#635 (no wget, curl or python3 in 1.5.3; bash and perl there), neomjs/neo#10914 (1.5.9: no python, python3, curl or wget, bash works); no wget, nc, python",
            majors: 1..<BaseImageEntry.openEnd, current: true,
            healthcheck: .noneShownBy("chroma-core/chroma rust/Dockerfile")
        ),
        BaseImageEntry(
            repositories: ["chromadb/chroma"], alsoPublishedAs: [ImageName("ghcr.io", "chroma-core/chroma")],
            variants: [.full], os: .debian, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.python],
            maybe: [ProgramSets.debianUncertain, ["curl", "uvicorn", "chroma", "python3.10", "python3.11"]],
            hasShell: true,
            evidence:
                "chroma-core/chroma Dockerfile (the Python server of 0.x): final stage FROM python:3.11-slim-bookworm, the pip prefix copied to /usr/local, 'apt-get install -y curl' in later 0.x only (chroma-core/chroma#1449: a 0.4 image needed curl installed), so curl is uncertain; no wget, nc",
            majors: 0..<1, healthcheck: .noneShownBy("chroma-core/chroma Dockerfile")
        ),
    ]

    /// Model servers and LLM gateways: Ollama and LiteLLM.
    static let modelServingImages: [BaseImageEntry] = [
        BaseImageEntry(
            repositories: ["ollama/ollama"], variants: [.full], os: .ubuntu, packageManager: .apt,
            programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ["ollama"]],
            maybe: [ProgramSets.debianUncertain], hasShell: true,
            evidence:
                "ollama/ollama Dockerfile: final stage FROM ubuntu:20.04 (ubuntu:22.04 runtime stages in earlier releases), 'apt-get install -y ca-certificates' only, ollama in /usr/bin; ollama/ollama#9781 (latest and 0.1.26: 'exec: \"curl\": executable file not found'), ollama/ollama PR #1379 ('curl isn't present in the image'), PR #2695 (/bin/sh is dash), google/langextract#361 (0.5.4) fixed by #360 with `ollama list`, daniel3303/Equibles#722; no curl, wget, nc, python. -rocm tags were built on rocm/dev-centos-7 in older releases and stay unknown",
            healthcheck: .noneShownBy("ollama/ollama Dockerfile"), healthCommand: "ollama list"
        ),
        BaseImageEntry(
            registry: "ghcr.io", repositories: ["berriai/litellm"], variants: [.full], os: .distroless,
            packageManager: .none, programs: [["sh", "python", "python3", "litellm"]],
            maybe: [
                ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.debianUncertain,
                ProgramSets.busyboxApplets, ProgramSets.alpineBase,
                ["pip", "pip3", "prisma", "node", "npm", "apt-get"],
            ],
            hasShell: true,
            evidence:
                "BerriAI/litellm Dockerfile: runtime stage FROM python:3.11-slim (LITELLM_RUNTIME_IMAGE), later Chainguard's python (BerriAI/litellm#17645: since the migration main-stable has no wget); BerriAI/litellm#9295 (v1.63.11-stable: 'bash: curl: command not found', wget then present), #9479 (v1.63.14: 'exec: \"curl\": executable file not found'), #19626 (main-stable, 2026: '/bin/sh: wget: not found'), PR #36367 (2026: neither curl nor wget), Budibase/budibase#19461 (python works, no curl or wget); wget, bash and the package manager changed between releases and stay uncertain; no curl",
            healthcheck: .unverified
        ),
    ]

    /// Open WebUI: python slim with curl and jq for the image's own HEALTHCHECK; no wget.
    static let openWebUIImage = BaseImageEntry(
        registry: "ghcr.io", repositories: ["open-webui/open-webui"], variants: [.full, .slim], os: .debian,
        packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential, ProgramSets.python, ["curl", "jq"]],
        maybe: [
            ProgramSets.debianUncertain, ["nc", "git", "pandoc", "ffmpeg", "gcc", "uv", "ollama", "python3.11"],
        ],
        hasShell: true,
        evidence:
            "open-webui/open-webui Dockerfile: backend stage FROM python:3.11-slim-bookworm, 'apt-get install -y --no-install-recommends' of curl and jq (with pandoc, gcc, ffmpeg; netcat-openbsd in some releases, so nc is uncertain), 'HEALTHCHECK CMD curl --silent --fail http://localhost:${PORT:-8080}/health | jq ...', CMD bash start.sh; the :ollama tags add ollama, :cuda tags are another build (unknown); crate/cratedb-examples#1038 (a curl healthcheck verified on 0.6.18); no wget",
        healthcheck: .declared(
            "curl --silent --fail http://localhost:${PORT:-8080}/health | jq -ne 'input.status == true' || exit 1")
    )

    /// Langfuse 3's web and worker images: node on Alpine (busybox wget, no curl).
    static let langfuseImage = BaseImageEntry(
        repositories: ["langfuse/langfuse", "langfuse/langfuse-worker"], variants: [.full], os: .alpine,
        packageManager: .apk, programs: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.node],
        maybe: [ProgramSets.nodeUncertain, ["dumb-init", "prisma", "migrate", "turbo", "pnpm"]], busybox: true,
        hasShell: true,
        evidence:
            "langfuse/langfuse web/Dockerfile and worker/Dockerfile: runner stages built on node alpine (node:24-alpine, node:20-alpine3.20 earlier), 'apk add --no-cache dumb-init tzdata' in the web image (which downloads migrate with busybox wget); langfuse/langfuse#9905 (3.120.0: 'curl missing from langfuse and langfuse-worker images', wget works); no curl, bash, python. 2.x is not described",
        majors: 3..<4, current: true, healthcheck: .noneShownBy("langfuse/langfuse web/Dockerfile")
    )

    /// Typesense's server image: Ubuntu with the server binary in /opt.
    static let typesenseImage = BaseImageEntry(
        repositories: ["typesense/typesense"], variants: [.full], os: .ubuntu, packageManager: .apt,
        programs: [ProgramSets.coreutils, ProgramSets.debianEssential],
        maybe: [ProgramSets.debianUncertain, ["typesense-server"]], hasShell: true,
        evidence:
            "typesense/typesense docker/deployment.Dockerfile: FROM ubuntu:24.04, 'apt-get -y install ca-certificates', typesense-server in /opt (not on PATH); typesense/typesense#441 (0.24.0: curl not available, bash via docker exec), PR #1097 (curl for health checks, closed), PR #2731 (2026: 'the images don't include curl'), formkiq/formkiq-core#95; no curl, wget, nc, python",
        healthcheck: .noneShownBy("typesense/typesense docker/deployment.Dockerfile")
    )

    /// etcd's release image: Alpine in 3.3, Kubernetes' debian-base in 3.4, distroless static from 3.5 (no shell).
    static let etcdImage = BaseImageEntry(
        registry: "quay.io", repositories: ["coreos/etcd"],
        alsoPublishedAs: [ImageName("gcr.io", "etcd-development/etcd")],
        variants: [.full], os: .distroless, packageManager: .none, programs: [["etcd", "etcdctl"]],
        maybe: [ProgramSets.busyboxApplets, ProgramSets.alpineBase, ProgramSets.coreutils, ["bash", "etcdutl"]],
        hasShell: true,
        evidence:
            "etcd-io/etcd Dockerfile: FROM gcr.io/distroless/static-debian12 (static-debian11 in 3.5), ADD etcd etcdctl etcdutl /usr/local/bin/ — no shell; 3.4 images were FROM k8s.gcr.io/debian-base, 3.3 FROM alpine (etcd-io/etcd#7969: busybox wget), so the shell and wget are uncertain for major 3 and no release had curl; milvus-io/milvus#26733 and #26692 (quay.io/coreos/etcd:v3.5.5: curl missing, fixed with 'etcdctl endpoint health'), etcd-io/etcd#16007 ('etcd's base image doesn't contain curl')",
        majors: 3..<4, current: true, healthcheck: .noneShownBy("etcd-io/etcd Dockerfile"),
        healthCommand: "etcdctl endpoint health"
    )

    /// n8n 1.x: n8nio/base is node on Alpine (busybox wget, no curl); 2.x images are other builds, left unknown.
    static let n8nImage = BaseImageEntry(
        repositories: ["n8nio/n8n"], alsoPublishedAs: [ImageName("docker.n8n.io", "n8nio/n8n")], variants: [.full],
        os: .alpine, packageManager: .apk, programs: [ProgramSets.busyboxApplets, ProgramSets.node, ["n8n", "tini"]],
        maybe: [
            ProgramSets.alpineBase, ProgramSets.nodeUncertain,
            ["git", "ssh", "openssl", "gm", "jq", "task-runner-launcher"],
        ],
        busybox: true, hasShell: true,
        evidence:
            "n8n-io/n8n docker/images/n8n/Dockerfile: FROM n8nio/base (node on Alpine, adding git, openssh, openssl, graphicsmagick, tini, tzdata), n8n linked into /usr/local/bin; czlonkowski/n8n-mcp PR #122 ('n8n image does not have curl'; wget tested available, 2025) and #791 (maintainer: 'the upstream n8nio/n8n image bundles wget but not curl'); no curl, bash, python. 2.x (Docker Hardened base, a Debian variant) is not described",
        majors: 1..<2, healthcheck: .unverified
    )
}
