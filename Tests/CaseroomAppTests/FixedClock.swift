import Foundation

@testable import CaseroomApp

/// The time the tests' keys are pressed at, unless a test gives its own:
/// the screens take the clock as a parameter, so tests run at a fixed time.
let fixedNow = Date(timeIntervalSince1970: 1_780_000_000)

extension Workspace {
  mutating func handle(_ key: Key) { handle(key, now: fixedNow) }
  mutating func quit() { quit(now: fixedNow) }
  mutating func requestSave() { requestSave(now: fixedNow) }
}

extension ReviewState {
  mutating func handle(_ key: Key) { handle(key, now: fixedNow) }
}
