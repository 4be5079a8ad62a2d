import CaseroomEngine
import CaseroomSession
import FoundationEssentials

/// The case's groups as found in the sessions folder (on a worker): their
/// files and the members reading each now.
public struct GroupList: Sendable {
  public var files: [SessionStore.Entry]
  public var present: [[String]]
}

/// The first screen: which group is reading? A list of the groups that have
/// a session for this case, and a new group (name, then members). It
/// follows the sessions folder: a group another terminal makes appears, the
/// selection staying on its group.
public struct GroupPicker {
  public struct Entry: Equatable, Sendable {
    public var name: String
    public var members: [String]
    /// Why the file cannot be opened (listed; not selectable unless `recoverable`).
    public var problem: String?
    /// A damaged file with a usable backup: choosing it asks what to do.
    public var recoverable: Bool
    /// The members reading the group now (its live folder, when the picker was made).
    public var present: [String]
    public init(
      name: String, members: [String], problem: String? = nil, recoverable: Bool = false, present: [String] = []
    ) {
      self.name = name
      self.members = members
      self.problem = problem
      self.recoverable = recoverable
      self.present = present
    }

    /// Whether the entry can be chosen.
    var selectable: Bool { problem == nil || recoverable }
  }

  public enum Step: Equatable, Sendable {
    case choosing(selected: Int)
    case typingName(String)
    case typingMembers(name: String, text: String)
  }

  public enum Outcome: Equatable, Sendable {
    case existing(Int)
    case new(name: String, members: [String])
    case cancelled
  }

  public let caseTitle: String
  public internal(set) var entries: [Entry]
  /// How reading starts, to open the chosen group's session (as an effect);
  /// without it, the choice ends the program.
  public var start: ReadingStart?
  /// The session files listed (entry for entry), to open the one chosen.
  public var files: [SessionStore.Entry] = []
  public internal(set) var step: Step
  public internal(set) var outcome: Outcome?
  public internal(set) var rows: Int
  public internal(set) var cols: Int
  var message: String?
  /// The name or members being typed: a one-line field of the shared text editor.
  var field: EditorBox?
  /// The time of the last event (the field's undo groups keys by it).
  var now = Date(timeIntervalSince1970: 0)
  /// A new list of the groups asked for and not come yet; `relist`: the folder changed again meanwhile.
  var listing = false
  var relist = false
  /// When the groups or who reads them were last looked at.
  var lookedAt = Date.distantPast

  /// The entries listed for what was found.
  static func entries(_ list: GroupList) -> [Entry] {
    zip(list.files, list.present).map { e, present in
      Entry(
        name: e.session?.group.name ?? e.backup?.group.name ?? e.url.lastPathComponent,
        members: e.session?.group.members ?? e.backup?.group.members ?? [],
        problem: e.error.map { e.backup == nil ? $0.message : $0.message + Say.backupUsableHint },
        recoverable: e.backup != nil, present: present)
    }
  }

  /// Takes in the groups listed again: the selection stays on its group (or on "new group").
  mutating func takeIn(_ list: GroupList) {
    var chosen: String?
    if case .choosing(let s) = step, s < entries.count { chosen = entries[s].name }
    let onNew: Bool = {
      if case .choosing(let s) = step { return s >= entries.count }
      return false
    }()
    entries = Self.entries(list)
    // A group new here: its live folder is watched from now on; looked at once more, so that
    // a reader who came before the watch is seen.
    if Set(list.files.map(\.url)) != Set(files.map(\.url)) { relist = true }
    files = list.files
    guard case .choosing = step else { return }
    if onNew {
      step = .choosing(selected: entries.count)
    } else if let chosen, let i = entries.firstIndex(where: { $0.name == chosen && $0.selectable }) {
      step = .choosing(selected: i)
    } else {
      step = .choosing(selected: entries.firstIndex { $0.selectable } ?? entries.count)
    }
  }

  public init(caseTitle: String, entries: [Entry], rows: Int, cols: Int) {
    self.caseTitle = caseTitle
    self.entries = entries
    self.rows = rows
    self.cols = cols
    let first = entries.firstIndex { $0.selectable } ?? entries.count
    step = .choosing(selected: first)
  }

  public mutating func resize(rows: Int, cols: Int) {
    self.rows = rows
    self.cols = cols
  }

  /// Row `entries.count` is "new group".
  public mutating func handle(_ key: Key) {
    message = nil
    switch step {
    case .choosing(let selected):
      func move(_ d: Int) {
        var i = selected
        repeat { i += d } while i >= 0 && i < entries.count && !entries[i].selectable
        if i >= 0 && i <= entries.count { step = .choosing(selected: i) }
      }
      switch Keymap.action(for: key, in: Keymap.groupPicker) {
      case .down?: move(1)
      case .up?: move(-1)
      case .new?: startTyping(.typingName(""))
      case .open?:
        if selected == entries.count { startTyping(.typingName("")) } else { outcome = .existing(selected) }
      case .quit?: outcome = .cancelled
      case nil: if case .paste = key { message = Say.chooseOrCreateFirst }
      }
    case .typingName(let text):
      switch key {
      case .enter:
        let name = text.trimmingSpaces()
        if name.isEmpty {
          message = Say.nameEmpty
        } else if entries.contains(where: { $0.name == name }) {
          message = Say.nameExists(name)
        } else {
          startTyping(.typingMembers(name: name, text: ""))
        }
      case .escape:
        field = nil
        step = .choosing(selected: entries.count)
      default: type(key) { .typingName($0) }
      }
    case .typingMembers(let name, let text):
      switch key {
      case .enter:
        outcome = .new(name: name, members: Self.members(text))
      case .escape: startTyping(.typingName(name))
      default: type(key) { .typingMembers(name: name, text: $0) }
      }
    }
  }

