import Foundation

/// `omega-bench tui`: what a person at an 80x24 `xterm-256color` terminal gets from the
/// `omega-tui` built next to this benchmark, measured through a pseudo-terminal and set
/// beside yardsticks: `bare-ncurses` for the first frame, `bare-ncurses table` (the same
/// table drawn by a C program) and `less` for bytes per key.
struct TUIBenchmark {
    /// Start-ups measured per program (the median is printed).
    let runs: Int

    /// Data rows the Relevés table shows at 80x24: 22 body rows, minus the status row, the
    /// chart pane (8) and the table header (see `ScreenLayout.listAreas`). The first Down
    /// keys move the selection; once it reaches the last visible row, each Down scrolls.
    static let readingsPageSize = 12

    private static let down = Array("\u{1B}OB".utf8)  // what xterm sends once keypad mode is on

    func run() async throws {
        let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let omegaTUI = products.appendingPathComponent("omega-tui")
        guard FileManager.default.isExecutableFile(atPath: omegaTUI.path) else {
            print("tui: no omega-tui next to omega-bench: swift build -c release --product omega-tui")
            return
        }
        let bare = products.appendingPathComponent("bare-ncurses")
        try firstFrames(omegaTUI: omegaTUI, bare: bare)
        let colour = try keySession(omegaTUI, theme: nil)
        let monochrome = try keySession(omegaTUI, theme: "monochrome")
        let bar = try bareTable(bare, look: "bar")
        let marker = try bareTable(bare, look: "marker")
        let less = try lessScrollStep()
        let lessText = less.map { String(format: "%.0f B", $0) } ?? Self.lessMissing
        print(
            "tui: bytes per Down in Relevés, selection move: \(colour.move.text) (monochrome \(monochrome.move.text))"
        )
        print(
            "tui: bytes per Down in Relevés, scroll step: \(colour.scroll.text) (monochrome "
                + "\(monochrome.scroll.text)) · less, one line: \(lessText)"
                + (less.map { String(format: " → %.1f× less", colour.scroll.mean / $0) } ?? ""))
        if let bar, let marker {
            print(
                "tui: the same table in bare ncurses, selection move / scroll step: full-width bar "
                    + "\(bar.move.text) / \(bar.scroll.text), gutter marker \(marker.move.text) / \(marker.scroll.text)"
            )
        }
        if let memory = colour.memory {
            print(
                "tui: after visiting every screen: \(memory.text) "
                    + "(omega-tui --demo: the sandbox runs in the same process)")
        }
        let sandbox = products.appendingPathComponent("omega-sandbox")
        if FileManager.default.isExecutableFile(atPath: sandbox.path) {
            let server = try SandboxProcess(executable: sandbox, arguments: ["--subscribers", "20"])
            defer { server.stop() }
            if let memory = try keySession(omegaTUI, theme: nil, server: server.baseURL).memory {
                print(
                    "tui: after visiting every screen: \(memory.text) "
                        + "(omega-tui --server: the sandbox in its own process)")
            }
        }
        let trips = try await TUIRoundTrips(omegaTUI: omegaTUI, delay: .milliseconds(100)).measure()
        print(
            String(
                format: "tui: login → full Accueil, every request held 100 ms: %d requests in %d sequential "
                    + "round trips, %.0f ms from Enter to the last answer (%@)",
                trips.requests, trips.stages, trips.seconds * 1000, trips.paths.joined(separator: ", ")))
    }

    // MARK: - First frame

    /// Exec to the login screen's key bar (the last row ncurses draws), median of ``runs``.
    private func firstFrames(omegaTUI: URL, bare: URL) throws {
        let demo = try median(of: runs) {
            try timeToFirstFrame(omegaTUI, arguments: ["--demo", "--lang", "fr"])
        }
        // Nothing listens on port 9: the login screen needs no server to be drawn.
        let noSandbox = try median(of: runs) {
            try timeToFirstFrame(
                omegaTUI, arguments: ["--server", "http://127.0.0.1:9/api/v1/", "--lang", "fr"])
        }
        var line = String(
            format: "tui: exec to first frame at 80x24 (median of %d): omega-tui --demo %.1f ms, "
                + "omega-tui --server %.1f ms", runs, demo * 1000, noSandbox * 1000)
        if FileManager.default.isExecutableFile(atPath: bare.path) {
            let floor = try median(of: runs) { try timeToFirstFrame(bare, arguments: []) }
            line += String(format: ", bare-ncurses %.1f ms", floor * 1000)
        } else {
            line += ", bare-ncurses not built (swift build -c release --product bare-ncurses)"
        }
        print(line)
    }

    private func timeToFirstFrame(_ executable: URL, arguments: [String]) throws -> Double {
        let home = try TemporaryHome()
        let session = try PseudoTerminalSession(
            executable: executable, arguments: arguments, environment: home.environment, directory: home.url)
        defer { session.stop() }
        guard let drawn = session.read(until: "Quitter") else {
            throw PseudoTerminalSession.Failure(description: "\(executable.lastPathComponent) drew no frame")
        }
        return (drawn - session.started).seconds
    }

    private func median(of count: Int, _ sample: () throws -> Double) throws -> Double {
        var samples: [Double] = []
        for _ in 0..<max(1, count) { samples.append(try sample()) }
        return Measure.percentile(samples, 0.5)
    }

    // MARK: - Bytes per key

    /// Mean and range of bytes written for a set of keys.
    struct ByteCounts {
        var counts: [Int]
        var mean: Double { counts.isEmpty ? 0 : Double(counts.reduce(0, +)) / Double(counts.count) }
        var text: String {
            guard let low = counts.min(), let high = counts.max() else { return "n/a" }
            return String(format: "%.0f B", mean) + (low == high ? "" : " (\(low)–\(high))")
        }
    }

