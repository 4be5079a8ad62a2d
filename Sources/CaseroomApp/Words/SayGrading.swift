import CaseroomEngine
import CaseroomReview
import FoundationEssentials

// MARK: - Grading: what a score was given under (issue 24, grading)

extension Say {
  /// What a score was given under: a rubric's criteria.
  static func underRubric(_ criteria: String) -> String { say("评分标准「\(criteria)」", "the rubric \"\(criteria)\"") }
  /// What a score was given on: a plain scale.
  static func onScale(_ max: Int) -> String { say("0–\(max) 分制", "the scale 0–\(max)") }
  /// Under an answer, a score given under something else than the question is scored by now.
  /// After a converted score in the grid: its criteria are to be scored again.
  static var toScoreAgainMark: String { "?" }
  static var toScoreAgain: String {
    say(
      "换算来的总分：各项待重新评分", "converted total: its criteria to be scored again")
  }
  static func givenUnderOther(_ then: String, _ now: String) -> String {
    say(
      "这个评分是按\(then)给的，现在按\(now)：不计入总分（重新评分，或用 --convert-scores 换算）",
      "given under \(then); the question is now scored by \(now): left out of the totals (score it again, or --convert-scores)"
    )
  }
  /// The score key's hint on a question with a rubric.
  static func byCriteria(_ criteria: String) -> String { say("评分 \(criteria)", "score \(criteria)") }
}

// MARK: - Grading on the command line: a change of rubric or scale

extension Say {
  public static func otherRubric(_ count: Int, _ file: String, first: String, example: String) -> String {
    say(
      "\(file) 里有 \(count) 个评分不是按新的评分标准给的（第一个：\(first)）；什么都没改。\n要把它们换算为新标准下的总分（\(example)，各项需重新评分），请加 --convert-scores；要保留它们，请不要改评分标准。",
      "\(count) scores in \(file) were given under another rubric than the new one (the first: \(first)); nothing is changed.\nTo convert them to totals under the new rubric (\(example); their criteria to be scored again), add --convert-scores; to keep them, leave the rubric as it is."
    )
  }
  public static var scaleUnderRubric: String {
    say(
      "评分标准已给每道题定了分数，--scale 不起作用；要按分制评分，先用 caseroom class rubric --clear（或不用 --rubric）",
      "the rubric gives every question its points: --scale would change nothing. To score on a scale, clear the rubric first (caseroom class rubric --clear)"
    )
  }
  public static var convertNeedsChange: String {
    say("--convert-scores 要和 --scale 或 --rubric 一起使用", "--convert-scores goes with --scale or --rubric")
  }
}

extension Say {
  /// `caseroom review` without a terminal (a script, a pipe): the screen cannot open.
  public static func reviewNeedsATerminal(saved: Bool) -> String {
    (saved ? say("评分已换算并保存；", "scores converted and saved; ") : "")
      + say(
        "评阅界面需要终端；没有终端时用 caseroom review --summary（--json、--csv）查看成绩表",
        "the review screen needs a terminal; without one, 'caseroom review --summary' (--json, --csv) prints the grid")
  }
}

// MARK: - The summary's words (caseroom review --summary)

extension Summary.Words {
  /// The summary's words in the command line's language.
  public static var catalogue: Summary.Words {
    Summary.Words(
      group: say("小组", "group"), total: say("总分", "total"), mean: say("平均", "mean"), read: say("阅读", "read"),
      question: { q, scale in say("Q\(q) 字/引 ★/\(scale)", "Q\(q) w/c ★/\(scale)") },
      noSessions: { say("（没有 \($0) 的小组记录）", "(no group sessions for \($0))") },
      totalRow: say("（合计）", "(total)"), meanRow: say("（平均）", "(mean)"),
      found: { file, group in say("找到：\(file)：\(group)", "found: \(file): \(group)") },
      noSessionFiles: { say("找到：\($0)：没有小组记录文件", "found: \($0): no session files") },
      warning: { say("警告：\($0)", "warning: \($0)") }, skipped: { say("跳过：\($0)", "skipped: \($0)") },
      otherScale: {
        say(
          "\($0) 个评分是按别的分制或评分标准给的，不计入总分",
          "\($0) score(s) given under another scale or rubric than their question's now are left out of the totals")
      },
      rubric: { q, line, points in
        say("思考题\(q) 评分标准：\(line)（共 \(points) 分）", "Q\(q) rubric: \(line) (\(points) points)")
      },
      problem: { p in say("\(p.file)：\(Say.commandReason(p.reason))", "\(p.file): \(Say.commandReason(p.reason))") })
  }
}

extension Say {
  public static var convertNeedsRubric: String {
    say(
      "--convert-scores 要和新的评分标准（或 --file、--clear）一起使用", "--convert-scores goes with new criteria (or --file, --clear)")
  }
}

extension Say {
  /// Enter in the score box with criteria left empty: nothing is saved.
  static func criteriaLeft(_ names: String) -> String {
    say("还没评：\(names)（0 分也要输入）", "not scored yet: \(names) (0 counts)")
  }
}

// MARK: - A deck's words in one language (export --lang)

extension Say {
  public static var langIs: String { say("--lang 只能是 zh 或 en", "--lang is zh or en") }

  /// A deck's labels in the current language (`DeckLabels.bilingual` is both).
  public static var deckLabels: DeckLabels {
    DeckLabels(
      htmlLang: say("zh-CN", "en"), allGroups: say("全班", "All groups"),
      someGroups: { names, n in
        let shown = names.count <= 4 ? names : Array(names.prefix(3))
        let listed = shown.joined(separator: say("、", ", ")) + (names.count > shown.count ? say(" 等", " etc.") : "")
        return say("\(listed)（\(names.count) / \(n) 组）", "\(listed) (\(names.count) of \(n) groups)")
      }, members: say("成员：", "Members: "),
      question: { say("思考题 \($0)", "Question \($0)") }, continued: say("（续）", " (continued)"),
      conflict: say(" ⚠ 合并冲突", " ⚠ conflict"), noAnswer: say("（未作答）", "(no answer)"),
      orphaned: say("（引文已失效）", "(passage no longer found)"), score: say("评分：", "Score: "),
      comment: say("点评：", "Comment: "), scores: say("评分 · ", "Scores · "), total: say("总分：", "Total: "),
      unanswered: say("未作答", "No answer"), unansweredAside: "", colon: say("：", ": "))
  }
}
