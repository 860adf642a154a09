import Foundation

/// Which redirects a check that runs from the host may follow: http→http(s) only (never into
/// `http+unix`, `file` or any other scheme), and never from a public host into loopback,
/// link-local or private addresses. Decided before connecting.
public enum RedirectPolicy {
    /// Why the redirect from `current` to `next` is refused, or nil when it may be followed.
    public static func refusal(from current: URL, to next: URL) -> String? {
        let scheme = next.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            return
                "a redirect to a \(scheme.isEmpty ? "scheme-less" : "'\(scheme)'") URL is not followed (only http and https)"
        }
        guard let host = next.host, !host.isEmpty else { return "a redirect to a URL without a host is not followed" }
        let from = AddressScope.of(host: current.host ?? "")
        let to = AddressScope.of(host: host)
        if !from.isInternal, to.isInternal {
            return "a redirect from a public host to a \(to.rawValue) address (\(host)) is not followed"
        }
        return nil
    }
}
