import CaseroomSession

extension ReaderState {
  /// The reader's place, to be remembered.
  public var place: ReadingPositions.Place {
    let a = anchor
    var marks: [String: ReadingPositions.Mark] = [:]
    for (letter, m) in self.marks where m.section < sections.count {
      marks[String(letter)] = .init(section: sections[m.section].id, paragraph: m.paragraph, offset: m.offset)
    }
    return .init(
      section: sections[a.section].id, paragraph: a.paragraph, offset: a.offset, read: read.sorted(), marks: marks)
  }

  /// The anchor a remembered place points at, if its section still exists.
  public func anchor(for place: ReadingPositions.Place) -> Anchor? {
    guard let s = sectionIndex[place.section] else { return nil }
    let count = sections[s].paragraphs.count
    let p = min(place.paragraph, count - 1)
    return Anchor(section: s, paragraph: p, offset: p == place.paragraph ? max(-1, place.offset) : 0)
  }

  /// Restores read sections and marks from a remembered place (the position itself is given at init).
  public mutating func restore(_ place: ReadingPositions.Place) {
    let ids = Set(sections.map(\.id))
    read.formUnion(place.read.filter { ids.contains($0) })
    for (letter, m) in place.marks {
      guard let c = letter.first, let s = sectionIndex[m.section] else { continue }
      marks[c] = Anchor(section: s, paragraph: m.paragraph, offset: m.offset)
    }
  }
}
