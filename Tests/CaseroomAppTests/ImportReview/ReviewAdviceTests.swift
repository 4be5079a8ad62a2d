import CaseroomEngine
import Testing

@testable import CaseroomApp

/// When plain `caseroom import` suggests `--review` though nothing is missing: when it left out a page's frame
/// as chrome (the importer's `PageChrome`, no word list of the report's own), or made many guesses.
@Suite("Import review: when the report suggests it")
struct ReviewAdviceTests {
  static let body = """
    乡镇污水处理厂为何“晒太阳”
    学习目标：
    1．了解农村环境治理中的“重建轻管”问题
    一、案例背景
    某省2016年启动乡镇污水处理设施全覆盖工程，三年间建成污水厂312座。
    思考题
    1. 乡镇污水厂“晒太阳”的根本原因是什么？
    课堂安排
    1．分组讨论。
    """

  @Test("a hand-out with nothing left out as chrome: no suggestion on that account; a title with a number is no chrome")
  func plain() {
    let r = CaseImporter.run(Self.body, id: "t")
    #expect(!ReviewAdvice.worthReview(r), "\(r.report)")
    for title in ["案例12　城市更新：老街改造", "2019年的一场暴雨", "城市更新　老街改造"] {
      let t = CaseImporter.run(
        title + "\n" + Self.body.split(separator: "\n").dropFirst().joined(separator: "\n"), id: "t")
      #expect(!t.titleShapedAsChrome, "\(title)")
    }
  }

  /// The shapes the old word list (当前位置, 分享到, 上一篇, 浏览次数, 【打印】【关闭】, 版权所有…) suggested it for.
  @Test(
    "a web page's frame the import left out: suggested, as the word list did",
    arguments: [
      ("当前位置：首页 > 案例库 > 公共管理\n", ""),
      ("首页 > 教学资源 > 案例\n", ""),
      ("发布人：刘老师　阅读 126　评论（3）\n", ""),
      ("发布时间：2026-10-08　浏览次数：126\n", ""),
      ("【打印】【关闭】\n", ""),
      ("", "\n上一篇：第五讲　下一篇：第七讲"),
      ("", "\n【打印本页】【关闭窗口】"),
      ("", "\nhttps://case.example.edu.cn/view/312"),
      ("阅读 126　点赞 12　收藏\n", ""),
    ])
  func chrome(_ before: String, _ after: String) {
    let r = CaseImporter.run(before + Self.body + after, id: "t")
    // Left out as chrome or as the title's label with chrome's shape, or kept as the title with chrome's shape.
    #expect(r.leftOutChrome || r.titleShapedAsChrome, "\(before)\(after): \(r.dropped)")
    #expect(ReviewAdvice.worthReview(r), "\(before)\(after)")
  }
}
