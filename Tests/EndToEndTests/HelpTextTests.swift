import Foundation
import Testing

/// Issue 12: `omega-tui --help` reads as French throughout, and `omega-bench --help` prints its
/// usage instead of running every benchmark.
@Suite("help texts of the binaries")
struct HelpTextTests {
    @Test("omega-tui --help in French: no English heading, no line starting with ':', no jargon")
    func omegaTUIHelpIsFrench() throws {
        let result = try runToCompletion(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["LANG=fr_FR.UTF-8", "LC_ALL=", Products.executable("omega-tui").path, "--help"])
        #expect(result.status == 0, "\(result.output)")
        let text = result.output
        for heading in ["PRÉSENTATION :", "UTILISATION :", "OPTIONS :", "SOUS-COMMANDES :"] {
            #expect(text.contains(heading), "no \(heading):\n\(text)")
        }
        for english in [
            "OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:", "(default:", "(values:", "Show help",
        ] {
            #expect(!text.contains(english), "\(english) in:\n\(text)")
        }
        #expect(!text.contains("Hawk"), "jargon for an agent:\n\(text)")
        let startsWithColon = text.split(separator: "\n").filter {
            $0.trimmingCharacters(in: .whitespaces).hasPrefix(":")
        }
        #expect(startsWithColon.isEmpty, "a line starts with ':': \(startsWithColon)")
    }

    @Test("omega-bench --help prints its usage and runs nothing")
    func omegaBenchHelpPrintsUsage() throws {
        let result = try runToCompletion(Products.executable("omega-bench"), ["--help"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("usage: omega-bench"), "\(result.output)")
        // A benchmark prints figures ("… ms", "req/s"); the usage prints none.
        #expect(!result.output.contains(" ms"), "a benchmark ran:\n\(result.output)")
    }
}
