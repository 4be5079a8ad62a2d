import FoundationEssentials

/// What a part of a case is for. Recognised from the usual Chinese heading
/// names; a case file can override it with `{role=…}` on the heading.
public enum Role: String, Sendable, Codable, CaseIterable {
  /// 教学目的 — what the class should learn.
  case objectives
  /// 案例内容 / 案例正文 — the case itself.
  case content
  /// 思考题 — the discussion questions every group answers.
  case questions
  /// 课堂安排 — the class plan.
  case arrangement

  /// Heading names that mean each role, most specific first.
  public static let names: [(Role, [String])] = [
    (.objectives, ["教学目的", "教学目标", "案例目标", "学习目标", "教学目的与用途", "案例目的"]),
    (.questions, ["思考题", "讨论题", "讨论问题", "思考与讨论", "问题讨论", "提问反思", "启发思考题", "问题"]),
    (.arrangement, ["课堂安排", "教学安排", "课堂计划", "课时安排", "教学计划", "课堂教学安排"]),
    (
      .content,
      ["案例内容", "案例正文", "案例背景", "案例介绍", "案例描述", "案例概况", "背景资料", "背景介绍", "正文", "背景"]
    ),
  ]

  /// The role a heading title names, if it is one of the usual names
  /// (exactly, or with decoration such as 【】 or a trailing colon).
  public static func recognise(_ title: String) -> Role? {
    let core = title.unicodeScalars.trimming(isWhitespace).trimming { decoration.contains($0) }
    // A long title names no role: not hashed (an importer asks of every heading and line).
    var n = 0
    for _ in core {
      n += 1
      if n > longestName { return nil }
    }
    return byName[String(core)]
  }

  private static let longestName = names.flatMap(\.1).map(\.unicodeScalars.count).max() ?? 0

  private static let decoration: Set<Unicode.Scalar> = ["【", "】", "[", "]", "：", ":", "。", " ", "\u{3000}"]

  /// Each name's role (the first role that lists it).
  private static let byName: [String: Role] = {
    var out: [String: Role] = [:]
    for (role, list) in names { for name in list where out[name] == nil { out[name] = role } }
    return out
  }()
}
