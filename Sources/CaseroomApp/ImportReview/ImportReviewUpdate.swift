import CaseroomEngine
import FoundationEssentials

extension ImportReview {
  /// Lines of text in the list (between the header and the status bar).
  var listRows: Int { max(1, rows - 2) }

  mutating func apply(_ action: ImportReviewAction) -> Transition {
    message = nil
    if action != .quit { quitAsked = false }
    let count = handout.lines.count
    switch action {
    case .down: cursor = min(count - 1, cursor + 1)
    case .up: cursor = max(0, cursor - 1)
    case .pageDown: cursor = min(count - 1, cursor + listRows)
    case .pageUp: cursor = max(0, cursor - listRows)
    case .first: cursor = 0
    case .last: cursor = max(0, count - 1)
    case .tagTitle: retag(.title)
    case .tagHeading: retag(.heading)
    case .tagObjective: retag(.objective)
    case .tagBody: retag(.body)
    case .tagQuestion: retag(.question)
    case .tagStep: retag(.step)
    case .tagBackMatter: retag(.backMatter)
    case .tagFurniture: retag(.furniture)
    case .shallower, .deeper:
      var h = handout
      if h.shiftLevel(cursor, by: action == .shallower ? -1 : 1) {
        change(h)
      } else {
        message = handout.lines[cursor].tag == .heading ? Say.importLevelLimit : Say.importNotHeading
      }
    case .split:
      var h = handout
      if h.split(cursor) { change(h) } else { message = Say.importCannotSplit }
    case .join:
      var h = handout
      if h.join(cursor) { change(h) } else { message = Say.importCannotJoin }
    case .undo:
      if let last = history.popLast() {
        handout = last
        built = handout.build()
        dirty = true
        cursor = min(cursor, handout.lines.count - 1)
      } else {
        message = Say.importNothingToUndo
      }
    case .write: return write()
    case .help:
      helpShown = true
      helpTop = 0
    case .redraw: return .redrawAll
    case .quit:
      if dirty && !quitAsked {
        quitAsked = true
        message = Say.importUnwritten
        return .stay
      }
      return .quit
    }
    scrollToCursor()
    return .stay
  }

  mutating func retag(_ tag: LineTag) {
    guard handout.lines.indices.contains(cursor) else { return }
    var h = handout
    h.retag(cursor, as: tag)
    change(h)
    cursor = min(handout.lines.count - 1, cursor + 1)  // on to the next line: a run is tagged key after key
  }

  mutating func change(_ h: TaggedHandout) {
    guard h != handout else { return }
    history.append(handout)
    if history.count > 200 { history.removeFirst() }
    handout = h
    built = handout.build()
    dirty = true
  }

  /// Writes the case as tagged: asks for the output file to be written (an effect; the screen
  /// stays), or ends the review with it for standard output. One write is in flight at a time.
  mutating func write() -> Transition {
    let text = CaseFormat.write(built)
    guard let output else {
      outcome.caseText = text
      return .quit
    }
    guard writing == nil else {
      message = Say.importWriting
      return .stay
    }
    let job = CaseFileWrite(text: text, url: output)
    writing = job
    message = Say.importWriting
    return .perform([.writeCase(job)])
  }

  /// What came of a write: the changes made since it was asked for stay unwritten.
  mutating func written(_ job: CaseFileWrite, error: String?) {
    guard writing == job else { return }
    writing = nil
    if let error {
      message = Say.importWriteFailed(job.url.path, error)
      return
    }
    outcome.wroteFile = true
    dirty = CaseFormat.write(built) != job.text
    message = Say.importWrote(job.url.path)
  }

  mutating func scrollToCursor() {
    if cursor < top { top = cursor }
    if cursor >= top + listRows { top = cursor - listRows + 1 }
    top = max(0, min(top, max(0, handout.lines.count - listRows)))
  }
}
