import CaseroomEngine
import FoundationEssentials
import Glibc

/// Who holds a session: one process writes a session at a time. The lock is a
/// file beside the session (`….session.json.lock`) holding the owner's pid,
/// user, host, start time and a random token.
///
/// - It appears whole: its content is written and fsynced in a temporary file
///   of an unpredictable name, which is then hard-linked to the lock's name
///   (`link` fails when the name exists, so exactly one process wins). A lock
///   that cannot be written (a full disk, a read-only folder) leaves nothing
///   behind, and the session opens read-only with the reason.
/// - A lock is stale when its process no longer exists on this host (or the
///   pid now belongs to a younger process). Taking it over is atomic: one
///   process at a time claims that very lock (a `link` to a name made from
///   its identity), checks it is still the one it judged stale, moves it
///   aside and links its own; concurrent starters end with one winner.
/// - A lock of a live process — this user's, another user's, or any on
///   another host — is respected: the session opens read-only and names the
///   holder, unless the user asks to take it over (`caseroom read --take-over`).
public final class SessionLock: @unchecked Sendable {
  public struct Holder: Codable, Equatable, Sendable {
    public var pid: Int32
    public var host: String
    public var since: Date
    /// The holder's login name (nil in locks of older versions).
    public var user: String?
    /// Tells this acquisition from any other by the same pid.
    public var token: String?
    /// The group's member at that reader (field locks and readers of a group; nil in a session lock).
    public var member: String?

    public init(
      pid: Int32, host: String, since: Date, user: String? = nil, token: String? = nil, member: String? = nil
    ) {
      self.pid = pid
      self.host = host
      self.since = since
      self.user = user
      self.token = token
      self.member = member
    }

    /// Whether its process can be checked from here (it runs on this host).
    public var isLocal: Bool { host == LocalProcess.hostName }
  }

  public enum Outcome: Sendable {
    /// We hold the lock (possibly after taking over a stale one, or another's when asked to).
    case acquired(SessionLock, tookOverFrom: Holder?)
    /// Someone else holds it: open read-only.
    case heldBy(Holder)
    /// No lock can be made here (a read-only folder, a full disk…): open
    /// read-only. Why, as a value.
    case unavailable(Unavailable)
  }

  /// Why no lock can be made here, with the system's error (the app words them).
  public indirect enum Unavailable: Error, Equatable, Sendable {
    /// The lock's folder (its path) cannot be made.
    case cannotCreateFolder(String, reason: SystemError)
    /// The lock's content cannot be encoded.
    case cannotEncode
    /// The lock file cannot be created.
    case cannotCreate(reason: SystemError)
    /// The lock file cannot be written.
    case cannotWrite(reason: SystemError)
    /// The group's live folder, where the lock would be, cannot be used.
    case folder(SessionError)
    /// A reader's lock name is already taken.
    case nameTaken
  }

  public let url: URL
  /// The content of our lock.
  public let holder: Holder
  /// Whether taking it meant removing the lock of a process that may still
  /// be running (asked for with `takeOver`), not a stale one.
  public let replacedLiveLock: Bool
  private let state = ThreadLock()
  private var released = false

  private init(url: URL, holder: Holder, replacedLiveLock: Bool) {
    self.url = url
    self.holder = holder
    self.replacedLiveLock = replacedLiveLock
  }

  /// The lock file of a session file.
  public static func url(for session: URL) -> URL { URL(fileURLWithPath: session.path + ".lock") }

  /// Tries to take the lock of a session file; with `takeOver`, a lock held
  /// by anyone else is removed and ours put in its place.
  public static func acquire(for session: URL, takeOver: Bool = false) -> Outcome {
    acquire(for: session, takeOver: takeOver, write: writeAll)
  }

  /// The same, with the write of the lock's content given (tests make it fail as on a full disk).
  static func acquire(for session: URL, takeOver: Bool, write: (Int32, Data) -> Int32) -> Outcome {
    acquire(at: url(for: session), member: nil, idle: nil, takeOver: takeOver, write: write)
  }

  /// Takes the lock file `lockURL` itself (a field's lock, a reader's
  /// presence), naming `member`. With `idle`, a lock whose file was not
  /// touched (`touch()`) for that long is free, whoever holds it.
  public static func acquire(at lockURL: URL, member: String?, idle: TimeInterval?, takeOver: Bool = false) -> Outcome {
    acquire(at: lockURL, member: member, idle: idle, takeOver: takeOver, write: writeAll)
  }

