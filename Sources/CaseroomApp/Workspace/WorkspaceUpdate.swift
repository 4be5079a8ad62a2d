import CaseroomEngine
import CaseroomSession
import FoundationEssentials

extension Workspace {

  /// Applies one key.
  public mutating func handle(_ key: Key, now: Date) {
    defer {
      keepInView()
      noteAnswers()
    }
    message = nil
    if key == .resize { return }
    if holdKey(key) { return }
    switch screen {
    case .reading: reading(key, now)
    case .answers(let selected): answers(key, selected, now)
    case .editing(let q): editing(key, q, now)
    case .annotations(let selected): annotationsList(key, selected, now)
    case .choosingQuestion(let p):
      switch Keymap.action(for: key, in: Keymap.citeIn) {
      case .question? where key.questionNumber.map { $0 <= session.answers.count } == true:
        back()
        cite(p, in: key.questionNumber! - 1, now)
      case .back?: back()
      default: message = Say.noSuchQuestion(key.label)
      }
    case .annotating(let p, let index): annotating(key, p, index, now)
    case .confirmingQuit:
      if key == .char("y") || key == .char("Y") || key == .ctrl("c") {
        wantsQuit = true
        quitAnyway = true
      } else {
        back()
      }
    case .takingOver(let field, _):
      switch key {
      case .char("t"), .char("T"): tookOver(field, now)
      case .char("r"), .char("R"), .escape:
        back()
        if let box = fieldBox, box.readOnly { message = box.readOnlyNotice }
      case .char, .paste:
        // Text typed at the question goes to the field watched, which says it is not written.
        back()
        handle(key, now: now)
      default: back()
      }
    }
  }

  mutating func reading(_ key: Key, _ now: Date) {
    reader.handle(key)
    if reader.wantsQuit {
      reader.wantsQuit = false
      quit(now: now)
      return
    }
    guard let request = reader.request else { return }
    reader.request = nil
    switch request {
    case .answers:
      requestSave(now: now)
      readFeedback(now)
      open(.answers(selected: 0))
    case .sync:
      sync(now)
    case .editAnswer(let q):
      requestSave(now: now)
      openEditor(q)
    case .annotations:
      open(.annotations(selected: 0))
    case .cite(let p):
      if readOnly {
        message = Say.readOnlyCannotCite
      } else if session.answers.count == 1 {
        cite(p, in: 0, now)
      } else {
        open(.choosingQuestion(p))
      }
    case .annotate(let p):
      if readOnly { message = Say.readOnlyCannotAnnotate } else { openNote(p) }
    }
  }

  /// Quitting saves first; if that fails the user is asked (see the command
  /// loop). With `--sync`, the last words go to the class too: a sync runs
  /// (saving first) and quitting waits for it (git gives up after 15 s offline).
  public mutating func quit(now: Date) {
    requestSave(now: now)
    if classLink?.autoSync != nil, classLink?.syncDirectory != nil, file != nil, !readOnly, !syncing {
      sync(now)
    }
    wantsQuit = true
  }

  /// The loop could not save before quitting: ask.
  public mutating func quitFailed() {
    wantsQuit = false
    open(.confirmingQuit)
  }

  func anchor(_ p: Passage) -> Session.Anchor {
    Session.Anchor(section: reader.sections[p.section].id, paragraph: p.paragraph, quote: p.quote)
  }

  mutating func cite(_ p: Passage, in q: Int, _ now: Date) {
    session.answers[q].citations.append(Session.Citation(anchor: anchor(p), createdAt: now))
    session.answers[q].updatedAt = now
    reader.clearPassage()
    refreshAnnotations()
    changed(now)
    saveRequested = true
    message = Say.citedIn(q + 1)
  }

  mutating func answers(_ key: Key, _ selected: Int, _ now: Date) {
    let rows = answerRows
    let sel = min(selected, max(0, rows.count - 1))
    switch Keymap.action(for: key, in: Keymap.answersList) {
    case .down?: screen = .answers(selected: min(sel + 1, rows.count - 1))
    case .up?: screen = .answers(selected: max(sel - 1, 0))
    case .question?:
      guard let n = key.questionNumber, n <= session.answers.count else {
        message = Say.noSuchQuestion(key.label)
        return
      }
      openEditor(n - 1)
    case .open?:
      switch rows[sel] {
      case .question(let q): openEditor(q)
      case .citation(let q, let j): jump(to: session.answers[q].citations[j].anchor)
      }
    case .remove?:
      guard case .citation(let q, let j) = rows[sel] else { return }
      if readOnly {
        message = Say.readOnly
        return
      }
      let c = session.answers[q].citations.remove(at: j)
      screen = .answers(selected: max(0, sel - 1))
      removed(.citation(question: q, index: j, c), now)
    case .undo?: undoRemoval(now)
    case .back?: back()
    case .help?:
      home()
      reader.handle(.char("?"))
    case .edit?, nil: break
    }
  }

