/// What a person does in any form: the same five intents for every form of the application.
public enum FormAction<Field: Hashable & Sendable>: Equatable, Sendable {
    /// Replaces a field's text.
    case set(Field, String)
    /// Puts the focus on a field.
    case focus(Field)
    /// Tab.
    case focusNext
    /// Shift-Tab.
    case focusPrevious
    /// Enter.
    case submit
}
