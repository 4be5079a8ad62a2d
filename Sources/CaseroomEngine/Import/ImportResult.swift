/// What `caseroom import` found in a raw text, for a person to check.
public struct ImportResult: Sendable {
  /// The case; its sections' and paragraphs' `line` are the lines of the hand-out they start on.
  public var result: Case
  /// Every guess with its reason, what it was unsure of and what it did not find, in order.
  public var report: [ImportNote]
  /// The lines left out as page furniture.
  public var dropped: [DroppedLine]

  /// The report as lines (`line 3: …`).
  public var notes: [String] { report.map(\.description) }

  /// The report as a checklist for the teacher: what to check in the `.case.md`, then what was left out.
  public var checklist: String {
    var out = ""
    let order: [(ImportNote.Kind, String)] = [
      (.unsure, "Unsure — check these first:"), (.missing, "Not found:"), (.guess, "Guessed — worth a glance:"),
    ]
    for (kind, heading) in order {
      let notes = report.filter { $0.kind == kind }
      guard !notes.isEmpty else { continue }
      out += heading + "\n"
      for n in notes { out += "  [ ] \(n)\n" }
    }
    if !dropped.isEmpty {
      let lines = dropped.count == 1 ? "1 line" : "\(dropped.count) lines"
      out += "Left out as page furniture (\(lines); put back by hand any that belong to the case):\n"
      for d in dropped { out += "  line \(d.line): \(d.text)  — \(d.reason)\n" }
    }
    return out
  }
}
