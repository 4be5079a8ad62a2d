import CaseroomEngine

/// The passage the reader has marked for citing or annotating: one sentence
/// of a paragraph, moved with `(` and `)`.
public struct Passage: Equatable, Sendable {
  /// Reading index of the section.
  public var section: Int
  public var paragraph: Int
  /// UTF-8 range of the sentence in the paragraph.
  public var range: Range<Int>
  /// The sentence itself.
  public var quote: String
}

extension ReaderState {
  /// The passage at a paragraph and sentence of a section.
  func passage(section s: Int, paragraph p: Int, sentence k: Int) -> Passage? {
    guard s < sections.count, p >= 0, p < sections[s].paragraphs.count else { return nil }
    let text = sections[s].paragraphs[p].text
    let sentences = Sentences.ranges(in: text)
    guard !sentences.isEmpty else { return nil }
    let r = sentences[min(max(0, k), sentences.count - 1)]
    let u = Array(text.utf8)
    return Passage(section: s, paragraph: p, range: r, quote: String(decoding: u[r], as: UTF8.self))
  }

  /// The first sentence that starts on screen (or the paragraph at the top).
  var firstVisiblePassage: Passage? {
    let lines = layout.lines
    let last = min(lines.count, top + geometry.viewRows)
    for i in top..<max(top, last) {
      guard let p = lines[i].paragraph else { continue }
      let text = sections[section].paragraphs[p].text
      let sentences = Sentences.ranges(in: text)
      if let k = sentences.firstIndex(where: { $0.lowerBound >= lines[i].range.lowerBound }) {
        return passage(section: section, paragraph: p, sentence: k)
      }
    }
    if let a = lines[top...].first(where: { $0.paragraph != nil })?.paragraph {
      return passage(section: section, paragraph: a, sentence: 0)
    }
    return nil
  }

  /// The marked passage, or the first on screen when none is marked here.
  public var currentPassage: Passage? {
    if let p = passage, p.section == section, isOnScreen(p) { return p }
    return firstVisiblePassage
  }

  func isOnScreen(_ p: Passage) -> Bool {
    let l = line(of: Anchor(section: p.section, paragraph: p.paragraph, offset: p.range.lowerBound))
    return l >= top && l < top + geometry.viewRows
  }

  /// `)` and `(`: the next or previous sentence, across paragraphs, scrolling to show it.
  mutating func movePassage(_ delta: Int) {
    guard var current = currentPassage else {
      message = "这一节没有可选的句子 nothing to mark here"
      return
    }
    if passage == nil || passage != current {
      passage = current
      return
    }
    let text = sections[section].paragraphs[current.paragraph].text
    let sentences = Sentences.ranges(in: text)
    let k = sentences.firstIndex(of: current.range) ?? 0
    if k + delta >= 0 && k + delta < sentences.count {
      current = passage(section: section, paragraph: current.paragraph, sentence: k + delta)!
    } else {
      let p = current.paragraph + delta
      guard p >= 0 && p < sections[section].paragraphs.count else { return }
      let count = Sentences.ranges(in: sections[section].paragraphs[p].text).count
      guard let next = passage(section: section, paragraph: p, sentence: delta > 0 ? 0 : count - 1) else { return }
      current = next
    }
    passage = current
    // Keep it on screen.
    let start = line(of: Anchor(section: section, paragraph: current.paragraph, offset: current.range.lowerBound))
    let end = line(
      of: Anchor(
        section: section, paragraph: current.paragraph,
        offset: max(current.range.lowerBound, current.range.upperBound - 1)))
    if start < top {
      top = start
    } else if end >= top + geometry.viewRows {
      top = min(maxTop, end - geometry.viewRows + 1)
    }
  }
}
