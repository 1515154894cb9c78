/// Where plain mode writes, and how the terminal treats what the user types.
///
/// ``PlainTerminal`` is the real one (standard input and output); tests record the output.
@MainActor
public protocol PlainConsole: AnyObject {
    /// Writes `text` as is (lines end with `\n`; a prompt does not).
    func write(_ text: String)
    /// Whether the terminal itself shows what is typed (a terminal in line mode); when not
    /// (input from a pipe), plain mode writes each answer after its prompt, so that the
    /// transcript still reads in order.
    var echoesInput: Bool { get }
    /// Stops (true) or restores (false) the terminal's echo: passwords are never shown.
    func hideInput(_ hidden: Bool)
}
