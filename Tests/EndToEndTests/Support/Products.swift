import Foundation

/// Where `swift build` put the executables under test.
///
/// The test runner is itself a product of the same build, so the binaries sit in the
/// directory of the running executable (`.build/<triple>/debug/`), whatever the scratch path.
enum Products {
    static let directory: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var candidate = runner.deletingLastPathComponent()
        // On Linux the runner is `omega-tuiPackageTests.xctest` inside the products directory;
        // on macOS it is a bundle, three levels deeper.
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(
                atPath: candidate.appendingPathComponent("omega-sandbox").path)
            {
                return candidate
            }
            candidate.deleteLastPathComponent()
        }
        return runner.deletingLastPathComponent()
    }()

    static func executable(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    /// The package's root folder, for scripts kept beside the tests.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func script(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/EndToEndTests/Scripts/\(name)")
    }
}
