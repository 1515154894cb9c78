import Foundation

/// The variables that tell a sanitizer how to behave (scripts/sanitize), for tests that start
/// a binary with an exact environment: without them the child of an AddressSanitizer run
/// reports the Swift runtime's lifetime caches as leaks at exit and changes its exit status.
enum SanitizerOptions {
    static let names = ["ASAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS", "SWIFT_BACKTRACE"]

    /// Those of `names` this test process has, with their values.
    static var inherited: [String: String] {
        ProcessInfo.processInfo.environment.filter { names.contains($0.key) }
    }
}
