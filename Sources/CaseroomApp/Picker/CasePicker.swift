import CaseroomEngine
import FoundationEssentials
import Glibc

/// The first screen when more than one case is installed and none is named:
/// which case? The library's cases, one a line (title, id, sections,
/// questions, bundled or the user's own); files that cannot be opened are
/// listed with the reason and cannot be chosen. Choosing a case hands over to
/// the screen `ReadingStart` makes for it (the group picker, a group's
/// workspace or the reader alone).
public struct CasePicker {
  /// What a key does here.
  public enum Action: String, Sendable {
    case down, up, first, last, open, quit
  }

  /// The picker's keys; the hint bar comes from them.
  public static let keymap: [Binding<Action>] = [
    Binding(
      keys: [.char("j"), .down, .tab], action: .down, group: .moving, description: Phrase("下一个案例", "next case"),
      hint: Phrase("选择", "choose"), hintKey: "j/k"),
    Binding(
      keys: [.char("k"), .up, .backTab], action: .up, group: .moving, description: Phrase("上一个案例", "previous case")),
    Binding(keys: [.char("g"), .home], action: .first, group: .moving, description: Phrase("第一个案例", "first case")),
    Binding(keys: [.char("G"), .end], action: .last, group: .moving, description: Phrase("最后一个案例", "last case")),
    Binding(
      keys: [.enter], action: .open, group: .other, description: Phrase("打开案例", "open the case"),
      hint: Phrase("打开", "open")),
    Binding(
      keys: [.char("q"), .ctrl("c")], action: .quit, group: .other, description: Phrase("退出", "quit"),
      hint: Phrase("退出", "quit")),
  ]

  public let entries: [CaseLibrary.Entry]
  /// The entry under the cursor (only usable ones can be).
  public internal(set) var selected: Int
  public internal(set) var rows: Int
  public internal(set) var cols: Int
  var message: String?
  /// How reading starts in the case chosen (it is opened as an effect, and
  /// handed over to the screen `start` makes for it); without it, the choice ends the program.
  public var start: ReadingStart?
  /// `--section`: where to open the case chosen.
  public var section: String?
  /// The time of the last event.
  var now = Date(timeIntervalSince1970: 0)

  public init(entries: [CaseLibrary.Entry], rows: Int = 0, cols: Int = 0) {
    self.entries = entries
    self.rows = rows
    self.cols = cols
    selected = entries.firstIndex { $0.usable } ?? 0
  }

  /// The key's effect; returns the chosen entry when a case is opened.
  mutating func handle(_ key: Key) -> Transition? {
    message = nil
    guard let action = Keymap.action(for: key, in: Self.keymap) else {
      if case .paste = key { message = Say.chooseACaseFirst }
      return nil
    }
    let usable = entries.indices.filter { entries[$0].usable }
    switch action {
    case .down: selected = usable.first { $0 > selected } ?? selected
    case .up: selected = usable.last { $0 < selected } ?? selected
    case .first: selected = usable.first ?? selected
    case .last: selected = usable.last ?? selected
    case .quit: return .quit
    case .open:
      guard entries.indices.contains(selected), entries[selected].usable else {
        message = Say.noCaseToOpen
        return nil
      }
      guard let start else { return .quit }
      let opening = CaseOpening(url: entries[selected].url, start: start, section: section, now: now)
      return .perform([.openCase(opening)])
    }
    return nil
  }
}

// MARK: - View

extension CasePicker {
  /// Where things go: the list between the question and the status bar.
  struct Geometry {
    let rows: Int
    /// The first row of the list.
    let listTop = 4
    /// Rows the list may use (the last two rows: a blank and the status bar).
    var listRows: Int { max(1, rows - listTop - 2) }
    var status: Int { rows - 1 }
  }

  /// The first entry shown: the list scrolls so that the selected one is on screen.
  func firstShown(_ g: Geometry) -> Int {
    max(0, min(selected - g.listRows + 1, entries.count - g.listRows))
  }

  /// One entry as a line of the list.
  static func line(_ e: CaseLibrary.Entry) -> String {
    if let problem = e.problem { return "⚠ \(e.url.lastPathComponent): \(Say.caseNotOfferedBecause(problem))" }
    return "\(e.title)  \(e.id)  "
      + Say.caseCounts(sections: e.sections, questions: e.questions, own: e.origin == .user)
  }

  public func render(into f: inout Frame) {
    guard rows >= ReaderState.minimumRows && cols >= ReaderState.minimumCols else {
      f.put(Say.terminalTooSmall, row: 0, col: 0, style: .notice)
      return
    }
    let g = Geometry(rows: rows)
    f.fill(row: 0, style: .header)
    f.put(" " + Say.programName + "  │  " + Say.chooseACase, row: 0, col: 0, style: .header)
    f.put(" " + Say.whichCase, row: 2, col: 0, style: .heading)
    let top = firstShown(g)
    for (row, i) in zip(g.listTop..., top..<min(entries.count, top + g.listRows)) {
      let e = entries[i]
      let style: Style = i == selected ? .selected : e.usable ? .normal : .notice
      if i == selected { f.fill(row: row, style: .selected) }
      f.put("  " + Self.line(e), row: row, col: 0, style: style, limit: cols - 1)
    }
    f.fill(row: g.status, style: .status)
    if let message {
      f.put(" " + message, row: g.status, col: 0, style: .status)
    } else {
      f.putHints(Keymap.hints(Self.keymap), row: g.status, col: 1, limit: cols)
    }
  }
}

// MARK: - Screen

extension CasePicker: Screen {
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    self.now = now
    switch event {
    case .key(let key): return handle(key) ?? .stay
    case .tick, .changed: break
    case .resize(let rows, let cols):
      self.rows = rows
      self.cols = cols
    case .notice(let text): message = text
    case .done(.caseOpened(.success(let opened))): return .replace(opened.screen)
    case .done(.caseOpened(.failure(let error))): return .fail(error)
    case .done: break
    case .terminate: return .quit
    case .suspend: return .stay
    }
    return .stay
  }
}

// MARK: - Handing over

extension ReadingStart {
  /// The same start — group, recovery, sessions, help footer — for another
  /// case: the one chosen in the case picker. Its `firstScreen()` is the
  /// screen the picker hands over to. Where to open in it (`start`) is left
  /// nil: a place in one case means nothing in another.
  public func reading(_ other: Case) -> ReadingStart {
    var s = ReadingStart(document: other, start: nil, group: group, opener: opener, positionsURL: positionsURL)
    s.helpFooter = helpFooter
    s.takeOver = takeOver
    s.canAsk = canAsk
    s.classLink = classLink
    return s
  }
}
