/// The part of ArgumentParser's `--experimental-dump-help` document (`ToolInfoV0`) a manual
/// page needs. ArgumentParser keeps its own types in a target it does not export as a
/// product, so they are mirrored here, read with `JSONDecoder`.
struct ToolInfo: Decodable {
    var serializationVersion: Int
    var command: CommandInfo
}

/// One command and its subcommands.
struct CommandInfo: Decodable {
    var commandName: String
    var superCommands: [String]?
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?

    /// "omega-tui releves".
    var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }
}

/// One argument, option or flag.
struct ArgumentInfo: Decodable {
    enum Kind: String, Decodable {
        case positional, option, flag
    }

    struct Name: Decodable {
        enum Kind: String, Decodable {
            case long, short, longWithSingleDash
        }

        var kind: Kind
        var name: String

        /// `--name`, `-n`, `-name`.
        var spelled: String {
            switch kind {
            case .long: return "--" + name
            case .short, .longWithSingleDash: return "-" + name
            }
        }
    }

    var kind: Kind
    var shouldDisplay: Bool
    var isOptional: Bool
    var isRepeating: Bool
    var names: [Name]?
    var valueName: String?
    var defaultValue: String?
    var allValues: [String]?
    var abstract: String?
    var discussion: String?
}
