import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomClass

@Suite("Phases from the case's class plan (课堂安排)")
struct ClassPlanTests {
  @Test("the bundled case's plan gives its three phases, with short names for the status bar")
  func bundledPlan() {
    let phases = ClassFile.phases(from: ClassFixtures.bundled)
    #expect(phases.map(\.title) == ["个人阅读、分组讨论", "小组发言", "讲述要点、点评发言"])
    #expect(phases.map(\.text) == ["个人阅读、分组讨论案例正文，结合思考题进行", "小组发言", "讲述要点，点评发言，提问及回应"])
    #expect(phases.map(\.minutes) == [nil, nil, nil])
    #expect(phases.map(\.isPresentations) == [false, true, false])
  }

  @Test("a case without a plan gets one phase, 讨论")
  func noPlan() throws {
    let c = try CaseFormat.parse(
      """
      ---
      id: tiny
      title: 小案例
      ---
      # 一、案例正文 {#body}

      正文。

      # 二、思考题 {#questions}

      1．为什么？
      """)
    #expect(c.arrangement.isEmpty)
    #expect(ClassFile.phases(from: c) == [ClassFile.Phase(title: "讨论", text: "讨论")])
  }

  @Test("minutes written in an item are the phase's planned time, and are not part of its name")
  func plannedMinutes() {
    #expect(ClassFile.plannedMinutes("个人阅读（20分钟）") == 20)
    #expect(ClassFile.plannedMinutes("小组发言，每组 5 分钟") == 5)
    #expect(ClassFile.plannedMinutes("讨论（３０分钟）") == 30)
    #expect(ClassFile.plannedMinutes("第2组发言") == nil)
    #expect(ClassFile.plannedMinutes("2.5Gbps") == nil)
    #expect(ClassFile.shortTitle("个人阅读（20分钟）") == "个人阅读")
    #expect(ClassFile.shortTitle("小组发言（每组5分钟）") == "小组发言")
    #expect(ClassFile.shortTitle("阅读案例，准备发言") == "阅读、准备发言")
  }
}
