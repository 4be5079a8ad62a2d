import CaseroomEngine
import Foundation

@testable import CaseroomApp

/// Text from the bundled case, for editor tests on real sentences.
enum EditorFixtures {
  /// The paragraphs of a section of 中国十二金工程.
  static func paragraphs(_ section: String) -> [String] {
    ReaderFixtures.bundled.section(id: section)!.paragraphs.map(\.text)
  }

  /// The first paragraph of （二）金税工程: “金税工程”总称为中国税收管理信息系统（CTAIS），…
  static var goldenTax: String { paragraphs("golden-tax")[0] }
}

extension TextEditor {
  /// The text before the cursor in its paragraph.
  var beforeCursor: String {
    let p = paragraphs[cursor.paragraph]
    return String(p[..<p.utf8.index(p.startIndex, offsetBy: cursor.offset)])
  }

  /// An editor with the cursor at the end of `before` in `text` (the first paragraph holding it).
  static func at(_ before: String, in text: String, width: Int = 40) -> TextEditor {
    var e = TextEditor(text: text, width: width)
    let p = e.paragraphs.firstIndex { $0.contains(before) }!
    let r = e.paragraphs[p].range(of: before)!
    e.place(.init(p, e.paragraphs[p].utf8.distance(from: e.paragraphs[p].startIndex, to: r.upperBound)))
    return e
  }
}
