import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program started on a pseudo-terminal of its own (80x24 unless told), driven like a
/// person at a keyboard: ``type(_:)`` sends bytes as keys, the read functions collect exactly
/// what the program wrote to its terminal.
final class PseudoTerminalSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let process: Process
    /// When the program was started (just before `exec`).
    let started: ContinuousClock.Instant
    private let master: Int32
    /// Every byte the program wrote so far.
    private(set) var output: [UInt8] = []

    init(
        executable: URL, arguments: [String], environment: [String: String], directory: URL? = nil,
        columns: Int = 80, rows: Int = 24
    ) throws {
        master = PseudoTerminalCalls.openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0, PseudoTerminalCalls.grant(master) == 0, PseudoTerminalCalls.unlock(master) == 0,
            let name = PseudoTerminalCalls.slaveName(master)
        else {
            throw Failure(description: "no pseudo-terminal (errno \(errno))")
        }
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw Failure(description: "cannot open \(String(cString: name))") }
        defer { close(slave) }  // the child has its own copies once started
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        started = .now
        try process.run()
    }

    /// Sends `bytes` as typed keys.
    func type(_ bytes: [UInt8]) {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            rest = rest.dropFirst(written)
        }
    }

    /// Sends `text` as typed keys.
    func type(_ text: String) {
        type(Array(text.utf8))
    }

    /// Reads until `marker` appears in what was written after byte `offset`; returns the
    /// instant it was seen, or nil after `timeout`.
    @discardableResult
    func read(until marker: String, after offset: Int = 0, timeout: Duration = .seconds(30))
        -> ContinuousClock.Instant?
    {
        let needle = Array(marker.utf8)
        let deadline = ContinuousClock.now + timeout
        var searchedUpTo = offset
        while true {
            if Self.firstIndex(of: needle, in: output, from: searchedUpTo) != nil { return .now }
            searchedUpTo = max(offset, output.count - needle.count + 1)
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero, readAvailable(waiting: left) else { return nil }
        }
    }

    /// Reads until the program has written nothing for `quiet`; returns what it wrote.
    func readUntilQuiet(_ quiet: Duration = .milliseconds(250), timeout: Duration = .seconds(10)) -> [UInt8] {
        let start = output.count
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, readAvailable(waiting: quiet) {}
        return Array(output[start...])
    }

    /// The answer to a key: waits up to `timeout` for the first byte, then reads until the
    /// program has written nothing for `quiet` (a slow redraw is not cut in two).
    func readAnswer(quiet: Duration = .milliseconds(150), timeout: Duration = .seconds(5)) -> [UInt8] {
        let start = output.count
        guard readAvailable(waiting: timeout) else { return [] }
        _ = readUntilQuiet(quiet, timeout: timeout)
        return Array(output[start...])
    }

    /// Reads what is there, waiting at most `wait` for the first byte. False on silence or
    /// when the program closed its terminal.
    private func readAvailable(waiting wait: Duration) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, min(Double(Int32.max), wait.seconds * 1000)).rounded(.up))
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        output += buffer.prefix(count)
        return true
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = max(0, start)
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Resident and private memory of the program now, from `/proc/PID/smaps_rollup`.
    func memory() -> SessionMemory? {
        let path = "/proc/\(process.processIdentifier)/smaps_rollup"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var fields: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, parts[0].hasSuffix(":"), let value = Int(parts[1]) else { continue }
            fields[String(parts[0].dropLast())] = value
        }
        guard let resident = fields["Rss"] else { return nil }
        return SessionMemory(
            residentKiB: resident, privateDirtyKiB: fields["Private_Dirty"] ?? 0,
            privateCleanKiB: fields["Private_Clean"] ?? 0)
    }

    /// Ends the program (SIGTERM, then SIGKILL) and closes the terminal. Polls rather than
    /// `waitUntilExit`, which has been seen to miss an exit (docs/architecture.md).
    func stop() {
        for signal in [SIGTERM, SIGKILL] where process.isRunning {
            kill(process.processIdentifier, signal)
            let deadline = ContinuousClock.now + .seconds(5)
            while process.isRunning, ContinuousClock.now < deadline {
                _ = readAvailable(waiting: .milliseconds(20))  // a full terminal must not block its exit
            }
        }
        close(master)
    }
}

/// `posix_openpt`, `grantpt`, `unlockpt` and `ptsname` are in every C library but hidden from
/// Swift's Glibc module (they need `_XOPEN_SOURCE` 600), so they are looked up by name.
private enum PseudoTerminalCalls {
    typealias Call = @convention(c) (Int32) -> Int32
    typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static let openMaster = function("posix_openpt", as: Call.self)
    static let grant = function("grantpt", as: Call.self)
    static let unlock = function("unlockpt", as: Call.self)
    static let slaveName = function("ptsname", as: NameCall.self)

    private static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else {
            fatalError("no \(name) in the C library")
        }
        return unsafeBitCast(symbol, to: type)
    }
}

/// A program's memory as `/proc/PID/smaps_rollup` counts it, in KiB.
struct SessionMemory {
    var residentKiB: Int
    /// Pages the program wrote and no other process shares: its own heap and data.
    var privateDirtyKiB: Int
    /// Pages read from files and mapped by this process alone: mostly the executable's code,
    /// which a second session of the same binary would share.
    var privateCleanKiB: Int

    /// "RSS 44.2 MiB, private dirty 4.1 MiB, private clean 13.9 MiB".
    var text: String {
        String(
            format: "RSS %.1f MiB, private dirty %.1f MiB, private clean %.1f MiB",
            Double(residentKiB) / 1024, Double(privateDirtyKiB) / 1024, Double(privateCleanKiB) / 1024)
    }
}
