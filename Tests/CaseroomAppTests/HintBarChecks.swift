import CaseroomEngine
import Testing

@testable import CaseroomApp

/// Checks a status row's hint bar: after `lead`, the hints it shows are the
/// first ones, in order, each whole; the first hint left out is absent
/// entirely and would not have fitted before what the row shows at its right
/// end (a save badge, a percentage), two spaces after the last hint shown — as
/// `Frame.putHints` lays them out. With `keeping`, that hint follows the others
/// whatever the width (room is kept for it); without, at least one is shown.
func expectWholeHints(
  _ row: String, _ hints: [Hint], lead: String = " ", cols: Int, keeping kept: Hint? = nil,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  var bar = lead
  var shown = 0
  for (i, h) in hints.enumerated() {
    let next = bar + (i == 0 ? "" : "  ") + h.key + " " + h.text
    guard row.hasPrefix(next) else { break }
    bar = next
    shown = i + 1
  }
  var keptWidth = 0
  if let kept {
    let next = bar + (shown == 0 ? "" : "  ") + kept.key + " " + kept.text
    #expect(
      row.hasPrefix(next), "'\(kept.key) \(kept.text)' is not kept after the hints in: \(row)",
      sourceLocation: sourceLocation)
    bar = next
    keptWidth = TerminalWidth.columns(kept.key) + 1 + TerminalWidth.columns(kept.text) + 2
  } else {
    #expect(shown >= 1, "no whole hint shown after '\(lead)' in: \(row)", sourceLocation: sourceLocation)
  }
  for h in hints.dropFirst(shown) {
    #expect(
      !row.contains(h.key + " " + String(h.text.prefix(1))), "'\(h.key) \(h.text)' cut short in: \(row)",
      sourceLocation: sourceLocation)
  }
  guard shown < hints.count else { return }
  let next = hints[shown]
  let rest = row.dropFirst(bar.count)
  let gap = rest.prefix { $0 == " " }.count
  // The right-hand text starts with a space of its own; with none, the bar may run to the row's end.
  let limit = gap == rest.count ? cols : TerminalWidth.columns(bar) + gap - 1
  let need = TerminalWidth.columns(next.key) + 1 + TerminalWidth.columns(next.text) + 2
  #expect(
    TerminalWidth.columns(bar) + 2 + need > limit, "'\(next.key) \(next.text)' would fit but is left out: \(row)",
    sourceLocation: sourceLocation)
  _ = keptWidth
}

@Suite("The hint-bar check")
struct HintBarCheckTests {
  let hints: [Hint] = [("空格", "翻页"), ("]", "下一节"), ("t", "目录")]

  @Test("it accepts the bars putHints draws, at every width")
  func accepts() {
    for cols in 12...40 {
      var f = Frame(rows: 1, cols: cols)
      f.put(" 9% ", row: 0, col: cols - 4, style: .status)
      f.putHints(hints, row: 0, col: 1, limit: cols - 4)
      if f.line(0).hasPrefix(" 空格") { expectWholeHints(f.line(0), hints, cols: cols) }
    }
  }

  @Test(
    "it refuses no hint, a hint cut short, a hint left out that fits",
    arguments: [" 已保存 10:00:00  9%", " 空格 翻页  ] 下一节  t 目  9%", " 空格 翻页               9%"])
  func refuses(_ row: String) {
    withKnownIssue { expectWholeHints(row, hints, cols: 30) }
  }
}
