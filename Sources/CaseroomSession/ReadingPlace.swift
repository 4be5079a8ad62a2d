// The reader remembers places as `ReadingPositions.Place` (section id,
// paragraph, UTF-8 offset); a session keeps the same places as bare
// `Session.Anchor`s (no quote). These are the conversions, written once.

extension Session.Anchor {
  /// A bare position (no quote) at a remembered mark.
  public init(_ mark: ReadingPositions.Mark) {
    self.init(section: mark.section, paragraph: mark.paragraph, offset: mark.offset)
  }
}

extension ReadingPositions.Mark {
  /// The place of an anchor (no offset is the start of the paragraph).
  public init(_ anchor: Session.Anchor) {
    self.init(section: anchor.section, paragraph: anchor.paragraph, offset: anchor.offset ?? 0)
  }
}

extension ReadingPositions.Place {
  /// Where the reader stopped, as a mark.
  public var position: ReadingPositions.Mark {
    ReadingPositions.Mark(section: section, paragraph: paragraph, offset: offset)
  }
}

extension Session {
  /// The group's reading as a place for the reader: where it stopped (an
  /// empty section id when it has not started), the sections read to the
  /// end (sorted) and its marks.
  public var place: ReadingPositions.Place {
    let at = position.map(ReadingPositions.Mark.init) ?? ReadingPositions.Mark(section: "", paragraph: 0, offset: 0)
    return ReadingPositions.Place(
      section: at.section, paragraph: at.paragraph, offset: at.offset,
      read: reading.filter(\.value.finished).map(\.key).sorted(), marks: marks.mapValues(ReadingPositions.Mark.init))
  }

  /// Takes the reader's place in: its position and marks replace the
  /// session's, and its sections read are marked finished (none is unmarked).
  public mutating func remember(_ place: ReadingPositions.Place) {
    position = Session.Anchor(place.position)
    marks = place.marks.mapValues(Session.Anchor.init)
    for id in place.read { reading[id, default: Progress()].finished = true }
  }
}
