import CaseroomEngine
import CaseroomSession
import FoundationEssentials

/// A group at work on a case: the reader, the group's session (answers,
/// citations, annotations) and the views around them. Like the reader it is
/// plain state: keys in through `handle`, a frame out through `render`. As a
/// `Screen` it saves `session` to its file whenever `needsSave` says so.
public struct Workspace {
  public enum Screen: Equatable {
    case reading
    /// The questions and their answers' state; the selected row (questions and citations).
    case answers(selected: Int)
    /// Editing the answer to a question.
    case editing(question: Int)
    /// The group's annotations, with the selected one.
    case annotations(selected: Int)
    /// Choosing the question to cite a passage in.
    case choosingQuestion(Passage)
    /// Writing a note on a passage: a new one, or the note at an index edited again.
    case annotating(Passage, note: Int?)
    /// Confirming to quit although the last save failed.
    case confirmingQuit
    /// Asking whether to take over a field another member writes on another host.
    case takingOver(Field, SessionLock.Holder)
  }

  public var reader: ReaderState
  public internal(set) var session: Session
  public internal(set) var screen: Screen = .reading
  /// The views under `screen`, nearest last: where Esc goes back to (`WorkspaceStack`).
  var under: [Screen] = []
  /// The answer being edited, on screen.
  public internal(set) var answerBox: EditorBox?
  /// The note being written or edited (over the reader).
  public internal(set) var noteBox: EditorBox?
  /// What Ctrl-X / Ctrl-C put aside, for Ctrl-V (also sent to the system clipboard).
  public internal(set) var clipboard: String?
  /// Effects asked for during this update, handed to the loop with its transition.
  var outbox: [Effect] = []
  /// A save asked for and not yet done.
  var saving = false
  /// `y` to quitting although the last save failed.
  var quitAnyway = false
  /// Set when another process holds the session: nothing can be changed.
  public let readOnlyHolder: String?
  public internal(set) var wantsQuit = false
  /// When the last save succeeded, and the last failure's message.
  public internal(set) var lastSave: Date?
  public internal(set) var saveError: String?
  /// The first unsaved change, and the last change.
  public internal(set) var unsavedSince: Date?
  public internal(set) var lastChange: Date?
  /// When the last save failed (nil once one succeeds).
  public internal(set) var lastFailedSave: Date?
  /// A save is wanted at once (leaving the editor, switching views, quitting).
  public internal(set) var saveRequested = false
  var message: String?
  /// First row shown of the answers or notes list.
  var listTop = 0
  /// In the editor: the citation chosen in its list while the list has the keys (Ctrl-O), and the first shown.
  var citationFocus: Int?
  var citationTop = 0
  /// What was removed, newest last, for `u`.
  var removals: [Removal] = []
  /// The session's file, its lock and its store (nil: nothing is written, as in tests).
  public let file: OpenedSession?
  /// The class around the group (phases, released feedback, sync), when it reads in one.
  public var classLink: ClassLink?
  /// The group writing together (every save a merge, field locks, the others followed), when it does.
  public internal(set) var together: Together?

  public init(reader: ReaderState, session: Session, readOnlyHolder: String? = nil) {
    self.reader = reader
    self.session = session
    self.readOnlyHolder = readOnlyHolder
    self.file = nil
    self.session.conform(to: reader.document)
    self.reader.hasSession = true
    self.reader.groupName = session.group.name
    self.reader.restoreTimes(session.reading.mapValues(\.seconds))
    refreshAnnotations()
    noteAnswers()
    restoreDraft()
  }

  /// A workspace on an opened session file: saves go to it, and quitting gives its lock back.
  public init(reader: ReaderState, opened: OpenedSession) {
    self.reader = reader
    self.session = opened.session
    self.readOnlyHolder = opened.readOnly.map(Say.readOnlyReason)
    self.file = opened
    self.session.conform(to: reader.document)
    self.reader.hasSession = true
    self.reader.groupName = session.group.name
    self.reader.restoreTimes(session.reading.mapValues(\.seconds))
    refreshAnnotations()
    noteAnswers()
    // A group's member is known when it joins (`join`): its own draft is restored then.
    if opened.group == nil { restoreDraft() }
  }

  public var rows: Int { reader.rows }
  public var cols: Int { reader.cols }
  var readOnly: Bool { readOnlyHolder != nil }

  // MARK: Saving

