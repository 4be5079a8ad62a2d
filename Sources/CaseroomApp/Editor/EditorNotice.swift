/// What an `EditorBox` tells the user, in one place.
public enum EditorNotice {
  /// An edit in a read-only box (the host may give its own words, `EditorBox.readOnlyNotice`).
  public static var readOnly: String { Say.editorReadOnly }
  public static var nothingSelected: String { Say.nothingSelected }
  public static var clipboardEmpty: String { Say.clipboardEmpty }
  public static var nothingToUndo: String { Say.nothingToUndo }
  public static var nothingToRedo: String { Say.nothingToRedo }
  public static var noConflictHere: String { Say.noConflictHere }
  public static func keptVersion(_ label: String) -> String { Say.keptVersion(label) }

  /// An insert or paste refused because the text would grow past its limit.
  public static func tooLong(limit: Int) -> String {
    Say.overLimit(grouped(limit))
  }

  /// A paste over the limit, refused as it arrived (`Key.pasteRefused`).
  public static var pasteRefused: String { Say.pasteRefused(limit: grouped(KeyDecoder.maximumPaste)) }

  /// Control characters dropped from a paste.
  public static func controlsRemoved(_ n: Int) -> String {
    Say.controlsRemoved(n)
  }

  /// 1000000 as 1,000,000.
  static func grouped(_ n: Int) -> String {
    var digits = Array(String(n))
    var i = digits.count - 3
    while i > 0 {
      digits.insert(",", at: i)
      i -= 3
    }
    return String(digits)
  }
}
