import Plan

extension PlanReader {
    /// An HTTP method: a token (`GET`, `PURGE`), upper-cased; a CR/LF would smuggle a second request.
    func method(_ node: PlanNode, _ keyPath: String) throws -> String {
        let value = try string(node, keyPath)
        guard HTTPFieldSyntax.isToken(value) else {
            throw fail(
                node.position, keyPath,
                "expected an HTTP method such as GET or HEAD (letters only, no spaces or line breaks)")
        }
        return value.uppercased()
    }

    /// A header's value; its name must be a token and its value free of control characters.
    func header(_ pair: PlanPair, keyPath: String) throws -> String {
        let value = try string(pair.value, "\(keyPath).\(pair.key)")
        guard HTTPFieldSyntax.isToken(pair.key) else {
            throw fail(pair.value.position, keyPath, "'\(pair.key)' is not a valid header name")
        }
        guard HTTPFieldSyntax.isFieldValue(value) else {
            throw fail(
                pair.value.position, "\(keyPath).\(pair.key)",
                "a header value cannot hold control characters (CR, LF)")
        }
        return value
    }
}
