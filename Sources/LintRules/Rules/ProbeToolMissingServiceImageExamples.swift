import ShipshapeCore

/// Examples of `probe-tool-missing` on official service images (databases, web servers, brokers,
/// caches, applications); they run as tests with the rule's other examples. Each cites the evidence
/// its catalog entry rests on.
enum ProbeToolMissingServiceImageExamples {
    static func compose(service: String = "app", image: String, test: String) -> String {
        """
        services:
          \(service):
            image: \(image)
            healthcheck:
              test: \(test)
              interval: 10s

        """
    }

    /// A compose service whose health check must be reported at its `1️⃣` marker with `message`.
    static func missing(
        _ message: String, service: String, image: String, test: String, file: StaticString = #filePath,
        line: UInt = #line
    ) -> Example {
        Example(
            files: ["docker-compose.yml": compose(service: service, image: image, test: test)],
            expect: ["1️⃣": message], file: file, line: line)
    }

    static let triggering: [Example] = [
        // docker-library/mysql 8.4/Dockerfile.oracle: oraclelinux:9-slim with curl, no netcat.
        missing(
            "nc is not installed in the image of service \"db\" (mysql:8.4)", service: "db", image: "mysql:8.4",
            test: "[\"CMD-SHELL\", \"1️⃣nc -z localhost 3306\"]"),
        // docker-library/php: the Debian images keep curl but never had wget.
        Example(
            files: [
                "Dockerfile": """
                FROM php:8.3-fpm
                COPY . /var/www/html
                HEALTHCHECK CMD 1️⃣wget -qO- http://localhost:9000/ping || exit 1

                """
            ],
            expect: ["1️⃣": "wget is not installed"]),
        // docker-library/ruby: slim and alpine purge their download tools; only the full image has curl.
        Example(
            files: [
                "Dockerfile": """
                FROM ruby:3.3-slim
                COPY . /app
                HEALTHCHECK CMD 1️⃣curl -f http://localhost:3000/up || exit 1
                CMD ["bundle", "exec", "puma"]

                """,
                "worker/Dockerfile": """
                FROM ruby:3.3-alpine
                HEALTHCHECK CMD 2️⃣curl -f http://localhost:9394/metrics || exit 1

                """,
            ],
            expect: ["1️⃣": "curl is not installed", "2️⃣": "curl is not installed"]),
        // docker-library/httpd and haproxy: build tools purged, neither curl nor wget left.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  web:
                    image: httpd:2.4
                    healthcheck:
                      test: ["CMD", "1️⃣curl", "-f", "http://localhost/"]
                  lb:
                    image: haproxy:3.0
                    healthcheck:
                      test: ["CMD", "2️⃣wget", "-q", "--spider", "http://localhost:8404/stats"]

                """
            ],
            expect: ["1️⃣": "curl is not installed", "2️⃣": "wget is not installed"]),
        // docker-library/rabbitmq: the management tags add python3 and rabbitmqadmin, not curl.
        missing(
            "curl is not installed in the image of service \"broker\"", service: "broker",
            image: "rabbitmq:3-management",
            test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:15672/api/health/checks/alarms\"]"),
        // docker-library/memcached#91: the Debian image has neither telnet nor nc.
        missing(
            "nc is not installed", service: "cache", image: "memcached:1.6",
            test: "[\"CMD-SHELL\", \"echo stats | 1️⃣nc localhost 11211\"]"),
        // reportportal/reportportal#2691: traefik's alpine image has busybox wget, not curl.
        missing(
            "curl is not installed", service: "proxy", image: "traefik:v3.1",
            test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:8080/ping\"]"),
        // docker-library/ghost: built on node slim, wget purged after fetching gosu.
        missing(
            "wget is not installed", service: "blog", image: "ghost:5",
            test: "\"1️⃣wget -qO- http://localhost:2368/ || exit 1\""),
        // mongo-express/mongo-express-docker: node alpine plus bash and tini, no curl.
        missing(
            "curl is not installed", service: "admin", image: "mongo-express:1.0",
            test: "[\"CMD\", \"1️⃣curl\", \"-f\", \"http://localhost:8081/status\"]"),
        // influxdata/influxdata-docker influxdb/2.7/Dockerfile: Debian slim keeps curl, never had wget.
        missing(
            "wget is not installed", service: "tsdb", image: "influxdb:2.7",
            test: "[\"CMD-SHELL\", \"1️⃣wget -q --spider http://localhost:8086/health\"]"),
        // corretto/corretto-docker alpine: only the Corretto package on alpine; no curl.
        Example(
            files: [
                "Dockerfile": """
                FROM amazoncorretto:21-alpine
                COPY app.jar /app.jar
                HEALTHCHECK CMD 1️⃣curl -f http://localhost:8080/actuator/health || exit 1
                CMD ["java", "-jar", "/app.jar"]

                """
            ],
            expect: ["1️⃣": "curl is not installed"]),
    ]

    static let nonTriggering: [Example] = [
        // mysqladmin ships in every mysql image; curl in the Oracle Linux ones.
        Example(files: [
            "docker-compose.yml": compose(
                service: "db", image: "mysql:8.4", test: "[\"CMD\", \"mysqladmin\", \"ping\", \"-h\", \"localhost\"]"),
            "compose.yml": compose(service: "db", image: "mysql:9", test: "[\"CMD\", \"curl\", \"-s\", \"localhost\"]"),
        ]),
        // php keeps curl in every variant; alpine images have busybox wget and nc.
        Example(files: [
            "Dockerfile": "FROM php:8.3-apache\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n",
            "fpm/Dockerfile": "FROM php:8.3-fpm-alpine\nHEALTHCHECK CMD nc -z 127.0.0.1 9000 || exit 1\n",
            "web/Dockerfile": "FROM httpd:2.4-alpine\nHEALTHCHECK CMD wget -q --spider http://localhost/ || exit 1\n",
        ]),
        // The services' own probes, and busybox tools on alpine.
        Example(files: [
            "docker-compose.yml": """
            services:
              broker:
                image: rabbitmq:3.13-management
                healthcheck:
                  test: ["CMD", "rabbitmq-diagnostics", "-q", "ping"]
              cache:
                image: memcached:1.6-alpine
                healthcheck:
                  test: ["CMD-SHELL", "echo version | nc -w 1 127.0.0.1 11211"]
              proxy:
                image: traefik:v3.1
                healthcheck:
                  test: ["CMD", "traefik", "healthcheck", "--ping"]
              site:
                image: wordpress:6
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost/"]
              tsdb:
                image: influxdb:2.7
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost:8086/health"]
              dbadmin:
                image: adminer:5
                healthcheck:
                  test: ["CMD-SHELL", "nc -z 127.0.0.1 8080"]

            """
        ]),
        // The full ruby image derives from buildpack-deps (curl); caddy's curl is uncertain, so nothing is said.
        Example(files: [
            "Dockerfile": "FROM ruby:3.3\nHEALTHCHECK CMD curl -f http://localhost:3000/up || exit 1\n",
            "docker-compose.yml": compose(
                service: "edge", image: "caddy:2",
                test: "[\"CMD\", \"curl\", \"-f\", \"http://localhost:2019/config/\"]"),
        ]),
    ]
}