  /// Starts typing a name or members, in a field holding the step's text.
  mutating func startTyping(_ s: Step) {
    var text = ""
    if case .typingName(let t) = s { text = t }
    if case .typingMembers(_, let t) = s { text = t }
    field = EditorBox(text: text, width: max(1, cols - 8), singleLine: true)
    step = s
  }

  /// A key for the field; the step follows its text.
  mutating func type(_ key: Key, _ step: (String) -> Step) {
    guard var f = field else { return }
    let outcome = f.handle(key, now: now)
    if let m = outcome.message { message = m }
    f.fit(rows: 1, width: max(1, cols - 8))
    field = f
    self.step = step(f.editor.text)
  }

  /// A group's members as typed: separated by commas (Chinese or Latin), 、 or semicolons.
  public static func members(_ text: String?) -> [String] {
    (text ?? "").split(whereSeparator: { "，,、;；".contains($0) }).map { $0.trimmingSpaces() }
      .filter { !$0.isEmpty }
  }

  public func render(into f: inout Frame) {
    guard rows >= ReaderState.minimumRows && cols >= ReaderState.minimumCols else {
      f.put(Say.terminalTooSmall, row: 0, col: 0, style: .notice)
      return
    }
    f.fill(row: 0, style: .header)
    f.put(" " + caseTitle + "  │  " + Say.chooseYourGroup, row: 0, col: 0, style: .header)
    var row = 2
    f.put(" " + Say.whichGroup, row: row, col: 0, style: .heading)
    row += 2
    var selected = -1
    if case .choosing(let s) = step { selected = s }
    for (i, e) in entries.enumerated() {
      guard row < rows - 3 else { break }
      let members = Say.members(e.members)
      if let problem = e.problem {
        if i == selected { f.fill(row: row, style: .selected) }
        f.put("  ⚠ \(e.name): \(problem)", row: row, col: 0, style: i == selected ? .selected : .notice)
      } else {
        if i == selected { f.fill(row: row, style: .selected) }
        let here = e.present.isEmpty ? "" : "  " + Say.present(e.present)
        f.put(
          Layout.clip("  " + e.name + members + here, width: cols), row: row, col: 0,
          style: i == selected ? .selected : .normal)
      }
      row += 1
    }
    if selected == entries.count { f.fill(row: row, style: .selected) }
    f.put("  " + Say.newGroupRow, row: row, col: 0, style: selected == entries.count ? .selected : .normal)
    row += 2
    let status = rows - 1
    f.fill(row: status, style: .status)
    switch step {
    case .choosing:
      if let message {
        f.put(message, row: status, col: 0, style: .status)
      } else {
        f.putHints(
          Keymap.hints(Keymap.groupPicker), row: status,
          col: 1, limit: cols)
      }
    case .typingName:
      if row < rows - 1 { f.put(" " + Say.groupNameTitle, row: row, col: 0, style: .heading) }
      let c = f.put(Say.nameLabel, row: status, col: 0, style: .prompt)
      field?.draw(into: &f, row: status, col: c, rows: 1, width: max(1, cols - c - 1), style: .prompt)
      if let message, row + 1 < rows - 1 { f.put(" " + message, row: row + 1, col: 0, style: .notice) }
    case .typingMembers(let name, _):
      if row < rows - 1 {
        f.put(" " + Say.membersTitle(name), row: row, col: 0, style: .heading)
      }
      let c = f.put(Say.membersLabel, row: status, col: 0, style: .prompt)
      field?.draw(into: &f, row: status, col: c, rows: 1, width: max(1, cols - c - 1), style: .prompt)
    }
  }
}

// MARK: - Screen

extension GroupPicker: Screen {
  /// The editor's Alt keys while a name or the members are typed.
  public var altKeys: Set<Key> { field == nil ? [] : Keymap.editorAltKeys }
  public var watched: [String] { start?.pickerWatched(files) ?? [] }
  /// Only to see readers go (a change of the folders comes as `.changed`).
  public func nextTick(after now: Date) -> Date? {
    start == nil ? nil : max(now, lookedAt.addingTimeInterval(Together.lookEvery))
  }

  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    self.now = now
    switch event {
    case .key(let key): handle(key)
    case .tick:
      // A reader who dies tells no one: who is here is looked at again every `Together.lookEvery`.
      guard let start, !listing, now.timeIntervalSince(lookedAt) >= Together.lookEvery else { break }
      listing = true
      lookedAt = now
      return .perform([.listGroups(start, presenceOf: files)])
    case .changed:
      guard let start else { break }
      if listing {
        relist = true
        break
      }
      listing = true
      lookedAt = now
      return .perform([.listGroups(start, presenceOf: nil)])
    case .done(.groupsListed(let list)):
      takeIn(list)
      listing = false
      if relist, let start {
        relist = false
        listing = true
        return .perform([.listGroups(start, presenceOf: nil)])
      }
    case .resize(let rows, let cols): resize(rows: rows, cols: cols)
    case .notice(let text): message = text
    case .done(.sessionOpened(let opening, let result)): return opening.start.transition(opening, result)
    case .done: break
    case .terminate: return .quit
    case .suspend: return .stay
    }
    guard let outcome else { return .stay }
    self.outcome = nil
    if outcome == .cancelled { return .quit }
    guard let start else { return .quit }
    switch outcome {
    case .cancelled: return .quit
    case .existing(let i):
      guard files.indices.contains(i) else { return .quit }
      return start.choose(files[i])
    case .new(let name, let members):
      return .perform([.openSession(SessionOpening(start: start, way: .group(name, members: members)))])
    }
  }
}
