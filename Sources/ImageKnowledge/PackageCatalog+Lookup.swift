extension PackageCatalog {
    /// The programs `package` (already stripped of version pins) provides under `manager`.
    ///
    /// Assumption: an unknown package provides a program of its own name, unless the name looks
    /// like a library (`lib*`, `*-dev`, `*-doc`), which provides none.
    public static func programs(of package: String, manager: PackageManager) -> [String] {
        if manager == .apk, let override = apkOverrides[package] { return override }
        if let known = programs[package] { return known }
        if let versioned = versionedClient(package) { return versioned }
        if package.hasPrefix("lib") || package.hasSuffix("-dev") || package.hasSuffix("-devel")
            || package.hasSuffix("-doc")
            || package.hasSuffix("-data") || package.hasPrefix("fonts-") || package.hasPrefix("py3-")
            || package.hasPrefix("python3-")
        {
            return []
        }
        return [package]
    }

    /// `postgresql-client-16`, `postgresql16-client`, `postgresql-16`, `mysql-client-8.0`.
    private static func versionedClient(_ package: String) -> [String]? {
        if package.hasPrefix("postgresql"), package.contains("client") {
            return ["psql", "pg_isready", "pg_dump", "pg_restore"]
        }
        if package.hasPrefix("postgresql-"), package.dropFirst("postgresql-".count).allSatisfy(\.isNumber) {
            return ["psql", "pg_isready", "pg_dump", "postgres"]
        }
        if package.hasPrefix("mysql-client") || package.hasPrefix("mariadb-client") {
            return ["mysql", "mysqladmin", "mysqldump"]
        }
        if package.hasPrefix("openjdk"), package.contains("jre") || package.contains("jdk") {
            return ["java", "keytool"]
        }
        return nil
    }

    /// The package name without version pins, architecture or release qualifiers:
    /// `curl=7.88.*` → `curl`, `curl~=8` / `curl>=8` → `curl`, `curl/bookworm-backports` → `curl`,
    /// `libfoo:amd64` → `libfoo`, `curl@edge` → `curl`. Quotes left by a naive splitter are dropped.
    public static func normalizedName(_ word: String) -> String {
        var name = Substring(word.trimmingCharacters(in: ["'", "\""]))
        if let cut = name.firstIndex(where: { "=<>~@/".contains($0) }) { name = name[..<cut] }
        if let colon = name.firstIndex(of: ":") { name = name[..<colon] }
        return String(name).lowercased()
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
