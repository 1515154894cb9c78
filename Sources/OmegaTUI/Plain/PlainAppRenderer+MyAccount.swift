import Foundation
import SelfService
import TerminalUI

/// Issue 14's screens in plain mode: Répondre au service, Mon compte.
extension PlainAppRenderer {
    /// The service's question in full, then the answer asked as one line.
    static func answerFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let title = strings[.screenRepondre]
        guard let form = context.state.answer else {
            return PlainFrame(title: title, choices: [back(context)])
        }
        var sections = [
            PlainSection(
                "question-\(form.request.id)",
                [
                    strings(.answerQuestionTitle, form.request.id, strings.label(form.request.code)),
                    form.question ?? strings[.answerNoQuestion],
                ]),
            context.problems(
                form.fields.problems, order: [.answer], label: { _ in strings[.answerLabel] },
                id: { .answer($0) }),
            context.failure(form.error),
        ]
        let choices = [back(context)]
        guard !form.isSubmitting else {
            sections.append(PlainSection("status", [strings[.answerSending]]))
            return PlainFrame(title: title, sections: sections, choices: choices, prompt: .waiting)
        }
        let walk = PlainFormWalk(
            order: [AnswerState.Field.answer], focus: .answer, problems: Set(form.fields.problems.keys),
            set: { .answer(.form(.set($0, $1))) }, focusOn: { .answer(.form(.focus($0))) },
            submit: .answer(.form(.submit)))
        let field = walk.field(.answer(.answer), label: strings[.answerLabel], value: form.fields[.answer])
        return PlainFrame(title: title, sections: sections, choices: choices, prompt: .field(field))
    }

    /// The menu of Mon compte as numbered choices, or its form one field at a time.
    static func myAccountFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let account = context.state.myAccount
        let title = strings[.screenMonCompte]
        var sections = [context.failure(account.error)]
        guard account.isEditing else {
            let email = context.state.session.profile?.email ?? context.state.session.email ?? ""
            sections.insert(PlainSection("signed-in", [strings(.myAccountSignedInAs, email)]), at: 0)
            if account.isSubmitting { sections.append(PlainSection("status", [strings[.submitting]])) }
            var choices = MyAccountState.Entry.allCases.enumerated().map { row, entry in
                PlainChoice<AppAction>(
                    "\(row + 1)", MyAccountScreen.label(of: entry, strings: strings),
                    send: [.myAccount(.highlight(row)), .myAccount(.choose)])
            }
            choices.append(back(context))
            return PlainFrame(
                title: title, sections: sections, choices: choices,
                prompt: account.isSubmitting ? .waiting : .choice)
        }
        sections.append(
            context.problems(
                account.fields.problems, order: account.order,
                label: { MyAccountScreen.label(of: $0, strings: strings) },
                id: { .myAccount($0) }))
        let choices = [back(context)]
        guard !account.isSubmitting else {
            sections.append(PlainSection("status", [strings[.submitting]]))
            return PlainFrame(title: title, sections: sections, choices: choices, prompt: .waiting)
        }
        let walk = PlainFormWalk(
            order: account.order, focus: account.fields.focus, problems: Set(account.fields.problems.keys),
            set: { .myAccount(.form(.set($0, $1))) }, focusOn: { .myAccount(.form(.focus($0))) },
            submit: .myAccount(.form(.submit)))
        let focus = account.fields.focus
        let field = walk.field(
            .myAccount(focus), label: MyAccountScreen.label(of: focus, strings: strings),
            value: account.fields[focus])
        return PlainFrame(title: title, sections: sections, choices: choices, prompt: .field(field))
    }
}
