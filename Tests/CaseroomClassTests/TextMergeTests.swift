import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomClass
@testable import CaseroomSession

@Suite("Three-way merge of an answer's text, sentence by sentence")
struct TextMergeTests {
  let base = "金税工程是核心。它覆盖全国。\n第二段说明问题。最后总结。"

  @Test("edits in different sentences are both kept")
  func differentPlaces() {
    let ours = "金税工程是最核心的工程。它覆盖全国。\n第二段说明问题。最后总结。"
    let theirs = "金税工程是核心。它覆盖全国。\n第二段说明问题。最后总结，并提出建议。"
    let r = TextMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(r.conflicts == 0)
    #expect(r.text == "金税工程是最核心的工程。它覆盖全国。\n第二段说明问题。最后总结，并提出建议。")
  }

  @Test("additions at the end by both sides, in different paragraphs or after a kept sentence, are both kept")
  func bothAppend() {
    let ours = base + "\n我们的补充。"
    let theirs = "前言。" + base
    let r = TextMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(r.conflicts == 0)
    #expect(r.text == "前言。" + base + "\n我们的补充。")
  }

  @Test(
    "text that only grew never conflicts: one side typing on is the longer; two additions are both kept, each where made"
  )
  func onlyGrew() {
    // The same member went on typing at another terminal: the longer holds the shorter.
    #expect(TextMerge.merge(base: "基础", ours: "基础甲", theirs: "基础甲加") == .init(text: "基础甲加", conflicts: 0))
    #expect(TextMerge.merge(base: "基础", ours: "基础甲加", theirs: "基础甲") == .init(text: "基础甲加", conflicts: 0))
    #expect(TextMerge.merge(base: "", ours: "甲", theirs: "甲加") == .init(text: "甲加", conflicts: 0))
    // Both appended in one unfinished sentence (a take-over before the other's text came): both, theirs first.
    #expect(
      TextMerge.merge(base: "基础", ours: "基础乙加", theirs: "基础甲加") == .init(text: "基础甲加乙加", conflicts: 0))
    // Taken in while typing on: 乙 added after the base, the other's 甲加 came in before it.
    #expect(
      TextMerge.merge(base: "基础乙", ours: "基础乙加", theirs: "基础甲加乙") == .init(text: "基础甲加乙加", conflicts: 0))
    // Something removed on one side: a merge as before (here a conflict).
    #expect(TextMerge.merge(base: "基础", ours: "基乙", theirs: "基础甲").conflicts == 1)
  }

  @Test("overlapping edits keep both versions, between marker lines, each its own paragraph")
  func overlapping() {
    let ours = "金税工程是核心。它覆盖大部分地区。\n第二段说明问题。最后总结。"
    let theirs = "金税工程是核心。它已经覆盖全国。\n第二段说明问题。最后总结。"
    let r = TextMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(r.conflicts == 1)
    #expect(
      r.text
        == "金税工程是核心。\n【合并冲突：本机的版本】\n它覆盖大部分地区。\n【合并冲突：另一方的版本】\n它已经覆盖全国。\n【合并冲突结束】\n第二段说明问题。最后总结。"
    )
    #expect(TextMerge.hasConflict(r.text))
  }

  @Test("the same edit on both sides, or an edit on one side only, is taken as it is")
  func oneSide() {
    let edited = "全新的回答。"
    #expect(TextMerge.merge(base: base, ours: edited, theirs: base) == .init(text: edited, conflicts: 0))
    #expect(TextMerge.merge(base: base, ours: base, theirs: edited) == .init(text: edited, conflicts: 0))
    #expect(TextMerge.merge(base: base, ours: edited, theirs: edited) == .init(text: edited, conflicts: 0))
    // Made apart (no common version): one empty side takes the other.
    #expect(TextMerge.merge(base: "", ours: "", theirs: edited) == .init(text: edited, conflicts: 0))
    let both = TextMerge.merge(base: "", ours: "甲。", theirs: "乙。")
    #expect(both.text == "【合并冲突：本机的版本】\n甲。\n【合并冲突：另一方的版本】\n乙。\n【合并冲突结束】")
  }

  @Test("sentences end after 。！？；… with closing quotes; line breaks are units; joined they are the text")
  func units() {
    #expect(TextMerge.units("他说：“好。”然后走了！真的？\n\n是……吧") == ["他说：“好。”", "然后走了！", "真的？", "\n", "\n", "是……", "吧"])
    #expect(TextMerge.units("2.5Gbps 的 CTAIS; next") == ["2.5Gbps 的 CTAIS;", " next"])
  }

  @Test("the diff finds a longest common subsequence (checked against dynamic programming on random input)")
  func diffIsLCS() {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let x = (0..<Int.random(in: 0...12, using: &rng)).map { _ in Int.random(in: 0...3, using: &rng) }
      let y = (0..<Int.random(in: 0...12, using: &rng)).map { _ in Int.random(in: 0...3, using: &rng) }
      let m = Diff.matches(x, y)
      var pairs: [(Int, Int)] = []
      for (i, j) in m.enumerated() { if let j { pairs.append((i, j)) } }
      for (i, j) in pairs { #expect(x[i] == y[j]) }
      for k in pairs.indices.dropFirst() { #expect(pairs[k].0 > pairs[k - 1].0 && pairs[k].1 > pairs[k - 1].1) }
      var dp = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
      for i in stride(from: x.count - 1, through: 0, by: -1) {
        for j in stride(from: y.count - 1, through: 0, by: -1) {
          dp[i][j] = x[i] == y[j] ? dp[i + 1][j + 1] + 1 : max(dp[i + 1][j], dp[i][j + 1])
        }
      }
      #expect(pairs.count == dp[0][0], "\(x) \(y)")
    }
  }

  @Test("a long answer with a few edits on each side merges quickly")
  func large() {
    let sentences = (0..<20_000).map { "第\($0)句话说明一个问题。" }
    var ours = sentences
    var theirs = sentences
    ours[100] = "我们改了这一句。"
    theirs[19_000] = "他们改了那一句。"
    let started = Date()
    let r = TextMerge.merge(base: sentences.joined(), ours: ours.joined(), theirs: theirs.joined())
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(r.conflicts == 0)
    #expect(r.text.contains("我们改了这一句。") && r.text.contains("他们改了那一句。"))
  }
}

