import Foundation

/// `omega-manual EXÉCUTABLE [--output DOSSIER] [--see-also NOM]…`: writes `<nom>.1`, the
/// French manual page of an ArgumentParser executable, from its `--experimental-dump-help`
/// (see ManualPage for why not `swift package generate-manual`). `scripts/install-man` runs it.
func run(_ arguments: [String]) throws {
    var executable: String?
    var output = "."
    var seeAlso: [String] = []
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        switch argument {
        case "--output": output = rest.popFirst() ?? output
        case "--see-also": if let name = rest.popFirst() { seeAlso.append(name) }
        default: executable = argument
        }
    }
    guard let executable else { throw UsageError() }
    let dump = try capture(executable, ["--experimental-dump-help"])
    let info = try JSONDecoder().decode(ToolInfo.self, from: dump)
    let version = String(decoding: (try? capture(executable, ["--version"])) ?? Data(), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    let page = ManualPage(
        tool: info.command, version: version.isEmpty ? info.command.commandName : version,
        date: day(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]), seeAlso: seeAlso)
    let url = URL(fileURLWithPath: output).appendingPathComponent("\(info.command.commandName).1")
    try Data(page.text.utf8).write(to: url)
    print(url.path)
}

/// The standard output of `executable` run with `arguments`.
func capture(_ executable: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
}

/// `AAAA-MM-JJ` of today, or of `SOURCE_DATE_EPOCH` (reproducible builds).
func day(_ epoch: String?) -> String {
    let date = epoch.flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.string(from: date)
}

struct UsageError: Error, CustomStringConvertible {
    var description: String { "usage : omega-manual EXÉCUTABLE [--output DOSSIER] [--see-also NOM]…" }
}

do {
    try run(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("omega-manual : \(error)\n".utf8))
    exit(1)
}
