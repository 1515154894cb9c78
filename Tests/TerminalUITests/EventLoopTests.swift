import Testing

@testable import TerminalUI

@Suite("EventLoop")
@MainActor
struct EventLoopTests {
    @Test func redrawsOnlyWhenTheHandlerSaysSoAndAlwaysOnResize() async {
        let (keys, input) = AsyncStream.makeStream(of: Key.self)
        let canvas = GridCanvas(columns: 20, rows: 2)
        let loop = EventLoop<String>(keys: keys, canvas: canvas, beginFrame: { canvas.clearAll() })
        var field = TextFieldState()
        var handled: [LoopEvent<String>] = []
        for key: Key in [.character("a"), .function(7), .character("b"), .resize, .escape] {
            input.yield(key)
        }
        await loop.run { event in
            handled.append(event)
            switch event {
            case .key(.escape): return .quit
            case .key(let key): return field.apply(key) ? .redraw : .none
            case .message, .tick: return .none
            }
        } render: { canvas in
            canvas.put(field.text, at: .zero)
        }
        #expect(handled.count == 5)
        // First frame, "a", "b", resize; F7 and Esc draw nothing.
        #expect(loop.framesDrawn == 4)
        #expect(canvas.rows[0].hasPrefix("ab"))
    }

    @Test func messagesFromOtherTasksReachTheHandler() async {
        let (keys, _) = AsyncStream.makeStream(of: Key.self)
        let canvas = GridCanvas(columns: 20, rows: 1)
        let loop = EventLoop<Int>(keys: keys, canvas: canvas)
        let inbox = loop.inbox
        Task.detached {
            for value in 1...3 { inbox.send(value) }
        }
        var received: [Int] = []
        await loop.run { event in
            guard case .message(let value) = event else { return .none }
            received.append(value)
            return received.count == 3 ? .quit : .redraw
        } render: { _ in
        }
        #expect(received == [1, 2, 3])
    }

    @Test func scheduledMessagesAndTicksArrive() async {
        let (keys, _) = AsyncStream.makeStream(of: Key.self)
        let loop = EventLoop<String>(keys: keys, canvas: GridCanvas(columns: 1, rows: 1))
        loop.schedule("toast expired", after: .milliseconds(10))
        loop.tickInterval = .milliseconds(5)
        var ticks = 0
        var message: String?
        await loop.run { event in
            switch event {
            case .tick: ticks += 1
            case .message(let text): message = text
            case .key: break
            }
            return message != nil && ticks > 0 ? .quit : .none
        } render: { _ in
        }
        #expect(message == "toast expired")
        #expect(ticks > 0)
    }

    @Test func endOfKeysEndsTheLoop() async {
        let (keys, input) = AsyncStream.makeStream(of: Key.self)
        let loop = EventLoop<String>(keys: keys, canvas: GridCanvas(columns: 1, rows: 1))
        input.yield(.character("x"))
        input.finish()
        var count = 0
        await loop.run { _ in
            count += 1
            return .none
        } render: { _ in
        }
        #expect(count == 1)
    }
}
