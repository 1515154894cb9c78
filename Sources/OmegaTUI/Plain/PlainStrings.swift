import Foundation

/// The sentences of plain mode (the screen-reader mode), beside the application's tables:
/// one French and one English `switch` over every key, so a missing text does not compile.
/// Words the full screen already has (labels, failures, counts) come from ``Strings``.
public enum PlainKey: CaseIterable, Sendable {
    // Reading and answering.
    case welcome, choicesHeading, choicesHeadingInField, choiceLine, shortcut, shortcutsLine
    case choicePrompt, fieldPrompt, fieldPromptWithValue, yesNoPrompt, answerYesNo, unknownChoice
    case labelled, heading, errorLine
    // Aide.
    case helpChoices, helpEmptyLine, helpFields, helpBang, helpShortcuts
    // Connexion.
    case demoHint, useDemoAccount, changeEmail
    // Accueil and lists.
    case contractsCount, requestLine, readingLine, previousYear, flags, invoiceLine, invoiceDetail
    case askInvoiceNumber, noSuchInvoice, requestHistory, timelineHeading, askRequestNumber, noSuchRequest
    case contractChoice, shownNow, loadMore
    // Request forms.
    case dryRunAccepted, unusualConsumption, implausibleConsumption, send, sendAnyway, showRequests
    case changed, sendChanges, contactAccepted, newValue
    // Counter and kiosk.
    case leaveSubscriber, idleWarning, kioskWarning, newSearch, nextPage, previousPage, nextKind
}

extension Strings {
    /// The plain-mode text of `key`.
    public subscript(plain key: PlainKey) -> String {
        language == .fr ? Self.plainFrench(key) : Self.plainEnglish(key)
    }

    /// The plain-mode text of `key` with `{0}`, `{1}`… replaced by `arguments`.
    public func callAsFunction(plain key: PlainKey, _ arguments: String...) -> String {
        var text = self[plain: key]
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }
}
