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

  /// The passage to cite or annotate: the marked one (wherever it is), or
  /// the first sentence on screen when none is marked.
  public var currentPassage: Passage? { passage ?? firstVisiblePassage }

  func isOnScreen(_ p: Passage) -> Bool {
    guard p.section == section else { return false }
    let l = line(of: Anchor(section: p.section, paragraph: p.paragraph, offset: p.range.lowerBound))
    return l >= top && l < top + geometry.viewRows
  }

  /// `)` and `(`: with nothing marked, marks the first sentence on screen;
  /// then extends the passage by a sentence forward or backward, within its
  /// paragraph (a citation is one paragraph's words).
  mutating func extendPassage(_ delta: Int) {
    guard let current = passage, current.section == section else {
      markFirstVisible()
      return
    }
    let text = sections[section].paragraphs[current.paragraph].text
    let sentences = Sentences.ranges(in: text)
    guard let first = sentences.firstIndex(where: { $0.upperBound > current.range.lowerBound }),
      let last = sentences.lastIndex(where: { $0.lowerBound < current.range.upperBound })
    else { return }
    let (from, to) = delta > 0 ? (first, last + 1) : (first - 1, last)
    guard from >= 0 && to < sentences.count else {
      message =
        delta > 0
        ? Say.endOfParagraph
        : Say.startOfParagraph
      return
    }
    mark(paragraph: current.paragraph, sentences[from].lowerBound..<sentences[to].upperBound)
  }

  /// `}` and `{`: moves a one-sentence mark to the next or previous sentence, across paragraphs.
  mutating func movePassage(_ delta: Int) {
    guard let current = passage, current.section == section else {
      markFirstVisible()
      return
    }
    let text = sections[section].paragraphs[current.paragraph].text
    let sentences = Sentences.ranges(in: text)
    let anchorSentence =
      delta > 0
      ? sentences.lastIndex { $0.lowerBound < current.range.upperBound } ?? 0
      : sentences.firstIndex { $0.upperBound > current.range.lowerBound } ?? 0
    let k = anchorSentence + delta
    if k >= 0 && k < sentences.count {
      mark(paragraph: current.paragraph, sentences[k])
      return
    }
    var p = current.paragraph + delta
    while p >= 0 && p < sections[section].paragraphs.count {
      let next = Sentences.ranges(in: sections[section].paragraphs[p].text)
      if let r = delta > 0 ? next.first : next.last {
        mark(paragraph: p, r)
        return
      }
      p += delta
    }
  }

  /// Esc: no passage marked.
  mutating func clearPassage() { passage = nil }

  mutating func markFirstVisible() {
    guard let p = firstVisiblePassage else {
      message = Say.nothingToMark
      return
    }
    passage = p
  }

  /// Marks a range of a paragraph of the current section, and scrolls to show it.
  mutating func mark(paragraph p: Int, _ r: Range<Int>) {
    let u = Array(sections[section].paragraphs[p].text.utf8)
    passage = Passage(section: section, paragraph: p, range: r, quote: String(decoding: u[r], as: UTF8.self))
    showPassage()
  }

  /// Scrolls so that the marked passage is on screen (jumping to its section if need be).
  mutating func showPassage() {
    guard let p = passage else { return }
    if p.section != section { jump(to: Anchor(section: p.section, paragraph: p.paragraph, offset: p.range.lowerBound)) }
    let start = line(of: Anchor(section: section, paragraph: p.paragraph, offset: p.range.lowerBound))
    let end = line(
      of: Anchor(section: section, paragraph: p.paragraph, offset: max(p.range.lowerBound, p.range.upperBound - 1)))
    if start < top {
      top = start
    } else if end >= top + geometry.viewRows {
      top = max(0, min(maxTop, min(start, end - geometry.viewRows + 1)))
    }
  }
}
