import CNCursesW
import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal session: starts ncurses, gives the canvas and the keys, and always restores the
/// terminal — on ``stop()``, at exit, on SIGINT, SIGTERM and SIGHUP (after calling
/// ``onTerminate`` so the app can save drafts), and on a crash.
///
/// Everything runs on the main actor: ncurses is not thread-safe. Keys are read without ever
/// blocking: stdin readiness and SIGWINCH wake the main queue, which drains `get_wch` in
/// no-delay mode and yields to ``keys``. Signals are handled through `DispatchSource`s, never
/// with work inside a raw signal handler.
@MainActor
public final class Terminal {
    /// Start-up choices.
    public struct Options: Sendable {
        /// Colour capability to use instead of detecting it (e.g. `.attributesOnly` for a
        /// `--no-color` flag). `NO_COLOR` is honoured either way.
        public var capability: ColorCapability?
        /// Ask the terminal for bracketed paste.
        public var bracketedPaste: Bool
        /// Esc + digit window of the ``KeyDecoder``.
        public var escapeDigitWindow: Duration
        /// Environment read for `TERM` and `NO_COLOR`.
        public var environment: [String: String]
        /// Where keys are read from: standard input unless set (tests pass the slave side of
        /// a pseudo-terminal they opened).
        public var inputDescriptor: Int32
        /// Where the screen is written: standard output unless set.
        public var outputDescriptor: Int32

        public init(
            capability: ColorCapability? = nil, bracketedPaste: Bool = true,
            escapeDigitWindow: Duration = .milliseconds(400),
            environment: [String: String] = ProcessInfo.processInfo.environment,
            inputDescriptor: Int32 = STDIN_FILENO, outputDescriptor: Int32 = STDOUT_FILENO
        ) {
            self.capability = capability
            self.bracketedPaste = bracketedPaste
            self.escapeDigitWindow = escapeDigitWindow
            self.environment = environment
            self.inputDescriptor = inputDescriptor
            self.outputDescriptor = outputDescriptor
        }

        /// Whether the terminal is the process's own standard input and output, the only one
        /// the crash and exit handlers restore.
        var usesStandardStreams: Bool {
            inputDescriptor == STDIN_FILENO && outputDescriptor == STDOUT_FILENO
        }
    }

    /// Screens are laid out for at least this size; below it, show ``TooSmallScreen``.
    public static let minimumSize = TooSmallScreen.minimumSize

    /// The canvas to draw each frame into.
    public let canvas: NCursesCanvas
    /// Decoded keys, including ``Key/resize``. One consumer.
    public let keys: AsyncStream<Key>
    /// Colour capability in use.
    public private(set) var capability: ColorCapability
    /// Called on the main actor when SIGINT, SIGTERM or SIGHUP arrives, before the terminal is
    /// restored and the process exits: save drafts here (quickly, synchronously).
    public var onTerminate: (@MainActor (Int32) -> Void)?
    /// The `TERM` actually used (after fallbacks), for the log.
    public let terminalType: String
    /// Frame, bar and spinner characters suited to this terminal (``Glyphs/preferred(environment:)``).
    public let glyphs: Glyphs

    private let keyContinuation: AsyncStream<Key>.Continuation
    private let palette: ColorPairPalette
    private var decoder: KeyDecoder
    private var sources: [any DispatchSourceProtocol] = []
    private var escapeTimer: DispatchWorkItem?
    private var isRunning = true
    private var resizeDelivered = false
    private let bracketedPaste: Bool
    private let screen: NCursesScreen
    private static var active = false
    private static var handlersInstalled = false

    /// Starts ncurses on the controlling terminal with `theme`.
    public static func start(theme: Theme = .builtinDefault, options: Options = Options())
        throws(TerminalError)
        -> Terminal
    {
        guard !active else { throw .alreadyRunning }
        guard isatty(options.inputDescriptor) == 1, isatty(options.outputDescriptor) == 1 else {
            throw .notATerminal
        }
        guard options.environment["TERM"] != "dumb" else { throw .dumbTerminal }
        selectUTF8Locale()
        // Ignored before ncurses starts, so it installs no handler of its own for them.
        for signal in [SIGINT, SIGTERM, SIGHUP] { omega_ignore_signal(signal) }
        if options.usesStandardStreams { omega_save_termios() }  // before ncurses changes any mode
        let screen = try NCursesScreen.open(
            environment: options.environment, input: options.inputDescriptor,
            output: options.outputDescriptor)
        active = true
        omega_set_active(1)
        if !handlersInstalled {
            // Once per process: a second crash handler would hand a crash over to itself.
            handlersInstalled = true
            omega_install_crash_handlers()
            omega_install_exit_restore()
        }
        return Terminal(theme: theme, options: options, screen: screen)
    }

