import SelfService
import TerminalUI

/// The warning shown before the idle timeout, over whatever screen is up.
public enum CounterIdleWarning {
    /// Draws the warning dialog when `phase` is a warning; nothing otherwise. `toSearch`:
    /// counter mode (back to the search) rather than kiosk mode (logout).
    public static func draw(
        _ phase: IdleTimer.Phase, toSearch: Bool, strings: Strings, glyphs: Glyphs = .unicode,
        on canvas: some Canvas
    ) {
        guard case .warning(let remaining) = phase else { return }
        Dialog(
            title: strings[.idleTitle],
            message: strings(toSearch ? .idleToSearch : .idleLogout, String(remaining)),
            buttons: [strings[.idleButton]], glyphs: glyphs
        ).draw(in: canvas.bounds, on: canvas)
    }
}
