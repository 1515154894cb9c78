/// Everything that can happen to the subscriber's screens: intents from keys, answers of
/// work, timers. Each feature's own actions travel inside their case.
public enum AppAction: Equatable, Sendable {
    /// The first action: resumes a remembered session, or (counter) loads the subscriber.
    case start
    /// Go to a screen (and start what it needs).
    case navigate(Screen)
    /// Esc: closes a dialog, cancels what is in flight, or goes back.
    case back
    /// `q`/F10: quits, or asks first when a form holds unsaved input.
    case quit
    /// The dialog's first button: quit, or abandon the form's input.
    case confirmDialog
    /// The dialog's second button (or Esc): stay.
    case cancelDialog
    /// Switches the interface language.
    case setLanguage(Language)
    /// Logs out (subscriber mode).
    case logout
    /// Kiosk mode's idle timeout: logs out if someone is logged in and starts over at an
    /// empty login screen, keeping nothing of that person.
    case idleTimeout
    /// Enter on the contract picker: shows the highlighted contract.
    case chooseContract
    /// Loads the data of the screen on show again (Ctrl-R).
    case refresh
    /// A toast's time is up.
    case dismissToast(Int)

    /// The person and the contracts arrived in one answer.
    case overviewLoaded(Result<SubscriberOverview, ServiceFailure>)
    /// Page 1 of a contract's readings and invoices arrived in one answer.
    case contractRecordsLoaded(contratId: String, Result<ContractRecords, ServiceFailure>)

    case session(SessionAction)
    case login(LoginAction)
    case signUp(SignUpAction)
    case passwordReset(PasswordResetAction)
    case contracts(ContractsAction)
    case readings(PagedListAction<ReadingRecord>)
    case invoices(InvoicesAction)
    case requests(RequestsAction)
    case messages(MessagesAction)
    case newRequest(NewRequestAction)
    case readingForm(FilingFormAction<ReadingFormState.Field>)
    case contactForm(FilingFormAction<ContactField>)
    case answer(AnswerAction)
    case myAccount(MyAccountAction)
    case kindForm(FilingFormAction<KindField>)

    /// The failure an answer of the subscriber's data carries, if any (the app checks it for
    /// an expired session before the feature sees it).
    var dataFailure: ServiceFailure? {
        switch self {
        case .session(.profileLoaded(.failure(let failure))), .contracts(.loaded(.failure(let failure))),
            .overviewLoaded(.failure(let failure)), .contractRecordsLoaded(_, .failure(let failure)),
            .readings(.loaded(_, _, .failure(let failure))),
            .invoices(.list(.loaded(_, _, .failure(let failure)))),
            .invoices(.payableLoaded(_, .failure(let failure))),
            .requests(.list(.loaded(_, _, .failure(let failure)))),
            .requests(.detailLoaded(.failure(let failure))), .messages(.loaded(.failure(let failure))),
            .readingForm(.answered(_, .failure(let failure))),
            .contactForm(.answered(_, .failure(let failure))), .answer(.answered(.failure(let failure))),
            .kindForm(.answered(_, .failure(let failure))), .newRequest(.kindsLoaded(.failure(let failure))):
            return failure
        default:
            return nil
        }
    }
}
