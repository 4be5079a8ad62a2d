/// What an `EditorBox` tells the user, in one place.
public enum EditorNotice {
  /// An edit in a read-only box (the host may give its own words, `EditorBox.readOnlyNotice`).
  public static let readOnly = "只读，不能修改 read-only"
  public static let nothingSelected = "没有选中文字 nothing selected"
  public static let clipboardEmpty = "剪贴板是空的 the clipboard is empty"
  public static let nothingToUndo = "没有可撤销的修改 nothing to undo"
  public static let nothingToRedo = "没有可重做的修改 nothing to redo"

  /// An insert or paste refused because the text would grow past its limit.
  public static func tooLong(limit: Int) -> String {
    "超过 \(grouped(limit)) 字节的上限，未插入 over the \(grouped(limit))-byte limit: nothing inserted"
  }

  /// Control characters dropped from a paste.
  public static func controlsRemoved(_ n: Int) -> String {
    "已移除 \(n) 个控制字符 removed \(n) control character\(n == 1 ? "" : "s")"
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
