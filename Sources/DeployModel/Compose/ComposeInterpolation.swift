import ShipshapeCore

/// Compose's variable interpolation for callers outside the compose parser: `env_file:` contents
/// are interpolated as compose does before it hands them to the container.
public enum ComposeInterpolation {
    /// `text` with `$VAR`, `${VAR:-default}`... replaced from `environment`; substituted scalars take
    /// the position of their `$`.
    public static func interpolate(_ text: EmbeddedText, environment: [String: String]) -> EmbeddedText {
        ComposeInterpolator(environment: environment).interpolate(text).text
    }
}
