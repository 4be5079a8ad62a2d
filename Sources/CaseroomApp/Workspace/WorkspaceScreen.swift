import CaseroomEngine
import CaseroomSession
import Foundation

// MARK: - Screen

extension Workspace: Screen {
  /// Keys, the clock and signals: the session is saved when `needsSave`
  /// says so, and at once on a termination signal.
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    switch event {
    case .key(let key): handle(key, now: now)
    case .tick: break
    case .resize(let rows, let cols): resize(rows: rows, cols: cols)
    case .notice(let text): reader.show(message: text)
    case .terminate:
      requestSave(now: now)
      saveIfNeeded(now)
      closeFile()
      return .quit
    }
    tick(now: now)
    followClass(now)
    followGroup(now)
    saveIfNeeded(now)
    if wantsQuit {
      if saveError == nil || readOnly {
        closeFile()
        return .quit
      }
      // Quitting is always possible: the question says where the text went.
      return .replace(quitQuestion())
    }
    if let ask = together?.askTakeOver { return .replace(takeOverQuestion(ask.field, ask.holder)) }
    if let text = pendingCopy {
      pendingCopy = nil
      return .copy(text)
    }
    if reader.wantsFullRedraw {
      reader.wantsFullRedraw = false
      return .redrawAll
    }
    return .stay
  }

  /// Writes the session to its file when it is due.
  mutating func saveIfNeeded(_ now: Date) {
    if together != nil { return saveTogether(now) }
    guard let file, needsSave(now: now) else { return }
    let s = sessionToSave(now: now)
    do {
      try file.save(s)
      saved(s, at: now, error: nil)
    } catch {
      saved(s, at: now, error: "\(error)")
    }
  }
}

// MARK: - Scrolling

extension Workspace {
  /// Scrolls the open list or the editors so that the selection or the
  /// cursor is on screen, and lays out what will be shown (so that drawing
  /// lays out nothing).
  mutating func keepInView() {
    let g = geometry
    switch screen {
    case .answers(let selected):
      // Keep the selected entry's lines on screen, moving the list as little as possible.
      let lines = answerLines(width: cols - 1)
      let sel = min(selected, max(0, answerRows.count - 1))
      scrollList(to: lines.map(\.row), selected: sel, rows: g.listRows)
    case .annotations(let selected):
      scrollList(to: noteLines(width: cols - 1).map(\.row), selected: selected, rows: g.listRows)
    case .editing:
      answerBox?.fit(rows: g.editorRows, width: g.editorWidth)
      // The citation list keeps its chosen one on screen.
      if let i = citationFocus {
        if i < citationTop { citationTop = i }
        if i >= citationTop + g.citationRows { citationTop = i - g.citationRows + 1 }
      } else {
        citationTop = 0
      }
    case .annotating:
      let width = max(8, cols - 4)
      noteBox?.fit(rows: g.noteRows, width: width)
    default:
      listTop = 0
    }
  }

  /// Moves `listTop` (a line of a list whose lines belong to entries `rows`)
  /// as little as possible so that the selected entry's lines are shown.
  mutating func scrollList(to rows: [Int], selected: Int, rows visible: Int) {
    let first = rows.firstIndex(of: selected) ?? 0
    let last = rows.lastIndex(of: selected) ?? first
    if first < listTop { listTop = first }
    if last >= listTop + visible { listTop = max(first - 1, last - visible + 1) }
    listTop = max(0, min(listTop, max(0, rows.count - visible)))
  }
}