    /// Logs in to `omega-tui --demo`, opens Relevés, presses Down to the last reading, then
    /// visits every screen and reads the process's memory.
    private func keySession(_ omegaTUI: URL, theme: String?, server: String? = nil) throws
        -> (move: ByteCounts, scroll: ByteCounts, memory: SessionMemory?)
    {
        let home = try TemporaryHome()
        let session = try PseudoTerminalSession(
            executable: omegaTUI,
            arguments: (server.map { ["--server", $0] } ?? ["--demo"]) + ["--lang", "fr"]
                + (theme.map { ["--theme", $0] } ?? []),
            environment: home.environment, directory: home.url)
        defer { session.stop() }
        try expect(session, "Quitter", "no login screen")
        _ = session.readUntilQuiet()
        session.type("demo@omega.test\tEau-Claire-2026\r")
        try expect(session, "Dernier relev", "no dashboard after logging in")
        _ = session.readUntilQuiet()
        session.type("r")
        try expect(session, " relevés", "no Relevés")
        let summary = String(decoding: session.readUntilQuiet(.milliseconds(500)), as: UTF8.self)
        let rows =
            Self.loadedRows(in: String(decoding: session.output.suffix(20_000), as: UTF8.self))
            ?? Self.loadedRows(in: summary) ?? 0
        guard rows > Self.readingsPageSize + 1 else {
            throw PseudoTerminalSession.Failure(description: "only \(rows) readings: nothing to scroll")
        }
        var move = ByteCounts(counts: [])
        var scroll = ByteCounts(counts: [])
        for index in 1..<rows {
            session.type(Self.down)
            let written = session.readAnswer().count
            if index < Self.readingsPageSize {
                move.counts.append(written)
            } else {
                scroll.counts.append(written)
            }
        }
        for (key, title) in [
            ("f", "Factures"), ("d", "Demandes"), ("m", "Messages"), ("a", "Accueil"), ("?", "Aide"),
        ] {
            let mark = session.output.count
            session.type(key)
            _ = session.read(until: title, after: mark, timeout: .seconds(10))
            _ = session.readUntilQuiet(.milliseconds(300))
        }
        return (move, scroll, session.memory())
    }

    /// Presses Down `count` times from the first of ``readingsPageSize`` visible rows: the
    /// bytes of the keys that move the selection, then of those that scroll.
    private func pressDown(_ count: Int, in session: PseudoTerminalSession) -> (ByteCounts, ByteCounts) {
        var move = ByteCounts(counts: [])
        var scroll = ByteCounts(counts: [])
        for index in 1...count {
            session.type(Self.down)
            let written = session.readAnswer().count
            if index < Self.readingsPageSize {
                move.counts.append(written)
            } else {
                scroll.counts.append(written)
            }
        }
        return (move, scroll)
    }

    /// `bare-ncurses table <look>`: 26 rows, 12 visible, drawn like Relevés by a C program;
    /// nil when it is not built.
    private func bareTable(_ bare: URL, look: String) throws -> (move: ByteCounts, scroll: ByteCounts)? {
        guard FileManager.default.isExecutableFile(atPath: bare.path) else { return nil }
        let home = try TemporaryHome()
        let session = try PseudoTerminalSession(
            executable: bare, arguments: ["table", look], environment: home.environment, directory: home.url)
        defer { session.stop() }
        try expect(session, "Quitter", "bare-ncurses drew no table")
        _ = session.readUntilQuiet()
        return pressDown(25, in: session)
    }

    private func expect(_ session: PseudoTerminalSession, _ marker: String, _ failure: String) throws {
        guard session.read(until: marker, after: max(0, session.output.count - 4096)) != nil else {
            throw PseudoTerminalSession.Failure(description: "tui: \(failure)")
        }
    }

    /// "26 relevés" (or "12 relevés sur 26" when filtered): the number of readings loaded.
    static func loadedRows(in text: String) -> Int? {
        guard
            let range = text.range(of: #"[0-9]+ relevés?"#, options: [.regularExpression, .backwards])
        else { return nil }
        return Int(text[range].prefix { $0.isNumber })
    }

    // MARK: - less

    static let lessMissing = "less not installed (apt-get install less)"

    /// `less` on lines shaped like the Relevés rows, scrolled one line at a time (`j`).
    private func lessScrollStep() throws -> Double? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("less") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let less = path else { return nil }
        let home = try TemporaryHome()
        let file = home.url.appendingPathComponent("releves.txt")
        // Date, index, consumption and type, in the table's column widths (10, 10, 12, 12).
        func right(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - text.count)) + text
        }
        let lines = (0..<200).map { row in
            let index = 9_000 - row * 37
            let date = String(format: "%02d/%02d/%04d", 1 + row % 28, 1 + row % 12, 2026 - row / 2)
            let indexText =
                index >= 1000 ? "\(index / 1000) \(String(format: "%03d", index % 1000))" : "\(index)"
            return "\(date) \(right(indexText, 10)) \(right("\(60 + row % 70) m³", 12)) "
                + (row % 5 == 0 ? "estimé" : "réel")
        }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let session = try PseudoTerminalSession(
            executable: less, arguments: [file.path], environment: home.environment, directory: home.url)
        defer { session.stop() }
        _ = session.readUntilQuiet(.milliseconds(300))
        var counts = ByteCounts(counts: [])
        for _ in 0..<20 {
            session.type("j")
            counts.counts.append(session.readAnswer().count)
        }
        return counts.mean
    }
}

/// A throw-away HOME (with its XDG directories) and working directory for one program run.
private final class TemporaryHome {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "omega-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var environment: [String: String] {
        [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": url.path,
            "XDG_STATE_HOME": url.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": url.appendingPathComponent("config").path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