    private init(theme: Theme, options: Options, screen: NCursesScreen) {
        self.screen = screen
        self.terminalType = screen.terminalType
        var environment = options.environment
        environment["TERM"] = terminalType
        glyphs = Glyphs.preferred(environment: environment)
        cbreak()
        noecho()
        nonl()
        keypad(omega_stdscr(), true)
        // Before the first read, when ncurses adds the terminfo keys: where both bind one
        // sequence (VT220's Find and Select are ESC [1~ and ESC [4~), these stay.
        KeySequences.teachNCurses()
        nodelay(omega_stdscr(), true)
        set_escdelay(25)
        curs_set(1)  // never hidden: screen readers and braille displays follow the cursor
        var colors = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(omega_colors())
        }
        let detected = ColorCapability.detect(colors: colors, environment: options.environment)
        capability = min(options.capability ?? detected, detected)
        palette = ColorPairPalette(
            theme: theme, capability: capability, maximumPairs: Int(omega_color_pairs()))
        canvas = NCursesCanvas(palette: palette)
        decoder = KeyDecoder(escapeDigitWindow: options.escapeDigitWindow)
        bracketedPaste = options.bracketedPaste
        (keys, keyContinuation) = AsyncStream.makeStream(of: Key.self, bufferingPolicy: .unbounded)
        if bracketedPaste { screen.send("\u{1B}[?2004h") }
        installSources()
    }

    /// Switches theme (e.g. from a settings screen); the next frame uses it.
    public func apply(theme: Theme) {
        palette.reset(theme: theme, capability: capability)
    }

    /// Starts a frame: blanks the back buffer. Draw into ``canvas`` next, then ``present()``.
    public func beginFrame() {
        canvas.beginFrame()
    }

    /// Shows the frame: ncurses sends only the cells that changed.
    public func present() {
        guard isRunning else { return }
        canvas.present()
    }

    /// Restores the terminal and ends ``keys``. Safe to call more than once.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        for source in sources { source.cancel() }
        sources = []
        escapeTimer?.cancel()
        if bracketedPaste { screen.send("\u{1B}[?2004l") }
        endwin()
        screen.close()
        omega_set_active(0)
        for signal in [SIGINT, SIGTERM, SIGHUP] { omega_default_signal(signal) }
        keyContinuation.finish()
        Self.active = false
    }

    // MARK: - Input

    private func installSources() {
        let input = DispatchSource.makeReadSource(fileDescriptor: screen.input, queue: .main)
        input.setEventHandler { MainActor.assumeIsolated { [weak self] in self?.drainInput() } }
        input.resume()
        sources.append(input)
        let resize = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .main)
        resize.setEventHandler { MainActor.assumeIsolated { [weak self] in self?.handleWindowChange() } }
        resize.resume()
        sources.append(resize)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .main)
            source.setEventHandler {
                MainActor.assumeIsolated { [weak self] in self?.terminate(signal: signal) }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Reads every pending input without blocking (`nodelay`), decodes and yields keys.
    private func drainInput() {
        guard isRunning else { return }
        var value: UInt32 = 0
        var drained = 0
        while drained < 4096 {
            let status = omega_get_wch(&value)
            if status == omega_err() { break }
            drained += 1
            let raw: RawInput =
                status == omega_key_code_yes() ? .keyCode(Int32(bitPattern: value)) : .character(value)
            for key in decoder.feed(raw, at: .now) { deliver(key) }
        }
        scheduleEscapeFlush()
        if drained == 0, isatty(screen.input) != 1 {
            // The terminal went away (hang-up without SIGHUP): behave as if it had been sent.
            terminate(signal: SIGHUP)
        }
    }

    private func deliver(_ key: Key) {
        if key == .resize {
            canvas.refreshSize()
            resizeDelivered = true
        }
        keyContinuation.yield(key)
    }

    /// A lone Esc is reported once the Esc + digit window has passed.
    private func scheduleEscapeFlush() {
        escapeTimer?.cancel()
        guard let deadline = decoder.deadline else { return }
        let work = DispatchWorkItem { MainActor.assumeIsolated { [weak self] in self?.flushEscape() } }
        escapeTimer = work
        let delay = ContinuousClock.now.duration(to: deadline)
        let nanoseconds = max(
            0, delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000)
        DispatchQueue.main.asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds)), execute: work)
    }

    private func flushEscape() {
        for key in decoder.flush(at: .now) { deliver(key) }
        scheduleEscapeFlush()
    }

    /// SIGWINCH: ncurses may or may not have seen it (libdispatch watches it too), so resize
    /// from the kernel's answer and report one ``Key/resize``.
    private func handleWindowChange() {
        guard isRunning else { return }
        var rows: Int32 = 0
        var columns: Int32 = 0
        if omega_window_size(screen.output, &rows, &columns) == 0 {
            // Clamp absurd answers (0x0 from some SSH clients, 65535x65535).
            resizeterm(min(max(rows, 1), 1000), min(max(columns, 1), 1000))
        }
        resizeDelivered = false
        drainInput()  // delivers the KEY_RESIZE that ncurses (or resizeterm) may have queued
        if !resizeDelivered { deliver(.resize) }
    }

    private func terminate(signal: Int32) {
        onTerminate?(signal)
        stop()
        exit(128 + signal)
    }

    // MARK: - Start-up helpers

    /// ncursesw needs a UTF-8 character type for wide characters.
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().contains("UTF")
        {
            return
        }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { return }
    }
}
