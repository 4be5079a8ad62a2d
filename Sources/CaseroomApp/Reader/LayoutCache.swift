import CaseroomEngine

/// Lays out sections on demand and keeps the results: paragraph shapes for
/// every width, line breaks for the current width. Only the sections the
/// reader shows are ever laid out; opening a case lays out nothing. A value:
/// `update` lays out (`layout`, which keeps the result); drawing only looks
/// (`peek`, which changes nothing).
public struct LayoutCache {
  let sections: ReadingSections
  private var shapes: [Int: [ParagraphShape]] = [:]
  private var layouts: [Int: SectionLayout] = [:]
  private var width = 0
  /// How many section layouts were computed (for tests that count work).
  public private(set) var layoutsComputed = 0
  /// How many paragraph shapes were computed.
  public private(set) var shapesComputed = 0

  /// Beyond this many sections, the least recent are dropped.
  static let keep = 12
  private var recent: [Int] = []

  init(sections: ReadingSections) { self.sections = sections }

  /// The section laid out at a width, kept for next time.
  public mutating func layout(_ index: Int, width: Int) -> SectionLayout {
    if width != self.width {
      layouts.removeAll(keepingCapacity: true)
      self.width = width
    }
    touch(index)
    if let l = layouts[index] { return l }
    let s = sections[index]
    let sh: [ParagraphShape]
    if let known = shapes[index] {
      sh = known
    } else {
      sh = s.paragraphs.map { ParagraphShape($0.text) }
      shapesComputed += sh.count
      shapes[index] = sh
    }
    let l = SectionLayout(s, shapes: sh, width: width)
    layoutsComputed += 1
    layouts[index] = l
    return l
  }

  /// The section laid out at a width, as kept; one not kept is laid out and
  /// not kept (the screen's update lays out what it shows, so drawing finds it kept).
  public func peek(_ index: Int, width: Int) -> SectionLayout {
    if width == self.width, let l = layouts[index] { return l }
    let s = sections[index]
    return SectionLayout(s, shapes: shapes[index] ?? s.paragraphs.map { ParagraphShape($0.text) }, width: width)
  }

  private mutating func touch(_ index: Int) {
    recent.removeAll { $0 == index }
    recent.append(index)
    if recent.count > Self.keep {
      let old = recent.removeFirst()
      layouts[old] = nil
      shapes[old] = nil
    }
  }
}
