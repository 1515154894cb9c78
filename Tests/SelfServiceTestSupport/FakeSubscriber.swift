import Foundation
import SelfService
import Synchronization

/// A subscriber's data held in memory, behind the same protocol as the real sources: what
/// the reducer tests run their effects against (the adapter's tests use the real sandbox).
///
/// Calls answer at once with the records given, or with `failure` when set; `gate` holds
/// every call until the test opens it (to test Esc while a call is in flight).
public final class FakeSubscriber: SubscriberDataSource {
    /// What the fake answers, and what it was asked.
    public struct Contents: Sendable {
        public var profile = Fixtures.profile
        public var contracts = [Fixtures.contract]
        public var readings = Fixtures.readings
        public var invoices = Fixtures.invoices
        public var payable: PayableInvoice?
        public var messages: [ServiceMessage] = []
        public var requests = Fixtures.requests
        /// Rows per page of the lists.
        public var pageSize = 20
        /// The outcome filings answer (its request's id is "" for a dry run).
        public var outcome = FilingOutcome(request: Fixtures.request("42", .send))
        /// When set, every call fails with it.
        public var failure: ServiceFailure?
        /// When set, filings fail with it.
        public var filingFailure: ServiceFailure?
        /// The filings received: (dry run, idempotency key).
        public var filings: [(dryRun: Bool, key: String)] = []
        /// The answers sent to the service, by request id.
        public var answers: [(id: String, text: String)] = []
        /// When set, answers fail with it.
        public var answerFailure: ServiceFailure?
        /// The request kinds of ours the fake accepts (nil: it does not say, as a real OmegaWEB).
        public var requestKinds: Set<ServiceRequestKind>? = Set(ServiceRequestKind.allCases)
        /// The submissions of our kinds received, in order.
        public var kindSubmissions: [KindSubmission] = []
    }

    private let contents: Mutex<Contents>
    /// Holds filings while closed.
    public let gate = Gate()
    public let sessionID: String

    /// A fake with the fixtures' records, adjusted by `configure`; `session` names it.
    public init(session: String = "fake-session", _ configure: (inout Contents) -> Void = { _ in }) {
        sessionID = session
        var contents = Contents()
        configure(&contents)
        self.contents = Mutex(contents)
    }

    /// Changes what the fake answers from now on.
    public func update(_ change: (inout Contents) -> Void) {
        contents.withLock { change(&$0) }
    }

    /// What the fake holds and was asked.
    public var snapshot: Contents { contents.withLock { $0 } }

    private func answer<T>(_ pick: (Contents) -> T) async throws(ServiceFailure) -> T {
        await gate.pass()
        let (value, failure) = contents.withLock { ($0.failure == nil ? pick($0) : nil, $0.failure) }
        if let failure { throw failure }
        return value!
    }

    private func page<T: Equatable & Sendable>(_ items: [T], _ number: Int) -> RecordPage<T> {
        let size = snapshot.pageSize
        let start = min(items.count, (number - 1) * size)
        let end = min(items.count, start + size)
        return RecordPage(
            items: Array(items[start..<end]), number: number, total: items.count, hasNext: end < items.count)
    }

    public func profile() async throws(ServiceFailure) -> SubscriberProfile { try await answer(\.profile) }
    public func contracts() async throws(ServiceFailure) -> [ContractSummary] {
        try await answer(\.contracts)
    }

    public func readings(contratId: String, page number: Int) async throws(ServiceFailure) -> RecordPage<
        ReadingRecord
    > {
        page(try await answer(\.readings), number)
    }

    public func invoices(contratId: String, page number: Int) async throws(ServiceFailure) -> RecordPage<
        InvoiceRecord
    > {
        page(try await answer(\.invoices), number)
    }

    public func payableInvoice(numeroContrat: String) async throws(ServiceFailure) -> PayableInvoice? {
        try await answer(\.payable)
    }

    public func messages() async throws(ServiceFailure) -> [ServiceMessage] { try await answer(\.messages) }

    public func requests(page number: Int) async throws(ServiceFailure) -> RecordPage<RequestRecord> {
        page(try await answer(\.requests), number)
    }

    public func request(id: String) async throws(ServiceFailure) -> RequestRecord {
        let request = try await answer { $0.requests.first { $0.id == id } }
        guard let request else { throw ServiceFailure(.notFound) }
        return request
    }

