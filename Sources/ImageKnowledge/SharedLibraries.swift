/// Which C library an image's programs are linked against, and the shared libraries some packaged programs
/// need beyond it — so a binary copied out of another stage (`COPY --from=build /usr/bin/curl ...`) can be
/// checked against the image it lands in.
public enum SharedLibraries {
    public enum CLibrary: String, Sendable, Hashable {
        /// Nothing: `scratch`, distroless `static`.
        case none
        case musl
        case glibc
    }

    /// The C library of an image; nil when unknown (a private base, busybox's mixed builds).
    public static func cLibrary(of contents: ImageContents) -> CLibrary? {
        guard let entry = contents.baseEntry else { return nil }
        switch entry.os {
        case .scratch: return CLibrary.none
        case .alpine: return .musl
        case .debian, .ubuntu, .rhel: return .glibc
        case .distroless:
            // distroless/static has no libc; base, cc and the language images have glibc.
            return (contents.image ?? "").contains("distroless/static") ? CLibrary.none : .glibc
        case .busybox: return nil
        }
    }

    /// Library packages (name stems) a packaged program needs beyond the C library, by package manager:
    /// Debian's curl Depends: libcurl4 (libcurl4t64 from trixie); jq Depends: libjq1, libonig5; Alpine's curl
    /// depends on libcurl, jq on oniguruma. Empty for programs not listed here (nothing is claimed).
    public static func libraries(of program: String, manager: PackageManager) -> [String] {
        switch (program, manager) {
        case ("curl", .apt): ["libcurl4"]
        case ("curl", .apk): ["libcurl"]
        case ("curl", .dnf), ("curl", .yum), ("curl", .microdnf): ["libcurl"]
        case ("jq", .apt): ["libjq1", "libonig5"]
        case ("jq", .apk): ["oniguruma"]
        default: []
        }
    }

    /// Compatibility layers that let glibc programs run on musl.
    public static let glibcCompatibility: Set<String> = ["gcompat", "libc6-compat"]
}