  static func acquire(
    at lockURL: URL, member: String?, idle: TimeInterval?, takeOver: Bool, write: (Int32, Data) -> Int32
  ) -> Outcome {
    let path = lockURL.path
    let dir = lockURL.deletingLastPathComponent().path
    if !RegularFile.exists(URL(fileURLWithPath: dir)) {
      do {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        return .unavailable(.cannotCreateFolder(dir, reason: SystemError(error) ?? SystemError(EIO)))
      }
    }
    let me = Holder(
      pid: getpid(), host: hostName(), since: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)),
      user: userName(), token: FileMode.unpredictableName(""), member: member)
    guard let data = try? JSONCoding.encoder(.compact).encode(me) else { return .unavailable(.cannotEncode) }
    Own.shared.insert(me.token!)
    var acquired = false
    defer { if !acquired { Own.shared.remove(me.token!) } }

    let tmp: String
    switch prepare(data, beside: path, write: write) {
    case .success(let t): tmp = t
    case .failure(let why): return .unavailable(why)
    }
    defer { unlink(tmp) }

    var tookOver: Holder?
    var replacedLive = false
    var last: Seen?
    for attempt in 0..<40 {
      let placed = place(tmp, data: data, at: path, write: write)
      if placed == 0 {
        AtomicFile.syncDirectory(dir)
        acquired = true
        return .acquired(
          SessionLock(url: lockURL, holder: me, replacedLiveLock: replacedLive), tookOverFrom: tookOver)
      }
      guard placed == EEXIST else {
        return .unavailable(.cannotCreate(reason: SystemError(placed)))
      }
      guard let seen = Seen(path) else { continue }  // released meanwhile: try again
      last = seen
      let stale = seen.isStale(idle: idle)
      guard takeOver || stale else { return .heldBy(seen.shownHolder) }
      if seen.remove(claimingWith: tmp, data: data, write: write) {
        tookOver = seen.shownHolder
        replacedLive = replacedLive || !stale
      } else {
        // Someone else is taking it over: wait a moment, then look again.
        usleep(UInt32(500 + (attempt % 8) * 500))
      }
    }
    return .heldBy(last?.shownHolder ?? Holder(pid: 0, host: "?", since: Date()))
  }

  /// Writes `data` whole (fsynced) to a new file of an unpredictable name
  /// beside `path`, never through a planted file or link; returns its path.
  static func prepare(_ data: Data, beside path: String, write: (Int32, Data) -> Int32) -> Result<String, Unavailable> {
    let tmp = FileMode.unpredictableName(path + ".")
    let dir = PathText.directory(tmp)
    let hidden = dir + "/." + PathText.lastComponent(tmp)
    var created = false
    let failure = AtomicFile.writeNew(data, at: hidden, mode: .owner) { fd, data in
      created = true
      return write(fd, data)
    }
    guard failure == 0 else {
      let reason = SystemError(failure)
      return .failure(created ? .cannotWrite(reason: reason) : .cannotCreate(reason: reason))
    }
    return .success(hidden)
  }

  /// Gives the name `path` to the content of `tmp`, failing with EEXIST when
  /// the name is taken: a hard link, or an exclusive create where the file
  /// system has no hard links. Returns 0 or an errno.
  static func place(_ tmp: String, data: Data, at path: String, write: (Int32, Data) -> Int32) -> Int32 {
    if link(tmp, path) == 0 { return 0 }
    let e = errno
    guard [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS].contains(e) else { return e }
    return AtomicFile.writeNew(data, at: path, mode: .owner, write: write)
  }

  /// Writes all of `data`; 0 or an errno (`AtomicFile`'s).
  static func writeAll(_ fd: Int32, _ data: Data) -> Int32 { AtomicFile.writeAll(fd, data) }

  // MARK: Holding

  /// Whether the lock file is still ours (it was not taken over).
  public var isHeld: Bool { Seen(url.path)?.holder?.token == holder.token }

  /// Checks the lock before a save: nil when it is still ours (put back
  /// when someone deleted the file), else who took it over.
  public func confirm() -> Holder? {
    if let seen = Seen(url.path) { return seen.holder?.token == holder.token ? nil : seen.shownHolder }
    guard let data = try? JSONCoding.encoder(.compact).encode(holder),
      case .success(let tmp) = SessionLock.prepare(data, beside: url.path, write: SessionLock.writeAll)
    else { return nil }
    defer { unlink(tmp) }
    let placed = SessionLock.place(tmp, data: data, at: url.path, write: SessionLock.writeAll)
    return placed == EEXIST ? Seen(url.path)?.shownHolder : nil
  }

  /// Who holds the lock file at `url` now, as `acquire` would judge it (nil:
  /// nobody: there is none, or it is stale or idle).
  public static func holder(at url: URL, idle: TimeInterval?) -> Holder? {
    guard let seen = Seen(url.path), !seen.isStale(idle: idle) else { return nil }
    return seen.shownHolder
  }

  /// Removes the lock file at `url` when no process holds it any more (its
  /// process is gone from this host, or its pid now belongs to a younger
  /// one), as taking it over would: only that very file, claimed first, so a
  /// lock taken meanwhile stays. A lock of a live process, idle or not, of
  /// another host or of a file that may not be read is left. Returns whether
  /// it was removed.
  @discardableResult
  public static func clearIfDead(at url: URL) -> Bool {
    guard let seen = Seen(url.path), !seen.forbidden, seen.isStale(idle: nil) else { return false }
    let me = Holder(
      pid: getpid(), host: hostName(), since: Date(), user: userName(), token: FileMode.unpredictableName(""))
    guard let data = try? JSONCoding.encoder(.compact).encode(me),
      case .success(let tmp) = prepare(data, beside: url.path, write: writeAll)
    else { return false }
    defer { unlink(tmp) }
    return seen.remove(claimingWith: tmp, data: data, write: writeAll)
  }

  /// Marks the lock as in use now (its file's time): a lock taken with an
  /// `idle` limit stays ours while it is touched more often than that.
  public func touch() {
    let now = (1 << 30) - 1  // UTIME_NOW
    var times = [timespec(tv_sec: 0, tv_nsec: now), timespec(tv_sec: 0, tv_nsec: now)]
    _ = utimensat(AT_FDCWD, url.path, &times, AT_SYMLINK_NOFOLLOW)
  }

  /// Gives the lock up (also done on deinit): the file is removed if it is still ours.
  public func release() {
    state.lock()
    defer { state.unlock() }
    guard !released else { return }
    released = true
    if isHeld { unlink(url.path) }
    Own.shared.remove(holder.token!)
  }

  deinit { release() }

  // MARK: Who is this

  static func hostName() -> String { LocalProcess.hostName }

  static func userName() -> String { LocalProcess.userName }

  /// The tokens of the locks this process holds (a lock naming our pid with
  /// another token was left by an earlier process that had the same pid).
  final class Own: @unchecked Sendable {
    static let shared = Own()
    private let lock = ThreadLock()
    private var tokens: Set<String> = []
    func insert(_ t: String) { lock.withLock { _ = tokens.insert(t) } }
    func remove(_ t: String) { lock.withLock { _ = tokens.remove(t) } }
    func contains(_ t: String) -> Bool { lock.withLock { tokens.contains(t) } }
  }
}