  /// A save waits for a pause in the typing this long…
  public static let quietDelay: TimeInterval = 1
  /// …but never longer than this after the first unsaved change, however the
  /// typing goes (the loop looks at least every 250 ms, and a save takes a few
  /// milliseconds: every change is on disk within 2 s).
  public static let saveDeadline: TimeInterval = 1.5
  /// While saving fails, it is tried again this often.
  public static let retryDelay: TimeInterval = 2

  /// Whether the session should be written now: at once when asked; else
  /// after a pause in the typing or at the deadline, whichever comes first;
  /// every 2 s while saving keeps failing.
  public func needsSave(now: Date) -> Bool {
    guard !readOnly, let first = unsavedSince else { return false }
    if saveRequested { return true }
    if let failed = lastFailedSave { return now.timeIntervalSince(failed) >= Self.retryDelay }
    if now.timeIntervalSince(first) >= (together != nil ? Together.saveDeadline : Self.saveDeadline) { return true }
    guard let last = lastChange else { return true }
    return now.timeIntervalSince(last) >= Self.quietDelay
  }

  /// The session as it must be written: the editor's text and the reader's place included.
  public mutating func sessionToSave(now: Date) -> Session {
    syncFromViews()
    var s = session
    s.revision += 1
    s.updatedAt = now
    return s
  }

  /// Reports how a save of `s` (taken at `s.updatedAt`) went; changes made
  /// since it was taken are still unsaved.
  public mutating func saved(_ s: Session, at now: Date, error: String?) {
    if let error {
      saveError = error
      lastFailedSave = now  // retried every 2 s
      saveRequested = false
      return
    }
    session.revision = s.revision
    session.updatedAt = s.updatedAt
    saveError = nil
    lastFailedSave = nil
    lastSave = now
    if let last = lastChange, last > s.updatedAt { return }
    unsavedSince = nil
    saveRequested = false
    answerBox?.editor.markSaved()
  }

  mutating func changed(_ now: Date) {
    if unsavedSince == nil { unsavedSince = now }
    lastChange = now
    together?.journalDue = true
  }

  /// The session with everything the views hold copied in (the answer being edited included).
  public var currentSession: Session {
    var w = self
    w.syncFromViews()
    return w.session
  }

  /// Copies what the views hold into the session.
  mutating func syncFromViews() {
    if case .editing(let q) = screen, let e = answerBox?.editor, e.changed || session.answers[q].text != e.text {
      session.answers[q].text = e.text
    }
    // A note being written is kept as the session's draft until it is finished.
    if case .annotating(let p, let index) = screen, let box = noteBox, !box.readOnly {
      let text = box.editor.text
      let edited = index.map { $0 < session.annotations.count && session.annotations[$0].note != text } ?? !text.isEmpty
      session.setNoteDraft(
        edited
          ? Session.Draft(anchor: anchor(p), note: index, text: text, updatedAt: lastChange ?? session.updatedAt) : nil,
        of: draftWriter)
    }
    session.remember(reader.place)
    for (id, seconds) in reader.seconds { session.reading[id, default: .init()].seconds = seconds }
  }

  /// Counts reading time on the section on screen (called by the loop; idle
  /// gaps and time away from the text are not counted).
  public mutating func tick(now: Date) {
    if screen == .reading { reader.tick(now: now) } else { reader.stopClock() }
  }

  /// Marks the session as needing a save now (quit, signal).
  public mutating func requestSave(now: Date) {
    syncFromViews()
    if !readOnly {
      changed(now)
      saveRequested = true
    }
  }

  // MARK: Resizing

  public mutating func resize(rows: Int, cols: Int) {
    reader.resize(rows: rows, cols: cols)
    keepInView()
  }

  /// Tells the reader where the group's citations and notes are, to mark them in the text.
  mutating func refreshAnnotations() {
    func marked(_ anchors: [Session.Anchor]) -> [Int: [MarkedRange]] {
      var map: [Int: [MarkedRange]] = [:]
      for a in anchors {
        guard let r = a.resolve(in: reader.document), let s = reader.sectionIndex[r.section] else { continue }
        map[s, default: []].append(MarkedRange(paragraph: r.paragraph, range: r.range))
      }
      return map
    }
    reader.noted = marked(session.annotations.map(\.anchor))
    reader.cited = marked(session.answers.flatMap { $0.citations.map(\.anchor) })
  }
}
