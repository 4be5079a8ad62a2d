/// Why a raw text cannot be imported at all.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is empty or only blanks and line breaks.
  case empty

  public var description: String {
    switch self {
    case .empty: "there is no text to import: the file is empty or holds only blanks"
    }
  }
}
