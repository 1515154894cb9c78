import SelfService

/// Nouvelle demande and its forms: the index form is filled field after field; the contact
/// form, nine prefilled fields of which one usually changes, is a menu of its fields.
extension PlainAppRenderer {
    static func newRequestFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let state = context.state
        var sections = [PlainSection("intro", [strings[.newRequestIntro]])]
        if state.selectedContract?.pconsoId == nil {
            sections.append(PlainSection("no-meter", [strings[.noPointDeConsommation]]))
        }
        var choices = state.newRequest.kinds.enumerated().map { row, kind in
            PlainChoice<AppAction>(
                "\(row + 1)", strings.label(kind, mode: state.mode),
                send: [.navigate(.nouvelleDemande(kind.step))])
        }
        choices.append(back(context))
        return PlainFrame(title: strings[.screenNouvelleDemande], sections: sections, choices: choices)
    }

    static func readingFormFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let title = strings[.screenTransmettreIndex]
        guard let form = context.state.readingForm else {
            return PlainFrame(
                title: title, sections: [PlainSection("no-meter", [strings[.noPointDeConsommation]])],
                choices: [back(context)])
        }
        var sections = [PlainSection("intro", [strings(.readingIntro, form.numeroContrat)])]
        if let lastIndex = form.lastIndex, let lastDate = form.lastDate {
            sections.append(
                PlainSection(
                    "last", [strings(.lastIndexLine, strings.number(lastIndex), strings.date(lastDate))]))
        } else {
            sections.append(PlainSection("last", [strings[.noLastIndex]]))
        }
        sections.append(
            context.problems(
                form.fields.problems, order: ReadingFormState.order,
                label: { ReadingFormScreen.label(of: $0, strings: strings) }, id: { .reading($0) }))
        sections.append(context.failure(form.error))
        let consumption = form.impliedConsumption.map { strings(.dryRunResult, strings.volume($0)) }
        switch form.step {
        case .editing:
            let walk = PlainFormWalk(
                order: ReadingFormState.order, focus: form.fields.focus,
                problems: Set(form.fields.problems.keys),
                set: { .readingForm(.form(.set($0, $1))) }, focusOn: { .readingForm(.form(.focus($0))) },
                submit: .readingForm(.form(.submit)))
            let focus = form.fields.focus
            let field = walk.field(
                .reading(focus), label: ReadingFormScreen.label(of: focus, strings: strings),
                value: form.fields[focus])
            return PlainFrame(
                title: title, sections: sections, choices: [back(context)], prompt: .field(field))
        case .validating:
            sections.append(PlainSection("step", [strings[.validating]]))
            return PlainFrame(
                title: title, sections: sections, choices: [back(context, .hintCancel)], prompt: .waiting)
        case .confirming:
            sections.append(PlainSection("step", [consumption ?? strings[plain: .dryRunAccepted]]))
            return PlainFrame(title: title, sections: sections, choices: confirmChoices(context, send: .send))
        case .warning(_, .unusualConsumption(let implied, let usual)):
            let text =
                usual.map { strings(plain: .unusualConsumption, strings.volume(implied), strings.volume($0)) }
                ?? strings(plain: .implausibleConsumption, strings.volume(implied))
            sections.append(PlainSection("step", [text], isAlert: true))
            return PlainFrame(
                title: title, sections: sections, choices: confirmChoices(context, send: .sendAnyway))
        case .sending:
            sections.append(
                PlainSection("step", [consumption ?? strings[plain: .dryRunAccepted], strings[.sending]]))
            return PlainFrame(
                title: title, sections: sections, choices: [back(context, .hintCancel)], prompt: .waiting)
        case .sent(let request):
            sections.append(
                PlainSection("step", [strings(.sentLine, request.id, strings.label(request.status))]))
            return PlainFrame(
                title: title, sections: sections, choices: sentChoices(context, .readingForm(.form(.submit))))
        }
    }

    /// "1. Envoyer" (or "Envoyer quand même") and "2. Modifier" once the dry run passed.
    private static func confirmChoices(_ context: PlainContext, send: PlainKey) -> [PlainChoice<AppAction>] {
        let strings = context.strings
        let submit: AppAction =
            context.state.screen == .nouvelleDemande(.index)
            ? .readingForm(.form(.submit)) : .contactForm(.form(.submit))
        return [
            PlainChoice("1", strings[plain: send], send: [submit]),
            PlainChoice("2", strings[.hintEdit], send: [.back]),
        ]
    }

    private static func sentChoices(_ context: PlainContext, _ submit: AppAction) -> [PlainChoice<AppAction>]
    {
        [PlainChoice("1", context.strings[plain: .showRequests], send: [submit])]
    }

    static func contactFormFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let title = context.title(of: .nouvelleDemande(.coordonnees))
        guard let form = context.state.contactForm else {
            return PlainFrame(
                title: title, sections: [PlainSection("status", [strings[.loading]])],
                choices: [back(context)])
        }
        let changed = ContactField.allCases.filter { form.changes[$0] != nil }
        var sections = [
            PlainSection("intro", ["\(form.original.nomComplet) — \(strings[.contactIntro])"]),
            PlainSection(
                "changes",
                [
                    changed.isEmpty
                        ? strings[.contactNoChange]
                        : strings(.contactChanges, changed.map { strings.label($0) }.joined(separator: ", "))
                ]),
            context.problems(
                form.fields.problems, order: ContactField.allCases, label: { strings.label($0) },
                id: { .contact($0) }
            ),
            context.failure(form.error),
        ]
        switch form.step {
        case .editing:
            var choices = ContactField.allCases.enumerated().map { row, field in
                var label = context.labelled(strings.label(field), form.fields[field])
                if form.changes[field] != nil { label += strings[plain: .changed] }
                return PlainChoice<AppAction>(
                    "\(row + 1)", label, .ask(contactQuestion(field, form: form, context)))
            }
            choices.append(
                PlainChoice(
                    "\(ContactField.allCases.count + 1)", strings[plain: .sendChanges],
                    send: [.contactForm(.form(.submit))]))
            choices.append(back(context))
            return PlainFrame(title: title, sections: sections, choices: choices)
        case .validating, .sending:
            sections.append(
                PlainSection("step", [strings[form.step == .validating ? .validating : .sending]]))
            return PlainFrame(
                title: title, sections: sections, choices: [back(context, .hintCancel)], prompt: .waiting)
        case .confirming, .warning:
            sections.append(PlainSection("step", [strings[plain: .contactAccepted]]))
            return PlainFrame(title: title, sections: sections, choices: confirmChoices(context, send: .send))
        case .sent(let request):
            sections.append(
                PlainSection("step", [strings(.sentLine, request.id, strings.label(request.status))]))
            return PlainFrame(
                title: title, sections: sections, choices: sentChoices(context, .contactForm(.form(.submit))))
        }
    }

    /// The new value of one contact field ("-" empties it).
    private static func contactQuestion(
        _ field: ContactField, form: ContactFormState, _ context: PlainContext
    )
        -> PlainField<AppAction>
    {
        PlainField(
            id: "contact-\(field.rawValue)",
            label: context.strings(plain: .newValue, context.strings.label(field)),
            value: form.fields[field]
        ) { answer in
            guard !answer.isEmpty else { return [] }
            let value =
                answer == "-" ? "" : PlainFormWalk<ContactField>.accepted(answer, for: .contact(field))
            return [.contactForm(.form(.focus(field))), .contactForm(.form(.set(field, value)))]
        }
    }
}