  /// Jumps to an anchored passage in the reader (every view closed), or says it is orphaned.
  mutating func jump(to a: Session.Anchor) {
    if jumpReader(to: a) { home() }
  }

  /// Moves the reader to an anchored passage and shows it for a moment,
  /// leaving the views as they are; false (and a message) when it is orphaned.
  mutating func jumpReader(to a: Session.Anchor) -> Bool {
    guard let r = a.resolve(in: reader.document), let s = reader.sectionIndex[r.section] else {
      message = Say.citationOrphaned
      return false
    }
    reader.jump(to: Anchor(section: s, paragraph: r.paragraph, offset: r.range.lowerBound), context: 2)
    let text = reader.sections[s].paragraphs[r.paragraph].text
    reader.flashed = Passage(
      section: s, paragraph: r.paragraph, range: r.range,
      quote: String(decoding: Array(text.utf8)[r.range], as: UTF8.self))
    return true
  }

  mutating func openEditor(_ q: Int) {
    let g = geometry
    // In a group writing together it waits, read-only, for the answer's lock (keys typed meanwhile wait too).
    var box = EditorBox(
      text: session.answers[q].text, width: g.editorWidth, rows: g.editorRows, readOnly: readOnly || together != nil)
    box.readOnlyNotice = Say.readOnlyHeld(readOnlyHolder ?? "")
    answerBox = box
    open(.editing(question: q))
    claim(.answer(q), reader.now)
  }

  mutating func editing(_ key: Key, _ q: Int, _ now: Date) {
    guard var box = answerBox else { return }
    if citationFocus != nil {
      citationList(key, q, now)
      return
    }
    switch key {
    case .ctrl("o"):
      if session.answers[q].citations.isEmpty { message = Say.noCitationsToList } else { citationFocus = 0 }
      return
    case .escape:
      leaveEditor(q, now)
      return
    case .ctrl("s"):
      saveRequested = true
      if unsavedSince == nil { changed(now) }
      return
    default: break
    }
    let outcome = box.handle(key, now: now, clipboard: clipboard)
    answerBox = box
    took(outcome)
    if box.readOnly, case .notice = outcome { refusedInField(key) }
    if outcome.isEdited {
      // The text itself is copied into the session when it is saved (joining
      // a 200 KB answer on every key would cost more than the edit).
      session.answers[q].updatedAt = now
      changed(now)
      typedInField(now)
    }
  }

  /// Keys while the editor's citation list has them: choose, jump (leaving
  /// the editor, its text kept), remove (u in the answers list brings it back).
  mutating func citationList(_ key: Key, _ q: Int, _ now: Date) {
    let count = session.answers[q].citations.count
    guard let i = citationFocus, count > 0 else {
      // The list emptied by d keeps the keys for u, as the status bar says.
      switch Keymap.action(for: key, in: Keymap.citationList) {
      case .undo? where !readOnly: undoCitationRemoval(q, now)
      case .back?: citationFocus = nil
      default: break
      }
      return
    }
    switch Keymap.action(for: key, in: Keymap.citationList) {
    case .down?: citationFocus = min(i + 1, count - 1)
    case .up?: citationFocus = max(i - 1, 0)
    case .open?:
      citationFocus = nil
      let anchor = session.answers[q].citations[i].anchor
      leaveEditor(q, now)
      jump(to: anchor)
    case .remove? where !readOnly:
      let c = session.answers[q].citations.remove(at: i)
      citationFocus = max(0, min(i, count - 2))
      removed(.citation(question: q, index: i, c), now)
    case .undo? where !readOnly: undoCitationRemoval(q, now)
    case .back?: citationFocus = nil
    case .remove?, .undo?: message = Say.readOnly
    default: break
    }
  }

