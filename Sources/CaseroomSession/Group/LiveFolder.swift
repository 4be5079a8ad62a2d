import CaseroomEngine
import FoundationEssentials
import Glibc

/// The folder beside a group's session where its readers meet:
/// `.<session file>.live/` (hidden, so the review's folder walk skips it),
/// holding
///
/// - `reader-<token>.lock`: one per reader open on the group (who, where);
/// - `<field>.lock` (`answer-2.lock`, `note-<key>.lock`, `group.lock`): who
///   writes that field (`FieldLocks`);
/// - `write.lock`: the short lock a save holds while it reads, merges and
///   writes the session (`flock`: freed by the kernel when its process ends).
///
/// Every lock but `write.lock` is a `SessionLock` file naming its member.
/// `0700`, or `02770` in a class folder (setgid) so the group's members share it.
public struct LiveFolder: Sendable, Equatable {
  public let url: URL

  /// A field's lock is free after this long untouched (its writer idle).
  public static let fieldIdle: TimeInterval = 60
  /// A reader's presence is gone after this long untouched (it is touched every `presenceTouch`).
  public static let readerIdle: TimeInterval = 90
  public static let presenceTouch: TimeInterval = 20

  public init(session: URL) {
    url = session.deletingLastPathComponent().appendingPathComponent(".\(session.lastPathComponent).live")
  }

  public func lockURL(_ field: Field) -> URL { url.appendingPathComponent(field.fileName) }
  public func readerURL(token: String) -> URL { url.appendingPathComponent("reader-\(token).lock") }
  public var writeLockURL: URL { url.appendingPathComponent("write.lock") }

  /// The folder's stamp (one `stat`): it changes when a reader or a field lock comes or goes.
  public func stamp() -> FileStamp? { FileStamp.of(url) }

  /// Makes the folder when it is missing (a symbolic link or a file there is refused).
  public func ensure() throws(SessionError) {
    var info = stat()
    if lstat(url.path, &info) == 0 {
      guard info.st_mode & S_IFMT == S_IFDIR else {
        throw SessionError(file: url.path, kind: .io, .liveFolderNotAFolder)
      }
      return
    }
    let parent = url.deletingLastPathComponent().path
    let shared = FileMode.isClassFolder(parent)
    guard mkdir(url.path, shared ? 0o2770 : 0o700) == 0 || errno == EEXIST else {
      throw SessionError(file: url.path, kind: .io, .cannotCreateFolder(.last))
    }
    if shared {
      // mkdir's mode is cut by the umask: the group must be able to write.
      _ = chmod(url.path, 0o2770)
    }
  }

  /// A reader open on the group now.
  public struct Reader: Equatable, Sendable {
    public var holder: SessionLock.Holder
    public var member: String { holder.member ?? holder.user ?? "?" }
  }

  /// Who is in the group now and who writes which field.
  public struct Snapshot: Equatable, Sendable {
    public var readers: [Reader] = []
    public var writers: [Field: SessionLock.Holder] = [:]
    public init(readers: [Reader] = [], writers: [Field: SessionLock.Holder] = [:]) {
      self.readers = readers
      self.writers = writers
    }
    /// The members present, one entry per reader (a member at two terminals
    /// twice), in the order they came.
    public var members: [String] { readers.map(\.member) }
  }

  /// Lists the folder and judges each lock as acquiring it would (a dead
  /// process's or an idle one's is left out). The locks of readers that
  /// died (killed, a terminal gone) are removed: their process cannot.
  public func look() -> Snapshot {
    var snap = Snapshot()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return snap }
    for name in names where name.hasSuffix(".lock") && !name.hasPrefix(".") {
      let file = url.appendingPathComponent(name)
      let reader = name.hasPrefix("reader-")
      let field = reader ? nil : Field(fileName: name)
      guard reader || field != nil else { continue }
      guard let h = SessionLock.holder(at: file, idle: reader ? Self.readerIdle : Self.fieldIdle) else {
        SessionLock.clearIfDead(at: file)
        continue
      }
      if let field { snap.writers[field] = h } else { snap.readers.append(Reader(holder: h)) }
    }
    snap.readers.sort { ($0.holder.since, $0.holder.token ?? "") < ($1.holder.since, $1.holder.token ?? "") }
    return snap
  }
}
