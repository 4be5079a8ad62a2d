import CaseroomEngine
import CaseroomSession
import Foundation

/// How `caseroom read` begins: the case, where to start, which group is
/// reading and where things are kept. It makes the first screen — the group
/// picker, a group's workspace, or the reader alone — and the workspace once
/// a group is chosen in the picker.
public struct ReadingStart {
  /// Which group reads.
  public enum Group: Sendable {
    /// Ask in the group picker.
    case ask
    /// Just read: no group, the place remembered per user.
    case none
    /// This group (created if new).
    case named(String, members: [String])
  }

  public let document: Case
  /// Where to open (`--section`); nil: where the group or the user stopped.
  public var start: Anchor?
  public var group: Group
  public let opener: SessionOpener
  /// Where a reader without a group remembers its place (nil: not remembered).
  public var positionsURL: URL?
  /// Lines added at the end of the help screen (where the files are).
  public var helpFooter: [String] = []

  public init(document: Case, start: Anchor?, group: Group, opener: SessionOpener, positionsURL: URL?) {
    self.document = document
    self.start = start
    self.group = group
    self.opener = opener
    self.positionsURL = positionsURL
  }

  /// The first screen. A named group's session is opened here, before the
  /// terminal is taken over, so that a refusal is printed as a plain error.
  public func firstScreen() throws -> any Screen {
    switch group {
    case .none: return soloReader()
    case .named(let name, let members):
      return workspace(try opener.open(group: name, members: members, of: document))
    case .ask: return picker()
    }
  }

  /// A reader not yet sized (nothing is laid out until the terminal's size is known).
  func reader() -> ReaderState {
    var r = ReaderState(document: document, rows: 0, cols: 0)
    r.helpFooter = helpFooter
    return r
  }

  func soloReader() -> ReaderScreen {
    var r = reader()
    let (positions, setAside) = positionsURL.map(ReadingPositions.read) ?? (ReadingPositions(), nil)
    let remembered = positions.cases[document.id]
    if let remembered { r.restore(remembered) }
    if let a = start ?? remembered.flatMap(r.anchor(for:)) { r = r.moved(to: a) }
    if let setAside, let positionsURL {
      r.show(message: "\(positionsURL.path): damaged, set aside as \(setAside.lastPathComponent)")
    }
    return ReaderScreen(reader: r, positions: positions, positionsURL: positionsURL)
  }

  /// The group's workspace, at `--section` or where the group stopped.
  func workspace(_ opened: OpenedSession) -> Workspace {
    var r = reader()
    let place = opened.session.place
    r.restore(place)
    if let a = start ?? r.anchor(for: place) { r = r.moved(to: a) }
    var w = Workspace(reader: r, opened: opened)
    if let notice = opened.notice { w.reader.show(message: notice.text) }
    return w
  }

  /// Which group is reading? Choosing one opens its session (or reports why it cannot).
  func picker() -> GroupPicker {
    let entries = opener.store.list(caseId: document.id)
    var picker = GroupPicker(
      caseTitle: document.title,
      entries: entries.map { e in
        GroupPicker.Entry(
          name: e.session?.group.name ?? e.url.lastPathComponent, members: e.session?.group.members ?? [],
          problem: e.error?.message)
      }, rows: 0, cols: 0)
    picker.onChoice = { outcome in
      do {
        switch outcome {
        case .cancelled: return .quit
        case .existing(let i):
          return .replace(workspace(try opener.open(existing: entries[i].url, entries[i].session!, of: document)))
        case .new(let name, let members):
          return .replace(workspace(try opener.open(group: name, members: members, of: document)))
        }
      } catch {
        return .fail(error)
      }
    }
    return picker
  }
}
