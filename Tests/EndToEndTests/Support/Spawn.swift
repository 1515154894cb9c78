import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a command to completion and returns its exit status and its combined output.
///
/// Spawned with `posix_spawn` and reaped with `waitpid` rather than through Foundation's
/// `Process`: a tmux client that forks the tmux server was sometimes never seen to exit by
/// `Process.waitUntilExit` (it stayed a zombie and the test hung). The pipe is opened
/// close-on-exec so only the child's own stdout/stderr hold its write end.
///
/// - Parameter captureOutput: when false, output goes to /dev/null (for commands that fork
///   daemons, which would otherwise keep the pipe open until they exit).
func runToCompletion(_ executable: URL, _ arguments: [String], captureOutput: Bool = true) throws -> (
    status: Int32, output: String
) {
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else { throw SpawnError(call: "pipe", code: errno) }
    // pipe2 is not visible from Swift's Glibc; set close-on-exec right after.
    for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    defer { close(pipeEnds[0]) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if captureOutput {
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }

    // The calling thread is a Swift or NIO worker with nearly every signal blocked, and
    // posix_spawn passes that mask on: a tmux server started so never handled SIGCHLD or
    // kill-server, and its panes (omega-tui) never saw SIGHUP. Start children as a shell would:
    // nothing blocked, every catchable signal at its default.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in 1..<Int32(32) where signal != SIGKILL && signal != SIGSTOP { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable.path] + arguments).map { strdup($0) }
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv + [nil], environ)
    close(pipeEnds[1])
    guard spawned == 0 else { throw SpawnError(call: "posix_spawn \(executable.path)", code: spawned) }

    var output = Data()
    if captureOutput {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(pipeEnds[0], &buffer, buffer.count)
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
    }

    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
        guard errno == EINTR else { throw SpawnError(call: "waitpid", code: errno) }
    }
    // The wait-status macros are not imported into Swift: low 7 bits are the signal, if any.
    let signal = status & 0x7f
    let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    return (exitStatus, String(decoding: output, as: UTF8.self))
}

struct SpawnError: Error, CustomStringConvertible {
    let call: String
    let code: Int32
    var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}
