import Testing

@testable import ImageKnowledge

extension ImageResolver {
    /// Whether `program` is in `image` (`ollama/ollama:0.5.4`), an image written as in a compose file.
    func availability(_ program: String, in image: String) -> Availability {
        contents(ofImage: image).availability(of: program)
    }

    /// Expects every image of `images` to lack each of `absent`, hold each of `present` and leave each of
    /// `unknown` open — one call per claim of a catalog entry, for every name and tag it covers.
    func expect(
        _ images: [String], absent: [String] = [], present: [String] = [], unknown: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for image in images {
            let contents = contents(ofImage: image)
            for program in absent {
                #expect(
                    contents.availability(of: program) == .absent, "\(program) in \(image)",
                    sourceLocation: sourceLocation)
            }
            for program in present {
                #expect(
                    contents.availability(of: program).isPresent, "\(program) in \(image)",
                    sourceLocation: sourceLocation)
            }
            for program in unknown {
                #expect(
                    contents.availability(of: program).isUnknown, "\(program) in \(image)",
                    sourceLocation: sourceLocation)
            }
        }
    }
}
