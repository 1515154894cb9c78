extension Strings {
    /// The English text of a plain-mode key.
    static func plainEnglish(_ key: PlainKey) -> String {
        switch key {
        case .welcome:
            return
                "Omega, text mode. Type the number or letter of a choice then Enter; Enter alone reads the screen again; ? for help."
        case .choicesHeading: return "Choices:"
        case .choicesHeadingInField:
            return "Choices (while filling a field, type ! then the number or letter):"
        case .choiceLine: return "{0}. {1}"
        case .shortcut: return "{0} {1}"
        case .shortcutsLine: return "Keys: {0}."
        case .choicePrompt: return "Your choice: "
        case .fieldPrompt: return "{0}: "
        case .fieldPromptWithValue: return "{0} [{1}]: "
        case .yesNoPrompt: return "{0} (y/n) [{1}]: "
        case .answerYesNo: return "Answer y (yes) or n (no)."
        case .unknownChoice:
            return
                "\"{0}\" is not a choice of this screen. Enter alone reads the screen and its choices again."
        case .labelled: return "{0}: {1}"
        case .heading: return "{0}:"
        case .errorLine: return "Error: {0}"
        case .helpChoices: return "Each screen ends with its choices: type the number or letter then Enter."
        case .helpEmptyLine: return "Enter alone reads the whole screen again."
        case .helpFields:
            return
                "A form asks for its fields one after the other: Enter alone keeps the value in brackets; passwords are never shown."
        case .helpBang:
            return
                "While filling a field, ! lists the choices, !q quits, !0 goes back; !! types an exclamation mark."
        case .helpShortcuts:
            return
                "The letters of the \"Keys\" line work everywhere: a Home, r Readings, f Invoices, d Requests, n New request, q Quit."
        case .demoHint: return "Type !3 to log in with this account."
        case .useDemoAccount: return "Log in with the demo account"
        case .changeEmail: return "Change the e-mail address"
        case .contractsCount: return "{0} contracts: type c to change."
        case .requestLine: return "Request no. {0} of {1}: {2}, {3}, {4}"
        case .readingLine: return "{0}: index {1}, {2}, {3}"
        case .previousYear: return " (same period last year: {0})"
        case .flags: return ", alerts: {0}"
        case .invoiceLine: return "Invoice {0} of {1}: {2} incl. VAT, net to pay {3}, due {4}, {5}"
        case .invoiceDetail: return "Invoice detail"
        case .askInvoiceNumber: return "Invoice number"
        case .noSuchInvoice: return "No invoice of the list has this number."
        case .requestHistory: return "Request history"
        case .timelineHeading: return "History of request no. {0} ({1}, {2}):"
        case .askRequestNumber: return "Request number"
        case .noSuchRequest: return "No request of the list has this number."
        case .contractChoice: return "Contract {0} — {1} — meter {2} — {3}"
        case .shownNow: return " (shown)"
        case .loadMore: return "Show more"
        case .dryRunAccepted: return "The service accepts this index."
        case .unusualConsumption:
            return
                "Unusual consumption: {0} since the last index, against {1} usually over such a period. Check the index."
        case .implausibleConsumption: return "Unusual consumption: {0} since the last index. Check the index."
        case .send: return "Send"
        case .sendAnyway: return "Send anyway"
        case .showRequests: return "Show the requests"
        case .changed: return " (changed)"
        case .sendChanges: return "Send the changes"
        case .contactAccepted: return "The service accepts these changes."
        case .newValue: return "{0}, new value (- to empty it)"
        case .leaveSubscriber: return "Close the subscriber (back to the search)"
        case .idleWarning:
            return
                "Inactivity: without action, back to the search in {0} s and the subscriber's data is cleared. Type Enter to go on."
        case .kioskWarning: return "Inactivity: without action, logout in {0} s. Type Enter to go on."
        case .newSearch: return "New search"
        case .nextPage: return "Next page"
        case .previousPage: return "Previous page"
        case .nextKind: return "Change the criterion (next: {0})"
        }
    }
}
