import ArgumentParser
import Foundation
import OmegaAdapter
import OmegaClient
import OmegaSandbox
import OmegaTUI
import SelfService

#if canImport(Glibc)
    import Glibc
#endif

/// The subscriber a scripting command works on, and how to let go of it.
///
/// - Subscriber mode: the session remembered by the application ("Se souvenir de moi"), or
///   the password typed on the terminal (never from the command line nor the environment),
///   or with `--demo` the demo account of a sandbox started in this process.
/// - Counter mode (`--counter`): the subscriber holding the contract `--contrat`, through the
///   partner API, as at the counter (the audit log records it).
struct ScriptSession {
    /// The subscriber's data.
    let source: any SubscriberDataSource
    /// The contract the command is about.
    let contract: ContractSummary
    /// The interface language.
    let strings: Strings
    private let shutdown: @Sendable () async -> Void

    /// Opens the session for `parent`'s options and runs `body` with it; every failure
    /// becomes one line on stderr and its exit status (docs/scripting.md).
    static func run(
        _ parent: OmegaTUICommand, options: ScriptOptions, body: (ScriptSession) async throws -> Void
    ) async throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try parent.launchSettings(environment: environment)
        LogFile.bootstrap(url: LogFile.defaultURL(environment: environment), level: parent.logLevel.level)
        let strings = Strings(language: settings.language)
        let session: ScriptSession
        do {
            if parent.counter {
                session = try await counter(
                    parent, settings: settings, contract: options.contract, strings: strings)
            } else {
                session = try await subscriber(settings, options: options, strings: strings)
            }
        } catch let failure as ServiceFailure {
            throw fail(message(failure, strings), code: ScriptExit.code(for: failure.reason))
        }
        do {
            try await body(session)
        } catch let failure as ServiceFailure {
            await session.shutdown()
            throw fail(message(failure, strings), code: ScriptExit.code(for: failure.reason))
        } catch {
            await session.shutdown()
            throw error
        }
        await session.shutdown()
    }

    /// What failed, for a person reading stderr: each refusal of the service in full (a
    /// script has no form to show them next to), else the failure's sentence.
    static func message(_ failure: ServiceFailure, _ strings: Strings) -> String {
        guard !failure.refusals.isEmpty else { return strings.failure(failure) }
        return failure.refusals.map(strings.refusal).joined(separator: " ")
    }

    /// One line on stderr and the exit status to throw.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        Launcher.fail(message, code: code)
    }

    // MARK: Subscriber

    private static func subscriber(_ settings: LaunchSettings, options: ScriptOptions, strings: Strings)
        async throws -> ScriptSession
    {
        var sandbox: SandboxServer?
        let baseURL: String
        if settings.demo {
            let demo = try await Launcher.startDemo()
            sandbox = demo.server
            baseURL = demo.baseURL
        } else if let server = settings.server {
            baseURL = ServerAddress.apiRoot(server)
        } else {
            throw fail(strings[.launchNoServer], code: ScriptExit.configuration)
        }
        let transport = OmegaTransport(
            configuration: OmegaConfiguration(
                baseURL: baseURL, apiId: settings.apiId ?? "omega-tui@omega-tui"),
            logger: Launcher.logger)
        let server = sandbox
        let shutdown: @Sendable () async -> Void = {
            try? await transport.shutdown()
            await server?.shutdown()
        }
        do {
            let source = try await logIn(
                settings, transport: transport, email: options.email, strings: strings)
            let contract = try await chooseContract(
                options.contract, among: source.contracts(), strings: strings)
            return ScriptSession(source: source, contract: contract, strings: strings, shutdown: shutdown)
        } catch {
            await shutdown()
            throw error
        }
    }

    /// The demo account, the remembered session, or the password typed on the terminal.
    private static func logIn(
        _ settings: LaunchSettings, transport: OmegaTransport, email: String?, strings: Strings
    ) async throws -> any SubscriberDataSource {
        // Logging in here remembers nothing and forgets nothing the application remembered.
        let oneOff = SubscriberAccountService(transport: transport, tokenStore: nil, emailFile: nil)
        if settings.demo {
            return try await oneOff.logIn(
                email: DemoDataGenerator.demoEmail, password: DemoDataGenerator.demoPassword,
                rememberMe: false)
        }
        let home = FileTokenStore.defaultDirectory(environment: settings.environment)
        let remembered = SubscriberAccountService(
            transport: transport, tokenStore: FileTokenStore(directory: home),
            emailFile: home.appendingPathComponent("remembered-email"))
        if let resumed = await remembered.resumeSession() { return resumed.dataSource }
        // Only a person at a terminal is asked (a cron job or a pipe gets exit status 77).
        guard isatty(STDIN_FILENO) == 1 else {
            throw fail(strings(script: .notLoggedIn), code: ScriptExit.notLoggedIn)
        }
        var login = email
        if login == nil { login = await remembered.rememberedEmail() }
        if login == nil { login = PlainTerminal.readVisible(prompt: strings(script: .emailPrompt)) }
        guard let typedEmail = login, !typedEmail.isEmpty,
            let password = PlainTerminal.readSecret(prompt: strings(script: .passwordPrompt))
        else {
            throw fail(strings(script: .notLoggedIn), code: ScriptExit.notLoggedIn)
        }
        do {
            return try await oneOff.logIn(
                email: typedEmail.trimmingCharacters(in: .whitespaces), password: password, rememberMe: false)
        } catch {
            throw fail(
                strings(script: .loginFailed, strings.failure(error)),
                code: ScriptExit.code(for: error.reason))
        }
    }

    /// `--contrat N`, or the contract the application shows first (the active one with the
    /// smallest number).
    private static func chooseContract(
        _ number: String?, among contracts: [ContractSummary], strings: Strings
    )
        throws -> ContractSummary
    {
        if let number {
            guard let contract = contracts.first(where: { $0.numeroContrat == number }) else {
                throw fail(strings(script: .noSuchContract, number), code: ScriptExit.other)
            }
            return contract
        }
        let byNumber = contracts.sorted { $0.numeroContrat < $1.numeroContrat }
        guard let contract = byNumber.first(where: \.actif) ?? byNumber.first else {
            throw fail(strings(.contractNone), code: ScriptExit.other)
        }
        return contract
    }

    // MARK: Counter

    private static func counter(
        _ parent: OmegaTUICommand, settings: LaunchSettings, contract number: String?, strings: Strings
    ) async throws -> ScriptSession {
        guard let server = settings.server else {
            throw fail(strings[.launchCounterNeedsServer], code: ScriptExit.configuration)
        }
        guard let number else { throw fail(strings(script: .counterNeedsContract), code: ScriptExit.usage) }
        let services: CounterServices
        do {
            services = try CounterStartup.prepare(
                CounterStartup.Options(
                    serverURL: ServerAddress.apiRoot(server), credentialsPath: parent.partnerCredentials,
                    auditLogPath: parent.auditLog),
                environment: settings.environment)
        } catch {
            throw fail(CounterLauncher.refusal(error, strings: strings), code: ScriptExit.configuration)
        }
        let transport = services.transport
        let shutdown: @Sendable () async -> Void = { try? await transport.shutdown() }
        do {
            let page = try await services.directory.search(
                SubscriberSearchRequest(kind: .contractNumber, text: number))
            guard
                let subject = page.results.first(where: { $0.numeroContrat == number }).flatMap(
                    CounterSubject.init)
            else {
                throw fail(strings(script: .counterContractNotFound, number), code: ScriptExit.other)
            }
            let source = try await services.directory.open(subject)
            let contract = try await chooseContract(number, among: source.contracts(), strings: strings)
            return ScriptSession(source: source, contract: contract, strings: strings, shutdown: shutdown)
        } catch {
            await shutdown()
            throw error
        }
    }
}
