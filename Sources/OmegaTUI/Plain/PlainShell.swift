import Foundation
import SelfService
import TerminalUI

/// Plain mode's front end inside the one loop: a line typed is read against the frame on
/// show (a choice, a field's value, the answer to a question) and its actions are reduced at
/// once; finished work comes back from the loop; after each event, only what changed is
/// printed, then the prompt again. No cursor addressing, no colour, nothing redrawn.
///
/// The same store, reducers and effects as the full screen; ``PlainApp`` runs it for a
/// subscriber, ``PlainCounterApp`` at the counter, and tests drive it with a recording
/// console.
@MainActor
public final class PlainShell<State: Equatable & Sendable, Action: Sendable> {
    /// How a state becomes frames and words.
    public struct Screens: Sendable {
        /// The frame of a state on a day.
        public var frame: @MainActor @Sendable (State, Date) -> PlainFrame<Action>
        /// The interface language of a state.
        public var language: @Sendable (State) -> Language
        /// The toasts a state shows (each is printed once, as it appears).
        public var toasts: @Sendable (State) -> [SelfService.Toast]
        /// Whether the user quit.
        public var hasQuit: @Sendable (State) -> Bool
        /// Sent before each line is read (the counter restarts its idle count).
        public var beforeEachLine: [Action]
        /// Whether the screen on show still loads its own data (lines read from a pipe wait
        /// for it, so a script reads the data it navigated to).
        public var isLoading: @Sendable (State) -> Bool

        /// Describes the screens.
        public init(
            frame: @escaping @MainActor @Sendable (State, Date) -> PlainFrame<Action>,
            language: @escaping @Sendable (State) -> Language,
            toasts: @escaping @Sendable (State) -> [SelfService.Toast],
            hasQuit: @escaping @Sendable (State) -> Bool, isLoading: @escaping @Sendable (State) -> Bool,
            beforeEachLine: [Action] = []
        ) {
            self.frame = frame
            self.language = language
            self.toasts = toasts
            self.hasQuit = hasQuit
            self.isLoading = isLoading
            self.beforeEachLine = beforeEachLine
        }
    }

    /// The store of the view-model.
    public let store: Store<State, Action>
    private let screens: Screens
    private let console: any PlainConsole
    private let clock: @MainActor () -> Date
    private var transcript = PlainTranscript<Action>()
    private var seenToasts: [SelfService.Toast] = []
    /// A choice's follow-up question waiting for its answer.
    private var question: PlainField<Action>?
    /// `!` alone in a field: the next line is a choice.
    private var choosingOnce = false
    /// The prompt on the current line, if any (nil once the user answered).
    private var promptShown: String?
    private var inputHidden = false

    /// A shell over `store` writing to `console`; `clock` gives today (tests fix it).
    public init(
        store: Store<State, Action>, screens: Screens, console: any PlainConsole,
        clock: @escaping @MainActor () -> Date = Date.init
    ) {
        self.store = store
        self.screens = screens
        self.console = console
        self.clock = clock
    }

    /// The state on show.
    public var state: State { store.state }

    /// Whether the user quit.
    public var hasQuit: Bool { screens.hasQuit(store.state) }

    private var strings: Strings { Strings(language: screens.language(store.state)) }

    private var frame: PlainFrame<Action> {
        screens.frame(store.state, Formatting.calendar.startOfDay(for: clock()))
    }

    /// Prints how plain mode works, then the first screen.
    public func start() {
        write([strings[plain: .welcome]])
        refresh()
    }

    /// Lines typed while work ran, read once the screen can take them.
    private var typedAhead: [String] = []

    /// Whether lines typed ahead wait to be read (the screen is busy with its own work).
    public var hasTypedAhead: Bool { !typedAhead.isEmpty }

    /// Whether the screen waits for work rather than for the user: work it asked for runs,
    /// or, when lines come from a pipe rather than a person, its data still loads.
    public var isWaiting: Bool {
        guard question == nil, !choosingOnce else { return false }
        return frame.prompt.kind == .waiting || (!console.echoesInput && screens.isLoading(store.state))
    }

    /// A line the user typed (without its line break). While work runs (a login, a send),
    /// lines wait their turn, as a person typing ahead expects; only `0` ("Annuler") acts at
    /// once.
    public func handle(line typed: String) {
        let line = typed.hasSuffix("\r") ? String(typed.dropLast()) : typed
        let cancels =
            line.trimmingCharacters(in: .whitespaces) == "0" && frame.choices.contains { $0.key == "0" }
        if isWaiting, !(typedAhead.isEmpty && cancels) {
            typedAhead.append(line)
            return
        }
        read(line)
        readTypedAhead()
    }

    /// Reads the lines typed ahead while the screen can take them.
    private func readTypedAhead() {
        while !typedAhead.isEmpty, !isWaiting { read(typedAhead.removeFirst()) }
    }

