import SelfService
import TerminalUI

/// A text field of some screen: the key of its cursor in ``UIState``.
public enum FieldID: Hashable, Sendable {
    case loginEmail
    case loginPassword
    case signUp(SignUpState.Field)
    case passwordReset(PasswordResetState.Field)
    case reading(ReadingFormState.Field)
    case contact(ContactField)
    case answer(AnswerState.Field)
    case myAccount(MyAccountState.Field)
    case kind(KindField)

    /// Whether the field hides what is typed.
    public var isMasked: Bool {
        switch self {
        case .loginPassword, .signUp(.password), .signUp(.confirmation), .passwordReset(.password),
            .passwordReset(.confirmation), .myAccount(.currentPassword), .myAccount(.newPassword),
            .myAccount(.confirmation), .myAccount(.emailPassword):
            return true
        default:
            return false
        }
    }

    /// The longest input accepted (e-mails and addresses are long, codes and indices short).
    public var maxLength: Int {
        switch self {
        case .signUp(.code), .passwordReset(.code), .myAccount(.code): return 6
        case .reading(.index): return 9
        case .reading(.date): return 10
        case .signUp(.numeroContrat), .signUp(.numeroFacture): return 20
        case .answer: return AnswerState.maximumLength
        case .kind(.index): return 9
        case .kind(.date): return 10
        case .kind(.postcode): return 5
        case .kind(.iban): return 42
        case .kind(.bic): return 11
        case .kind(.address), .kind(.town): return 38
        default: return 120
        }
    }

    /// The characters the field accepts.
    public var filter: TextFieldState.Filter {
        switch self {
        case .signUp(.code), .passwordReset(.code), .reading(.index), .myAccount(.code), .kind(.index),
            .kind(.postcode):
            return .digits
        default: return .any
        }
    }

    /// The field that has the focus on the current screen, if a text field has it.
    public static func focused(in state: AppState) -> FieldID? {
        guard state.textFieldHasFocus, state.dialog == nil else { return nil }
        switch state.screen {
        case .connexion:
            switch state.login.fields.focus {
            case .email: return .loginEmail
            case .password: return .loginPassword
            case .rememberMe: return nil
            }
        case .creerCompte: return .signUp(state.signUp.fields.focus)
        case .motDePasseOublie: return .passwordReset(state.passwordReset.fields.focus)
        case .nouvelleDemande(.index): return state.readingForm.map { .reading($0.fields.focus) }
        case .nouvelleDemande(.coordonnees): return state.contactForm.map { .contact($0.fields.focus) }
        case .repondreDemande: return state.answer.map { .answer($0.fields.focus) }
        case .monCompte: return .myAccount(state.myAccount.fields.focus)
        case .nouvelleDemande(.kind): return state.kindForm.map { .kind($0.fields.focus) }
        default: return nil
        }
    }

    /// The text the field holds in `state`.
    public func text(in state: AppState) -> String {
        switch self {
        case .loginEmail: return state.login.fields[.email]
        case .loginPassword: return state.login.fields[.password]
        case .signUp(let field): return state.signUp.fields[field]
        case .passwordReset(let field): return state.passwordReset.fields[field]
        case .reading(let field): return state.readingForm?.fields[field] ?? ""
        case .contact(let field): return state.contactForm?.fields[field] ?? ""
        case .answer(let field): return state.answer?.fields[field] ?? ""
        case .myAccount(let field): return state.myAccount.fields[field]
        case .kind(let field): return state.kindForm?.fields[field] ?? ""
        }
    }

    /// The action that stores `text` in the field.
    public func setAction(_ text: String) -> AppAction {
        switch self {
        case .loginEmail: return .login(.form(.set(.email, text)))
        case .loginPassword: return .login(.form(.set(.password, text)))
        case .signUp(let field): return .signUp(.form(.set(field, text)))
        case .passwordReset(let field): return .passwordReset(.form(.set(field, text)))
        case .reading(let field): return .readingForm(.form(.set(field, text)))
        case .contact(let field): return .contactForm(.form(.set(field, text)))
        case .answer(let field): return .answer(.form(.set(field, text)))
        case .myAccount(let field): return .myAccount(.form(.set(field, text)))
        case .kind(let field): return .kindForm(.form(.set(field, text)))
        }
    }
}
