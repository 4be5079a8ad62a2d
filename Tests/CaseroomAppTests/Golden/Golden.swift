import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// Golden screens: a whole `Frame` compared with a text file stored beside the
/// tests, `Tests/CaseroomAppTests/Golden/__screens__/<name>.txt`.
///
/// The file is what the screen shows, then how it is styled:
///
///     <row 0 … row rows-1: the text, right-trimmed; a double-width character written once>
///     ~~ <rows>×<cols> · cursor <row>,<col> | none · styles …legend… ~~
///     <row 0 … row rows-1: one letter per cell for its style, right-trimmed; normal is a space>
///
/// A double-width character takes two cells, so in a terminal (or any editor
/// that draws Hanzi two columns wide) its two style letters sit under it.
/// Style letters: `=` header, `_` status, `K` hint key, `H` heading, `d` dim,
/// `h` hit, `*` current hit, `t` contents current, `s` selected, `!` notice,
/// `p` prompt, `u` passage, `m` margin.
///
/// To record or re-record, run the tests with `CASEROOM_RECORD=1`:
///
///     CASEROOM_RECORD=1 swift test --filter CaseroomAppTests
///
/// then read the new files (`git diff Tests/CaseroomAppTests/Golden/__screens__`)
/// and run the tests again without it. A test that records — because
/// `CASEROOM_RECORD=1` is set or because its file is missing — fails, saying
/// so, so a missing golden never passes silently. A screen that differs from
/// its file fails with the differing rows, expected above actual.
enum Golden {
  /// Where the golden screens are kept.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("__screens__")

  static var recording: Bool { ProcessInfo.processInfo.environment["CASEROOM_RECORD"] == "1" }

  /// Checks a frame against the golden screen `name` (records it when asked or missing).
  /// `masking` replaces text that depends on the machine (a local time) by a
  /// placeholder of the same width, in the text layer, before comparing.
  static func expect(
    _ frame: Frame, _ name: String, masking: [(real: String, shown: String)] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = document(frame, masking: masking, sourceLocation: sourceLocation)
    let url = directory.appendingPathComponent(name + ".txt")
    let stored = try? String(contentsOf: url, encoding: .utf8)
    if recording || stored == nil {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        let why = recording ? "CASEROOM_RECORD=1 is set" : "there was no golden file"
        Issue.record(
          "Recorded the golden screen '\(name)' because \(why): \(url.path). Check it, then run the tests again without CASEROOM_RECORD.",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("Could not record the golden screen '\(name)': \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let stored, stored != actual else { return }
    Issue.record(
      Comment(rawValue: difference(stored, actual, rows: frame.rows, name: name, path: url.path)),
      sourceLocation: sourceLocation)
  }

  /// The frame as the golden file holds it: the text layer, a line giving the
  /// size and cursor, the style layer.
  static func document(
    _ frame: Frame, masking: [(real: String, shown: String)] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    document(frame.cells, cursor: frame.cursor, masking: masking, sourceLocation: sourceLocation)
  }

  /// The same, from rows of cells. A half of a double-width character alone
  /// on screen is reported as an issue (and its right half drawn as `▯`).
  static func document(
    _ cells: [[Cell]], cursor: (row: Int, col: Int)?, masking: [(real: String, shown: String)] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    var text: [String] = []
    var styles: [String] = []
    for (row, rowCells) in cells.enumerated() {
      var line = ""
      var marks = ""
      for (col, cell) in rowCells.enumerated() {
        marks.append(code(cell.style))
        if let ch = cell.character {
          line.append(ch)
          let wide = TerminalWidth.columns(ch) == 2
          if wide && (col + 1 >= rowCells.count || rowCells[col + 1].character != nil) {
            Issue.record(
              "row \(row) col \(col): '\(ch)' is double-width but the next cell is not its right half",
              sourceLocation: sourceLocation)
          }
        } else if col == 0 || rowCells[col - 1].character.map({ TerminalWidth.columns($0) == 2 }) != true {
          Issue.record(
            "row \(row) col \(col): the right half of a double-width character with no character before it",
            sourceLocation: sourceLocation)
          line.append("▯")
        }
      }
      for (real, shown) in masking {
        precondition(TerminalWidth.columns(real) == TerminalWidth.columns(shown), "a mask keeps the width")
        line = line.replacingOccurrences(of: real, with: shown)
      }
      text.append(trimmed(line))
      styles.append(trimmed(marks))
    }
    let at = cursor.map { "\($0.row),\($0.col)" } ?? "none"
    let legend =
      "~~ \(cells.count)×\(cells.first?.count ?? 0) · cursor \(at) · styles: = header  _ status  K key  H heading  d dim"
      + "  h hit  * current hit  t contents current  s selected  ! notice  p prompt  u passage  m margin  c cited  n noted ~~"
    return (text + [legend] + styles).joined(separator: "\n") + "\n"
  }

  static func trimmed(_ s: String) -> String {
    var s = s
    while s.last == " " { s.removeLast() }
    return s
  }

  static func code(_ style: Style) -> Character {
    switch style {
    case .normal: " "
    case .header: "="
    case .status: "_"
    case .hintKey: "K"
    case .heading: "H"
    case .dim: "d"
    case .hit: "h"
    case .currentHit: "*"
    case .tocCurrent: "t"
    case .selected: "s"
    case .notice: "!"
    case .prompt: "p"
    case .passage: "u"
    case .margin: "m"
    case .cited: "c"
    case .noted: "n"
    }
  }

  /// The differing lines, each with its row, expected above actual.
  static func difference(_ expected: String, _ actual: String, rows: Int, name: String, path: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    func label(_ i: Int) -> String {
      i < rows ? "row \(i)" : i == rows ? "size, cursor" : "styles of row \(i - rows - 1)"
    }
    var out: [String] = []
    var count = 0
    for i in 0..<max(e.count, a.count) {
      let x = i < e.count ? e[i] : nil
      let y = i < a.count ? a[i] : nil
      guard x != y else { continue }
      count += 1
      out.append(label(i) + ":")
      out.append("  expected |" + (x ?? "(no line)") + "|")
      out.append("  actual   |" + (y ?? "(no line)") + "|")
    }
    return "The screen '\(name)' differs from \(path) in \(count) line(s):\n" + out.joined(separator: "\n")
      + "\nIf the new screen is right: CASEROOM_RECORD=1 swift test --filter CaseroomAppTests, then check git diff."
  }
}