@Suite("Conflict markers of a group's save name its members")
struct NamedMarkerTests {
  @Test("a block between members' markers is one unit of the merge: kept whole, never cut")
  func oneUnit() {
    let block = "【合并冲突：李华 · vm1】\n甲说的。\n【合并冲突：王芳】\n乙说的。\n【合并冲突结束】"
    let text = "开头。\n" + block + "\n结尾。"
    #expect(TextMerge.units(text) == ["开头。", "\n", block, "\n", "结尾。"])
    #expect(ConflictMarkers.blocks(text).first?.versions.map(\.label) == ["李华 · vm1", "王芳"])
  }

  @Test(
    "members appending to one answer for 10 rounds, each save marked with their names: balanced, each marker on its own line"
  )
  func rounds() {
    var base = "我们认为金税工程最重要。"
    var ours = base
    var theirs = base
    for round in 0..<10 {
      ours += "\n李华第\(round)句。"
      theirs += "王芳第\(round)句！"
      let merged = TextMerge.merge(
        base: base, ours: ours, theirs: theirs, labels: .member("李华", theirs: "王芳")
      ).text
      let lines = merged.split(separator: "\n", omittingEmptySubsequences: false)
      let sides = lines.filter { ConflictMarkers.label($0) != nil }.count
      let ends = lines.filter { $0 == ConflictMarkers.end }.count
      #expect(sides == 2 * ends, "round \(round):\n\(merged)")
      #expect(!lines.contains { $0.contains("【合并冲突") && !ConflictMarkers.isMarker($0) }, "round \(round):\n\(merged)")
      #expect(merged.contains("李华第\(round)句。") && merged.contains("王芳第\(round)句！"))
      base = merged
      ours = merged
      theirs = merged
    }
  }

  @Test("a member's save: this member on this machine; the same name twice is told apart; an unknown writer is 另一方")
  func labels() {
    let me = ConflictMarkers.Labels.member("李华", theirs: "王芳")
    #expect(me.ours == "李华 · \(LocalProcess.hostName)" && me.theirs == "王芳")
    #expect(ConflictMarkers.Labels.member("李华", theirs: "李华").theirs == "李华（另一方）")
    #expect(ConflictMarkers.Labels.member("李华", theirs: nil).theirs == ConflictMarkers.Labels.anonymous.theirs)
  }
}
