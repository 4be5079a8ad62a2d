import CaseroomEngine
import Foundation

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
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    if let dir = environment["CASEROOM_SESSIONS"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
    return XDGDirectory.data.url("caseroom/sessions", environment: environment)
  }

  // MARK: File names

  /// A file name for a group's session that can never leave the directory:
  /// letters and digits of the name (any script) kept, everything else `_`,
  /// at most 40 characters, then a hash of the full name so that different
  /// names never share a file. The real name is kept inside the file.
  public static func fileName(caseId: String, group: String) -> String {
    var safe = ""
    for c in group.unicodeScalars {
      if safe.unicodeScalars.count >= 40 { break }
      let ok =
        (CharacterSet.letters.contains(c) || CharacterSet.decimalDigits.contains(c)) && c.value > 0x20
        && !(0xD800...0xDFFF).contains(c.value)
      safe.unicodeScalars.append(ok ? c : "_")
    }
    if safe.isEmpty { safe = "group" }
    let caseSafe = String(
      caseId.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" }.map(
        Character.init))
    return "\(caseSafe.isEmpty ? "case" : caseSafe)--\(safe)-\(shortHash(group)).session.json"
  }

  static func shortHash(_ s: String) -> String {
    var h = FNV1a()
    h.feed(s)
    return h.hex(digits: 8)
  }

  public func url(caseId: String, group: String) -> URL {
    directory.appendingPathComponent(Self.fileName(caseId: caseId, group: group))
  }

  // MARK: Listing

  /// One session file found in the directory.
  public struct Entry: Sendable {
    public var url: URL
    public var session: Session?
    public var error: SessionError?
  }

  /// Every session file for a case (readable or not), sorted by group name.
  public func list(caseId: String) -> [Entry] {
    let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
    let prefix = Self.fileName(caseId: caseId, group: "").components(separatedBy: "--").first! + "--"
    var out: [Entry] = []
    for f in files where f.lastPathComponent.hasPrefix(prefix) && f.lastPathComponent.hasSuffix(".session.json") {
      do {
        out.append(Entry(url: f, session: try load(f), error: nil))
      } catch let e as SessionError {
        out.append(Entry(url: f, session: nil, error: e))
      } catch {
        out.append(Entry(url: f, session: nil, error: SessionError(file: f.path, kind: .io, message: "\(error)")))
      }
    }
    return out.sorted {
      NaturalOrder.less(
        $0.session?.group.name ?? $0.url.lastPathComponent, $1.session?.group.name ?? $1.url.lastPathComponent)
    }
  }

  // MARK: Reading

  public func load(_ url: URL) throws -> Session {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw SessionError(file: url.path, kind: .io, message: "cannot be read: \(error.localizedDescription)")
    }
    return try Session.decode(data, file: url.path)
  }

  // MARK: Writing

  /// Writes a session atomically and keeps the previous version as `.bak`.
  /// On any failure the file on disk is the previous version, untouched.
  public func save(_ session: Session, to url: URL) throws {
    let data = try session.json()
    do {
      try AtomicFile.write(data, to: url, keepBackup: true, createDirectory: true)
    } catch {
      throw SessionError(file: error.path, kind: .io, message: error.message)
    }
  }

  /// A new file name for starting afresh next to a damaged session (the damaged file stays).
  public func freshURL(beside url: URL) -> URL {
    let base = url.lastPathComponent.replacingOccurrences(of: ".session.json", with: "")
    var n = 2
    while true {
      let candidate = url.deletingLastPathComponent().appendingPathComponent("\(base)-\(n).session.json")
      if !FileManager.default.fileExists(atPath: candidate.path) { return candidate }
      n += 1
    }
  }
}