    private func read(_ line: String) {
        if !console.echoesInput {
            console.write((inputHidden ? "" : line) + "\n")
        } else if inputHidden {
            // The terminal did not echo the Enter either.
            console.write("\n")
        }
        promptShown = nil
        if inputHidden {
            console.hideInput(false)
            inputHidden = false
        }
        for action in screens.beforeEachLine { store.send(action) }
        let frame = self.frame
        var full = false
        if let question {
            self.question = nil
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { answer(question, with: line) }
        } else if choosingOnce {
            choosingOnce = false
            full = choose(line, in: frame)
        } else if case .field(let field) = frame.prompt {
            if line.hasPrefix("!!") {
                answer(field, with: String(line.dropFirst()))
            } else if line.hasPrefix("!") {
                let rest = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if rest.isEmpty {
                    write(PlainTranscript<Action>.choiceLines(frame, strings: strings))
                    choosingOnce = true
                } else {
                    full = choose(rest, in: frame)
                }
            } else {
                answer(field, with: line)
            }
        } else {
            full = choose(line, in: frame)
        }
        refresh(full: full, afterInput: true)
    }

    /// Finished work, from the loop.
    public func receive(_ result: EffectResult<Action>) {
        store.receive(result)
        refresh()
        readTypedAhead()
    }

    /// Sends `action` (a tick, the start) and prints what it changed.
    public func send(_ action: Action) {
        store.send(action)
        refresh()
    }

    /// Prints a line of its own (a warning that belongs to no screen), then the prompt again.
    public func notice(_ line: String) {
        write([line])
        refresh()
    }

    /// Prints what changed since the last frame, then the prompt.
    ///
    /// While the screen on show loads its data, its choices and prompt wait for it (a human
    /// may still type a choice): "Chargement…", the data, then the choices, said once.
    public func refresh(full: Bool = false, afterInput: Bool = false) {
        let strings = self.strings
        var frame = self.frame
        if frame.prompt.kind == .choice, screens.isLoading(store.state) { frame.prompt = .waiting }
        var lines = freshToasts(strings)
        lines += transcript.lines(
            for: frame, strings: strings, full: full, afterInput: afterInput && lines.isEmpty)
        write(lines)
        if !hasQuit { showPrompt(for: frame, strings: strings) }
    }

    /// Reads `line` as a choice of `frame`; returns whether the whole frame must print again
    /// (an empty line asks for it).
    private func choose(_ line: String, in frame: PlainFrame<Action>) -> Bool {
        let key = line.trimmingCharacters(in: .whitespaces)
        if key.isEmpty { return true }
        guard let choice = frame.choice(forKey: key) else {
            write([strings(plain: .unknownChoice, Sanitizer.clean(key))])
            return false
        }
        switch choice.command {
        case .send(let actions):
            for action in actions { store.send(action) }
        case .ask(let field):
            question = field
        }
        return false
    }

    private func answer(_ field: PlainField<Action>, with text: String) {
        var value = text
        if field.kind == .yesNo {
            guard let yesOrNo = Self.yesOrNo(text) else {
                write([strings[plain: .answerYesNo]])
                return
            }
            value = yesOrNo
        }
        guard let actions = field.answer(value) else {
            write([field.rejection])
            return
        }
        for action in actions { store.send(action) }
    }

    /// "o" for yes, "n" for no, "" to keep the value, nil for anything else (French and
    /// English words both accepted).
    nonisolated static func yesOrNo(_ text: String) -> String? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "": return ""
        case "o", "oui", "y", "yes": return "o"
        case "n", "non", "no": return "n"
        default: return nil
        }
    }

    /// The toasts that appeared since the last look, worded; "request filed" is left out
    /// (the form already says it).
    private func freshToasts(_ strings: Strings) -> [String] {
        let current = screens.toasts(store.state)
        defer { seenToasts = current }
        return current.filter { !seenToasts.contains($0) }.compactMap { toast in
            if case .requestFiled = toast.message { return nil }
            return Sanitizer.clean(strings.toast(toast.message))
        }
    }

    private func write(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        if promptShown != nil {
            console.write("\n")
            promptShown = nil
        }
        console.write(lines.joined(separator: "\n") + "\n")
    }

    private func showPrompt(for frame: PlainFrame<Action>, strings: Strings) {
        let field: PlainField<Action>?
        if let question {
            field = question
        } else if choosingOnce {
            field = nil
        } else {
            switch frame.prompt {
            case .choice: field = nil
            case .field(let asked): field = asked
            case .waiting: return
            }
        }
        let text = field.map { Self.promptText(of: $0, strings: strings) } ?? strings[plain: .choicePrompt]
        guard promptShown != text else { return }
        if promptShown != nil { console.write("\n") }
        let hidden = field?.kind == .secret
        if hidden != inputHidden {
            console.hideInput(hidden)
            inputHidden = hidden
        }
        console.write(text)
        promptShown = text
    }

    /// "E-mail [demo@omega.test] : ", "Mot de passe : ", "Se souvenir de moi (o/n) [non] : ".
    nonisolated static func promptText(of field: PlainField<Action>, strings: Strings) -> String {
        let label = Sanitizer.clean(field.label)
        switch field.kind {
        case .secret:
            return strings(plain: .fieldPrompt, label)
        case .yesNo:
            return strings(plain: .yesNoPrompt, label, field.value)
        case .text:
            let value = Sanitizer.clean(field.value)
            return value.isEmpty
                ? strings(plain: .fieldPrompt, label) : strings(plain: .fieldPromptWithValue, label, value)
        }
    }
}
