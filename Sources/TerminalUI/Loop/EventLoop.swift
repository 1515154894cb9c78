/// What reaches the event loop: a key, a message from an effect or a timer, or a tick.
public enum LoopEvent<Message: Sendable>: Sendable {
    /// A decoded key (``Key/resize`` included: the canvas already has its new size).
    case key(Key)
    /// A message sent through the ``Inbox`` or by a timer.
    case message(Message)
    /// Sent every ``EventLoop/tickInterval`` while it is set (spinners, polling backoff).
    case tick
}

/// What the handler wants after an event.
public enum LoopDecision: Sendable, Hashable {
    /// Nothing visible changed: no redraw (idle redraws stay at zero).
    case none
    /// State changed: draw a new frame.
    case redraw
    /// Leave ``EventLoop/run(handle:render:)``.
    case quit
}

/// A thread-safe mailbox for messages into the loop: effect tasks (network calls) and timers
/// send their results here, from any task.
public struct Inbox<Message: Sendable>: Sendable {
    fileprivate let continuation: AsyncStream<LoopEvent<Message>>.Continuation

    /// Queues `message` for the loop.
    public func send(_ message: Message) {
        continuation.yield(.message(message))
    }
}

/// One queue for keys, timers and finished work; the screen is redrawn only when the handler
/// says the state changed, and a resize always relayouts.
///
/// No key ever waits on the network: the handler starts effects as tasks that later
/// ``Inbox/send(_:)`` their result, and keeps their `Task` to cancel them (Esc).
///
/// ```swift
/// let loop = EventLoop<AppMessage>(keys: terminal.keys, canvas: terminal.canvas,
///                                  beginFrame: terminal.beginFrame, present: terminal.present)
/// await loop.run { event in model.handle(event, inbox: loop.inbox) } render: { model.draw(on: $0) }
/// ```
@MainActor
public final class EventLoop<Message: Sendable> {
    /// Where effects and timers send messages.
    public nonisolated let inbox: Inbox<Message>
    /// Number of frames drawn so far (for tests and benchmarks).
    public private(set) var framesDrawn = 0
    /// While set, a ``LoopEvent/tick`` arrives at this interval; set to nil when nothing
    /// animates or polls, so an idle app does no work. Keep it at 250 ms or more for spinners.
    public var tickInterval: Duration? {
        didSet { if tickInterval != oldValue { restartTicks() } }
    }

    private let events: AsyncStream<LoopEvent<Message>>
    private let continuation: AsyncStream<LoopEvent<Message>>.Continuation
    private let keys: AsyncStream<Key>
    private let canvas: any Canvas
    private let beginFrame: @MainActor () -> Void
    private let present: @MainActor () -> Void
    private var tickTask: Task<Void, Never>?
    private var timers: [Task<Void, Never>] = []

    /// A loop reading `keys` and drawing into `canvas`. `beginFrame` runs before each frame is
    /// drawn and `present` after (for ``Terminal``: `beginFrame()` and `present()`).
    public init(
        keys: AsyncStream<Key>, canvas: any Canvas, beginFrame: @escaping @MainActor () -> Void = {},
        present: @escaping @MainActor () -> Void = {}
    ) {
        (events, continuation) = AsyncStream.makeStream(
            of: LoopEvent<Message>.self, bufferingPolicy: .unbounded)
        inbox = Inbox(continuation: continuation)
        self.keys = keys
        self.canvas = canvas
        self.beginFrame = beginFrame
        self.present = present
    }

    /// A loop over a running ``Terminal``.
    public convenience init(terminal: Terminal) {
        self.init(
            keys: terminal.keys, canvas: terminal.canvas, beginFrame: { terminal.beginFrame() },
            present: { terminal.present() })
    }

    /// Sends `message` after `delay` (toasts that expire, polling backoff). Returns the task,
    /// to cancel the timer.
    @discardableResult
    public func schedule(_ message: Message, after delay: Duration) -> Task<Void, Never> {
        let inbox = self.inbox
        let task = Task {
            try? await Task.sleep(for: delay)
            guard !Task.isCancelled else { return }
            inbox.send(message)
        }
        timers.removeAll { $0.isCancelled }
        timers.append(task)
        return task
    }

    /// Draws a first frame, then handles events until `handle` returns ``LoopDecision/quit``
    /// or the keys end (terminal stopped). `render` draws a whole frame into the canvas.
    public func run(
        handle: @MainActor (LoopEvent<Message>) -> LoopDecision, render: @MainActor (any Canvas) -> Void
    ) async {
        let forwarder = Task { [keys, continuation] in
            for await key in keys { continuation.yield(.key(key)) }
            continuation.finish()
        }
        defer {
            forwarder.cancel()
            tickTask?.cancel()
            for timer in timers { timer.cancel() }
        }
        draw(render)
        for await event in events {
            let decision = handle(event)
            if decision == .quit { return }
            if decision == .redraw || isResize(event) { draw(render) }
        }
    }

    private func isResize(_ event: LoopEvent<Message>) -> Bool {
        if case .key(.resize) = event { return true }
        return false
    }

    private func draw(_ render: @MainActor (any Canvas) -> Void) {
        beginFrame()
        render(canvas)
        present()
        framesDrawn += 1
    }

    private func restartTicks() {
        tickTask?.cancel()
        guard let interval = tickInterval else { return }
        let continuation = self.continuation
        tickTask = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard !Task.isCancelled else { return }
                continuation.yield(.tick)
            }
        }
    }
}
