import SelfService

/// "Payer" in line mode: the same lines as the full screen.
extension PlainAppRenderer {
    static func paymentFrame(_ context: PlainContext) -> PlainFrame<AppAction> {
        let strings = context.strings
        let lines = PaymentScreen.lines(context.state, today: context.today, strings: strings).map(\.text)
            .filter { !$0.isEmpty }
        var choices: [PlainChoice<AppAction>] = []
        if context.state.canRequestInstalments {
            choices.append(
                PlainChoice(
                    "1", strings[.menuInstallments], send: [.navigate(.nouvelleDemande(.kind(.installments)))]
                ))
        }
        choices.append(back(context))
        return PlainFrame(
            title: strings[.payTitle], sections: [PlainSection("payment", lines)], choices: choices)
    }
}
