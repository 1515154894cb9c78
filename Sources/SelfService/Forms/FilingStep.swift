import Foundation

/// Where a request form stands: editing, then a dry run, then the real send.
public enum FilingStep: Equatable, Sendable {
    /// The user is typing.
    case editing
    /// The dry run is in flight (spinner; Esc cancels back to `editing`).
    case validating
    /// The dry run passed: the service would make this request. Enter sends it.
    case confirming(FilingOutcome)
    /// The dry run passed but the request looks wrong (a consumption far above the usual):
    /// the figure is shown and a second Enter sends it anyway.
    case warning(FilingOutcome, FilingWarning)
    /// The real request is in flight (Esc cancels back to `confirming`; a retry reuses the key).
    case sending(FilingOutcome)
    /// Sent: the request the service made.
    case sent(RequestRecord)

    /// Whether a call is in flight.
    public var isBusy: Bool {
        switch self {
        case .validating, .sending: return true
        default: return false
        }
    }

    /// The dry run's answer while it is confirmed or sent.
    public var outcome: FilingOutcome? {
        switch self {
        case .confirming(let outcome), .sending(let outcome), .warning(let outcome, _): return outcome
        default: return nil
        }
    }
}

/// Why a request the service would accept deserves a second look before it is sent.
public enum FilingWarning: Equatable, Sendable {
    /// The index implies `implied` m³, far above the `usual` consumption for the period
    /// (nil: no history to compare with, the figure alone is implausible for a household).
    case unusualConsumption(implied: Decimal, usual: Decimal?)
}
