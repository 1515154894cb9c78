import Foundation

/// The ways to pay the water service publishes: a payment page and a phone number, read from
/// its messages (Omega has no field for them), else from the terminal's configuration. Card
/// details are never typed into the terminal: the subscriber pays on the page or by phone.
public struct PaymentChannels: Equatable, Sendable {
    /// The payment page (`https://…`), if known.
    public var url: String?
    /// The phone number, if known.
    public var phone: String?

    /// Creates channels.
    public init(url: String? = nil, phone: String? = nil) {
        self.url = url
        self.phone = phone
    }

    /// The first `https://` (or `http://`) address and the first French phone number found in
    /// `messages`, each falling back to `fallback`'s.
    public static func from(_ messages: [ServiceMessage], fallback: PaymentChannels = PaymentChannels())
        -> PaymentChannels
    {
        let texts = messages.flatMap { [$0.title, $0.body] }
        let url = texts.lazy.compactMap(Self.address).first
        let phone = texts.lazy.compactMap(Self.phoneNumber).first
        return PaymentChannels(url: url ?? fallback.url, phone: phone ?? fallback.phone)
    }

    /// Whether there is any way to pay to show.
    public var isEmpty: Bool { url == nil && phone == nil }

    /// The first web address in `text`, without the punctuation that ends a sentence.
    static func address(in text: String) -> String? {
        for word in text.split(whereSeparator: \.isWhitespace) {
            let lower = word.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { continue }
            return String(word.reversed().drop { ".,;:!?)»".contains($0) }.reversed())
        }
        return nil
    }

    /// The first French phone number in `text`: ten digits from 0 (spaces or dots between
    /// digits allowed), or +33 and nine digits.
    static func phoneNumber(in text: String) -> String? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let first = characters[index]
            let startsNumber =
                (first == "0" || first == "+") && (index == 0 || !characters[index - 1].isNumber)
            guard startsNumber else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, end - index < 18,
                characters[end].isASCII && characters[end].isNumber || characters[end] == " "
                    || characters[end] == "."
            {
                end += 1
            }
            let run = String(characters[index..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
            let compact = run.filter { $0 != " " && $0 != "." }
            if (compact.hasPrefix("0") && compact.count == 10)
                || (compact.hasPrefix("+33") && compact.count == 12)
            {
                return run
            }
            index = end
        }
        return nil
    }
}
