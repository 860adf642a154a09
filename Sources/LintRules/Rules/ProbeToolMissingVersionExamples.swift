import ShipshapeCore

/// Examples of `probe-tool-missing` where an official image's tools changed between versions; they
/// run as tests with the rule's other examples.
enum ProbeToolMissingVersionExamples {
    static func compose(image: String, test: String) -> String {
        """
        services:
          db:
            image: \(image)
            healthcheck:
              test: \(test)
              interval: 5s

        """
    }

    static let triggering: [Example] = [
        // MariaDB 11 dropped the mysql* names (wallabag/docker#342).
        Example(
            files: [
                "docker-compose.yml": compose(
                    image: "mariadb:11.4", test: "[\"CMD\", \"1️⃣mysqladmin\", \"ping\", \"-h\", \"localhost\"]")
            ],
            expect: ["1️⃣": "mysqladmin is not installed in the image of service \"db\" (mariadb:11.4)"]),
        // A floating tag is read as the current release line, and the message says so.
        Example(
            files: ["docker-compose.yml": compose(image: "mariadb", test: "1️⃣mysqladmin ping -h 127.0.0.1")],
            expect: ["1️⃣": "no tag (`latest`) floats; read as mariadb ≥ 11"]),
        // Mongo 6 ships mongosh, not the legacy mongo shell (overleaf/toolkit#332).
        Example(
            files: [
                "docker-compose.yml": compose(
                    image: "mongo:7.0", test: "echo 'db.runCommand(\"ping\").ok' | 1️⃣mongo localhost:27017/test --quiet")
            ],
            expect: ["1️⃣": "mongo is not installed"]),
        // .NET 5+ runtime images carry neither curl nor wget (dotnet/dotnet-docker#2379).
        Example(
            files: [
                "Dockerfile": """
                FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
                RUN dotnet publish -o /app
                FROM mcr.microsoft.com/dotnet/aspnet:8.0
                COPY --from=build /app /app
                HEALTHCHECK CMD 1️⃣curl --fail http://localhost:8080/healthz || exit 1
                ENTRYPOINT ["dotnet", "/app/api.dll"]

                """
            ],
            expect: ["1️⃣": "curl is not installed"]),
        // eclipse-temurin 22+ dropped curl (adoptium/containers#814); a mirrored official image is still known.
        Example(
            files: [
                "Dockerfile": """
                FROM public.ecr.aws/docker/library/eclipse-temurin:25-jre
                HEALTHCHECK CMD 1️⃣curl -f http://localhost:8080/actuator/health || exit 1
                CMD ["java", "-jar", "/app.jar"]

                """
            ],
            expect: ["1️⃣": "curl is not installed"]),
    ]

    static let nonTriggering: [Example] = [
        // MariaDB 10.x still has mysqladmin; mariadb-admin is the name from 11 on.
        Example(files: [
            "docker-compose.yml": compose(image: "mariadb:10.6", test: "[\"CMD\", \"mysqladmin\", \"ping\"]"),
            "compose.yml": compose(image: "mariadb:11", test: "[\"CMD\", \"healthcheck.sh\", \"--connect\"]"),
        ]),
        // Mongo 5 still has the legacy shell; mongosh in 6+.
        Example(files: [
            "docker-compose.yml": compose(image: "mongo:5.0", test: "[\"CMD\", \"mongo\", \"--eval\", \"1\"]"),
            "compose.yml": compose(image: "mongo:7", test: "[\"CMD\", \"mongosh\", \"--eval\", \"1\"]"),
        ]),
        // eclipse-temurin up to 21 has curl; .NET on Alpine has busybox wget.
        Example(files: [
            "Dockerfile": "FROM eclipse-temurin:21-jre\nHEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1\n",
            "api/Dockerfile":
                "FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\nHEALTHCHECK CMD wget -qO- http://localhost:8080/ || exit 1\n",
        ]),
        // Chiseled .NET images are not described: nothing is claimed.
        Example(files: [
            "Dockerfile":
                "FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]\n"
        ]),
    ]
}
