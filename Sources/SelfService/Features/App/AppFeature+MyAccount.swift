/// Mon compte, seen from the app: only on its screen, and a new login e-mail shows in the
/// header at once.
extension AppFeature {
    static func myAccount(_ state: inout AppState, _ action: MyAccountAction, _ context: ReducerContext)
        -> Effect<AppAction>
    {
        guard state.isLoggedIn, state.mode == .subscriber else { return .none }
        switch action {
        case .highlight, .choose, .form:
            guard state.screen == .monCompte else { return .none }
        default:
            break
        }
        let effect = MyAccountFeature.reduce(&state.myAccount, action, context).map(AppAction.myAccount)
        if case .emailChanged(.success(let email)) = action {
            state.session.email = email
            state.session.profile?.email = email
        }
        return effect
    }
}
