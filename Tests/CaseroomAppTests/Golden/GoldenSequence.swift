import Foundation
import Testing

@testable import CaseroomApp

extension Golden {
  /// Checks a sequence of frames — what a user sees after each step — against
  /// the golden file `name`: each frame as `expect` stores it, under a line
  /// naming the keys that led to it. Recorded as `expect` records.
  static func expectSequence(
    _ steps: [(keys: String, frame: Frame)], _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = steps.map { "=== after \($0.keys) ===\n" + document($0.frame, sourceLocation: sourceLocation) }
      .joined()
    let url = directory.appendingPathComponent(name + ".txt")
    let stored = try? String(contentsOf: url, encoding: .utf8)
    if recording || stored == nil {
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded the golden sequence '\(name)': \(url.path). Check it, then run the tests again without CASEROOM_RECORD.",
        sourceLocation: sourceLocation)
      return
    }
    guard let stored, stored != actual else { return }
    let want = stored.components(separatedBy: "\n")
    let got = actual.components(separatedBy: "\n")
    let first = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
    let step = want[..<min(first, want.count)].last { $0.hasPrefix("=== after") } ?? "the start"
    Issue.record(
      Comment(
        rawValue:
          "\(url.path): differs at line \(first + 1) (\(step)):\n  expected: \(first < want.count ? want[first] : "<end>")\n  actual:   \(first < got.count ? got[first] : "<end>")"
      ), sourceLocation: sourceLocation)
  }
}

/// Records what a screen shows after each step of keys.
struct Steps<S: Screen> {
  var screen: S
  var now: Date
  var frames: [(keys: String, frame: Frame)] = []

  init(_ screen: S, now: Date) {
    self.screen = screen
    self.now = now
    frames.append(("opening", screen.render()))
  }

  /// Presses keys (given as the user would name them) and keeps the frame after.
  mutating func press(_ label: String, _ keys: Key...) {
    for k in keys { screen.drive(.key(k), now: now) }
    frames.append((label, screen.render()))
  }
}
