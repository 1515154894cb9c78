import Foundation
import JSONAPI

/// Reads a JSON file copied into `Tests/JSONAPITests/Fixtures/`.
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "fixture \(name) not found in the test bundle" }
    }

    static func data(_ name: String) throws -> Data {
        let file = name.hasSuffix(".json") ? name : name + ".json"
        guard let url = Bundle.module.url(forResource: "Fixtures/\(file)", withExtension: nil) else {
            throw Missing(name: file)
        }
        return try Data(contentsOf: url)
    }

    static func document(_ name: String) throws -> Document {
        try Document.decode(try data(name))
    }
}
