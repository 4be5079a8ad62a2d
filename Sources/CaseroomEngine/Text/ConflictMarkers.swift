/// The marker lines a merge puts around both versions of an overlapping
/// edit, each naming who wrote the version under it (the member or group
/// and the machine), so that they stay true on every machine they reach:
///
/// ```
/// 【合并冲突：王小明 · lap1】
/// …王小明's text…
/// 【合并冲突：李华 · lap2】
/// …李华's text…
/// 【合并冲突结束】
/// ```
///
/// Each marker is a line of its own. Markers of older merges
/// (`【合并冲突：本机的版本】`, `【合并冲突：另一方的版本】`) are read the same way.
/// 字数 leaves marker lines out (`WordCount`, `CharacterCount`); views flag
/// a text that holds a conflict (⚠); the editor keeps one side with one key.
public enum ConflictMarkers {
  public static let opening = "【合并冲突："
  public static let end = "【合并冲突结束】"
  /// What every marker line starts with.
  static let prefix = "【合并冲突"

  /// Who wrote each side, as the markers name them.
  public struct Labels: Equatable, Sendable {
    public var ours: String
    public var theirs: String
    public init(ours: String, theirs: String) {
      self.ours = ours
      self.theirs = theirs
    }
    /// When nobody is known: this machine's version and the other side's.
    public static let anonymous = Labels(ours: "本机的版本", theirs: "另一方的版本")
  }

  /// The marker line over a version written by `label` (brackets and line breaks in it are taken out).
  public static func side(_ label: String) -> String {
    let clean = String(
      label.map { "】【\n\r".contains($0) ? " " : $0 }
    ).trimmingBlanks()
    return opening + (clean.isEmpty ? "?" : clean) + "】"
  }

  /// Whether a line (without its line break) is a marker.
  public static func isMarker(_ line: some StringProtocol) -> Bool {
    let t = line.trimmingBlanks()
    return t.hasPrefix(prefix) && t.hasSuffix("】") && (t == end || t.hasPrefix(opening))
      && !t.dropFirst(opening.count).dropLast().contains("】")
  }

  /// The name a side's marker line gives (nil: not a side marker).
  public static func label(_ line: some StringProtocol) -> String? {
    let t = line.trimmingBlanks()
    guard isMarker(t), t != end else { return nil }
    return String(t.dropFirst(opening.count).dropLast())
  }

  /// Whether a text may hold a marker: a quick look at its bytes for `【合并冲突`.
  public static func mayHold(_ s: some StringProtocol) -> Bool {
    // The needle's only byte E3 starts it, so a failed match restarts at the byte that failed.
    var matched = 0
    for b in s.utf8 {
      if b == needle[matched] {
        matched += 1
        if matched == needle.count { return true }
      } else {
        matched = b == needle[0] ? 1 : 0
      }
    }
    return false
  }
  private static let needle = Array(prefix.utf8)

  /// Whether a text holds a conflict: a side's marker line.
  public static func holds(_ text: some StringProtocol) -> Bool {
    guard mayHold(text) else { return false }
    return text.split(separator: "\n", omittingEmptySubsequences: false).contains { label($0) != nil }
  }

  /// The text without its marker lines (what 字数 counts).
  public static func withoutMarkers(_ text: String) -> String {
    guard mayHold(text) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).filter { !isMarker($0) }.joined(
      separator: "\n")
  }

  /// One conflict in a text: its versions, each with who wrote it, and where it is (UTF-8 offsets).
  public struct Block: Equatable, Sendable {
    public struct Version: Equatable, Sendable {
      public var label: String
      /// The version's text, without its marker (no line break at either end).
      public var text: String
      /// Where its marker line starts (UTF-8 offset in the text).
      public var start: Int = 0
    }
    public var versions: [Version]
    /// From the first marker's start to the end marker's end (its line break not included).
    public var range: Range<Int>
  }

  /// The conflicts of a text, in order. A block runs from a side's marker to
  /// the next end marker; one without an end runs to the end of the text.
  public static func blocks(_ text: String) -> [Block] {
    guard mayHold(text) else { return [] }
    var out: [Block] = []
    var current: Block?
    var lines: [String] = []
    var offset = 0
    func close(_ end: Int) {
      guard var b = current else { return }
      if !b.versions.isEmpty { b.versions[b.versions.count - 1].text = lines.joined(separator: "\n") }
      b.range = b.range.lowerBound..<end
      out.append(b)
      current = nil
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let start = offset
      let stop = offset + line.utf8.count
      offset = stop + 1
      if let name = label(line) {
        if current == nil {
          current = Block(versions: [], range: start..<stop)
        } else if let last = current!.versions.indices.last {
          current!.versions[last].text = lines.joined(separator: "\n")
        }
        current!.versions.append(.init(label: name, text: "", start: start))
        lines = []
      } else if isMarker(line) {
        close(stop)
      } else if current != nil {
        lines.append(String(line))
      }
    }
    close(text.utf8.count)
    return out
  }

  /// The text with the conflict at UTF-8 `offset` resolved: the version
  /// the offset is in kept (on a side's marker: that side; on the end
  /// marker: the last), the others and the markers taken out; the kept
  /// text's range in the result. Nil when no conflict is there.
  public static func keep(at offset: Int, in text: String) -> (text: String, range: Range<Int>, label: String)? {
    guard let b = blocks(text).first(where: { $0.range.contains(offset) || $0.range.upperBound == offset }),
      let v = b.versions.lastIndex(where: { $0.start <= offset })
    else { return nil }
    guard let r = keep(v, of: b, in: text) else { return nil }
    return (r.text, r.range, b.versions[v].label)
  }

  /// The text with conflict `b` resolved: version `version` (0: the first)
  /// kept, the others and the markers taken out.
  public static func keep(_ version: Int, of b: Block, in text: String) -> (text: String, range: Range<Int>)? {
    guard b.versions.indices.contains(version) else { return nil }
    let bytes = Array(text.utf8)
    let kept = b.versions[version].text
    let before = String(decoding: bytes[..<b.range.lowerBound], as: UTF8.self)
    var after = String(decoding: bytes[b.range.upperBound...], as: UTF8.self)
    if kept.isEmpty, after.hasPrefix("\n") { after.removeFirst() }  // no empty paragraph left behind
    let lower = b.range.lowerBound
    return (before + kept + after, lower..<(lower + kept.utf8.count))
  }
}

extension StringProtocol {
  /// Without blanks (spaces, tabs, carriage returns) at either end.
  fileprivate func trimmingBlanks() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\u{3000}" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\u{3000}" { s.removeLast() }
    return String(s)
  }
}
