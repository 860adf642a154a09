import Foundation
import Testing

@testable import Deploy

@Suite struct StrategyAndConfigTests {
    static let json = """
        {"name": "shop", "services": {
          "api": {"image": "shop-api:2", "expose": ["8000"], "depends_on": {"db": {"condition": "service_started"}}},
          "db": {"image": "postgres:16", "container_name": "shop-db",
                 "ports": [{"target": 5432, "published": "5432", "host_ip": "127.0.0.1", "protocol": "tcp"}]},
          "web": {"build": {"context": "."}, "ports": [{"target": 80, "protocol": "tcp"}], "depends_on": {"api": {}}},
          "debug": {"image": "busybox", "profiles": ["debug"]}
        }}
        """

    @Test func readsComposeConfigJSON() throws {
        let config = try ComposeConfig.parse(json: Data(Self.json.utf8))
        #expect(config.project == "shop")
        let db = try #require(config.service("db"))
        #expect(db.containerName == "shop-db")
        #expect(db.fixedHostPorts == ["127.0.0.1:5432"])
        let web = try #require(config.service("web"))
        #expect(web.hasBuild && web.fixedHostPorts.isEmpty && web.containerPorts == [80])
        #expect(web.imageReference(project: "shop") == "shop-web")
        #expect(config.service("api")?.containerPorts == [8000])
    }

    @Test func ordersServicesByDependencyAndSkipsProfiles() throws {
        let config = try ComposeConfig.parse(json: Data(Self.json.utf8))
        #expect(try config.dependencyOrder(of: []).map(\.name) == ["db", "api", "web"])
        #expect(try config.dependencyOrder(of: ["web", "api"]).map(\.name) == ["api", "web"])
        #expect(throws: DeployError.self) { try config.dependencyOrder(of: ["nope"]) }
    }

    @Test func choosesStopFirstOnlyWhenTwoContainersCannotCoexist() throws {
        let config = try ComposeConfig.parse(json: Data(Self.json.utf8))
        #expect(Strategy.choose(for: try #require(config.service("api"))).0 == .startFirst)
        #expect(Strategy.choose(for: try #require(config.service("web"))).0 == .startFirst)
        let (strategy, reason) = Strategy.choose(for: try #require(config.service("db")))
        #expect(strategy == .stopFirst)
        #expect(reason.contains("container_name shop-db") && reason.contains("127.0.0.1:5432"))
    }

    @Test func refusesConfigWithoutAProjectName() {
        #expect(throws: DeployError.self) { try ComposeConfig.parse(json: Data("{}".utf8)) }
        #expect(throws: DeployError.self) { try ComposeConfig.parse(json: Data("not json".utf8)) }
    }

    static let replicated = """
        {"name": "shop", "services": {
          "api": {"image": "a", "deploy": {"replicas": 3, "resources": {}}},
          "worker": {"image": "w", "scale": 2},
          "one": {"image": "o"},
          "off": {"image": "x", "deploy": {"replicas": 0}},
          "ranged": {"image": "r", "deploy": {"replicas": 3},
                     "ports": [{"target": 80, "published": "9000-9002", "host_ip": "127.0.0.1", "protocol": "tcp"}]},
          "narrow": {"image": "n", "deploy": {"replicas": 3},
                     "ports": [{"target": 80, "published": "9000-9001", "protocol": "tcp"}]},
          "single": {"image": "s", "scale": 2, "ports": [{"target": 80, "published": "8080", "protocol": "tcp"}]}
        }}
        """

    @Test func readsReplicasFromDeployReplicasOrScale() throws {
        let config = try ComposeConfig.parse(json: Data(Self.replicated.utf8))
        #expect(config.service("api")?.replicas == 3)
        #expect(config.service("worker")?.replicas == 2)
        #expect(config.service("one")?.replicas == 1)
        #expect(config.service("off")?.replicas == 0)
    }

    @Test func aServiceScaledToZeroIsLeftOutAndCannotBeNamed() throws {
        let config = try ComposeConfig.parse(json: Data(Self.replicated.utf8))
        #expect(!(try config.dependencyOrder(of: [])).map(\.name).contains("off"))
        #expect(throws: DeployError.self) { try config.dependencyOrder(of: ["off"]) }
    }

    @Test func aFixedHostPortNeedsOnePortPerReplica() throws {
        let config = try ComposeConfig.parse(json: Data(Self.replicated.utf8))
        #expect(config.service("ranged")?.portsTooFewForReplicas == [])
        #expect(config.service("narrow")?.portsTooFewForReplicas == ["9000-9001"])
        #expect(config.service("single")?.portsTooFewForReplicas == ["8080"])
        #expect(config.service("api")?.portsTooFewForReplicas == [])
        let one = ComposeServiceConfig(name: "x", fixedHostPorts: ["8080"])
        #expect(one.portsTooFewForReplicas == [], "one container can hold one port")
    }
}
