import OmegaClient
import SelfService

/// Mon compte over the signed-in session.
extension SubscriberAccountService {
    public func changePassword(current: String, new: String) async throws(ServiceFailure) {
        let api = try signedInAPI()
        do {
            try await api.changePassword(old: current, new: new)
        } catch {
            throw ServiceFailure(error)
        }
    }

    public func requestEmailChange(to email: String, password: String) async throws(ServiceFailure) {
        let api = try signedInAPI()
        do {
            try await api.requestEmailChange(email: email, password: password)
        } catch {
            throw RequestAnswers.failure(error)
        }
    }

    public func confirmEmailChange(code: String) async throws(ServiceFailure) -> String {
        let api = try signedInAPI()
        let account: Single<SubscriberAccount>
        do {
            account = try await api.confirmEmailChange(code: code)
        } catch {
            throw RequestAnswers.failure(error)
        }
        let email = account.item.email ?? ""
        // "Se souvenir de moi" prefills the new address from now on.
        rememberNewEmail(email)
        return email
    }

    public func signOutOtherSessions() async throws(ServiceFailure) -> Int {
        let api = try signedInAPI()
        do {
            return try await api.revokeOtherSessions()
        } catch {
            throw RequestAnswers.failure(error)
        }
    }
}
