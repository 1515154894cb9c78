import SelfService
import TerminalUI

/// Draws the whole frame for a state: header, the current screen, key bar, toast, dialog;
/// below 80x24, TerminalUI's too-small screen instead. Pure: same inputs, same cells.
public enum AppRenderer {
    /// Draws `state` on `canvas`.
    public static func render(
        _ state: AppState, ui: UIState, on canvas: some Canvas, strings: Strings, glyphs: Glyphs = .unicode
    ) {
        render(RenderContext(state: state, ui: ui, strings: strings, glyphs: glyphs), on: canvas)
    }

    /// Draws the frame described by `context` on `canvas`.
    public static func render(_ context: RenderContext, on canvas: some Canvas) {
        canvas.cursor = nil
        if TooSmallScreen.isNeeded(for: canvas.size) {
            TooSmallScreen(message: context.strings[.tooSmall]).draw(on: canvas)
            return
        }
        canvas.clearAll()
        let size = canvas.size
        drawHeader(context, in: ScreenLayout.header(size), on: canvas)
        drawScreen(context, on: canvas)
        let bindings = KeyBindings.bar(for: context.state, strings: context.strings, width: size.columns)
        KeyHintBar(hints: bindings.map { KeyHint(keys: $0.keys, label: $0.label) })
            .draw(in: ScreenLayout.keyBar(size), on: canvas)
        if let toast = context.state.toasts.last {
            let widget = TerminalUI.Toast(
                message: context.strings.toast(toast.message), kind: kind(of: toast))
            widget.draw(in: widget.frame(in: canvas.bounds), on: canvas)
        }
        if let dialog = context.state.dialog {
            let strings = context.strings
            let (title, message, confirm, stay): (StringKey, StringKey, StringKey, StringKey) =
                dialog == .confirmQuit
                ? (.quitTitle, .quitMessage, .quitConfirm, .quitStay)
                : (.discardTitle, .discardMessage, .discardConfirm, .discardStay)
            TerminalUI.Dialog(
                title: strings[title], message: strings[message], buttons: [strings[confirm], strings[stay]],
                state: DialogState(focusedButton: context.ui.dialogButton), glyphs: context.glyphs
            ).draw(in: canvas.bounds, on: canvas)
        }
        if let seconds = context.ui.idleWarningSeconds {
            CounterIdleWarning.draw(
                .warning(remaining: seconds), toSearch: false,
                strings: context.strings, glyphs: context.glyphs, on: canvas)
        }
    }

    private static func kind(of toast: SelfService.Toast) -> TerminalUI.Toast.Kind {
        switch toast.message {
        case .failure, .sessionExpired: return .error
        case .requestFiled, .accountVerified, .passwordReset, .answerSent: return .success
        case .statusChanged(_, _, _, let to):
            switch to {
            case .closed: return .success
            case .error, .refused: return .error
            default: return .info
            }
        case .draftRestored: return .info
        }
    }

    /// The header row: the screen's title, never cut; then, as room allows, the spinner, the
    /// contract, the e-mail, and the application's name before the title.
    private static func drawHeader(_ context: RenderContext, in rect: Rect, on canvas: some Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, with: " ", style: .title)
        let state = context.state
        let strings = context.strings
        let screenTitle = context.title(of: state.screen)
        var right: [String] = []
        if state.isBusy {
            let spinner = Spinner(frame: context.ui.spinnerFrame, glyphs: context.glyphs).currentGlyph
            right.append("\(spinner) \(strings[.loading])")
        }
        if state.isLoggedIn {
            if let contract = state.selectedContract {
                right.append("\(strings[.dashContract]) \(contract.numeroContrat)")
            }
            if case .subscriber = state.mode, let email = state.session.profile?.email ?? state.session.email
            {
                right.append(email)
            }
        }
        let width = rect.size.columns
        let fits = { (left: String, right: [String]) in
            Sanitizer.displayWidth(left) + 1
                + Sanitizer.displayWidth(" " + right.joined(separator: " · ") + " ")
                <= width
        }
        var left = " \(strings[.appName]) — \(screenTitle)"
        if !fits(left, right) { left = " " + screenTitle }
        // The e-mail goes first, then the contract; the spinner stays while anything fits.
        while !right.isEmpty, !fits(left, right) { right.removeLast() }
        let rightText = right.isEmpty ? "" : " " + right.joined(separator: " · ") + " "
        let (leftArea, rightArea) = rect.splitLeft(width - Sanitizer.displayWidth(rightText))
        canvas.put(left, in: leftArea, style: .title)
        canvas.put(rightText, in: rightArea, alignment: .right, style: .title)
    }

    private static func drawScreen(_ context: RenderContext, on canvas: some Canvas) {
        let body = ScreenLayout.body(canvas.size)
        switch context.state.screen {
        case .connexion: LoginScreen.render(context, in: body, on: canvas)
        case .creerCompte: SignUpScreen.render(context, in: body, on: canvas)
        case .motDePasseOublie: PasswordResetScreen.render(context, in: body, on: canvas)
        case .accueil: DashboardScreen.render(context, in: body, on: canvas)
        case .releves: ReadingsScreen.render(context, on: canvas)
        case .factures: InvoicesScreen.render(context, on: canvas)
        case .demandes: RequestsScreen.render(context, on: canvas)
        case .messages: MessagesScreen.render(context, on: canvas)
        case .choixContrat: ContractPickerScreen.render(context, on: canvas)
        case .nouvelleDemande(.menu): NewRequestMenuScreen.render(context, on: canvas)
        case .nouvelleDemande(.index): ReadingFormScreen.render(context, in: body, on: canvas)
        case .nouvelleDemande(.coordonnees): ContactFormScreen.render(context, in: body, on: canvas)
        case .nouvelleDemande(.kind): KindFormScreen.render(context, in: body, on: canvas)
        case .payer: PaymentScreen.render(context, in: body, on: canvas)
        case .aide: HelpScreen.render(context, in: body, on: canvas)
        case .repondreDemande: AnswerScreen.render(context, in: body, on: canvas)
        case .monCompte: MyAccountScreen.render(context, in: body, on: canvas)
        }
    }
}
