import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomSession

enum SessionFixtures {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let bundled: Case = try! CaseFormat.load(
    repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))

  static func directory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-sessions-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func session(_ name: String = "第一组") -> Session {
    var s = Session(
      case: bundled, group: .init(name: name, members: ["张三", "李四"]), now: Date(timeIntervalSince1970: 1_800_000_000))
    s.answers[1].text = "金税工程的发展与趋势相吻合。"
    s.answers[1].citations = [
      .init(
        anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"),
        createdAt: Date(timeIntervalSince1970: 1_800_000_100))
    ]
    s.annotations = [
      .init(
        anchor: .init(section: "golden-shield", paragraph: 2, quote: "全国犯罪信息中心"), note: "CCIC 是核心",
        createdAt: Date(timeIntervalSince1970: 1_800_000_200))
    ]
    return s
  }
}

@Suite("Session schema")
struct SessionTests {
  @Test("a new session has one empty answer per question")
  func new() {
    let s = Session(case: SessionFixtures.bundled, group: .init(name: "甲"))
    #expect(s.schema == "caseroom.session/1")
    #expect(s.answers.count == 3)
    #expect(s.answers[0].question.hasPrefix("你所在单位的电子政务系统"))
    #expect(s.caseId == "twelve-golden-projects")
    #expect(s.caseHash.count == 16)
  }

  @Test("round trip through JSON, pretty-printed with sorted keys")
  func roundTrip() throws {
    let s = SessionFixtures.session()
    let data = try s.json()
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\n  \"annotations\" : ["))
    let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      String($0.dropFirst(3).prefix { $0 != "\"" })
    }
    #expect(keys == keys.sorted())
    #expect(try Session.decode(data, file: "x") == s)
  }

  @Test("citations follow their text into a corrected case; vanished text is an orphan")
  func anchors() throws {
    let c = SessionFixtures.bundled
    let cite = Session.Anchor(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一")
    let here = try #require(cite.resolve(in: c))
    #expect(here.section == "golden-tax" && here.paragraph == 0 && !here.moved)
    // The case is edited: a paragraph is inserted before the quoted one.
    var edited = c
    let i = edited.sections.firstIndex { $0.id == "golden-tax" }!
    edited.sections[i].paragraphs.insert(Paragraph("新增的一段。"), at: 0)
    let moved = try #require(cite.resolve(in: edited))
    #expect(moved.paragraph == 1 && moved.moved)
    // The quoted words are removed: an orphan.
    edited.sections[i].paragraphs[1].text = "改写后的文字。"
    #expect(cite.resolve(in: edited) == nil)
  }

  @Test("a changed case is noticed through its hash")
  func hash() {
    var edited = SessionFixtures.bundled
    #expect(Session.hash(of: edited) == Session.hash(of: SessionFixtures.bundled))
    edited.sections[3].paragraphs[0].text += "。"
    #expect(Session.hash(of: edited) != Session.hash(of: SessionFixtures.bundled))
  }

  @Test(
    "every kind of bad file is refused with its reason and position",
    arguments: [
      ("", SessionError.Kind.corrupt, "empty"),
      ("{\"schema\": \"caseroom.session/1\", \"caseId\": ", .corrupt, "not valid JSON"),
      ("not json at all", .corrupt, "not valid JSON"),
      ("[1, 2]", .corrupt, "expected a JSON object"),
      ("{\"name\": \"package.json\"}", .foreign, "no \"schema\""),
      ("{\"schema\": \"caseroom.session/2\"}", .futureSchema, "newer caseroom"),
      ("{\"schema\": \"caseroom.session/1\"}", .corrupt, "missing"),
      ("{\"schema\": \"something/1\"}", .foreign, "is not caseroom.session/1"),
    ] as [(String, SessionError.Kind, String)])
  func badFiles(_ text: String, _ kind: SessionError.Kind, _ words: String) {
    do {
      _ = try Session.decode(Data(text.utf8), file: "g.session.json")
      Issue.record("accepted: \(text)")
    } catch let e as SessionError {
      #expect(e.kind == kind, "\(e)")
      #expect(e.description.contains(words), "\(e)")
      #expect(e.description.hasPrefix("g.session.json"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test("a truncated session file reports where it ends")
  func truncated() throws {
    let data = try SessionFixtures.session().json()
    for cut in [1, data.count / 3, data.count / 2, data.count - 2] {
      do {
        _ = try Session.decode(data.prefix(cut), file: "t.json")
        Issue.record("accepted a file cut at \(cut)")
      } catch let e as SessionError {
        #expect(e.kind == .corrupt)
        #expect(e.line >= 1)
      }
    }
  }
}
