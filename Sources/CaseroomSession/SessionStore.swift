import CaseroomEngine
import FoundationEssentials
import Glibc

/// Where sessions live and how they are written so that no note is lost:
/// one JSON file per group per case, saved atomically (temporary file in the
/// same directory, fsync, rename, fsync of the directory), the previous
/// version kept as `.bak`, and a lock file so that two processes never write
/// the same session.
public struct SessionStore: Sendable {
  public let directory: URL

  public init(directory: URL) { self.directory = directory }

  /// The sessions directory: `--sessions`, else `$CASEROOM_SESSIONS`, else
  /// `$XDG_DATA_HOME/caseroom/sessions` (default `~/.local/share/caseroom/sessions`).
  public static func defaultDirectory(environment: [String: String] = ProcessEnvironment.variables) -> URL {
    if let dir = environment["CASEROOM_SESSIONS"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
    return XDGDirectory.data.url("caseroom/sessions", environment: environment)
  }

  // MARK: File names

  /// A file name for a group's session that can never leave the directory:
  /// letters and digits of the name (any script) kept, everything else `_`,
  /// at most 40 characters, then a 64-bit hash of the full name (16 hex
  /// digits). The real name is kept inside the file and compared on
  /// opening: the rare name that another group's file already has gets
  /// `variant` 2, 3… (`…-<hash>-2.session.json`).
  public static func fileName(caseId: String, group: String, variant: Int = 1) -> String {
    base(caseId: caseId, group: group) + hash(group, digits: 16) + (variant > 1 ? "-\(variant)" : "") + ".session.json"
  }

  /// The name sessions had before names carried 64 bits (8 hex digits): still found and opened.
  public static func legacyFileName(caseId: String, group: String) -> String {
    base(caseId: caseId, group: group) + hash(group, digits: 8) + ".session.json"
  }

  static func base(caseId: String, group: String) -> String {
    var safe = ""
    for c in group.unicodeScalars {
      if safe.unicodeScalars.count >= 40 { break }
      let ok =
        (c.isLetter || c.isDecimalDigit) && c.value > 0x20
        && !(0xD800...0xDFFF).contains(c.value)
      safe.unicodeScalars.append(ok ? c : "_")
    }
    if safe.isEmpty { safe = "group" }
    return "\(casePrefix(caseId))\(safe)-"
  }

  /// `<case id>--`, with only letters, digits, `-` and `_` of the id.
  static func casePrefix(_ caseId: String) -> String {
    let caseSafe = String(
      caseId.unicodeScalars.filter { $0.isAlphanumeric || $0 == "-" || $0 == "_" }.map(
        Character.init))
    return (caseSafe.isEmpty ? "case" : caseSafe) + "--"
  }

  static func hash(_ s: String, digits: Int) -> String {
    var h = FNV1a()
    h.feed(s)
    return h.hex(digits: digits)
  }

  /// Where a new group's session goes (the first variant; see `locate`).
  public func url(caseId: String, group: String, variant: Int = 1) -> URL {
    directory.appendingPathComponent(Self.fileName(caseId: caseId, group: group, variant: variant))
  }

  public func legacyURL(caseId: String, group: String) -> URL {
    directory.appendingPathComponent(Self.legacyFileName(caseId: caseId, group: group))
  }

  /// The file of a group's session: the first of its names that is free or
  /// holds this group (or cannot be read, and so might), looking at the old
  /// 32-bit name when the new one is free. A file there of another group —
  /// a hash collision or a file copied by hand — is never taken: the next
  /// variant is. Returns the file and, when it exists, what reading it gave.
  public func locate(caseId: String, group: String) -> (url: URL, loaded: Result<Session, SessionError>?) {
    var variant = 1
    while true {
      let candidate = url(caseId: caseId, group: group, variant: variant)
      if !RegularFile.exists(candidate) {
        if variant == 1 {
          let legacy = legacyURL(caseId: caseId, group: group)
          if RegularFile.exists(legacy) {
            let loaded = Result { () throws(SessionError) in try load(legacy) }
            if (try? loaded.get())?.group.name ?? group == group { return (legacy, loaded) }
          }
        }
        return (candidate, nil)
      }
      let loaded = Result { () throws(SessionError) in try load(candidate) }
      if case .success(let s) = loaded, s.group.name != group {
        variant += 1
        continue
      }
      return (candidate, loaded)
    }
  }

  // MARK: Listing

  /// One session file found in the directory.
  public struct Entry: Sendable {
    public var url: URL
    public var session: Session?
    public var error: SessionError?
    /// For a damaged file: its backup (`.bak`), when that can be used.
    public var backup: Session?
  }

  /// Every session file for a case (readable or not), sorted by group name.
  public func list(caseId: String) -> [Entry] {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).map {
      directory.appendingPathComponent($0)
    }
    let prefix = Self.casePrefix(caseId)
    var out: [Entry] = []
    for f in files where f.lastPathComponent.hasPrefix(prefix) && f.lastPathComponent.hasSuffix(".session.json") {
      do {
        out.append(Entry(url: f, session: try load(f), error: nil))
      } catch {
        out.append(Entry(url: f, session: nil, error: error, backup: error.isDamage ? backup(of: f) : nil))
      }
    }
    return out.sorted {
      NaturalOrder.less(
        $0.session?.group.name ?? $0.url.lastPathComponent, $1.session?.group.name ?? $1.url.lastPathComponent)
    }
  }

