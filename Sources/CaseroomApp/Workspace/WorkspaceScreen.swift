import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

// MARK: - Screen

extension Workspace: Screen {
  /// The editor's Alt keys while an answer or a note is typed (the reader's, reading).
  public var altKeys: Set<Key> {
    switch screen {
    case .editing: return citationFocus == nil ? Keymap.editorAltKeys : []
    case .annotating: return Keymap.editorAltKeys
    case .reading: return reader.altKeys
    default: return []
    }
  }

  /// Keys, the clock, signals and what effects came to. Nothing here writes:
  /// a save due (`needsSave`), a sync, a look at the class file go out as
  /// effects with the transition; the loop performs them and hands back
  /// their results. A termination signal's save is performed before the
  /// program ends.
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    // Effects asked for between updates (a claim made when a member joins) go out with this one.
    reader.now = now
    switch event {
    case .key(let key): handle(key, now: now)
    case .tick: break
    case .changed: together?.changed = true
    case .resize(let rows, let cols): resize(rows: rows, cols: cols)
    case .notice(let text): reader.show(message: text)
    case .done(let result): done(result, now)
    case .terminate:
      guard let file else { return .quit }
      requestSave(now: now)
      if together != nil { return Transition(.quit, effects: lastSaveTogether(sessionToSave(now: now), now)) }
      let last: [Effect] = readOnly ? [] : [.saveSession(file, sessionToSave(now: now))]
      return Transition(.quit, effects: last + [.closeSession(file)])
    case .suspend:
      guard let file, !readOnly else { return .stay }
      requestSave(now: now)
      if together != nil { return suspendSaveTogether(now) }
      return Transition(.stay, effects: [.saveSession(file, sessionToSave(now: now))])
    }
    tick(now: now)
    followClass(now)
    followGroup(now)
    saveIfNeeded(now)
    journalIfDue(now)
    let effects = outbox
    outbox = []
    if wantsQuit, let end = quitting() { return end.with(effects) }
    if reader.wantsFullRedraw {
      reader.wantsFullRedraw = false
      return Transition(.redrawAll, effects: effects)
    }
    return .perform(effects)
  }

  /// Quitting waits for the last save: then the lock is given back and the
  /// program ends; if the save failed, the user is asked. Nil: still waiting.
  mutating func quitting() -> Transition? {
    let close = closing
    if readOnly || file == nil || quitAnyway || (unsavedSince == nil && !saving && !syncing) {
      return Transition(.quit, effects: close)
    }
    if !saving && !syncing && lastFailedSave != nil {
      quitFailed()
    }
    return nil
  }

  /// What an effect came to.
  mutating func done(_ result: EffectResult, _ now: Date) {
    switch result {
    case .sessionSaved(let s, let error):
      saving = false
      saved(s, at: now, error: error.map { Say.saveProblem($0.error) })
    case .together(let r): togetherDone(r, now)
    default: classDone(result, now)
    }
  }

  /// Asks for the session to be written when it is due (one save at a time;
  /// none while a sync, which saves first, runs).
  mutating func saveIfNeeded(_ now: Date) {
    if together != nil { return saveTogether(now) }
    guard let file, !saving, !syncing, needsSave(now: now) else { return }
    let s = sessionToSave(now: now)
    saving = true
    saveRequested = false
    outbox.append(.saveSession(file, s))
  }

  var syncing: Bool { classLink?.syncing == true }
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
