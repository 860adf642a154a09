/// The operating-system family an image is built on.
public enum OSFamily: String, Sendable, Hashable, Codable {
    case debian, ubuntu, alpine, busybox, distroless, scratch, rhel
}

/// The package manager an image ships, which decides which install commands can work in it.
public enum PackageManager: String, Sendable, Hashable, Codable {
    case apt, apk, dnf, microdnf, yum, none
}
