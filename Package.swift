// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Shipshape",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shipshape", targets: ["shipshape"]),
        .library(name: "LintRules", targets: ["LintRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.60.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Values shared by every layer: locations, findings, rules, reporters, configuration.
        .target(name: "ShipshapeCore"),
        // POSIX/bash lexer and parser; recognises commands that run inside containers.
        .target(name: "ShellSyntax", dependencies: ["ShipshapeCore"]),
        // Python, JavaScript/TypeScript and Go sources read just enough for log-contradicts-config:
        // tokens, function scopes, what log calls state and what code configures.
        .target(name: "SourceSyntax", dependencies: ["ShipshapeCore"]),
        // Dockerfile parser: instructions, stages, ARG substitution.
        .target(name: "DockerfileSyntax", dependencies: ["ShipshapeCore"]),
        // Discovery and the YAML-based parsers (compose, workflows, .env) into one model.
        .target(
            name: "DeployModel",
            dependencies: ["ShipshapeCore", "ShellSyntax", "DockerfileSyntax", "SourceSyntax", "Yams"]),
        // What an image contains: base-image knowledge base, packages and the programs they bring.
        .target(
            name: "ImageKnowledge",
            dependencies: ["ShipshapeCore", "DockerfileSyntax"]),
        // The plan model shared by wait, verify, diagnose, deploy and serve.
        .target(name: "Plan"),
        // shipshape.yml: reading, writing and drafting plans from compose files.
        .target(name: "PlanFile", dependencies: ["Plan", "ShipshapeCore", "DeployModel", "Yams"]),
        // One file per rule.
        .target(
            name: "LintRules",
            dependencies: [
                "ShipshapeCore", "DeployModel", "ImageKnowledge", "ShellSyntax", "DockerfileSyntax", "SourceSyntax",
                "Yams",
            ]),
        // The one TCP connect with a deadline and a named failure (refused, DNS, timeout, unreachable),
        // shared by the wait probes, the dependency checks and the Engine client.
        .target(
            name: "TCPConnection",
            dependencies: [
                "ShipshapeCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]),
        // Thin Docker Engine API client (unix/tcp/ssh); the only layer that talks to dockerd.
        .target(
            name: "DockerEngine",
            dependencies: [
                "ShipshapeCore", "TCPConnection",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]),
        // Probe primitives shared by wait, diagnose and deploy: HTTP/TCP/exec probes from outside the
        // container, routes, conditions, failure classification, healthcheck explanations, compose labels.
        .target(
            name: "Probes",
            dependencies: [
                "ShipshapeCore", "Plan", "DockerEngine", "ShellSyntax", "TCPConnection", "Yams",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        // The wait engine: resolves targets, runs each in its retry loop under one deadline, fails fast,
        // follows rollouts, judges versions; `shipshape wait` and deploy's gate run it.
        .target(
            name: "Waiting", dependencies: ["ShipshapeCore", "Plan", "DockerEngine", "Probes"]),
        // `lint --probe-images`: what an image really contains, by file stat through the Engine (never run).
        .target(name: "ImageProbing", dependencies: ["ShipshapeCore", "DockerEngine"]),
        // Helpers shared by test targets: host processes without Foundation.Process, scratch images,
        // golden files, loopback servers, and an in-memory Docker Engine for hermetic unit tests.
        .target(name: "TestSupport", dependencies: ["DockerEngine"]),
        // Container log lines: JSON and access-log shapes, error groups, HTTP status and latency summary.
        .target(name: "LogAnalysis", dependencies: ["ShipshapeCore"]),
        // Checks the Redis, PostgreSQL and TCP dependencies named in a container's environment.
        .target(
            name: "DependencyProbes",
            dependencies: [
                "ShipshapeCore", "TCPConnection",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
        // Reads a log file and prints its LogSummary as JSON: the log analysis benchmark's subject.
        .executableTarget(name: "shipshape-logbench", dependencies: ["LogAnalysis"]),
        // Output of `shipshape wait`: text, live progress, JSON, JUnit, GitHub annotations and summary.
        .target(name: "WaitReporting", dependencies: ["ShipshapeCore", "Waiting"]),
        // `shipshape diagnose`: every check of a running stack as values, ranked into a root cause.
        .target(
            name: "Diagnose",
            dependencies: [
                "ShipshapeCore", "Plan", "DockerEngine", "Probes", "ShellSyntax", "LogAnalysis", "DependencyProbes",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
            ]),
        // Output of `shipshape diagnose`: text, markdown, JSON and one self-contained HTML file.
        .target(name: "DiagnoseReporting", dependencies: ["ShipshapeCore", "Diagnose"]),
        // Deploy history and journals behind one protocol; the SQLite backend through GRDB.
        .target(
            name: "DeployStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
            ]),
        // `shipshape deploy`/`rollback`/`history`: the journaled state machine (pure decisions), the compose
        // runner and the executor that performs each step through the Engine client.
        .target(
            name: "Deploy",
            dependencies: [
                "ShipshapeCore", "Plan", "PlanFile", "DockerEngine", "Probes", "Waiting", "DeployStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]),
        .executableTarget(
            name: "shipshape",
            dependencies: [
                "ShipshapeCore", "DeployModel", "LintRules", "ShellSyntax", "Plan", "PlanFile", "DockerEngine",
                "Probes", "Waiting",
                "WaitReporting", "ImageProbing", "Diagnose", "DiagnoseReporting", "Deploy", "DeployStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds carry the Swift runtime and Foundation inside the binary, as the release workflow's
            // `--static-swift-stdlib` does: a process starts in half the time (17 ms instead of 32 ms here), which
            // is most of what linting a small repository takes. Both flags are needed.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]),
        .testTarget(name: "ShipshapeCoreTests", dependencies: ["ShipshapeCore"], exclude: ["Golden"]),
        .testTarget(name: "ShellSyntaxTests", dependencies: ["ShellSyntax", "ShipshapeCore", "TestSupport"]),
        .testTarget(name: "DockerfileSyntaxTests", dependencies: ["DockerfileSyntax", "TestSupport"]),
        .testTarget(name: "SourceSyntaxTests", dependencies: ["SourceSyntax", "ShipshapeCore"]),
        .testTarget(name: "DeployModelTests", dependencies: ["DeployModel", "TestSupport"]),
        .testTarget(name: "ImageKnowledgeTests", dependencies: ["ImageKnowledge", "DockerfileSyntax", "ShellSyntax"]),
        .testTarget(name: "LintRulesTests", dependencies: ["LintRules", "DeployModel", "ShipshapeCore"]),
        .testTarget(name: "PlanTests", dependencies: ["Plan"]),
        .testTarget(
            name: "PlanFileTests", dependencies: ["PlanFile", "Plan", "DeployModel", "ShipshapeCore", "TestSupport"]),
        .testTarget(
            name: "DependencyProbesTests",
            dependencies: [
                "DependencyProbes", "ShipshapeCore", "TestSupport", .product(name: "NIOCore", package: "swift-nio"),
            ]),
        .testTarget(name: "LogAnalysisTests", dependencies: ["LogAnalysis", "ShipshapeCore"]),
        .testTarget(
            name: "DiagnoseReportingTests",
            dependencies: ["Diagnose", "DiagnoseReporting", "ShipshapeCore", "TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "WaitReportingTests",
            dependencies: ["WaitReporting", "Probes", "Waiting", "ShipshapeCore", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["ShipshapeCore", "TestSupport", "Yams"],
            exclude: ["Fixtures", "Corpus"]),
        .testTarget(
            name: "ImageProbingTests", dependencies: ["ImageProbing", "DockerEngine", "ShipshapeCore", "TestSupport"]),
        .testTarget(name: "DockerEngineTests", dependencies: ["DockerEngine", "TestSupport"], exclude: ["Images"]),
        .testTarget(
            name: "DiagnoseTests",
            dependencies: [
                "Diagnose", "DiagnoseReporting", "Plan", "ShipshapeCore", "DockerEngine", "LogAnalysis", "TestSupport",
            ],
            exclude: ["Images"]),
        .testTarget(name: "DeployStoreTests", dependencies: ["DeployStore", "TestSupport"]),
        .testTarget(
            name: "DeployTests", dependencies: ["Deploy", "DeployStore", "Plan", "ShipshapeCore", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "ProbesTests",
            dependencies: [
                "Probes", "Waiting", "Plan", "ShipshapeCore", "DockerEngine", "TestSupport",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            exclude: ["Images"]),
    ],
    swiftLanguageModes: [.v6]
)
