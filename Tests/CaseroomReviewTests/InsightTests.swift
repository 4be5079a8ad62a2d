import CaseroomEngine
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomReview

/// The class's insight on sessions whose citations are known: which sentences,
/// counted once per group, for which question; coverage; lone passages;
/// groups citing nothing; the case's terms.
@Suite("Insight: the tally of citations and terms over the class")
struct InsightTests {
  static let c = ReviewFixtures.bundled
  static let t0 = ReviewFixtures.t0
  /// First sentence of 金税工程 (paragraph 0): “金税工程”总称为中国税收管理信息系统（CTAIS），是我国电子政务的核心系统之一，于1994年开始推行。
  static let taxFirst = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一")
  /// Its second sentence.
  static let taxSecond = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "增值税交叉稽核系统在50个大中城市试点")
  /// Both at once (one citation over two sentences).
  static let taxBoth = Session.Anchor(
    section: "golden-tax", paragraph: 0, quote: "于1994年开始推行。1994年7月，作为“金税工程”一期")
  static let macro = Session.Anchor(section: "golden-macro", paragraph: 0, quote: "是一个综合性的大型电子政务应用系统")

  static func session(_ name: String, _ cites: [Int: [Session.Anchor]], answers: [Int: String] = [:]) -> Session {
    var s = Session(case: c, group: .init(name: name), now: t0)
    for (q, anchors) in cites { s.answers[q].citations = anchors.map { .init(anchor: $0, createdAt: t0) } }
    for (q, text) in answers { s.answers[q].text = text }
    return s
  }

  static func tally(_ sessions: [Session]) -> (InsightTally, ClassSessions) {
    let all = ClassSessions(document: c, sessions: sessions.sorted { NaturalOrder.less($0.group.name, $1.group.name) })
    return (InsightTally(all), all)
  }

  @Test("overlapping marks of one group count once; a citation over two sentences counts both")
  func overlapping() {
    let (t, _) = Self.tally([
      // 第一组 marks the first sentence three times over (two overlapping quotes), for question 2.
      Self.session("第一组", [1: [Self.taxFirst, Self.taxBoth, Self.taxFirst]]),
      Self.session("第二组", [1: [Self.taxFirst], 2: [Self.taxFirst]]),
      Self.session("第三组", [0: [Self.taxSecond]]),
    ])
    var tally = t
    let i = tally.insight()
    let first = i.passages[0]
    #expect(first.text.hasPrefix("“金税工程”总称为中国税收管理信息系统（CTAIS）"))
    #expect(first.text.hasSuffix("于1994年开始推行。"))
    #expect(first.heading == "（二）金税工程")
    #expect(first.count == 2, "第一组 counts once however many marks it made")
    #expect(first.groups == ["第一组", "第二组"])
    #expect(first.groups(question: 2) == ["第一组", "第二组"])
    #expect(first.groups(question: 3) == ["第二组"])
    let second = i.passages[1]
    #expect(second.text.hasPrefix("1994年7月"))
    #expect(second.count == 2, "第一组 (through the citation over both) and 第三组")
    #expect(second.groups(question: 1) == ["第三组"])
    #expect(second.groups(question: 2) == ["第一组"])
    #expect(i.passages.count == 2)
    let tax = i.sections.first { $0.id == "golden-tax" }!
    #expect(tax.groups == 3)
    #expect(tax.perQuestion == [1, 2, 1])
    #expect(tax.citedSentences == 2)
    #expect(i.notCited.contains("（一）金宏工程"))
    #expect(!i.notCited.contains("（二）金税工程"))
  }

  @Test("orphaned citations are counted per question, not put on the map")
  func orphaned() {
    let gone = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "这句话不在案例里")
    let (t, _) = Self.tally([
      Self.session("甲组", [0: [gone, Self.macro]]),
      Self.session("乙组", [0: [gone]], answers: [0: "只有一条失效的引文。"]),
    ])
    var tally = t
    let i = tally.insight()
    #expect(i.passages.count == 1)
    #expect(i.questions[0].orphaned == 2)
    #expect(i.questions[0].citing == 1)
    #expect(i.questions[0].citeNothing == ["乙组"], "a group whose only citation is orphaned cites nothing")
  }

  @Test("where answers part: passages one group alone used, groups citing nothing (those that answered first)")
  func parting() {
    let (t, _) = Self.tally([
      Self.session("第一组", [0: [Self.taxFirst, Self.macro]], answers: [0: "答"]),
      Self.session("第二组", [0: [Self.taxFirst]], answers: [0: "答"]),
      Self.session("第三组", [:], answers: [1: "答"]),
      Self.session("第四组", [:], answers: [0: "没有引文的答案"]),
    ])
    var tally = t
    let i = tally.insight()
    let q = i.questions[0]
    #expect(q.top.map { i.passages[$0].count } == [2, 1])
    #expect(q.lone.count == 1)
    #expect(q.lone.first.map { i.passages[$0.passage].section } == "golden-macro")
    #expect(q.lone.first?.group == "第一组")
    #expect(q.citeNothing == ["第四组", "第三组"])
    #expect(q.answered == 3)
    #expect(q.citing == 2)
  }

  @Test("the same group in two folders (a conflict of copies): only the newest copy is tallied")
  func duplicates() throws {
    let dir = try ReviewFixtures.directory()
    let store = SessionStore(directory: dir)
    var old = Self.session("第一组", [0: [Self.macro]])
    old.updatedAt = Self.t0.addingTimeInterval(-60)
    let new = Self.session("第一组", [0: [Self.taxFirst]])
    try store.save(new, to: dir.appendingPathComponent("a.session.json"))
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("laptop"), withIntermediateDirectories: true)
    try store.save(old, to: dir.appendingPathComponent("laptop/b.session.json"))
    let all = ClassSessions.load(case: Self.c, from: [dir])
    var t = InsightTally(all)
    let i = t.insight()
    #expect(i.groups == 1)
    #expect(i.passages.map(\.section) == ["golden-tax"])
  }

  @Test("a changed session is taken out and put in again; a group gone is taken out; same as tallying afresh")
  func incremental() {
    var sessions = [
      Self.session("第一组", [0: [Self.taxFirst]]),
      Self.session("第二组", [0: [Self.taxFirst], 1: [Self.macro]]),
      Self.session("第三组", [2: [Self.taxSecond]]),
    ]
    var (t, _) = Self.tally(sessions)
    sessions[1].answers[0].citations = []
    sessions[1].answers[2].citations = [.init(anchor: Self.taxSecond, createdAt: Self.t0)]
    sessions.remove(at: 2)
    let all = ClassSessions(document: Self.c, sessions: sessions)
    t.update(all, changed: ["第二组", "第三组"])
    var fresh = InsightTally(all)
    let a = t.insight()
    #expect(a == fresh.insight())
    #expect(a.groups == 2)
    #expect(a.passages.first { $0.text.hasPrefix("“金税") }?.groups == ["第一组"])
    #expect(a.passages.first { $0.text.hasPrefix("1994") }?.groups(question: 3) == ["第二组"])
  }

  @Test("coverage: sections no group read to the end, sections no group cited")
  func coverage() {
    var a = Self.session("甲组", [0: [Self.macro]])
    a.reading = ["golden-macro": .init(seconds: 60, finished: true), "golden-tax": .init(seconds: 5, finished: false)]
    var b = Self.session("乙组", [:])
    b.reading = ["golden-macro": .init(seconds: 60, finished: true)]
    var (t, _) = Self.tally([a, b])
    let i = t.insight()
    #expect(i.sections.count == Self.c.contentSections.count)
    #expect(i.sections.first { $0.id == "golden-macro" }?.readToEnd == 2)
    #expect(!i.notReadToEnd.contains("（一）金宏工程"))
    #expect(i.notReadToEnd.contains("（二）金税工程"))
    #expect(i.notReadToEnd.count == Self.c.contentSections.count - 1)
    #expect(i.notCited.count == Self.c.contentSections.count - 1)
  }

  @Test(
    "key terms come from the case, in any case for Latin words; a term inside a longer one used by the same groups left out"
  )
  func terms() {
    let (t, _) = Self.tally([
      Self.session("甲组", [:], answers: [1: "金税工程和金盾工程都值得学习，CTAIS 很重要。"]),
      Self.session("乙组", [:], answers: [1: "我认为金税工程最成功，ctais 是核心。"]),
      Self.session("丙组", [:], answers: [1: "金盾工程保障了公共安全。"]),
    ])
    var tally = t
    let terms = tally.insight().questions[1].terms
    let names = terms.map(\.term)
    #expect(names.contains("金税工程"))
    #expect(terms.first { $0.term == "金税工程" }?.groups == ["乙组", "甲组"], "in the class's order")
    #expect(terms.first { $0.term == "金盾工程" }?.groups == ["丙组", "甲组"])
    #expect(terms.first { $0.term == "CTAIS" }?.groups == ["乙组", "甲组"], "Latin words of the case, in any case")
    #expect(!names.contains("金税"), "inside 金税工程, used by the same groups")
    #expect(!names.contains("电子政务"), "a term of the question itself is left out")
    #expect(!names.contains { $0.hasPrefix("的") || $0.hasSuffix("的") })
    #expect(!names.contains("值得学习"), "not a term of the case")
    #expect(terms.first.map { $0.groups.count } == 2)
  }

  /// Five groups answering as students write (我们认为…通过…进行…问题是…), and one that only cited.
  static let essays: [(String, [String])] = [
    (
      "第一组",
      [
        "我们单位属于金税工程。通过金税工程，我们进行了税收征管的信息化，一个明显的问题是各地系统不统一。",
        "我们认为十二金工程的发展与电子政务的发展趋势基本吻合。通过信息资源共享，我们进行了很多改进，但是问题是部门之间的互联互通还不够，需要统一规划、统一标准。",
        "我们认为需要加强信息共享和业务协同。一个问题是重复建设，通过统一规划可以解决这个问题。",
      ]
    ),
    (
      "第二组",
      [
        "我们单位是公安系统，属于金盾工程。通过金盾工程，我们进行了信息化建设，问题是基层的网络还不够。",
        "基本吻合。十二金工程通过信息化建设推动了电子政务，我们进行了分析，问题在于各部门各自为政，信息资源没有共享，需要统一标准。",
        "我们认为一个方面是安全保障体系需要加强，另一个问题是公共服务不足，应当通过提高政府工作的透明度来解决。",
      ]
    ),
    (
      "第三组",
      [
        "我们单位属于金宏工程，宏观经济管理部门之间进行了信息共享。",
        "我们认为基本吻合。一个问题是重复建设，通过统一规划进行整合；另一个问题是信息共享不足，互联互通需要加强。",
        "我们认为科学决策和公共服务需要加强。问题是信息资源分散，通过建立统一的电子政务网络平台进行整合。",
      ]
    ),
    (
      "第四组",
      [
        "我们单位属于金税工程，通过税收征管系统进行管理。",
        "十二金工程与发展趋势相吻合。我们进行了讨论，问题是信息资源共享和业务协同不足，需要统一标准。",
        "我们认为需要加强信息安全，问题是安全保障体系不完善，应当通过标准规范进行解决。",
      ]
    ),
    (
      "第五组",
      [
        "我们单位属于金盾工程，实施情况良好。", "我们认为吻合。一个问题是统一规划不够，通过信息资源共享进行改进。",
        "我们认为需要提高透明度，加强公共服务，问题是一个部门一个系统。",
      ]
    ),
    ("第六组", ["", "", ""]),
  ]

  @Test(
    "key terms on answers as students write them: the case's own terms, not 进行/我们/问题/一个/通过, longer over their parts")
  func termsDiscriminate() {
    let (t, _) = Self.tally(
      Self.essays.map { name, texts in
        Self.session(
          name, [:], answers: Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($0.offset, $0.element) }))
      })
    var tally = t
    let questions = tally.insight().questions
    let terms = questions.map { $0.terms.map(\.term) }
    let generic = ["进行", "我们", "问题", "一个", "通过", "需要", "信息", "管理", "建设", "系统", "工程", "基本", "提高", "加强"]
    for (q, list) in terms.enumerated() {
      #expect(!list.isEmpty)
      for word in generic { #expect(!list.contains(word), "question \(q + 1): \(word) in \(list)") }
      #expect(!list.contains { $0.hasPrefix("通过") || $0.hasPrefix("进行") || $0.hasSuffix("一个") }, "\(list)")
    }
    // Question 1 (which project is your unit's): the projects named come first.
    #expect(Array(terms[0].prefix(2)) == ["金税工程", "金盾工程"], "\(terms[0])")
    #expect(terms[0].contains("宏观经济管理部门"), "the longest term read in the answer: \(terms[0])")
    #expect(!terms[0].contains { ["宏观经济", "管理部门", "行管理"].contains($0) }, "\(terms[0])")
    #expect(questions[0].terms.first { $0.term == "金税工程" }?.groups == ["第一组", "第四组"])
    // Question 2 (trends, what to improve): shared resources, unified plans and standards.
    #expect(Array(terms[1].prefix(4)).sorted() == ["信息资源", "共享", "统一标准", "统一规划"].sorted(), "\(terms[1])")
    // Question 3 (what to strengthen): public service and security first.
    #expect(Array(terms[2].prefix(2)) == ["公共服务", "安全保障"], "\(terms[2])")
    #expect(!terms[2].contains("电子政务"), "a term of the question itself")
  }

  @Test("a term of the case every group uses stays: it is what the class agrees on, and the case names it")
  func termsEveryoneUses() {
    let (t, _) = Self.tally([
      Self.session("甲组", [:], answers: [1: "金税工程很成功，金保工程也好，国库集中。"]),
      Self.session("乙组", [:], answers: [1: "金税工程是核心，金保工程重要，国库收付。"]),
      Self.session("丙组", [:], answers: [1: "金税工程值得学习，金保工程和国库，还有金盾工程。"]),
    ])
    var tally = t
    let terms = tally.insight().questions[1].terms
    let names = terms.map(\.term)
    #expect(names.contains("金税工程") && names.contains("金保工程") && names.contains("国库"), "\(names)")
    #expect(terms.first { $0.term == "金保工程" }?.groups.count == 3)
    #expect(names.first == "金保工程" || names.first == "金税工程", "named things of the case, used by all, first: \(names)")
  }

  @Test(
    "never a key term, however few there are: the case's background (counted inside longer terms too), essay words, counts, fragments across 的"
  )
  func termsNeverCount() {
    let (t, _) = Self.tally([
      Self.session("甲组", [:], answers: [2: "信息安全最重要，系统之间要打通，工程管理要规范，人员使用政府全部城市。"]),
      Self.session("乙组", [:], answers: [2: "要加强信息安全，系统要稳定，一期二期都体现了，协同作战。"]),
      Self.session("丙组", [:], answers: [2: "提高政府工作的透明度，资金投入不够。"]),
    ])
    var tally = t
    let names = tally.insight().questions[2].terms.map(\.term)
    for word in ["信息", "系统", "工程", "安全", "管理", "使用", "人员", "政府", "全部", "城市", "一期", "二期", "体现", "作战"] {
      #expect(!names.contains(word), "\(word) in \(names)")
    }
    #expect(!names.contains { $0.contains("的") }, "never across 的: \(names)")
    #expect(names.contains("资金") && names.contains("透明度"), "\(names)")
  }

  @Test("the JSON lists every cited passage with its text, section, question, count and groups")
  func json() throws {
    var (t, _) = Self.tally([Self.session("第一组", [1: [Self.taxFirst]]), Self.session("第二组", [1: [Self.taxFirst]])])
    let data = Data(t.insight().json().utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let passages = try #require(object["passages"] as? [[String: Any]])
    #expect(passages.count == 1)
    #expect(passages[0]["count"] as? Int == 2)
    #expect(passages[0]["section"] as? String == "golden-tax")
    #expect((passages[0]["text"] as? String)?.contains("CTAIS") == true)
    let uses = try #require(passages[0]["questions"] as? [[String: Any]])
    #expect(uses[0]["question"] as? Int == 2)
    #expect(uses[0]["groups"] as? [String] == ["第一组", "第二组"])
  }
}
