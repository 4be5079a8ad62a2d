import CaseroomEngine
import Testing

@testable import CaseroomApp

@Suite("Q: the questions at hand while reading")
struct QuestionsTests {
  @Test("Enter on a question opens its answer in the editor")
  func enterEdits() {
    var w = WorkspaceFixtures.workspace(40, 120)
    w.press(.char("]"), .char("Q"), .char("j"), .char("j"), .enter)
    #expect(w.screen == .editing(question: 2))
    #expect(w.render().line(1).contains("3．你认为当前我国电子政务的发展哪些方面亟需加强"))
  }

  @Test("beside the text at 120 columns, the passage at the top stays while the pane opens and closes")
  func keepsPlace() {
    var r = ReaderFixtures.reader(40, 120, at: Anchor(section: ReaderFixtures.content(7)))
    for _ in 0..<5 { r.press(.char("j")) }
    let before = r.anchor
    r.press(.char("Q"))
    #expect(r.geometry.paneWidth == 48)
    let f = r.render()
    #expect(f.line(1).hasPrefix(" 1．你所在单位的电子政务系统属于其中的哪一个工"))
    #expect(f.line(1).contains("│"))
    // The text beside still pages.
    r.press(.char(" "))
    #expect(r.anchor != before)
    r.press(.char("b"))
    r.press(.escape)
    #expect(r.mode == .reading)
    #expect(r.geometry.paneWidth == 30)
  }

  @Test("every question is shown in full at 40 columns, never cut")
  func fullAt40() {
    var r = ReaderFixtures.reader(12, 40)
    r.press(.char("Q"))
    var shown = ""
    for q in 0..<3 {
      r.press(.char(Character("\(q + 1)")))
      let f = r.render()
      shown += (1..<11).map { f.line($0).trimmingCharacters(in: .whitespaces) }.joined()
    }
    for q in ReaderFixtures.bundled.questions {
      #expect(shown.contains(q), "\(q)")
    }
  }

  @Test("reading without a group, Enter says a group is needed; Esc closes")
  func noGroup() {
    var r = ReaderFixtures.reader(24, 80)
    r.press(.char("Q"), .enter)
    #expect(r.render().line(23).hasPrefix(" 先选择小组才能写答案"))
    r.press(.escape)
    #expect(r.mode == .reading)
  }
}

@Suite("Honest progress: read means seen to the end and given time")
struct ProgressTests {
  @Test("✓ needs the end on screen and 30 % of the time 500 字 a minute would take")
  func honest() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(2)))
    let id = r.sections[r.section].id
    let needed = ReadingProgress.secondsNeeded(for: r.sections[r.section])
    #expect(needed > 20 && needed < 60, "\(needed)")
    // Time spent, but the end not yet seen.
    r.tick(now: fixedNow)
    r.tick(now: fixedNow.addingTimeInterval(needed + 1))
    #expect(!r.read.contains(id))
    r.press(.char("G"))
    #expect(r.read.contains(id))
    #expect(r.render().line(0).hasSuffix(" 已读 1/17"))
  }

  @Test("a search that lands in a section does not make it read")
  func searchLanding() {
    var r = ReaderFixtures.reader(24, 80)
    r.press(.char("/"))
    r.type("CCIC\n")
    #expect(r.sections[r.section].id == "golden-shield")
    r.press(.char("G"))
    #expect(r.endSeen.contains("golden-shield"))
    #expect(!r.read.contains("golden-shield"))
  }

  @Test("idle gaps of a minute or more are not reading time")
  func idle() {
    var r = ReaderFixtures.reader(24, 80, at: Anchor(section: ReaderFixtures.content(2)))
    r.press(.char("G"))
    r.tick(now: fixedNow)
    r.tick(now: fixedNow.addingTimeInterval(600))
    #expect(!r.read.contains(r.sections[r.section].id))
  }

  @Test("the workspace's header names the group and its progress; the contents say 已读 n/17")
  func header() {
    var w = WorkspaceFixtures.workspace()
    #expect(w.render().line(0).hasSuffix(" 第一组 · 已读 0/17"))
    w.press(.char("t"))
    #expect(w.render().line(1) == " 目录 · 已读 0/17")
  }
}

@Suite("The help screen lists every key, the editor's too")
struct HelpTests {
  @Test("? lists the reader's keys, then every key of the text editor, then the mouse with Shift-drag")
  func editorKeysInHelp() {
    let lines = Keymap.helpLines(width: 100)
    let title = lines.firstIndex { $0.hasPrefix("== 写答案、批注和点评时") }
    #expect(title != nil)
    for b in Keymap.editor {
      // The keys, then the description (wrapped onto lines indented to the description column);
      // keys too long for their column stand on a line of their own, the description under them.
      let row = lines.indices.first { i in
        guard i > (title ?? 0), lines[i].hasPrefix("  " + b.keysLabel + " ") || lines[i] == "  " + b.keysLabel
        else { return false }
        var text = String(lines[i].dropFirst(2 + b.keysLabel.count)).trimmingCharacters(in: .whitespaces)
        var j = i + 1
        while j < lines.count && lines[j].hasPrefix(String(repeating: " ", count: 18)) {
          text += lines[j].trimmingCharacters(in: .whitespaces)
          j += 1
        }
        return text.replacingOccurrences(of: " ", with: "")
          == b.description.text.replacingOccurrences(of: " ", with: "")
      }
      #expect(row != nil, "\(b.keysLabel): \(b.description.text)")
    }
    #expect(lines.contains { $0.hasPrefix("  Shift+拖动") })
    // The reader's own keys come first.
    #expect(lines.firstIndex { $0.hasPrefix("  j ↓ ") }! < title!)
  }
}
