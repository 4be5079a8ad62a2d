/// Editing a one-line text field (search, a group's name, a comment): typed
/// and pasted text appended, Backspace removes the last character.
public enum LineInput {
  /// The text after a key, or nil when the key does not edit a line.
  public static func edit(_ text: String, _ key: Key) -> String? {
    switch key {
    case .char(let c): return text + String(c)
    case .paste(let s):
      return text + s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    case .backspace, .ctrl("h"): return String(text.dropLast())
    case .ctrl("u"): return ""
    default: return nil
    }
  }
}
