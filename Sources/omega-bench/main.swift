import Foundation

// omega-bench: prints figures for the speed and memory targets of docs/performance.md.
// Usage: omega-bench [all|jsonapi|render|tui|demo|loopback|search|load] [--subscribers N]
//        [--requests N] [--runs N] [--seconds N] [--database FILE]
//        omega-bench soak [--sessions N] [--minutes N] (not part of `all`; see SoakBenchmark)

let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    omega-bench: prints the figures of docs/performance.md (build with -c release first).

    usage: omega-bench [all|jsonapi|render|tui|demo|loopback|search|load] [--subscribers N]
                       [--requests N] [--runs N] [--seconds N] [--database FILE]
           omega-bench soak [--sessions N] [--minutes N]
    """
if arguments.contains("-h") || arguments.contains("--help") {
    print(usage)
    exit(0)
}
let selection = arguments.first(where: { !$0.hasPrefix("--") && Int($0) == nil }) ?? "all"

func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let parsed = Int(arguments[index + 1])
    else { return value }
    return parsed
}

func textOption(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let benchmarks: [(name: String, run: () async throws -> Void)] = [
    ("jsonapi", { try await JSONAPIBenchmark(resources: 2000, iterations: 10).run() }),
    ("render", { await RenderBenchmark(frames: 2000).run() }),
    ("tui", { try await TUIBenchmark(runs: option("--runs", default: 5)).run() }),
    ("demo", { try await DemoDataBenchmark(subscribers: option("--subscribers", default: 100_000)).run() }),
    ("loopback", { try await LoopbackBenchmark(requests: option("--requests", default: 300)).run() }),
    (
        "search",
        {
            try await CounterSearchBenchmark(
                subscribers: option("--subscribers", default: 100_000), databasePath: textOption("--database")
            ).run()
        }
    ),
    ("load", { try await LoadBenchmark(seconds: option("--seconds", default: 10)).run() }),
]

let chosen =
    selection == "soak"
    ? [("soak", { try await SoakBenchmark.make(arguments: arguments).run() })]
    : benchmarks.filter { selection == "all" || $0.name == selection }
if chosen.isEmpty {
    print("unknown benchmark \(selection); choose all, " + benchmarks.map(\.name).joined(separator: ", "))
    exit(2)
}
for benchmark in chosen {
    do {
        try await benchmark.run()
    } catch {
        print("\(benchmark.name): failed: \(error)")
        exit(1)
    }
}
print(String(format: "peak resident memory: %.1f MiB", Double(PeakMemory.residentKiB()) / 1024))
