import CaseroomEngine
import Testing

@Suite("Conflict markers: named sides, found, left out of 字数, one side kept")
struct ConflictMarkersTests {
  let text = "开头一句。\n【合并冲突：王小明 · lap1】\n王小明的版本。\n【合并冲突：李华 · lap2】\n李华的版本。\n第二行。\n【合并冲突结束】\n结尾。"

  @Test("the blocks name each side, with its text; older markers are read too")
  func blocks() {
    let b = ConflictMarkers.blocks(text)
    #expect(b.count == 1)
    #expect(b[0].versions.map(\.label) == ["王小明 · lap1", "李华 · lap2"])
    #expect(b[0].versions.map(\.text) == ["王小明的版本。", "李华的版本。\n第二行。"])
    #expect(ConflictMarkers.holds(text))
    #expect(!ConflictMarkers.holds("【合并冲突结束】 alone is no conflict"))
    #expect(!ConflictMarkers.holds("文中提到【合并冲突：这不是标记】的说法。"))
    let old = "【合并冲突：本机的版本】\n甲。\n【合并冲突：另一方的版本】\n乙。\n【合并冲突结束】"
    #expect(ConflictMarkers.blocks(old).first?.versions.map(\.label) == ["本机的版本", "另一方的版本"])
  }

  @Test("字数 and 字符 leave the marker lines out")
  func counts() {
    let plain = "开头一句。\n王小明的版本。\n李华的版本。\n第二行。\n结尾。"
    #expect(WordCount.of(text) == WordCount.of(plain))
    #expect(CharacterCount.of(text) == CharacterCount.of(plain))
    #expect(WordCount.of("【合并冲突：王小明 · lap1】") == 0)
  }

  @Test("keeping the version the offset is in drops the other and the markers")
  func keep() {
    let inLi = Array(text.utf8).count - Array("第二行。\n【合并冲突结束】\n结尾。".utf8).count
    let li = ConflictMarkers.keep(at: inLi, in: text)
    #expect(li?.text == "开头一句。\n李华的版本。\n第二行。\n结尾。")
    #expect(li?.label == "李华 · lap2")
    let first = ConflictMarkers.keep(at: "开头一句。\n".utf8.count, in: text)
    #expect(first?.text == "开头一句。\n王小明的版本。\n结尾。")
    #expect(ConflictMarkers.keep(at: 0, in: text) == nil)
    // An empty version leaves no empty paragraph behind.
    let empty = "甲。\n【合并冲突：A · x】\n【合并冲突：B · y】\n乙。\n【合并冲突结束】\n丙。"
    #expect(ConflictMarkers.keep(at: "甲。\n".utf8.count, in: empty)?.text == "甲。\n丙。")
  }

  @Test("a label cannot break its marker: brackets and line breaks are taken out")
  func labels() {
    #expect(ConflictMarkers.side("王】\n小明") == "【合并冲突：王  小明】")
    #expect(ConflictMarkers.isMarker(ConflictMarkers.side("王】\n小明")))
  }
}
