import Foundation
import TestSupport
import Testing

@testable import DeployModel

/// nginx configurations: their `listen` directives by address family, and only the ones a deploy file names.
@Suite struct NginxConfigTests {
    @Test func listenDirectivesByFamily() {
        let text = """
            include /etc/nginx/conf.d/*.conf;
            server {
                listen 80;
                listen [::]:80;
                listen 0.0.0.0:8080 default_server;
                listen [::]:8443 ssl ipv6only=off;
                listen 127.0.0.1:9000;
                # listen 81;
                listen ${PORT};
                listen unix:/run/nginx.sock;
            }
            """
        let config = NginxConfig.parse(file: "nginx.conf", text: text)
        #expect(config.includesConfD)
        #expect(config.listens.map(\.port) == [80, 80, 8080, 8443, 9000])
        #expect(config.listens.map(\.ipv4) == [true, false, true, true, true])
        #expect(config.listens.map(\.ipv6) == [false, true, false, true, false])
        #expect(config.listens.first?.location.line == 3)
        #expect(config.listens.first?.location.column == 5)
    }

    @Test func onlyConfigurationsADeployFileNamesAreRead() throws {
        let tree = try TemporaryTree([
            "Dockerfile": "FROM nginx:alpine\nCOPY nginx/site.conf /etc/nginx/conf.d/default.conf\n",
            "nginx/site.conf": "server { listen 80; }\n",
            "redis/redis.conf": "port 6379\n",
        ])
        defer { tree.remove() }
        let prefix = tree.prefix
        let model = DeploymentModel.load(try Discovery.discover([tree.root.path]))
        #expect(Array(model.nginxConfigs.keys) == [prefix + "nginx/site.conf"])
        #expect(model.sources[prefix + "redis/redis.conf"] == nil)
        #expect(model.nginxConfigs[prefix + "nginx/site.conf"]?.listens.map(\.port) == [80])
    }
}
