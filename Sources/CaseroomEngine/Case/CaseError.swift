/// A problem with a case file the user gave us, as a value: the file, the
/// place in it and what is wrong. The app and the command line word it
/// (`Say.caseError`: `file:line:column: words`, in Chinese or English);
/// `description` is for logs and tests.
public struct CaseError: FileProblem, Sendable, Equatable {
  /// What is wrong, with what the words need.
  public enum What: Sendable, Equatable {
    // The whole file
    /// The file could not be read.
    case unreadable(FileReadError.Kind)
    /// A NUL byte at `offset`: not a text file.
    case nulByte(offset: Int)
    /// Bytes that are not UTF-8: near `offset` in the file, or somewhere on the line (nil).
    case notUTF8(offset: Int?)
    /// The case that comes with caseroom was in none of these folders.
    case bundledCaseMissing(lookedIn: [String])

    // The header
    /// The file does not start with a `---` header.
    case noHeader
    /// The `---` header has no closing `---` line.
    case headerNotClosed
    /// The header's YAML cannot be read.
    case header(HeaderYAML.Problem)
    /// The header is YAML, but not `key: value` lines.
    case headerNotKeys
    case noId
    case noTitle
    /// `format:` names another format (`found`; nil when it is not text) than the one this version reads.
    case unsupportedFormat(found: String?, reads: String)
    /// `id:` is not letters, digits, `-`, `_` or `.`.
    case idNotValid
    /// `title:` is empty or not text.
    case titleNotText
    /// `errata:` is not a list.
    case errataNotList
    /// A key the header does not have (`expected`: the ones it has).
    case unknownHeaderKey(String, expected: [String])
    /// An erratum without `section`, `was` or `now`.
    case erratumIncomplete
    /// An erratum names a section the case does not have.
    case erratumUnknownSection(String)
    /// An erratum's corrected text is not in its section.
    case erratumNotInSection(was: String, now: String, section: String)

    // The body
    /// No `#` heading in the file.
    case noSections
    /// Text before the first heading.
    case textBeforeFirstHeading
    /// A `<!--` never closed with `-->`.
    case commentNotClosed
    case headingWithoutTitle
    /// A heading of `level` under one of `parent` (more than one level deeper).
    case headingLevelSkipped(level: Int, parent: Int)
    /// A section id used before, on `firstLine`.
    case duplicateSectionId(String, firstLine: Int)
    /// `{#id}` with characters an id may not have.
    case sectionIdNotValid(String)
    /// `{role=…}` with a role there is not (`expected`: the ones there are).
    case unknownRole(String, expected: [String])
    /// `{…}` after a heading with something that is neither `#id` nor `role=`.
    case unknownHeadingAttribute(String)
    /// Characters that would drive a terminal, in a heading or the text (`shown`: each made visible).
    case controlCharacters(heading: Bool, shown: [String])
  }

  public var file: String
  /// 1-based line, or 0 when the problem is with the whole file.
  public var line: Int
  /// 1-based column (in characters), or 0 when the place is the whole line.
  public var column: Int
  public var what: What

  public init(file: String, line: Int = 0, column: Int = 0, _ what: What) {
    self.file = file
    self.line = line
    self.column = column
    self.what = what
  }

  /// For logs and tests: the case and its values (a user reads `Say.caseError`).
  public var message: String { "\(what)" }

  /// `file:line:column`, `file:line` or `file`, as compilers name a place.
  public var place: String {
    line == 0 ? file : column == 0 ? "\(file):\(line)" : "\(file):\(line):\(column)"
  }

  public var description: String { "\(place): \(message)" }
}

/// Several problems found in one file.
public struct CaseErrors: Error, Sendable, CustomStringConvertible {
  public var errors: [CaseError]
  public init(errors: [CaseError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
