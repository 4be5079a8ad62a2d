/// One line of the import report: something the importer guessed, was unsure
/// of, or did not find, for the teacher to check in the `.case.md`.
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    /// A decision taken for a reason (a heading system, a title, a table): worth a glance.
    case guess
    /// A decision the importer is not sure of: check it.
    case unsure
    /// Something a case usually has that was not found.
    case missing
  }

  public var kind: Kind
  /// The line of the raw text it is about, when it is about one.
  public var line: Int?
  public var text: String

  public init(_ kind: Kind, line: Int?, _ text: String) {
    self.kind = kind
    self.line = line
    self.text = text
  }

  public var description: String { (line.map { "line \($0): " } ?? "") + text }
}
