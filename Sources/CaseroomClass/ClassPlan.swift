import CaseroomEngine
import FoundationEssentials

// MARK: - Phases from the class plan

extension ClassFile {
  /// The phase a case without a class plan gets.
  public static let defaultPhase = Phase(title: "讨论", text: "讨论")

  /// The phases of a case's class plan (课堂安排), one per item; a case without
  /// a plan gets one phase, 讨论.
  public static func phases(from c: Case) -> [Phase] {
    let items = c.arrangement.map { $0.trimmingSpacesAndLineBreaks() }.filter { !$0.isEmpty }
    guard !items.isEmpty else { return [defaultPhase] }
    return items.map { Phase(title: shortTitle($0), text: $0, minutes: plannedMinutes($0)) }
  }

  /// A short name for a plan item: its clauses (split at ，；。：) joined with
  /// 、 until the name has at least 8 characters, each clause without a
  /// trailing object beginning with 案例 and without a time in brackets.
  /// `个人阅读、分组讨论案例正文，结合思考题进行` → `个人阅读、分组讨论`;
  /// `讲述要点，点评发言，提问及回应` → `讲述要点、点评发言`.
  public static func shortTitle(_ item: String) -> String {
    let clauses = withoutTimes(item).split(whereSeparator: { "，,；;。：:".contains($0) }).map { clause -> String in
      var s = String(clause).trimmingSpaces()
      if let r = s.firstRange(of: "案例"), r.lowerBound != s.startIndex { s = String(s[..<r.lowerBound]) }
      return s
    }.filter { !$0.isEmpty }
    var title = ""
    for clause in clauses {
      title += (title.isEmpty ? "" : "、") + clause
      if title.count >= 8 { break }
    }
    return title.isEmpty ? item : title
  }

  /// The minutes a plan item gives (`（20分钟）`, `20 分钟`, `约30min`), if any.
  public static func plannedMinutes(_ item: String) -> Int? {
    let scalars = Array(item.unicodeScalars)
    var i = 0
    while i < scalars.count {
      guard let d = digit(scalars[i]) else {
        i += 1
        continue
      }
      var n = d
      var j = i + 1
      while j < scalars.count, let more = digit(scalars[j]) {
        n = n * 10 + more
        j += 1
      }
      while j < scalars.count, scalars[j] == " " { j += 1 }
      let rest = String(String.UnicodeScalarView(scalars[j...]))
      if rest.hasPrefix("分钟") || rest.hasPrefix("min") { return n > 0 && n < 1000 ? n : nil }
      i = j
    }
    return nil
  }

  private static func digit(_ s: Unicode.Scalar) -> Int? {
    switch s.value {
    case 0x30...0x39: Int(s.value - 0x30)
    case 0xFF10...0xFF19: Int(s.value - 0xFF10)
    default: nil
    }
  }

  /// The item without bracketed times (`（20分钟）`, `(20 min)`).
  private static func withoutTimes(_ item: String) -> String {
    var out = ""
    var bracket: String?
    for ch in item {
      if bracket != nil {
        bracket!.append(ch)
        if ch == "）" || ch == ")" {
          if plannedMinutes(bracket!) == nil { out += bracket! }
          bracket = nil
        }
      } else if ch == "（" || ch == "(" {
        bracket = String(ch)
      } else {
        out.append(ch)
      }
    }
    return out + (bracket ?? "")
  }
}
