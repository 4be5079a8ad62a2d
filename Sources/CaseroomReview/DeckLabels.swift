/// The words a deck (`HTMLDeck`, `MarkdownSlides`) puts around the class's
/// own text: headings and labels of answers, scores and comments. Bilingual
/// by default (`bilingual`, a projector before a mixed class); the app's
/// catalogue gives them in one language when one is asked for
/// (`export --lang`, `CASEROOM_LANG`).
public struct DeckLabels: Sendable {
  /// The HTML document's language (`zh-CN`, `en`).
  public var htmlLang: String
  public var allGroups: String
  /// Some groups of a class of `n`: `第一组、第三组（2 / 5 组 groups）`.
  public var someGroups: @Sendable (_ names: [String], _ n: Int) -> String
  /// Before a group's members: `成员 Members：`.
  public var members: String
  /// A question's heading: `思考题 2`.
  public var question: @Sendable (Int) -> String
  /// After the heading of a slide that continues the one before.
  public var continued: String
  /// After the heading of an answer that holds a merge's conflict.
  public var conflict: String
  /// In place of an answer nobody wrote.
  public var noAnswer: String
  /// In place of the section of a cited passage no longer found.
  public var orphaned: String
  /// Before a score, a comment: `评分 Score：`, `点评 Comment：`.
  public var score: String
  public var comment: String
  /// The heading of a group's scores, before its name: `评分 Scores · `.
  public var scores: String
  /// Before the group's total: `总分 Total：`.
  public var total: String
  /// The heading of the questions a group did not answer, and what follows it smaller (the other language).
  public var unanswered: String
  public var unansweredAside: String
  /// Between a question and what follows it in a list: `：`, `: `.
  public var colon: String

  public init(
    htmlLang: String, allGroups: String, someGroups: @escaping @Sendable ([String], Int) -> String, members: String,
    question: @escaping @Sendable (Int) -> String,
    continued: String, conflict: String, noAnswer: String, orphaned: String, score: String, comment: String,
    scores: String, total: String, unanswered: String, unansweredAside: String, colon: String
  ) {
    (self.htmlLang, self.allGroups, self.members, self.question) = (htmlLang, allGroups, members, question)
    self.someGroups = someGroups
    (self.continued, self.conflict, self.noAnswer, self.orphaned) = (continued, conflict, noAnswer, orphaned)
    (self.score, self.comment, self.scores, self.total) = (score, comment, scores, total)
    (self.unanswered, self.unansweredAside, self.colon) = (unanswered, unansweredAside, colon)
  }

  /// Chinese and English together, as decks have always been.
  public static let bilingual = DeckLabels(
    htmlLang: "zh-CN", allGroups: "全班 All groups",
    someGroups: { names, n in
      let listed = names.count <= 4 ? names.joined(separator: "、") : names.prefix(3).joined(separator: "、") + " 等 etc."
      return "\(listed)（\(names.count) / \(n) 组 groups）"
    }, members: "成员 Members：", question: { "思考题 \($0)" },
    continued: "（续）", conflict: " ⚠ 合并冲突 conflict", noAnswer: "（未作答 no answer）", orphaned: "（引文已失效 orphaned）",
    score: "评分 Score：", comment: "点评 Comment：", scores: "评分 Scores · ", total: "总分 Total：", unanswered: "未作答",
    unansweredAside: " no answer", colon: "：")
}