// MARK: - A lock file as found

extension SessionLock {
  /// A lock file as read at one moment: who it names, and an identity that
  /// tells this very file from any later one at the same name.
  struct Seen {
    var path: String
    var holder: Holder?
    var identity: String
    var modified: Date
    /// The lock belongs to another user and may not be read (a `0600` lock in
    /// a folder shared without setgid): held, by that user, never judged stale.
    var forbidden = false
    var owner: uid_t = 0

    /// Reads the lock at `path` (never through a symbolic link); nil when there is none.
    init?(_ path: String) {
      self.path = path
      var info = stat()
      let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
      var bytes = [UInt8]()
      if fd >= 0 {
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFREG {
          var chunk = [UInt8](repeating: 0, count: 4096)
          let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
          if n > 0 { bytes = Array(chunk[0..<n]) }
        }
      } else {
        // A symbolic link or a file we may not read: known by its name's inode only.
        let e = errno
        guard e != ENOENT, lstat(path, &info) == 0 else { return nil }
        forbidden = e == EACCES || e == EPERM
      }
      holder = try? JSONCoding.decoder().decode(Holder.self, from: Data(bytes))
      owner = info.st_uid
      var h = FNV1a()
      for part in [
        UInt64(info.st_ino), UInt64(bitPattern: Int64(info.st_size)),
        UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(info.st_mtim.tv_nsec),
      ] {
        withUnsafeBytes(of: part.littleEndian) { for b in $0 { h.feed(b) } }
      }
      for b in bytes { h.feed(b) }
      identity = h.hex()
      modified = Date(
        timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1e9)
    }

    /// The holder as the user is told (a lock that cannot be read names only its file's owner).
    var shownHolder: Holder {
      if let holder { return holder }
      let user = getpwuid(owner).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "uid \(owner)"
      return Holder(pid: 0, host: "?", since: modified, user: user)
    }

    /// Whether no live process holds it.
    var isStale: Bool { isStale(idle: nil) }

    /// Whether no live process holds it, or (with `idle`) its holder left it untouched that long.
    func isStale(idle: TimeInterval?) -> Bool {
      if let idle, Date().timeIntervalSince(modified) > idle { return true }
      if forbidden { return false }
      // Unreadable (written by an older caseroom that crashed while writing it): stale after a few seconds.
      guard let h = holder else { return Date().timeIntervalSince(modified) > 5 }
      if h.host == LocalProcess.hostName && h.pid == getpid() { return !(h.token.map(Own.shared.contains) ?? false) }
      return !h.isLive()
    }

    /// Removes this very lock file, if it is still at its name: claims it
    /// first (only one process at a time can), checks it was not replaced,
    /// moves it aside and checks again. Returns whether it was removed.
    func remove(claimingWith tmp: String, data: Data, write: (Int32, Data) -> Int32) -> Bool {
      let claim = path + ".takeover-" + identity
      let placed = SessionLock.place(tmp, data: data, at: claim, write: write)
      guard placed == 0 else {
        // A claim left by a process that died while taking over: cleared after a while.
        if placed == EEXIST, let old = Seen(claim), Date().timeIntervalSince(old.modified) > 10 { unlink(claim) }
        return false
      }
      defer { unlink(claim) }
      guard let again = Seen(path), again.identity == identity else { return false }
      let aside = FileMode.unpredictableName(path + ".stale-")
      guard rename(path, aside) == 0 else { return false }
      if let moved = Seen(aside), moved.identity == identity {
        unlink(aside)
        return true
      }
      // Not the lock we judged (replaced in between): put it back.
      _ = link(aside, path)
      unlink(aside)
      return false
    }
  }
}
