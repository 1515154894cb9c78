extension AppState {
    /// The draft of the request form on screen while it holds unsent input, nil otherwise:
    /// what must be written before the process ends (SIGINT, SIGTERM, hang-up). Built by the
    /// same functions the reducers use when saving drafts as the user types.
    public var unsavedDraft: Draft? {
        if let form = readingForm, form.hasUnsavedInput { return .reading(draft(of: form)) }
        if let form = contactForm, form.hasUnsavedInput { return .contact(contactDraft(of: form)) }
        return nil
    }
}
