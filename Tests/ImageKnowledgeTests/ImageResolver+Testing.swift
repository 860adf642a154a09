@testable import ImageKnowledge

extension ImageResolver {
    /// Whether `program` is in `image` (`ollama/ollama:0.5.4`), an image written as in a compose file.
    func availability(_ program: String, in image: String) -> Availability {
        contents(ofImage: image).availability(of: program)
    }
}
