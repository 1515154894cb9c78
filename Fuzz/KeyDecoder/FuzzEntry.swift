/// libFuzzer entry: any stream of terminal input, at any pace, decodes to keys without
/// trapping, and the keys keep the decoder's promises.
///
/// The bytes are read as records of 5: the first byte chooses a key code (high bit set) or a
/// character, and with its low 7 bits the milliseconds that pass before it; the next 4 are the
/// value (little-endian).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyDecoder(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: start == nil ? 0 : count))
    var decoder = KeyDecoder(escapeDigitWindow: .milliseconds(40), maximumPasteLength: 16)
    var now = ContinuousClock.now
    var keys: [Key] = []
    var offset = 0
    while offset + 5 <= bytes.count {
        let head = bytes[offset]
        let value = bytes[offset + 1..<offset + 5].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        offset += 5
        now += .milliseconds(Int(head & 0x7F))
        keys += decoder.flush(at: now)
        let input: RawInput = head & 0x80 != 0 ? .keyCode(Int32(bitPattern: value)) : .character(value)
        keys += decoder.feed(input, at: now)
    }
    if let deadline = decoder.deadline { keys += decoder.flush(at: deadline) }
    precondition(decoder.deadline == nil, "a pending Esc outlived its deadline")
    for key in keys { check(key) }
    return 0
}

private func check(_ key: Key) {
    switch key {
    case .function(let number):
        precondition((1...12).contains(number), "F\(number)")
    case .control(let letter):
        precondition(letter.isASCII && letter.isLowercase, "Ctrl-\(letter)")
    case .character(let character):
        precondition(
            !character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
            "control character typed as text")
    case .paste(let text):
        precondition(text.unicodeScalars.count <= 16, "paste longer than its limit")
    default:
        break
    }
}
