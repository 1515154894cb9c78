/// The fields of a form: their text, the focus, and the problem shown next to each.
///
/// The form feature decides which fields exist at each step (``order``) and what Enter does;
/// this value applies the intents every form shares.
public struct FormFields<Field: Hashable & Sendable>: Equatable, Sendable {
    /// The text of each field (absent: empty).
    public var values: [Field: String]
    /// The field with focus.
    public var focus: Field
    /// The problem shown next to each field.
    public var problems: [Field: FieldProblem] = [:]

    /// Fields with `values`, the focus on `focus`.
    public init(focus: Field, values: [Field: String] = [:]) {
        self.focus = focus
        self.values = values
    }

    /// The text of a field ("" when empty).
    public subscript(_ field: Field) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue.isEmpty ? nil : newValue }
    }

    /// Applies `action` to fields shown in `order`; returns true for Enter, which the form
    /// feature handles. Typing clears the field's problem.
    public mutating func apply(_ action: FormAction<Field>, order: [Field]) -> Bool {
        switch action {
        case .set(let field, let text):
            self[field] = text
            problems[field] = nil
        case .focus(let field):
            if order.contains(field) { focus = field }
        case .focusNext:
            focus = order.cycled(after: focus, by: 1)
        case .focusPrevious:
            focus = order.cycled(after: focus, by: -1)
        case .submit:
            return true
        }
        return false
    }

    /// Shows `problems` (replacing the previous ones) and moves the focus to the first field
    /// at fault in `order`; returns whether there was any.
    @discardableResult
    public mutating func show(_ problems: [Field: FieldProblem], order: [Field]) -> Bool {
        self.problems = problems
        guard let first = order.first(where: { problems[$0] != nil }) else { return false }
        focus = first
        return true
    }
}

extension Array where Element: Equatable {
    /// The element `offset` places after `element`, wrapping around (the first element when
    /// `element` is not in the array).
    func cycled(after element: Element, by offset: Int) -> Element {
        guard let index = firstIndex(of: element) else { return first ?? element }
        return self[((index + offset) % count + count) % count]
    }
}
