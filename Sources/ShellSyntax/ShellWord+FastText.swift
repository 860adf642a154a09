extension ShellWord {
    /// `value`, computed without the generic `String.UnicodeScalarView` path (hot in big scripts).
    var fastValue: String { ScalarText.string(unquoted.scalars) }

    /// `literal`, computed the same fast way.
    var fastLiteral: String? { hasExpansion ? nil : fastValue }
}
