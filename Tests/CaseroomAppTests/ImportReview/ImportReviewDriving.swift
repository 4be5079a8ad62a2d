import CaseroomEngine
import FoundationEssentials

@testable import CaseroomApp

/// What the import review's model tests do to a screen: open one on a hand-out, press keys, go to a line.
protocol ImportReviewDriving {}

extension ImportReviewDriving {
  func screen(_ raw: String = ImportReviewTests.raw, rows: Int = 24, cols: Int = 80, output: URL? = nil)
    -> ImportReview
  {
    var s = ImportReview(CaseImporter.run(raw, id: "t"), output: output)
    _ = s.update(.resize(rows: rows, cols: cols), now: Date())
    return s
  }

  @discardableResult
  func press(_ s: inout ImportReview, _ keys: [Key]) -> Transition {
    var t = Transition.stay
    for k in keys { t = s.update(.key(k), now: Date()) }
    return t
  }

  /// The cursor on the first line that starts with `prefix`.
  func go(_ s: inout ImportReview, to prefix: String) {
    let i = s.handout.lines.firstIndex { $0.shown.hasPrefix(prefix) }!
    press(&s, [.char("g")] + Array(repeating: .char("j"), count: i))
  }
}
