import CaseroomEngine
import FoundationEssentials
import Glibc

/// Where a reader stopped in each case, remembered between runs (per user,
/// until group sessions exist): `$XDG_STATE_HOME/caseroom/reading.json`
/// (default `~/.local/state/caseroom/reading.json`).
public struct ReadingPositions: Codable, Equatable, Sendable {
  public struct Place: Codable, Equatable, Sendable {
    /// Section id (ids survive edits of the case; indexes do not).
    public var section: String
    public var paragraph: Int
    public var offset: Int
    public var read: [String]
    public var marks: [String: Mark]

    public init(section: String, paragraph: Int, offset: Int, read: [String], marks: [String: Mark]) {
      self.section = section
      self.paragraph = paragraph
      self.offset = offset
      self.read = read
      self.marks = marks
    }
  }

  public struct Mark: Codable, Equatable, Sendable {
    public var section: String
    public var paragraph: Int
    public var offset: Int

    public init(section: String, paragraph: Int, offset: Int) {
      self.section = section
      self.paragraph = paragraph
      self.offset = offset
    }
  }

  public var schema = "caseroom.reading/1"
  public var cases: [String: Place] = [:]

  public init() {}

  /// The file positions are kept in.
  public static func defaultURL(environment: [String: String] = ProcessEnvironment.variables) -> URL {
    XDGDirectory.state.url("caseroom/reading.json", environment: environment)
  }

  /// Reads the file; a missing file is empty. A damaged one is set aside
  /// (`reading.json.damaged-<UTC time>`, never deleted or overwritten) so it
  /// is not overwritten, and where it went is returned.
  public static func read(_ url: URL) -> (positions: ReadingPositions, setAside: URL?) {
    read(url, decoded: decode(url))
  }

  /// The file's positions; nil when there is no file; the error when it is
  /// damaged (the file is left where it is: this may run on any thread, before
  /// anything is decided).
  public static func decode(_ url: URL) -> Result<ReadingPositions, any Error>? {
    guard let data = try? RegularFile.read(url) else { return nil }
    return Result { try JSONCoding.decoder().decode(ReadingPositions.self, from: data) }
  }

  /// What `decode` found at `url`, as `read` returns it: a damaged file is set aside now.
  public static func read(_ url: URL, decoded: Result<ReadingPositions, any Error>?) -> (
    positions: ReadingPositions, setAside: URL?
  ) {
    switch decoded {
    case nil: return (ReadingPositions(), nil)
    case .success(let positions): return (positions, nil)
    case .failure: return (ReadingPositions(), try? SessionStore.setAside(url))
    }
  }

  /// Writes the file atomically (`AtomicFile`, without a backup), `0600`.
  public func save(_ url: URL) throws {
    try AtomicFile.write(
      try JSONCoding.encoder().encode(self), to: url, keepBackup: false, createDirectory: true, mode: .owner)
  }
}