  // MARK: Reading

  /// Reads a session file. Only a regular file is read (a directory or a
  /// FIFO is refused by its type, in one line).
  public func load(_ url: URL) throws(SessionError) -> Session {
    let data: Data
    do {
      data = try RegularFile.read(url)
    } catch {
      throw SessionError(file: url.path, kind: .io, .unreadable, reason: error.kind)
    }
    do {
      return try Session.decode(data, file: url.path)
    } catch let e as SessionError {
      throw e
    } catch {
      throw SessionError(file: url.path, kind: .corrupt, .undecodable("\(error)"))
    }
  }

  /// The backup beside a session file (`.bak`), when it is a usable session.
  public func backup(of url: URL) -> Session? {
    try? load(Self.backupURL(of: url))
  }

  public static func backupURL(of url: URL) -> URL { URL(fileURLWithPath: url.path + ".bak") }

  // MARK: Writing

  /// Writes a session atomically and keeps the previous version as `.bak`.
  /// On any failure the file on disk is the previous version, untouched.
  /// New files are `0600` (`0660` in a class folder).
  public func save(_ session: Session, to url: URL, sync: AtomicFile.Sync = .full) throws(SessionError) {
    let data: Data
    do { data = try session.json() } catch {
      throw SessionError(file: url.path, kind: .io, .cannotEncode("\(error)"))
    }
    do {
      try AtomicFile.write(data, to: url, keepBackup: true, createDirectory: true, mode: .owner, sync: sync)
    } catch {
      throw SessionError(file: error.path, kind: .io, .cannotWrite(error))
    }
  }

  /// Moves a damaged file out of the way, never deleting or overwriting
  /// anything: to `<name>.damaged-<UTC time>` (`…session.json.damaged-20261129T125102Z`),
  /// with `-2`, `-3`… when that name is taken. Returns where it went.
  public static func setAside(_ url: URL, now: Date = Date()) throws(SessionError) -> URL {
    let stem = url.path + ".damaged-" + UTCStamp.text(now)
    for n in 1...10_000 {
      let aside = n == 1 ? stem : "\(stem)-\(n)"
      // link fails when the name exists: nothing is ever overwritten.
      if link(url.path, aside) == 0 {
        guard unlink(url.path) == 0 else {
          let e = errno
          unlink(aside)
          throw SessionError(file: url.path, kind: .io, .cannotMoveAside(SystemError(e)))
        }
        AtomicFile.syncDirectory(url.deletingLastPathComponent().path)
        return URL(fileURLWithPath: aside)
      }
      let e = errno
      if e == EEXIST { continue }
      // No hard links here: rename, having checked the name is free.
      if [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS].contains(e) {
        if RegularFile.exists(URL(fileURLWithPath: aside)) { continue }
        if rename(url.path, aside) == 0 {
          AtomicFile.syncDirectory(url.deletingLastPathComponent().path)
          return URL(fileURLWithPath: aside)
        }
      }
      throw SessionError(file: url.path, kind: .io, .cannotMoveAside(.last))
    }
    throw SessionError(file: url.path, kind: .io, .tooManyDamagedCopies)
  }
}

extension SessionError {
  /// Whether the file is damaged (as opposed to unreadable or locked): a backup may stand in for it.
  public var isDamage: Bool { kind == .corrupt || kind == .foreign }
}