  /// `u` in the editor's citation list (which says `u 撤销` on removing):
  /// the citation last removed from this answer comes back, chosen in the list.
  mutating func undoCitationRemoval(_ q: Int, _ now: Date) {
    guard case .citation(q, let i, let c)? = removals.last else {
      message = Say.nothingToUndoRemoved
      return
    }
    removals.removeLast()
    let at = min(i, session.answers[q].citations.count)
    session.answers[q].citations.insert(c, at: at)
    citationFocus = at
    refreshAnnotations()
    changed(now)
    saveRequested = true
    message = Removal.citation(question: q, index: i, c).undone
  }

  /// What an editor box's outcome asks of the workspace: text for the
  /// clipboard (ours, and the terminal's), a message.
  mutating func took(_ outcome: EditorOutcome) {
    if let text = outcome.clipboard {
      clipboard = text
      outbox.append(.copy(text))
      message = Say.copied(TextEditor.count(text))
    }
    if let m = outcome.message { message = m }
  }

  mutating func leaveEditor(_ q: Int, _ now: Date) {
    var emptied: String?
    if let e = answerBox?.editor, session.answers[q].text != e.text {
      if e.text.trimmingBlanks().isEmpty && !session.answers[q].text.trimmingBlanks().isEmpty {
        emptied = session.answers[q].text
      }
      session.answers[q].text = e.text
      session.answers[q].updatedAt = now
      changed(now)
    }
    if unsavedSince != nil { saveRequested = true }
    answerBox = nil
    leaveField()
    // Back where the editor was opened from: the answers list (on the question), or the reader.
    back()
    if case .answers = screen { screen = .answers(selected: answerRows.firstIndex(of: .question(q)) ?? 0) }
    if let emptied { removed(.answer(question: q, text: emptied), now) }
  }

  /// Opens the note editor on a passage: a new note, or the passage's own
  /// note when it has one (edited again, from ✎).
  mutating func openNote(_ p: Passage, editing index: Int? = nil) {
    let existing =
      index
      ?? session.annotations.firstIndex { a in
        guard let r = a.anchor.resolve(in: reader.document), reader.sectionIndex[r.section] == p.section else {
          return false
        }
        return r.paragraph == p.paragraph && r.range.overlaps(p.range)
      }
    let text = existing.map { session.annotations[$0].note } ?? ""
    let field = existing.map { Field.note(session.annotations[$0]) } ?? newNoteField(p)
    var box = EditorBox(text: text, width: max(8, cols - 4), rows: geometry.noteRows, readOnly: together != nil)
    box.readOnlyNotice = Say.readOnly
    noteBox = box
    open(.annotating(p, note: existing))
    claim(field, reader.now)
  }

  /// Typing a note: Esc keeps it (an emptied note is removed, with u to undo).
  mutating func annotating(_ key: Key, _ p: Passage, _ index: Int?, _ now: Date) {
    guard var box = noteBox else { return }
    if key == .escape {
      finishNote(p, index, box.editor.text, now)
      return
    }
    let outcome = box.handle(key, now: now, clipboard: clipboard)
    noteBox = box
    took(outcome)
    if box.readOnly, case .notice = outcome { refusedInField(key) }
    // The draft is saved with the session like any change (a signal loses none of it).
    if outcome.isEdited && !readOnly && !box.readOnly {
      changed(now)
      typedInField(now)
    }
  }

  mutating func finishNote(_ p: Passage, _ index: Int?, _ text: String, _ now: Date) {
    back()
    let watched = noteBox?.readOnly == true
    noteBox = nil
    leaveField()
    if watched { return }  // another member's note, only looked at
    if session.noteDraft(of: draftWriter) != nil {
      session.setNoteDraft(nil, of: draftWriter)
      changed(now)
      saveRequested = true
    }
    let note = text.trimmingBlanks()
    if let i = index, i < session.annotations.count {
      guard note != session.annotations[i].note else { return }
      if note.isEmpty {
        let a = session.annotations.remove(at: i)
        removed(.note(index: i, a), now)
        return
      }
      session.annotations[i].note = note
      if let member = together?.member { session.annotations[i].writer = member }
      message = Say.noteUpdated
    } else {
      guard !note.isEmpty else { return }
      session.annotations.append(
        Session.Annotation(anchor: anchor(p), note: note, createdAt: now, writer: together?.member))
      message = Say.noteAdded
    }
    reader.clearPassage()
    changed(now)
    saveRequested = true
    refreshAnnotations()
  }