    public func fileReading(
        _ submission: ReadingSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        try await file(dryRun: dryRun, key: idempotencyKey)
    }

    public func updateContact(
        _ submission: ContactSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        try await file(dryRun: dryRun, key: idempotencyKey)
    }

    /// Records the answer and moves the request back to "En traitement" with the answer as
    /// the comment of that move, as the service does.
    public func answerRequest(id: String, text: String) async throws(ServiceFailure) -> RequestRecord {
        await gate.pass()
        let (answered, failure) = contents.withLock { contents -> (RequestRecord?, ServiceFailure?) in
            contents.answers.append((id, text))
            if let failure = contents.answerFailure ?? contents.failure { return (nil, failure) }
            guard let index = contents.requests.firstIndex(where: { $0.id == id }) else {
                return (nil, ServiceFailure(.notFound))
            }
            var request = contents.requests[index]
            let last = request.history.last?.date ?? request.date ?? Fixtures.now
            request.status = .omega
            request.history.append(
                RequestEvent(status: .omega, date: last.addingTimeInterval(60), comment: text))
            request.date = last.addingTimeInterval(60)
            contents.requests[index] = request
            return (request, nil)
        }
        if let failure { throw failure }
        guard let answered else { throw ServiceFailure(.notFound) }
        return answered
    }

    public func requestKinds() async throws(ServiceFailure) -> Set<ServiceRequestKind>? {
        try await answer(\.requestKinds)
    }

    public func fileKind(
        _ submission: KindSubmission, dryRun: Bool, idempotencyKey: String
    ) async throws(ServiceFailure) -> FilingOutcome {
        contents.withLock { $0.kindSubmissions.append(submission) }
        return try await file(dryRun: dryRun, key: idempotencyKey)
    }

    private func file(dryRun: Bool, key: String) async throws(ServiceFailure) -> FilingOutcome {
        await gate.pass()
        let (outcome, failure) = contents.withLock { contents in
            contents.filings.append((dryRun, key))
            let failure = contents.filingFailure ?? contents.failure
            // A request really filed joins the subscriber's list, as on the service.
            if !dryRun, failure == nil,
                !contents.requests.contains(where: { $0.id == contents.outcome.request.id })
            {
                contents.requests.insert(contents.outcome.request, at: 0)
            }
            return (contents.outcome, failure)
        }
        if let failure { throw failure }
        var answered = outcome
        if dryRun { answered.request.id = "" }
        return answered
    }
}

/// A gate that calls wait at while it is closed: how a test holds a call in flight (to press
/// Esc meanwhile). A waiting call that is cancelled leaves the gate at once.
public final class Gate: Sendable {
    private struct Contents: ~Copyable {
        var isOpen = true
        var waiting: [Int: CheckedContinuation<Void, Never>] = [:]
        var cancelled: Set<Int> = []
        var lastId = 0
    }

    private let contents = Mutex(Contents())
    private let onPark = Mutex<@Sendable () -> Void>({})

    /// An open gate.
    public init() {}

    /// Closes the gate: later calls wait.
    public func close() { contents.withLock { $0.isOpen = false } }

    /// Opens the gate and lets the waiting calls through.
    public func open() {
        let waiting = contents.withLock { contents in
            contents.isOpen = true
            defer { contents.waiting = [:] }
            return Array(contents.waiting.values)
        }
        for continuation in waiting { continuation.resume() }
    }

    /// How many calls wait.
    public var waitingCount: Int { contents.withLock { $0.waiting.count } }

    /// Runs `action` each time a call starts waiting (the test store's bookkeeping).
    public func onPark(_ action: @escaping @Sendable () -> Void) { onPark.withLock { $0 = action } }

    /// Passes, or waits until the gate opens (or the call is cancelled).
    public func pass() async {
        let id = contents.withLock { contents -> Int in
            contents.lastId += 1
            return contents.lastId
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let waits = contents.withLock { contents -> Bool in
                    guard contents.cancelled.remove(id) == nil, !contents.isOpen else { return false }
                    contents.waiting[id] = continuation
                    return true
                }
                if waits { onPark.withLock { $0 }() } else { continuation.resume() }
            }
        } onCancel: {
            let continuation = contents.withLock { contents -> CheckedContinuation<Void, Never>? in
                guard let continuation = contents.waiting.removeValue(forKey: id) else {
                    contents.cancelled.insert(id)
                    return nil
                }
                return continuation
            }
            continuation?.resume()
        }
    }
}
