import CaseroomClass
import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomApp

/// The class's phase as the status bar and `caseroom class status` word it,
/// from the values the class layer returns (`PhaseStatus`).
@Suite("A phase and its time, in Chinese and English")
struct PhaseWordsTests {
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)

  func status(_ seconds: Double) throws -> PhaseStatus? {
    var f = ClassFile(case: try BundledCase.load(), caseFile: "c.case.md", now: t0)
    try f.start(phase: 1, minutes: 12, now: t0)
    return PhaseStatus(f, at: t0.addingTimeInterval(seconds))
  }

  @Test("minutes rounded up, seconds in the last minute, then overtime: in Chinese and English")
  func words() throws {
    func zh(_ s: Double) throws -> String? {
      try status(s).map { p in Language.$current.withValue(.zh) { Say.phase(p) } }
    }
    func en(_ s: Double) throws -> String? {
      try status(s).map { p in Language.$current.withValue(.en) { Say.phase(p) } }
    }
    #expect(try zh(0) == "个人阅读、分组讨论 · 还剩 12 分钟")
    #expect(try zh(60) == "个人阅读、分组讨论 · 还剩 11 分钟")
    #expect(try zh(661) == "个人阅读、分组讨论 · 还剩 59 秒")
    #expect(try zh(720) == "个人阅读、分组讨论 · 时间到")
    #expect(try zh(720 + 185) == "个人阅读、分组讨论 · 已超时 3 分钟")
    #expect(try en(0) == "个人阅读、分组讨论 · 12 min left")
    #expect(try en(720 + 185) == "个人阅读、分组讨论 · 3 min over")
  }
}
