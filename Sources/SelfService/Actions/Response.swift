/// The result of an `Operation`, fed back as `Action.response`.
///
/// `ServiceFailure?` stands for "done, or failed" where there is nothing to return.
public enum Response: Equatable, Sendable {
    /// `resumeSession`: the remembered login (nil: none), and the e-mail to prefill.
    case sessionResumed(email: String?, rememberedEmail: String?)
    case loggedIn(email: String, Result<Bool, ServiceFailure>)
    case loggedOut
    case accountCreated(ServiceFailure?)
    case accountVerified(ServiceFailure?)
    case passwordResetRequested(ServiceFailure?)
    case passwordResetDone(ServiceFailure?)
    case profile(Result<SubscriberProfile, ServiceFailure>)
    case contracts(Result<[ContractSummary], ServiceFailure>)
    case readings(contratId: String, Result<RecordPage<ReadingRecord>, ServiceFailure>)
    case invoices(contratId: String, Result<RecordPage<InvoiceRecord>, ServiceFailure>)
    case payable(contratId: String, Result<PayableInvoice?, ServiceFailure>)
    case messages(Result<[ServiceMessage], ServiceFailure>)
    case requests(Result<[RequestRecord], ServiceFailure>)
    case request(Result<RequestRecord, ServiceFailure>)
    case readingFiled(dryRun: Bool, Result<FilingOutcome, ServiceFailure>)
    case contactFiled(dryRun: Bool, Result<FilingOutcome, ServiceFailure>)
    case draftLoaded(DraftKey, Draft?)

    /// The operation this answers, to stop its spinner.
    var effectID: EffectID? {
        switch self {
        case .sessionResumed: return .session
        case .loggedIn: return .login
        case .loggedOut: return .logout
        case .accountCreated, .accountVerified: return .signUp
        case .passwordResetRequested, .passwordResetDone: return .passwordReset
        case .profile: return .profile
        case .contracts: return .contracts
        case .readings: return .readings
        case .invoices: return .invoices
        case .payable: return .payable
        case .messages: return .messages
        case .requests: return .requests
        case .request: return .requestDetail
        case .readingFiled: return .readingForm
        case .contactFiled: return .contactForm
        case .draftLoaded: return nil
        }
    }

    /// The failure carried, if any.
    var failure: ServiceFailure? {
        switch self {
        case .loggedIn(_, .failure(let failure)), .profile(.failure(let failure)),
            .contracts(.failure(let failure)), .readings(_, .failure(let failure)),
            .invoices(_, .failure(let failure)), .payable(_, .failure(let failure)),
            .messages(.failure(let failure)), .requests(.failure(let failure)),
            .request(.failure(let failure)), .readingFiled(_, .failure(let failure)),
            .contactFiled(_, .failure(let failure)):
            return failure
        case .accountCreated(let failure), .accountVerified(let failure),
            .passwordResetRequested(let failure), .passwordResetDone(let failure):
            return failure
        default:
            return nil
        }
    }
}
