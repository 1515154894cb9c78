import Synchronization

/// A queue of messages from any task to one reader that waits for them: how finished work
/// reaches a store driven without a terminal (the terminal's event loop has its own inbox).
public final class Mailbox<Message: Sendable>: Sendable {
    private struct Contents: ~Copyable {
        var messages: [Message] = []
        var reader: CheckedContinuation<Message, Never>?
    }

    private let contents = Mutex(Contents())

    /// An empty mailbox.
    public init() {}

    /// Posts a message; the waiting reader, if any, gets it at once.
    public func post(_ message: Message) {
        let reader = contents.withLock { contents -> CheckedContinuation<Message, Never>? in
            guard let reader = contents.reader else {
                contents.messages.append(message)
                return nil
            }
            contents.reader = nil
            return reader
        }
        reader?.resume(returning: message)
    }

    /// The oldest message, waiting for one when there is none (one reader at a time).
    public func take() async -> Message {
        await withCheckedContinuation { continuation in
            let message = contents.withLock { contents -> Message? in
                guard contents.messages.isEmpty else { return contents.messages.removeFirst() }
                contents.reader = continuation
                return nil
            }
            if let message { continuation.resume(returning: message) }
        }
    }

    /// The messages waiting now, removed from the mailbox (never waits).
    public func takeAll() -> [Message] {
        contents.withLock { contents in
            let messages = contents.messages
            contents.messages = []
            return messages
        }
    }
}
