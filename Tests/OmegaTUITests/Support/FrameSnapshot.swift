import Foundation
import TerminalUI
import Testing

/// Whole frames compared with text files kept in the repository
/// (`Tests/OmegaTUITests/Snapshots/<name>-<columns>x<rows>.txt`): one line per row of the grid,
/// trailing spaces removed.
///
/// `RECORD_SNAPSHOTS=1` (what `scripts/record-snapshots` sets) writes the frames into the
/// source tree instead of comparing. Otherwise a missing file fails, and a changed frame fails
/// with the rows that differ: a snapshot is never recorded silently.
enum FrameSnapshot {
    /// Whether this run records instead of comparing.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The snapshots in the source tree (where recording writes).
    static let sourceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The file name of the frame `name` at the canvas's size.
    static func fileName(_ name: String, _ canvas: GridCanvas) -> String {
        "\(name)-\(canvas.size.columns)x\(canvas.size.rows).txt"
    }

    /// The frame as stored: every row, trailing spaces removed, each ended by a newline.
    static func text(of canvas: GridCanvas) -> String {
        canvas.text + "\n"
    }

    /// Compares `canvas` with its snapshot (or records it).
    static func check(
        _ canvas: GridCanvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = fileName(name, canvas)
        let actual = text(of: canvas)
        if isRecording {
            do {
                try FileManager.default.createDirectory(
                    at: sourceDirectory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(
                    to: sourceDirectory.appendingPathComponent(file), options: .atomic)
            } catch {
                Issue.record("Could not record \(file): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = stored(file) else {
            Issue.record(
                "No snapshot \(file) in Tests/OmegaTUITests/Snapshots: record it with scripts/record-snapshots.\n\(actual)",
                sourceLocation: sourceLocation)
            return
        }
        if let difference = difference(expected: expected, actual: actual) {
            Issue.record(
                "Frame \(file) differs from its snapshot (re-record with scripts/record-snapshots if intended):\n\(difference)",
                sourceLocation: sourceLocation)
        }
    }

    /// The stored snapshot, from the test bundle's copy of the folder.
    static func stored(_ file: String) -> String? {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Snapshots") else { return nil }
        return try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    /// The rows that differ, numbered, `-` expected then `+` actual; nil when equal.
    static func difference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for row in 0..<max(old.count, new.count) {
            let before = row < old.count ? String(old[row]) : nil
            let after = row < new.count ? String(new[row]) : nil
            guard before != after else { continue }
            let number = String(format: "%3d", row)
            if let before { lines.append("\(number) - |\(before)|") }
            if let after { lines.append("\(number) + |\(after)|") }
        }
        return lines.joined(separator: "\n")
    }
}
