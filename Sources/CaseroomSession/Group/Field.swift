import CaseroomEngine
import FoundationEssentials
import Glibc

/// A part of a group's session that one member writes at a time: an
/// answer, a note being edited, or the group's name and members. Each has
/// its lock file in the group's live folder (`LiveFolder`).
public enum Field: Hashable, Sendable {
  /// The answer to a question (0-based).
  case answer(Int)
  /// A note, known by its key (`Field.noteKey`).
  case note(String)
  /// The group's name and members.
  case group

  /// The field of an existing note: its place and when it was made.
  public static func note(_ a: Session.Annotation) -> Field { .note(noteKey(a)) }

  /// 16 hex digits naming a note (its anchor and creation time).
  public static func noteKey(_ a: Session.Annotation) -> String {
    var h = FNV1a()
    h.feed("\(a.anchor.section)\n\(a.anchor.paragraph)\n\(a.anchor.quote)\n\(a.createdAt.timeIntervalSince1970)")
    return h.hex(digits: 16)
  }

  /// The name of its lock file: `answer-1.lock` (1-based), `note-<key>.lock`, `group.lock`.
  public var fileName: String {
    switch self {
    case .answer(let q): return "answer-\(q + 1).lock"
    case .note(let key): return "note-\(key).lock"
    case .group: return "group.lock"
    }
  }

  /// The field a lock file is for (nil: another file).
  public init?(fileName name: String) {
    guard name.hasSuffix(".lock") else { return nil }
    let stem = name.dropLast(5)
    if stem == "group" {
      self = .group
    } else if stem.hasPrefix("answer-"), let n = Int(stem.dropFirst(7)), n >= 1 {
      self = .answer(n - 1)
    } else if stem.hasPrefix("note-"), stem.count == 21, stem.dropFirst(5).allSatisfy(\.isHexDigit) {
      self = .note(String(stem.dropFirst(5)))
    } else {
      return nil
    }
  }
}
