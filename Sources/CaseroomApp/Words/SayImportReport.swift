import CaseroomEngine

// MARK: - The import report (`caseroom import`, issue 25)

extension Say {
  /// What `caseroom import` prints on standard error: the outline it found, then the checklist.
  public static func importReport(_ r: ImportResult) -> String {
    Outline.tree(r.result) + "\n" + importChecklist(r)
  }

  /// The report as a checklist for the teacher: what to check in the `.case.md` (unsure first,
  /// then not found, then guessed), then the lines left out (page furniture, the title's label, a
  /// numbered table's header row), each with why.
  public static func importChecklist(_ r: ImportResult) -> String {
    var out = ""
    for kind in [ImportNote.Kind.unsure, .missing, .guess] {
      let notes = r.report.filter { $0.kind == kind }
      guard !notes.isEmpty else { continue }
      out += importNotesHeading(kind) + "\n"
      for n in notes { out += "  [ ] " + (n.line.map(importLine) ?? "") + n.text + "\n" }
    }
    if !r.dropped.isEmpty {
      out += importLeftOut(r.dropped.count) + "\n"
      for d in r.dropped { out += "  " + importLine(d.line) + d.text + "  — " + d.reason + "\n" }
    }
    return out
  }

  /// The heading over the notes of one kind.
  static func importNotesHeading(_ kind: ImportNote.Kind) -> String {
    switch kind {
    case .unsure: say("没有把握——请先检查这些：", "Unsure — check these first:")
    case .missing: say("没有找到：", "Not found:")
    case .guess: say("猜的——值得看一眼：", "Guessed — worth a glance:")
    }
  }

  /// The heading over the lines left out.
  static func importLeftOut(_ count: Int) -> String {
    count == 1
      ? say(
        "略去（1 行：页面装饰或标签；属于案例的请手工放回）：",
        "Left out (1 line: page furniture or a label; put it back by hand if it belongs to the case):")
      : say(
        "略去（\(count) 行：页面装饰和标签；属于案例的请手工放回）：",
        "Left out (\(count) lines: page furniture and labels; put back by hand any that belong to the case):")
  }

  /// Where a note or a line left out is in the hand-out.
  static func importLine(_ line: Int) -> String { say("第 \(line) 行：", "line \(line): ") }
}
