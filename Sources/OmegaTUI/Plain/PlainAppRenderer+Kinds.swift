import SelfService

/// The forms of our request kinds in line mode: filled field after field like the index
/// form; a choice takes the value typed among those it lists.
extension PlainAppRenderer {
    static func kindFormFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        guard let form = context.state.kindForm else {
            return PlainFrame(
                title: strings[.screenNouvelleDemande],
                sections: [PlainSection("status", [strings[.loading]])],
                choices: [back(context)])
        }
        let title = strings.label(form.kind)
        var sections = [
            PlainSection("intro", KindFormScreen.intro(form, strings: strings)),
            context.problems(
                form.fields.problems, order: form.fieldOrder, label: { strings.label($0, of: form.kind) },
                id: { .kind($0) }),
            context.failure(form.error),
        ]
        let submit = AppAction.kindForm(.form(.submit))
        switch form.step {
        case .editing:
            let walk = PlainFormWalk(
                order: form.fieldOrder, focus: form.fields.focus, problems: Set(form.fields.problems.keys),
                set: { .kindForm(.form(.set($0, $1))) }, focusOn: { .kindForm(.form(.focus($0))) },
                submit: submit)
            let focus = form.fields.focus
            var label = strings.label(focus, of: form.kind)
            if let choices = focus.choices {
                label +=
                    " (" + choices.map { "\($0) = \(strings.choice(focus, $0))" }.joined(separator: ", ")
                    + ")"
            }
            let field = walk.field(.kind(focus), label: label, value: form.fields[focus])
            return PlainFrame(
                title: title, sections: sections, choices: [back(context)], prompt: .field(field))
        case .validating, .sending:
            sections.append(
                PlainSection("step", [strings[form.step == .validating ? .validating : .sending]]))
            return PlainFrame(
                title: title, sections: sections, choices: [back(context, .hintCancel)], prompt: .waiting)
        case .confirming, .warning:
            sections.append(PlainSection("step", [strings[.dryRunAccepted]]))
            return PlainFrame(
                title: title, sections: sections,
                choices: [
                    PlainChoice("1", strings[plain: .send], send: [submit]),
                    PlainChoice("2", strings[.hintEdit], send: [.back]),
                ])
        case .sent(let request):
            sections.append(
                PlainSection("step", [strings(.sentLine, request.id, strings.label(request.status))]))
            return PlainFrame(
                title: title, sections: sections,
                choices: [PlainChoice("1", strings[plain: .showRequests], send: [submit])])
        }
    }
}
