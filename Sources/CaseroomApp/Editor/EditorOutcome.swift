/// What a key did in an `EditorBox`, for the screen that holds it.
public enum EditorOutcome: Equatable, Sendable {
  /// Not the editor's key: the host handles it (Esc, Ctrl-S, F-keys; Enter,
  /// Tab, ↑ and ↓ in a single-line box).
  case unhandled
  /// The cursor or the selection moved, or nothing happened; the text is unchanged.
  case moved
  /// The text changed.
  case edited
  /// The text changed, and the user should be told something (a paste with
  /// control characters removed).
  case editedWithNotice(String)
  /// The selection was cut: the text changed, and this is for the clipboard.
  case cut(String)
  /// The selection was copied: this is for the clipboard; the text is unchanged.
  case copied(String)
  /// Nothing changed, and the user should be told why (read-only, nothing
  /// selected, the size limit reached).
  case notice(String)

  /// Whether the text changed (the host marks the answer changed and saves it).
  public var isEdited: Bool {
    switch self {
    case .edited, .editedWithNotice, .cut: return true
    default: return false
    }
  }

  /// Text for the clipboard, after a cut or a copy.
  public var clipboard: String? {
    switch self {
    case .cut(let s), .copied(let s): return s
    default: return nil
    }
  }

  /// A message for the status bar.
  public var message: String? {
    switch self {
    case .notice(let s), .editedWithNotice(let s): return s
    default: return nil
    }
  }
}
