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
      file?.close()
      return .quit
    }
    tick(now: now)
    saveIfNeeded(now)
    if wantsQuit {
      if saveError == nil || readOnly {
        file?.close()
        return .quit
      }
      quitFailed()
    }
    if reader.wantsFullRedraw {
      reader.wantsFullRedraw = false
      return .redrawAll
    }
    return .stay
  }

  /// Writes the session to its file when it is due.
  mutating func saveIfNeeded(_ now: Date) {
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
  /// Scrolls the open list or the editor so that the selection or the cursor
  /// is on screen, and lays out the editor's visible paragraphs (so that
  /// drawing lays out nothing).
  mutating func keepInView() {
    let g = geometry
    switch screen {
    case .answers(let selected):
      // Keep the selected entry's lines on screen, moving the list as little as possible.
      let lines = answerLines(width: cols - 1)
      let sel = min(selected, max(0, answerRows.count - 1))
      let first = lines.firstIndex { $0.row == sel && !$0.text.isEmpty } ?? 0
      let last = lines.lastIndex { $0.row == sel } ?? first
      if first < listTop { listTop = first }
      if last >= listTop + g.listRows { listTop = max(first - 1, last - g.listRows + 1) }
      listTop = max(0, min(listTop, max(0, lines.count - g.listRows)))
    case .annotations(let selected):
      listTop = g.listFirst(showing: selected)
    case .editing:
      scrollEditorToCursor(rows: g.editorRows)
    default:
      listTop = 0
    }
  }

  /// Keeps the editor's cursor on screen.
  mutating func scrollEditorToCursor(rows editorRows: Int) {
    guard var e = editor else { return }
    e.layOut(e.cursor.paragraph)
    let (cl, _) = e.cursorLine()
    let cp = e.cursor.paragraph
    if cp < editorTop.paragraph || (cp == editorTop.paragraph && cl < editorTop.line) {
      editorTop = (cp, cl)
    } else {
      // Is the cursor within editorRows lines of the top? Count, but no further.
      var count = 0
      var p = editorTop.paragraph
      var l = editorTop.line
      while (p < cp || (p == cp && l < cl)) && count < editorRows {
        count += 1
        l += 1
        if l >= e.layOut(p).count {
          p += 1
          l = 0
        }
      }
      if count >= editorRows {
        // Put the cursor's line at the bottom: walk up editorRows - 1 lines from it.
        var tp = cp
        var tl = cl
        for _ in 0..<(editorRows - 1) {
          if tl > 0 {
            tl -= 1
          } else if tp > 0 {
            tp -= 1
            tl = e.layOut(tp).count - 1
          }
        }
        editorTop = (tp, tl)
      }
    }
    // Lay out what the screen will show.
    var p = editorTop.paragraph
    var shown = -editorTop.line
    while p < e.paragraphs.count && shown < editorRows {
      shown += e.layOut(p).count
      p += 1
    }
    editor = e
  }
}
