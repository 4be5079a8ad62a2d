import CaseroomSession

/// The one conversion between the reader's anchors (a section's index among
/// the reading sections) and the places that are stored (a section's id,
/// which survives edits of the case): `ReadingPositions.Place`. A group's
/// session converts its own anchors to and from that place
/// (`Session.place`, `Session.remember(_:)` in the session layer).
extension ReaderState {
  /// An anchor as it is stored: section id, paragraph and offset.
  public func storedPlace(of a: Anchor) -> (section: String, paragraph: Int, offset: Int)? {
    guard a.section >= 0 && a.section < sections.count else { return nil }
    return (sections[a.section].id, a.paragraph, a.offset)
  }

  /// The anchor a stored place points at, if its section still exists (a
  /// paragraph past the end is the section's last, from its start).
  public func anchor(section id: String, paragraph: Int, offset: Int) -> Anchor? {
    guard let s = sectionIndex[id] else { return nil }
    let p = min(paragraph, sections[s].paragraphs.count - 1)
    return Anchor(section: s, paragraph: p, offset: p == paragraph ? max(-1, offset) : 0)
  }

  // MARK: Reading positions (reading without a group)

  /// The reader's place, to be remembered.
  public var place: ReadingPositions.Place {
    var marks = keptMarks.filter { $0.key.count != 1 || self.marks[Character($0.key)] == nil }
    for (letter, m) in self.marks {
      guard let p = storedPlace(of: m) else { continue }
      marks[String(letter)] = .init(section: p.section, paragraph: p.paragraph, offset: p.offset)
    }
    let here = storedPlace(of: anchor)!
    return .init(
      section: here.section, paragraph: here.paragraph, offset: here.offset, read: read.sorted(), marks: marks)
  }

  /// The anchor a remembered place points at, if its section still exists.
  public func anchor(for place: ReadingPositions.Place) -> Anchor? {
    anchor(section: place.section, paragraph: place.paragraph, offset: place.offset)
  }

  /// Restores read sections and marks from a remembered place (the position itself is given at init).
  public mutating func restore(_ place: ReadingPositions.Place) {
    read.formUnion(place.read.filter { sectionIndex[$0] != nil })
    for (name, m) in place.marks {
      guard name.count == 1, let c = name.first,
        let a = anchor(section: m.section, paragraph: m.paragraph, offset: m.offset)
      else {
        keptMarks[name] = m
        continue
      }
      marks[c] = a
    }
  }
}
