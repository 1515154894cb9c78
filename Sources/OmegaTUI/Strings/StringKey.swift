/// Every piece of interface text, by meaning. ``Strings`` gives it in French or English.
///
/// Texts with `{0}`, `{1}`… take arguments through ``Strings/callAsFunction(_:_:)``.
public enum StringKey: String, CaseIterable, Sendable {
    // Application and screens.
    case appName
    case screenConnexion, screenCreerCompte, screenMotDePasseOublie, screenAccueil, screenReleves
    case screenFactures, screenDemandes, screenNouvelleDemande, screenMessages, screenAide, screenChoixContrat
    case screenTransmettreIndex, screenCoordonnees

    // Key-hint labels.
    case hintHelp, hintHome, hintReadings, hintInvoices, hintRequests, hintMessages, hintContract, hintQuit
    case hintNew, hintFilter, hintBack, hintNextField, hintSubmit, hintLogin, hintSignUp, hintForgot
    case hintDemo, hintMove, hintOpen, hintCancel, hintSend, hintToggle, hintEdit, hintLogout, hintChoose

    // Common.
    case loading, loadingMore, noData, filterPrompt, filterActive, tooSmall, yes, no, none
    case quitTitle, quitMessage, quitConfirm, quitStay, notLoggedIn

    // Connexion.
    case fieldEmail, fieldPassword, rememberMe, loginButton, loginIntro, demoAccount, demoHint, loggingIn
    case linkSignUp, linkForgot

    // Créer un compte.
    case signUpIntro, fieldConfirmation, fieldNumeroContrat, fieldNumeroFacture, fieldCode, passwordStrength
    case confirmationMatches, confirmationDiffers, signUpCodeIntro, signUpButton, verifyButton, submitting

    // Mot de passe oublié.
    case resetIntro, resetCodeIntro, fieldNewPassword, resetRequestButton, resetButton

    // Accueil.
    case dashContract, dashAddress, dashMeter, dashLastReading, dashLastInvoice, dashBalance
    case dashOpenRequests, dashMessages, dashReadingLine, dashInvoiceLine, dashInvoiceDue, dashPaid, dashToPay
    case dashPayable, dashNoOpenRequest, dashNoMessage, dashContracts, dashWelcome

    // Relevés.
    case colDate, colIndex, colConsumption, colType, colFlags, flagRollover, flagLeak, flagOverconsumption
    case chartTitle, chartLegend, overconsumptionNote, readingsCount, noReadings

    // Factures.
    case colNumero, colDueDate, colVolume, colTTC, colNetAPayer, colStatus
    case detailTitle, detailHT, detailTVA, detailTTC, detailNetAPayer, detailConsumption, detailDueDate
    case detailInstalments, instalmentLine, yearTotalsTitle, yearTotalLine, noInvoices

    // Demandes.
    case colRequest, colReference, timelineTitle, noRequests, requestsRefreshing, timelineLoading

    // Nouvelle demande.
    case newRequestIntro, lastIndexLine, noLastIndex, fieldNewIndex, fieldReadingDate, fieldComment
    case readingIntro, validating, dryRunResult, dryRunConfirm, sending, sentLine, sentHint
    case contactIntro, contactChanges, contactNoChange, contactDryRun, noPointDeConsommation

    // Messages.
    case noMessages, messageFromUntil

    // Aide.
    case helpIntro, helpGlobal, helpScreenKeys
    case keyEnter, keyEsc, keyTab, keyArrows, keyPages, keySpace
    case helpEnterField, helpTabField, helpEscBack, helpArrowsList, helpPagesList, helpTypeFilter

    // Contract picker.
    case pickerIntro, pickerActive, pickerInactive
}
