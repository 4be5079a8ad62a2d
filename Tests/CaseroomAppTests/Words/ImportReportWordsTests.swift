import CaseroomEngine
import Testing

@testable import CaseroomApp

/// The import report's checklist (`caseroom import`) in the catalogue's words, Chinese and English.
@Suite("Import report words")
struct ImportReportWordsTests {
  /// A PDF copy with a running footer on two pages, an unsure title and no questions.
  static let result = CaseImporter.run(
    [
      "网约车新政", "一、出台细则", "2016年以后，网约车在K市迅速普及。", "案例库 · 内部使用", "", "\u{0C}二、转向平台", "交通运输部门随后调整了执法方式。",
      "案例库 · 内部使用",
    ].joined(separator: "\n"), id: "t", format: .pdf)

  @Test("the checklist's headings and each line's place, in the language of the run")
  func bothLanguages() {
    let r = Self.result
    #expect(r.dropped.count == 2)
    let zh = Language.$current.withValue(.zh) { Say.importChecklist(r) }
    let en = Language.$current.withValue(.en) { Say.importChecklist(r) }
    #expect(zh.contains("没有找到：\n"), "\(zh)")
    #expect(zh.contains("猜的——值得看一眼：\n"))
    #expect(zh.contains("略去（2 行：页面装饰和标签；属于案例的请手工放回）：\n"))
    #expect(zh.contains("  第 4 行：案例库 · 内部使用  — "))
    #expect(!zh.contains("Not found") && !zh.contains("line 4"))
    #expect(en.contains("Not found:\n"), "\(en)")
    #expect(en.contains("Guessed — worth a glance:\n"))
    #expect(
      en.contains("Left out (2 lines: page furniture and labels; put back by hand any that belong to the case):\n"))
    #expect(en.contains("  line 4: 案例库 · 内部使用  — "))
    // Every note is listed once under its kind, in both.
    for n in r.report {
      #expect(zh.components(separatedBy: "[ ] ").count == r.report.count + 1)
      #expect(en.contains("[ ] " + (n.line.map { "line \($0): " } ?? "") + n.text))
    }
  }

  @Test("unsure notes come first, and one line left out is said as one")
  func orderAndOne() {
    let r = CaseImporter.run("案例\n二、案例内容（一）金宏工程金宏是一个系统。（二）某某某某某某某某某某某某某某某某，很长。", id: "t")
    let en = Language.$current.withValue(.en) { Say.importChecklist(r) }
    let unsure = en.range(of: "Unsure — check these first:")
    let guessed = en.range(of: "Guessed — worth a glance:")
    #expect(unsure != nil && guessed != nil && unsure!.lowerBound < guessed!.lowerBound, "\(en)")
    let zh = Language.$current.withValue(.zh) { Say.importChecklist(r) }
    #expect(zh.hasPrefix("没有把握——请先检查这些：\n"), "\(zh)")
    #expect(
      Language.$current.withValue(.en) { Say.importLeftOut(1) }.hasPrefix(
        "Left out (1 line: page furniture or a label;"))
  }
}
