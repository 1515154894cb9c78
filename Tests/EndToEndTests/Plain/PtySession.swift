import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program on a pseudo-terminal of its own, read byte for byte: unlike tmux (which keeps
/// only the screen it draws), the transcript holds every byte the program wrote, escape
/// sequences included, so a test can prove that none moved the cursor.
///
/// The child is a session leader whose controlling terminal is the pty (it can open
/// `/dev/tty` to ask a password); the pty is in its usual line mode, so it echoes what the
/// test types, as a terminal does for a person.
final class PtySession: @unchecked Sendable {
    // @unchecked: `buffer` and `exitStatus` are only touched under `lock`.
    private let master: Int32
    private let pid: pid_t
    private let lock = NSLock()
    private var buffer = Data()
    private var exitStatus: Int32?
    private let reader: Thread

    /// Starts `executable` with `arguments` and exactly `environment` on a new pty.
    init(_ executable: URL, arguments: [String], environment: [String: String]) throws {
        let pty = try PseudoTerminal.open()
        let master = pty.master
        let slavePath = pty.slavePath

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (glibc runs the file actions last): the pty becomes the child's
        // controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in 1..<Int32(32) where signal != SIGKILL && signal != SIGSTOP {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // POSIX_SPAWN_SETSID (glibc 2.26) is not imported into Swift; its value is 0x80.
        let setsid: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setsid))

        let argv = ([executable.path] + arguments).map { strdup($0) }
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable.path, &actions, &attributes, argv + [nil], envp + [nil])
        guard spawned == 0 else {
            close(master)
            throw SpawnError(call: "posix_spawn \(executable.path)", code: spawned)
        }
        self.master = master
        pid = child
        let box = ReaderBox()
        reader = Thread { box.session?.readUntilClosed() }
        box.session = self
        reader.start()
    }

    /// Lets the reader thread reach the session once it is built.
    private final class ReaderBox: @unchecked Sendable {
        weak var session: PtySession?
    }

    private func readUntilClosed() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &chunk, chunk.count)
            if count > 0 {
                lock.lock()
                buffer.append(contentsOf: chunk[0..<count])
                lock.unlock()
            } else if count < 0, errno == EINTR {
                continue
            } else {
                // EIO: the child and every holder of the pty's other end are gone.
                break
            }
        }
        close(master)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let signal = status & 0x7f
        lock.lock()
        exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        lock.unlock()
    }

    /// Every byte written so far, as text (line ends as the pty sends them: CR LF).
    var raw: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// The transcript with CR LF read as LF.
    var transcript: String { raw.replacingOccurrences(of: "\r\n", with: "\n") }

    /// Types `text` then Enter.
    func typeLine(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until the transcript, from `offset` characters on, contains `text`; returns
    /// whether it did before `timeout`.
    @discardableResult
    func waitFor(_ text: String, after offset: Int = 0, timeout: Duration = .seconds(20)) async throws -> Bool
    {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if String(transcript.dropFirst(offset)).contains(text) { return true }
            if status != nil { return String(transcript.dropFirst(offset)).contains(text) }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    /// The exit status, once the program ended.
    var status: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return exitStatus
    }

    /// Waits for the program to end; its exit status, or nil after `timeout`.
    func waitForExit(timeout: Duration = .seconds(20)) async throws -> Int32? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let status { return status }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// Ends the program if it still runs.
    func stop() {
        if status == nil { kill(pid, SIGKILL) }
    }

    deinit {
        stop()
    }
}

/// The master end of a new pseudo-terminal and the path of its other end.
///
/// glibc declares posix_openpt, grantpt, unlockpt and ptsname only under _XOPEN_SOURCE,
/// which Swift's Glibc module does not define: they are looked up in the C library at run
/// time instead.
enum PseudoTerminal {
    private typealias OpenPT = @convention(c) (Int32) -> Int32
    private typealias Control = @convention(c) (Int32) -> Int32
    private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func open() throws -> (master: Int32, slavePath: String) {
        guard let library = dlopen(nil, RTLD_NOW), let openPT = dlsym(library, "posix_openpt"),
            let grant = dlsym(library, "grantpt"), let unlock = dlsym(library, "unlockpt"),
            let name = dlsym(library, "ptsname")
        else { throw SpawnError(call: "dlsym posix_openpt", code: ENOSYS) }
        let master = unsafeBitCast(openPT, to: OpenPT.self)(O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw SpawnError(call: "posix_openpt", code: errno) }
        guard unsafeBitCast(grant, to: Control.self)(master) == 0,
            unsafeBitCast(unlock, to: Control.self)(master) == 0,
            let path = unsafeBitCast(name, to: Name.self)(master)
        else {
            close(master)
            throw SpawnError(call: "grantpt/unlockpt/ptsname", code: errno)
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        return (master, String(cString: path))
    }
}
