/// The subset of the SARIF 2.1.0 object model Shipshape writes.
struct SARIFLog: Encodable {
    struct Text: Encodable { let text: String }

    struct Run: Encodable {
        struct Tool: Encodable { let driver: Driver }
        let tool: Tool
        let results: [Result]
        let columnKind: String
    }

    struct Driver: Encodable {
        let name: String
        let version: String
        let informationUri: String
        let rules: [Rule]
    }

    struct Rule: Encodable {
        struct Configuration: Encodable { let level: String }
        struct Properties: Encodable { let tags: [String] }

        let id: String
        let name: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Text
        let defaultConfiguration: Configuration
        let properties: Properties
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Text
        let locations: [Location]
        let relatedLocations: [Location]
        let partialFingerprints: [String: String]
    }

    struct Location: Encodable {
        let id: Int?
        let physicalLocation: PhysicalLocation
        let message: Text?
    }

    struct PhysicalLocation: Encodable {
        struct Artifact: Encodable {
            let uri: String
            let uriBaseId: String
        }

        struct Region: Encodable {
            let startLine: Int
            let startColumn: Int
            let endLine: Int
            let endColumn: Int
        }

        let artifactLocation: Artifact
        let region: Region
    }

    let schema: String
    let version: String
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }
}
