import CaseroomEngine
import Foundation

@testable import CaseroomApp

enum ReaderFixtures {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let bundled: Case = {
    try! CaseFormat.load(repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
  }()

  static func reader(_ rows: Int = 24, _ cols: Int = 80, at anchor: Anchor? = nil) -> ReaderState {
    ReaderState(document: bundled, rows: rows, cols: cols, at: anchor)
  }

  /// The reading index of a content section (1-based number, as the header shows it).
  static func content(_ n: Int) -> Int {
    let id = bundled.contentSections[n - 1].id
    return bundled.readingSections.firstIndex { $0.id == id }!
  }
}

extension ReaderState {
  mutating func press(_ keys: Key...) { for k in keys { handle(k) } }
  mutating func type(_ s: String) { for k in Key.typing(s) { handle(k) } }
}

/// Closing punctuation that must never start a screen line, opening that must never end one.
let closing: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "”", "’", "）", "》", "」", "』", "】", "．"]
let opening: Set<Character> = ["“", "‘", "（", "《", "「", "『", "【"]
