import OmegaTUI

/// ArgumentParser's help in the interface language: its headings, its own flags and the
/// notes it adds ("(values: …)", "default: …") come from the string tables.
enum HelpText {
    static func localized(_ help: String, strings: Strings) -> String {
        let replacements: [(String, StringKey)] = [
            ("OVERVIEW:", .helpHeadingOverview), ("USAGE:", .helpHeadingUsage),
            ("OPTIONS:", .helpHeadingOptions),
            ("Show help information.", .helpShowHelp), ("Show the version.", .helpShowVersion),
            ("(values:", .helpValues), ("default:", .helpDefault),
        ]
        var text = help
        for (english, key) in replacements {
            text = text.replacingOccurrences(of: english, with: strings[key])
        }
        return text
    }
}
