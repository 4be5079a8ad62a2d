import CaseroomEngine
import FoundationEssentials
import Glibc

/// A save that could not be done (a full disk, permissions, the folder
/// replaced, a file changed by hand past reading): the session as this
/// reader had it, and what it last read (the base of the merge that will
/// bring it back), kept under `$XDG_STATE_HOME/caseroom/drafts/` until the
/// next start offers it. One file per session file, `0600`, replaced by each
/// later failure of the same session (each holds all the text of the one
/// before).
public struct SaveDraft: Codable, Equatable, Sendable, VersionedJSON {
  public static let schemaName = "caseroom.draft/1"

  public var schema = SaveDraft.schemaName
  /// The session file it belongs to.
  public var file: String
  public var member: String?
  /// What the reader last read of the file (nil: nothing; the draft is merged as made apart).
  public var base: Session?
  /// The reader's session with everything it held.
  public var session: Session
  public var savedAt: Date
  /// Why the save failed (the system's words).
  public var reason: String
  /// Made at a start from what a reader that ended without saving had typed (`CrashJournal`).
  public var crashed: Bool?

  public init(file: URL, member: String?, base: Session?, session: Session, savedAt: Date, reason: String) {
    self.file = file.path
    self.member = member
    self.base = base
    self.session = session
    self.savedAt = savedAt
    self.reason = reason
  }

  /// `$XDG_STATE_HOME/caseroom/drafts` (else `~/.local/state/caseroom/drafts`).
  public static func directory(environment: [String: String] = ProcessEnvironment.variables) -> URL {
    XDGDirectory.state.url("caseroom/drafts", environment: environment)
  }

  /// The draft's file for a session file: its name and a hash of its full path.
  public static func url(for sessionFile: URL, in directory: URL) -> URL {
    var h = FNV1a()
    h.feed(sessionFile.standardizedFileURL.path)
    return directory.appendingPathComponent(
      sessionFile.lastPathComponent.replacingEvery(".session.json", with: "") + "-" + h.hex(digits: 16)
        + ".draft.json")
  }

  /// Writes the draft; returns where (an error names what failed).
  @discardableResult
  public func write(in directory: URL) throws(SessionError) -> URL {
    let target = Self.url(for: URL(fileURLWithPath: file), in: directory)
    let data: Data
    do { data = try JSONCoding.encoder().encode(self) } catch {
      throw SessionError(file: target.path, kind: .io, .cannotEncode("\(error)"))
    }
    do {
      try AtomicFile.write(data, to: target, keepBackup: false, createDirectory: true, mode: .owner)
    } catch {
      throw SessionError(file: error.path, kind: .io, .cannotWrite(error))
    }
    return target
  }

  /// The draft left for a session file, when there is one that can be read.
  public static func find(for sessionFile: URL, in directory: URL) -> (url: URL, draft: SaveDraft)? {
    let target = url(for: sessionFile, in: directory)
    guard RegularFile.exists(target), case .success(let d) = VersionedFile.read(SaveDraft.self, from: target) else {
      return nil
    }
    return (target, d)
  }

  /// The draft is used (merged into the file, or dropped by the user): it goes.
  public static func remove(_ url: URL) { unlink(url.path) }
}
