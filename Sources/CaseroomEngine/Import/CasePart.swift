/// Parts of a hand-out around the case itself, each a section of its own,
/// kept where it stands: front matter before the body (摘要, 关键词, 适用课程),
/// back matter after it (注释, 参考文献, 资料来源, 附录 and its tables), and a
/// teaching note (案例使用说明) that holds the objectives, questions and plan
/// under its own headings.
public enum CasePart: Sendable, Equatable, CaseIterable {
  case front
  case back
  case teachingNote

  /// The names of each part, as a heading line starts with them.
  static let names: [(CasePart, [String])] = [
    (
      .front,
      [
        "摘要", "案例摘要", "内容摘要", "内容提要", "提要", "关键词", "关键字", "适用课程", "适用对象", "教学对象", "适用范围", "案例作者", "作者",
        "编写者", "案例类型", "案例编号", "编号", "作者单位", "案例来源", "适用学科", "案例性质", "撰写时间", "Abstract", "Keywords",
      ]
    ),
    (
      .back,
      [
        "注释", "注解", "尾注", "脚注", "注", "参考文献", "参考资料", "资料来源", "附录", "附件", "延伸阅读", "推荐阅读", "References",
      ]
    ),
    (.teachingNote, ["案例使用说明", "案例教学说明", "教学说明", "使用说明", "教学指导", "教学指南", "教学笔记", "教学手册", "案例说明"]),
  ]

  /// The front matter's names for whom and what course the case is for: an objective under a teaching note.
  static let scopeNames: Set<String> = ["适用课程", "适用对象", "教学对象", "适用范围", "适用学科"]

  static let nameScalars: [(CasePart, [[Unicode.Scalar]])] = names.map { part, list in
    (part, list.map { Array($0.unicodeScalars) })
  }

  /// The part a heading title names (its leading words, whatever follows).
  static func recognise(_ title: String) -> CasePart? {
    var words = Array(title.unicodeScalars.trimming(isBlank))
    if let start = Scalars.afterLatinName(words) { words = Array(words[start...]) }
    let core = words.prefix { Scalars.isHan($0) || Scalars.isLatin($0) }
    for (part, list) in nameScalars where list.contains(where: { Array(core) == $0 }) { return part }
    return nil
  }
}