  mutating func annotationsList(_ key: Key, _ selected: Int, _ now: Date) {
    let count = session.annotations.count
    switch Keymap.action(for: key, in: Keymap.notesList) {
    case .down?: screen = .annotations(selected: min(selected + 1, max(0, count - 1)))
    case .up?: screen = .annotations(selected: max(selected - 1, 0))
    case .open? where count > 0: jump(to: session.annotations[selected].anchor)
    case .edit? where count > 0 && !readOnly:
      // The note editor opens over the list: Esc comes back to it.
      if jumpReader(to: session.annotations[selected].anchor), let p = reader.flashed {
        reader.flashed = nil
        openNote(p, editing: selected)
      }
    case .remove? where count > 0 && !readOnly:
      let a = session.annotations.remove(at: selected)
      refreshAnnotations()
      screen = .annotations(selected: max(0, min(selected, count - 2)))
      removed(.note(index: selected, a), now)
    case .undo?: undoRemoval(now)
    case .back?: back()
    case .help?:
      home()
      reader.handle(.char("?"))
    case .edit?, .remove?: if readOnly { message = Say.readOnly }
    default: break
    }
  }
}

extension Workspace {
  /// Tells the reader how far each answer is, for its questions panel (not
  /// while the editor is open: the reader is not on screen, and counting a
  /// long answer on every key would cost more than the key).
  mutating func noteAnswers() {
    guard editingQuestion == nil else { return }
    reader.presence = together.map { $0.present.isEmpty ? Say.present([$0.member]) : Say.present($0.present) }
    reader.questionNotes = session.answers.indices.map { q in
      let a = session.answers[q]
      let text = a.text
      let count = WordCount.of(text)
      let cites = a.citations.isEmpty ? "" : Say.citationCount(a.citations.count)
      let firstLine =
        ConflictMarkers.withoutMarkers(text).split(separator: "\n").first.map { String($0).trimmingBlanks() } ?? ""
      let conflict = ConflictMarkers.holds(text) ? " " + Say.conflictMark : ""
      let writer = together?.writing(ofAnswer: q).map { " · " + $0 } ?? ""
      return QuestionNote(
        status: (count == 0 ? Say.notWritten : Say.characters(count)) + cites + conflict + writer, preview: firstLine)
    }
  }

  /// The question whose answer is open in the editor.
  var editingQuestion: Int? {
    if case .editing(let q) = screen { return q }
    return nil
  }
}

extension Workspace {
  /// Whose note drafts this reader keeps: its member's in a group writing
  /// together, else `""`.
  var draftWriter: String { together?.member ?? "" }

  /// The note this reader left unfinished last time (a signal, a crash) is
  /// opened again, with a notice; one whose passage left the case becomes an
  /// orphaned note. In a group it is this member's own draft (an older
  /// version's single draft goes to the first member who opens the group),
  /// and the note's field is claimed as when it is opened by hand.
  mutating func restoreDraft() {
    let writer = draftWriter
    guard !readOnly, let d = session.noteDraft(of: writer) ?? (writer.isEmpty ? nil : session.noteDraft(of: ""))
    else { return }
    session.setNoteDraft(nil, of: "")
    session.setNoteDraft(d, of: writer)
    guard let r = d.anchor.resolve(in: reader.document), let s = reader.sectionIndex[r.section] else {
      session.annotations.append(Session.Annotation(anchor: d.anchor, note: d.text, createdAt: d.updatedAt))
      session.setNoteDraft(nil, of: writer)
      refreshAnnotations()
      reader.show(message: Say.draftKeptAsNote)
      return
    }
    let text = reader.sections[s].paragraphs[r.paragraph].text
    let p = Passage(
      section: s, paragraph: r.paragraph, range: r.range,
      quote: String(decoding: Array(text.utf8)[r.range], as: UTF8.self))
    reader = reader.moved(to: Anchor(section: s, paragraph: r.paragraph, offset: r.range.lowerBound))
    var box = EditorBox(text: d.text, width: max(8, cols - 4), rows: geometry.noteRows, readOnly: together != nil)
    box.readOnlyNotice = Say.readOnly
    noteBox = box
    let index = d.note.flatMap { $0 < session.annotations.count ? $0 : nil }
    screen = .annotating(p, note: index)
    message = Say.draftBack
    if together != nil { claim(index.map { Field.note(session.annotations[$0]) } ?? newNoteField(p), reader.now) }
  }
}
