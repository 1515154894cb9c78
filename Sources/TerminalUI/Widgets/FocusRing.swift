/// Which of a form's `count` items has the focus; Tab/Down go forward, Shift-Tab/Up back,
/// wrapping around.
public struct FocusRing: Hashable, Sendable {
    /// Index of the focused item.
    public private(set) var index: Int
    /// Number of focusable items.
    public var count: Int

    public init(count: Int, index: Int = 0) {
        self.count = max(0, count)
        self.index = count > 0 ? min(max(0, index), count - 1) : 0
    }

    /// Moves for Tab, Shift-Tab, Down and Up; returns true for those keys. Text fields should
    /// see Up/Down only if they do not use them (one-line fields do not).
    @discardableResult
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .tab, .down: move(by: 1)
        case .backTab, .up: move(by: -1)
        default: return false
        }
        return true
    }

    /// Focuses item `newIndex` (clamped).
    public mutating func focus(_ newIndex: Int) {
        index = count > 0 ? min(max(0, newIndex), count - 1) : 0
    }

    /// Whether item `item` has the focus.
    public func isFocused(_ item: Int) -> Bool {
        count > 0 && item == index
    }

    private mutating func move(by step: Int) {
        guard count > 0 else { return }
        index = ((index + step) % count + count) % count
    }
}
