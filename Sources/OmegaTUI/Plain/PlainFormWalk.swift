import SelfService
import TerminalUI

/// A form filled one field after the other, as a line-mode user fills it: each answer sets
/// the field and moves on; the answer to the last field is Enter (the form is sent). When
/// the form shows problems (its own checks, or the service's refusals), only the fields at
/// fault are asked again, then the form is sent again.
struct PlainFormWalk<Field: Hashable & Sendable> {
    /// The fields in order.
    var order: [Field]
    /// The field asked now.
    var focus: Field
    /// The fields at fault.
    var problems: Set<Field>
    /// The action storing a value.
    var set: @Sendable (Field, String) -> AppAction
    /// The action moving to a field.
    var focusOn: @Sendable (Field) -> AppAction
    /// The action sending the form (Enter).
    var submit: AppAction

    /// What an answer to the focused field does: `text` (when typed) is stored, then the
    /// next field is asked, or the form is sent.
    func actions(answering text: String?) -> [AppAction] {
        var actions: [AppAction] = []
        if let text { actions.append(set(focus, text)) }
        let after = order.drop { $0 != focus }.dropFirst()
        let next = problems.isEmpty ? after.first : after.first { problems.contains($0) }
        actions.append(next.map(focusOn) ?? submit)
        return actions
    }

    /// The prompt of the focused field.
    func field(_ id: FieldID, label: String, value: String) -> PlainField<AppAction> {
        let walk = self
        return PlainField(
            id: "\(id)", label: label, value: value, kind: id.isMasked ? .secret : .text
        ) { answer in
            walk.actions(answering: answer.isEmpty ? nil : Self.accepted(answer, for: id))
        }
    }

    /// The text as the field takes it: at most its length; digits-only fields drop the
    /// spaces a French reader puts between thousands ("4 057").
    static func accepted(_ text: String, for id: FieldID) -> String {
        let kept = id.filter == .digits ? text.filter { !$0.isWhitespace } : text
        return String(kept.prefix(id.maxLength))
    }
}
