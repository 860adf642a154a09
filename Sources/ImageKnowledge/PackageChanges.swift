import ShipshapeCore

/// A package installed by a `RUN`, and where.
public struct InstalledPackage: Sendable, Hashable {
    /// The package name, version pins removed.
    public let name: String
    /// The package manager that installed it.
    public let manager: PackageManager
    /// Where the package name is written (or the `RUN`), when known.
    /// Where the command runs.
    public let location: SourceLocation?

    /// Creates a record of an installed package.
    public init(name: String, manager: PackageManager, location: SourceLocation?) {
        self.name = name
        self.manager = manager
        self.location = location
    }
}

/// A program a command may have put on PATH without a package manager (download, symlink, copy, chmod).
public struct PossibleProgram: Sendable, Hashable {
    /// The program name (basename).
    public let program: String
    /// Why, for messages (`downloaded by curl -o /usr/local/bin/x`).
    public let reason: String
    public let location: SourceLocation?

    /// Creates a possible addition.
    public init(program: String, reason: String, location: SourceLocation?) {
        self.program = program
        self.reason = reason
        self.location = location
    }
}

/// The net effect of install commands on an image's packages and programs.
public struct PackageChanges: Sendable, Hashable {
    /// Packages still installed at the end, in installation order.
    public var installed: [InstalledPackage]
    /// Packages removed (and not reinstalled afterwards), including ones the analysis never saw installed.
    public var removed: [String]
    /// Programs possibly added outside package managers.
    public var possiblyAdded: [PossibleProgram]
    /// Package words that could not be read (`$BUILD_DEPS`) and are still installed: anything may be present.
    public var unresolvedInstalls: [String]
    /// Words (basenames) that commands the analysis does not model mention; a program among them is "maybe".
    public var mentions: Set<String>
    /// Scripts run whose effects are unknown (`./install.sh`, `curl ... | sh`): anything may be present.
    public var opaqueScripts: [String]

    /// Creates a summary of changes.
    public init(
        installed: [InstalledPackage] = [], removed: [String] = [], possiblyAdded: [PossibleProgram] = [],
        unresolvedInstalls: [String] = [], mentions: Set<String> = [], opaqueScripts: [String] = []
    ) {
        self.opaqueScripts = opaqueScripts
        self.installed = installed
        self.removed = removed
        self.possiblyAdded = possiblyAdded
        self.unresolvedInstalls = unresolvedInstalls
        self.mentions = mentions
    }

    /// Names of the installed packages.
    public var installedNames: [String] { installed.map(\.name) }
}
