#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pseudo-terminal pair opened by a test: the program under test gets `slave` as its
/// terminal; the test types into `master` as a keyboard would and reads what was drawn.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let call: String
        var description: String { "\(call) failed (errno \(errno))" }
    }

    let master: Int32
    let slave: Int32

    /// Opens a pair whose window is `columns` x `rows`.
    init(columns: Int = 80, rows: Int = 24) throws {
        master = PseudoTerminalCalls.openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failure(call: "posix_openpt") }
        guard PseudoTerminalCalls.grant(master) == 0, PseudoTerminalCalls.unlock(master) == 0,
            let name = PseudoTerminalCalls.slaveName(master)
        else {
            close(master)
            throw Failure(call: "grantpt/unlockpt/ptsname")
        }
        slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            close(master)
            throw Failure(call: "open(\(String(cString: name)))")
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        // Never block reading what the program drew.
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    /// Types `bytes` as the terminal's keyboard would send them.
    func type(_ bytes: [UInt8]) {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            rest = rest.dropFirst(written)
        }
    }

    /// Everything the program wrote since the last call.
    func drain() -> [UInt8] {
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { return output }
            output += buffer.prefix(count)
        }
    }

    deinit {
        close(slave)
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
