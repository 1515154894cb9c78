/// Who is logged in (or chosen at the counter) and his person.
public struct SessionState: Equatable, Sendable {
    /// The data source of the subscriber whose data is shown; nil when nobody is logged in.
    public var source: DataSourceHandle?
    /// The login of the subscriber (to keep forms across a re-login of the same person, and
    /// drop them for someone else).
    public var email: String?
    /// The subscriber's person and e-mail, once loaded.
    public var profile: SubscriberProfile?
    /// The profile is loading.
    public var isLoadingProfile = false
    /// The screen to return to after logging in again when the session expired.
    public var resumeScreen: Screen?

    /// Nobody logged in.
    public init(source: DataSourceHandle? = nil) {
        self.source = source
    }

    /// Whether a subscriber's data source is available.
    public var isLoggedIn: Bool { source != nil }
}

/// What happens to the session.
public enum SessionAction: Equatable, Sendable {
    /// Start-up: the remembered session (nil: none) and the e-mail to prefill.
    case resumed(email: String?, rememberedEmail: String?, DataSourceHandle?)
    /// The logout reached the server (or failed: the session is forgotten anyway).
    case loggedOut
    /// Loads the person.
    case loadProfile
    /// The person arrived.
    case profileLoaded(Result<SubscriberProfile, ServiceFailure>)
}

/// The session's own reducer: the profile. Logging in and out are the app's (they touch
/// every screen).
public enum SessionFeature {
    /// Applies `action` to the session.
    public static func reduce(_ state: inout SessionState, _ action: SessionAction, _ context: ReducerContext)
        -> Effect<SessionAction>
    {
        switch action {
        case .loadProfile:
            guard let source = state.source?.source else { return .none }
            state.isLoadingProfile = true
            return .run(.profile) { _ in
                return .profileLoaded(
                    await .of { () async throws(ServiceFailure) in try await source.profile() })
            }
        case .profileLoaded(let result):
            state.isLoadingProfile = false
            if case .success(let profile) = result { state.profile = profile }
            return .none
        case .resumed, .loggedOut:
            return .none
        }
    }
}
