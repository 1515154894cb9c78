/// What plain mode shows for a state, in reading order: the screen's title, its content as
/// labelled lines grouped in sections, the choices, and the input expected.
///
/// A pure value built from the view-model (``PlainAppRenderer``, ``PlainCounterRenderer``);
/// ``PlainTranscript`` turns successive frames into the lines to print, never redrawing.
public struct PlainFrame<Action: Sendable>: Sendable {
    /// The screen's title; a new title prints the whole frame.
    public var title: String
    /// The content, top to bottom.
    public var sections: [PlainSection]
    /// What the user may type at the choice prompt (or after `!` in a field).
    public var choices: [PlainChoice<Action>]
    /// The shortcuts that act everywhere, printed on one line with a full frame.
    public var shortcuts: [PlainChoice<Action>]
    /// The input expected now.
    public var prompt: PlainPrompt<Action>

    /// Creates a frame.
    public init(
        title: String, sections: [PlainSection] = [], choices: [PlainChoice<Action>] = [],
        shortcuts: [PlainChoice<Action>] = [], prompt: PlainPrompt<Action> = .choice
    ) {
        self.title = title
        self.sections = sections
        self.choices = choices
        self.shortcuts = shortcuts
        self.prompt = prompt
    }

    /// The choice typed as `key` (a number or a letter, any case), among the screen's choices
    /// then the shortcuts.
    public func choice(forKey key: String) -> PlainChoice<Action>? {
        let wanted = key.trimmingCharacters(in: .whitespaces).lowercased()
        return (choices + shortcuts).first { $0.key.lowercased() == wanted }
    }

    /// The same frame for a parent whose actions wrap these (the counter wraps the
    /// subscriber's screens).
    public func map<Parent: Sendable>(_ transform: @escaping @Sendable (Action) -> Parent) -> PlainFrame<
        Parent
    > {
        PlainFrame<Parent>(
            title: title, sections: sections, choices: choices.map { $0.map(transform) },
            shortcuts: shortcuts.map { $0.map(transform) }, prompt: prompt.map(transform))
    }
}

/// A group of lines that changes as one: a list's rows, a status line, an error.
public struct PlainSection: Equatable, Sendable {
    /// Names the section across frames, so that only what changed is printed.
    public var id: String
    /// The lines, in reading order (server text is sanitised when printed).
    public var lines: [String]
    /// An error or a problem to fix: printed again when the user's answer changed nothing,
    /// so a repeated refusal is never met with silence.
    public var isAlert: Bool

    /// Creates a section.
    public init(_ id: String, _ lines: [String], isAlert: Bool = false) {
        self.id = id
        self.lines = lines
        self.isAlert = isAlert
    }
}

/// One thing the user may type: a number or a letter, what it is for, and what it does.
public struct PlainChoice<Action: Sendable>: Sendable {
    /// What to type ("1", "r", "q").
    public var key: String
    /// What it does, in the user's language.
    public var label: String
    /// What happens.
    public var command: PlainCommand<Action>

    /// Creates a choice.
    public init(_ key: String, _ label: String, _ command: PlainCommand<Action>) {
        self.key = key
        self.label = label
        self.command = command
    }

    /// A choice that sends `actions`.
    public init(_ key: String, _ label: String, send actions: [Action]) {
        self.init(key, label, .send(actions))
    }

    func map<Parent: Sendable>(_ transform: @escaping @Sendable (Action) -> Parent) -> PlainChoice<Parent> {
        PlainChoice<Parent>(key, label, command.map(transform))
    }
}

extension PlainChoice: Equatable {
    /// Choices print the same when their key and label are the same.
    public static func == (lhs: PlainChoice, rhs: PlainChoice) -> Bool {
        lhs.key == rhs.key && lhs.label == rhs.label
    }
}

/// What a choice does.
public enum PlainCommand<Action: Sendable>: Sendable {
    /// Sends actions to the store, in order.
    case send([Action])
    /// Asks one more thing (an invoice number, a new value), then sends what the answer means.
    case ask(PlainField<Action>)

    func map<Parent: Sendable>(_ transform: @escaping @Sendable (Action) -> Parent) -> PlainCommand<Parent> {
        switch self {
        case .send(let actions): return .send(actions.map(transform))
        case .ask(let field): return .ask(field.map(transform))
        }
    }
}

/// The input a frame waits for.
public enum PlainPrompt<Action: Sendable>: Sendable {
    /// A number or a letter among the choices.
    case choice
    /// A field's value (a form is filled one field after the other).
    case field(PlainField<Action>)
    /// Nothing: work is in flight; what is typed meanwhile is read as a choice.
    case waiting

    func map<Parent: Sendable>(_ transform: @escaping @Sendable (Action) -> Parent) -> PlainPrompt<Parent> {
        switch self {
        case .choice: return .choice
        case .field(let field): return .field(field.map(transform))
        case .waiting: return .waiting
        }
    }
}

extension PlainPrompt: Equatable {
    /// Prompts compare by what they print.
    public static func == (lhs: PlainPrompt, rhs: PlainPrompt) -> Bool {
        switch (lhs, rhs) {
        case (.choice, .choice), (.waiting, .waiting): return true
        case (.field(let left), .field(let right)): return left == right
        default: return false
        }
    }
}

/// A value to type: its label, the value it holds, and what an answer does.
public struct PlainField<Action: Sendable>: Sendable {
    /// How the answer is read.
    public typealias Kind = PlainFieldKind

    /// Names the field (two prompts for the same field and value are the same prompt).
    public var id: String
    /// The label, in the user's language.
    public var label: String
    /// The value it holds now (shown in brackets unless secret).
    public var value: String
    /// How the answer is read.
    public var kind: Kind
    /// Said when an answer means nothing here (an invoice number no invoice has).
    public var rejection: String
    /// The actions an answer stands for: the text typed ("" when the user only pressed
    /// Enter), or for ``Kind/yesNo`` "o"/"n" ("" for Enter); nil when the answer means
    /// nothing (``rejection`` is then printed and the question stays).
    public var answer: @Sendable (String) -> [Action]?

    /// Creates a field.
    public init(
        id: String, label: String, value: String = "", kind: Kind = .text, rejection: String = "",
        answer: @escaping @Sendable (String) -> [Action]?
    ) {
        self.id = id
        self.label = label
        self.value = value
        self.kind = kind
        self.rejection = rejection
        self.answer = answer
    }

    func map<Parent: Sendable>(_ transform: @escaping @Sendable (Action) -> Parent) -> PlainField<Parent> {
        let answer = self.answer
        return PlainField<Parent>(id: id, label: label, value: value, kind: kind, rejection: rejection) {
            answer($0)?.map(transform)
        }
    }
}

/// How a field's answer is read.
public enum PlainFieldKind: Equatable, Sendable {
    /// Any text (an empty answer keeps the value).
    case text
    /// Typed without echo and never shown.
    case secret
    /// Yes or no (`o`/`oui`/`y`/`yes`, `n`/`non`/`no`); empty keeps the value.
    case yesNo
}

extension PlainField: Equatable {
    /// Fields compare by what their prompt prints.
    public static func == (lhs: PlainField, rhs: PlainField) -> Bool {
        lhs.id == rhs.id && lhs.label == rhs.label && lhs.value == rhs.value && lhs.kind == rhs.kind
    }
}
