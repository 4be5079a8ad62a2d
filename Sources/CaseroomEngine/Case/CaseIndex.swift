import FoundationEssentials
import Glibc

/// A case file's structure — header and headings, with where each section's
/// text is in the file — kept on disk so that opening a big case again reads
/// a few hundred kilobytes instead of scanning the whole file.
///
/// Only the reader uses it (`CaseFormat.open`), only for files of at least
/// `minimumSize`, and only while the file is the one it was made from: same
/// path, size, modification time (to the nanosecond), inode and device, and
/// headings (a sample of 32) still where they were. Anything else — a changed file, a damaged
/// or foreign index — and the file is read afresh. Indexes live in
/// `$XDG_CACHE_HOME/caseroom/index` (else `~/.cache/caseroom/index`).
public struct CaseIndex: Sendable {
  /// Files smaller than this are read in a few milliseconds: not worth an index.
  public static let minimumSize = 1 << 20
  static let formatName = "caseroom.index/1"

  public let directory: URL

  public init(directory: URL) { self.directory = directory }

  /// The index directory for this user.
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    XDGDirectory.cache.url("caseroom/index", environment: environment)
  }

  /// What identifies a version of a file: where it is, and its `FileStamp`.
  struct Stamp: Equatable {
    var path: String
    var file: FileStamp

    init(path: String, _ info: stat) {
      // Absolute, so that the same name from two folders is two files.
      self.path = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
      file = FileStamp(info)
    }

    var size: Int { Int(file.size) }

    /// The index's first line names the version it was made from.
    var fields: [String] {
      [path, "\(file.size)", "\(file.modified)", "\(file.modifiedNano)", "\(file.inode)", "\(file.device)"]
    }
  }

  /// The structure a case file was read into, before its sections are made.
  struct Structure {
    var id: String
    var title: String
    var subtitle: String?
    var source: String?
    var errata: [Erratum]
    var headings: [CaseParser.Heading]
  }

  func url(for path: String) -> URL {
    // FNV-1a of the path names the index file.
    directory.appendingPathComponent(String(FNV1a.hash(path), radix: 16) + ".index")
  }

  /// The stored structure of the file, if there is one and it still fits the file.
  func load(_ stamp: Stamp, _ source: SourceBytes) -> Structure? {
    guard source.count >= CaseIndex.minimumSize else { return nil }
    guard stamp.size == source.count, let data = FileManager.default.contents(atPath: url(for: stamp.path).path)
    else { return nil }
    var lines = CaseIndex.records(data).makeIterator()
    guard let first = lines.next(), first == [CaseIndex.formatName] + stamp.fields,
      let head = lines.next(), head.count == 5, head[0] == "H"
    else { return nil }
    var structure = Structure(
      id: head[1], title: head[2], subtitle: head[3].isEmpty ? nil : String(head[3].dropFirst()),
      source: head[4].isEmpty ? nil : String(head[4].dropFirst()), errata: [], headings: [])
    let bytes = source.bytes
    var previousEnd = 0
    while let f = lines.next() {
      switch f.first {
      case "E" where f.count == 5:
        structure.errata.append(
          Erratum(section: f[1], was: f[2], now: f[3], note: f[4].isEmpty ? nil : String(f[4].dropFirst())))
      case "S" where f.count == 11:
        guard let level = Int(f[4]), let role = Role(rawValue: f[5]), let line = Int(f[6]), let lineStart = Int(f[7]),
          let bodyStart = Int(f[8]), let bodyLine = Int(f[9]),
          previousEnd <= lineStart, lineStart < bodyStart, bodyStart <= bytes.count
        else { return nil }
        previousEnd = bodyStart
        structure.headings.append(
          CaseParser.Heading(
            id: f[1], number: f[2], title: f[3], level: level, role: role, line: line, lineStart: lineStart,
            bodyStart: bodyStart, bodyLine: bodyLine, hasText: f[10] == "1"))
      default:
        return nil
      }
    }
    // Headings still where the index says: the first, the last and 30 between (looking at
    // all 2,000 would touch as many pages of the file as scanning it; the stamp does the rest).
    let headings = structure.headings
    guard !headings.isEmpty else { return nil }
    let step = max(1, headings.count / 31)
    for i in Set(stride(from: 0, to: headings.count, by: step)).union([headings.count - 1])
    where !CaseIndex.isHeading(bytes, at: headings[i].lineStart) {
      return nil
    }
    return structure
  }

  /// Keeps the structure of a file (quietly does nothing when it cannot).
  func store(_ structure: Structure, _ stamp: Stamp) {
    guard stamp.size >= CaseIndex.minimumSize else { return }
    var out = CaseIndex.line([CaseIndex.formatName] + stamp.fields)
    out += CaseIndex.line([
      "H", structure.id, structure.title, structure.subtitle.map { "=" + $0 } ?? "",
      structure.source.map { "=" + $0 } ?? "",
    ])
    for e in structure.errata { out += CaseIndex.line(["E", e.section, e.was, e.now, e.note.map { "=" + $0 } ?? ""]) }
    for h in structure.headings {
      out += CaseIndex.line([
        "S", h.id, h.number, h.title, "\(h.level)", h.role.rawValue, "\(h.line)", "\(h.lineStart)", "\(h.bodyStart)",
        "\(h.bodyLine)", h.hasText ? "1" : "0",
      ])
    }
    try? AtomicFile.write(Data(out.utf8), to: url(for: stamp.path), keepBackup: false, createDirectory: true)
  }

  /// Whether the line at `offset` starts (after blanks) with `#`.
  static func isHeading(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    let i = blanksEnd(bytes, from: offset, to: bytes.count)
    return i < bytes.count && bytes[i] == UInt8(ascii: "#")
  }

  /// A line of tab-separated fields; tabs, line breaks and backslashes inside a field are escaped.
  static func line(_ fields: [String]) -> String {
    fields.map { f in
      var out = ""
      for c in f.unicodeScalars {
        switch c {
        case "\\": out += "\\\\"
        case "\t": out += "\\t"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default: out.unicodeScalars.append(c)
        }
      }
      return out
    }.joined(separator: "\t") + "\n"
  }

  /// The lines of an index file, each split into its fields (by bytes, in one pass:
  /// an index of 2,000 headings is read in about a millisecond).
  static func records(_ data: Data) -> [[String]] {
    data.withUnsafeBytes { raw -> [[String]] in
      let b = raw.bindMemory(to: UInt8.self)
      var out: [[String]] = []
      var fields: [String] = []
      var start = 0
      var escaped = false
      func field(_ end: Int) {
        let slice = UnsafeBufferPointer(rebasing: b[start..<end])
        fields.append(
          escaped ? unescape(String(decoding: slice, as: UTF8.self)) : String(decoding: slice, as: UTF8.self))
        escaped = false
      }
      for i in 0..<b.count {
        switch b[i] {
        case UInt8(ascii: "\t"):
          field(i)
          start = i + 1
        case UInt8(ascii: "\n"):
          field(i)
          start = i + 1
          if fields != [""] { out.append(fields) }
          fields = []
        case UInt8(ascii: "\\"):
          escaped = true
        default:
          break
        }
      }
      if start < b.count {
        field(b.count)
        out.append(fields)
      }
      return out
    }
  }

  static func unescape(_ field: String) -> String {
    var out = ""
    var escaped = false
    for c in field.unicodeScalars {
      if escaped {
        out.unicodeScalars.append(c == "t" ? "\t" : c == "n" ? "\n" : c == "r" ? "\r" : c)
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
