import Foundation
import Testing

extension SystemTool {
    /// groff renders and checks manual pages (`groff -ww -man`).
    static let groff = SystemTool(name: "groff", package: "groff-base")
}

/// The manual pages written by `omega-manual` from the argument parsers, and the completion
/// scripts ArgumentParser writes.
@Suite("manual pages and completions")
struct ManualAndCompletionTests {
    static func generatedPage(of executable: String, in folder: URL) throws -> URL {
        let result = try runToCompletion(
            Products.executable("omega-manual"),
            [Products.executable(executable).path, "--output", folder.path, "--see-also", "omega-tui"])
        #expect(result.status == 0, "\(result.output)")
        return folder.appendingPathComponent("\(executable).1")
    }

    @Test(
        "omega-tui.1 and omega-sandbox.1 render with groff -ww without a warning, accents kept",
        arguments: [
            "omega-tui", "omega-sandbox",
        ])
    func manualPage(executable: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-man-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.generatedPage(of: executable, in: folder)
        let source = try String(contentsOf: page, encoding: .utf8)
        #expect(
            source.unicodeScalars.allSatisfy { $0.isASCII },
            "roff source should escape every non-ASCII character")
        #expect(source.contains(".SH NOM"))

        // groff writes warnings on stderr; the rendering goes to a file so only they remain.
        let rendered = folder.appendingPathComponent("rendered.txt")
        let lint = try runToCompletion(
            URL(fileURLWithPath: "/bin/sh"),
            [
                "-c", "\"$0\" -ww -man -Tutf8 \"$1\" > \"$2\"", try SystemTool.groff.path(), page.path,
                rendered.path,
            ])
        #expect(lint.status == 0, "groff failed: \(lint.output)")
        #expect(lint.output.isEmpty, "groff warnings:\n\(lint.output)")
        // grotty's bold and underline are overstrikes ("X\bX"); lines wrap: read it as words.
        let text = try String(contentsOf: rendered, encoding: .utf8)
            .replacingOccurrences(of: ".\u{8}", with: "", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if executable == "omega-tui" {
            #expect(
                text.contains("Espace abonné Omega dans le terminal (relevés, factures, demandes)."),
                "\(text)")
            #expect(text.contains("Démarre un serveur de démonstration"))
            for subcommand in ["releves", "factures", "demandes", "index"] {
                #expect(text.contains("omega-tui \(subcommand)"), "no \(subcommand) in the page")
            }
            #expect(text.contains("77 non connecté"))
        } else {
            #expect(text.contains("serve"))
        }
    }

    @Test("bash, zsh and fish completion scripts name the subcommands", arguments: ["bash", "zsh", "fish"])
    func completion(shell: String) throws {
        let result = try runToCompletion(
            Products.executable("omega-tui"), ["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.output)")
        for subcommand in ["releves", "factures", "demandes", "index"] {
            #expect(result.output.contains(subcommand), "\(shell) completion lacks \(subcommand)")
        }
        #expect(result.output.contains(shell == "fish" ? "-l 'plain'" : "--plain"))
        if shell == "bash" {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "omega-bash-\(UUID().uuidString)")
            try Data(result.output.utf8).write(to: folder)
            defer { try? FileManager.default.removeItem(at: folder) }
            let syntax = try runToCompletion(URL(fileURLWithPath: "/bin/bash"), ["-n", folder.path])
            #expect(syntax.status == 0, "bash -n: \(syntax.output)")
        }
    }
}
