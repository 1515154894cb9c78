import HummingbirdBcrypt

/// bcrypt hashing of subscriber passwords, off the event loops (bcrypt is deliberately slow).
enum PasswordHasher {
    /// The bcrypt cost: low enough for a responsive sandbox, high enough to be real bcrypt.
    static let cost: UInt8 = 8

    static func hash(_ password: String) async -> String {
        await Task.detached { Bcrypt.hash(password, cost: cost) }.value
    }

    static func verify(_ password: String, hash: String) async -> Bool {
        await Task.detached { Bcrypt.verify(password, hash: hash) }.value
    }

    /// The shortest new password: the rule the client words ("8 caractères au moins, avec des
    /// lettres et des chiffres") and checks before sending (`PasswordStrength.minimumLength`).
    static let minimumLength = 8

    /// The rule in words, for the `detail` of a `password-weak` refusal.
    static let rule = "the password needs \(minimumLength) characters or more, with letters and digits"

    /// The rule for new passwords: ``minimumLength`` characters or more, with a letter and a digit.
    static func isStrong(_ password: String) -> Bool {
        password.count >= minimumLength && password.contains(where: \.isLetter)
            && password.contains(where: \.isNumber)
    }
}
