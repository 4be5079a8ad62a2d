import FoundationEssentials
import Glibc

/// A case file's structure — header and headings, with where each section's
/// text is in the file — kept on disk so that opening a big case again reads
/// a few hundred kilobytes instead of scanning the whole file.
///
/// Only the reader uses it (`CaseFormat.open`), only for files of at least
/// `minimumSize`, and only while the file is the one it was made from: same
/// path, size, modification time (to the nanosecond), inode and device, and
/// headings (a sample of 8) still where they were. Anything else — a changed file, a damaged
/// or foreign index — and the file is read afresh. Indexes live in
/// `$XDG_CACHE_HOME/caseroom/index` (else `~/.cache/caseroom/index`).
public struct CaseIndex: Sendable {
  /// Files smaller than this are read in a few milliseconds: not worth an index.
  public static let minimumSize = 1 << 20
  /// Version 2 keeps the headings as fixed records and their texts back to
  /// back after them (version 1, a text line per heading, took twice as long to read).
  static let formatName = "caseroom.index/2"

  /// Where the indexes are, as a path (the reader's start makes no URL).
  public let directoryPath: String
  public var directory: URL { URL(fileURLWithPath: directoryPath, isDirectory: true) }

  public init(directory: URL) { directoryPath = directory.path }

  public init(directoryPath: String) { self.directoryPath = directoryPath }

  /// This user's indexes, in `$XDG_CACHE_HOME/caseroom/index`.
  public static func standard(environment: [String: String] = ProcessEnvironment.variables) -> CaseIndex {
    CaseIndex(directoryPath: XDGDirectory.cache.path("caseroom/index", environment: environment))
  }

  /// What identifies a version of a file: where it is, and its `FileStamp`.
  struct Stamp: Equatable {
    var path: String
    var file: FileStamp

    init(path: String, _ info: stat) {
      // Absolute, so that the same name from two folders is two files.
      self.path = path.hasPrefix("/") ? path : Stamp.workingDirectory() + "/" + path
      file = FileStamp(info)
    }

    var size: Int { Int(file.size) }

    /// The working directory (`getcwd`: FileManager is made at its first use, a tenth of a
    /// millisecond of a reader's start on a case named by a relative path).
    static func workingDirectory() -> String {
      var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
      let got = buffer.withUnsafeMutableBufferPointer { b in
        b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { getcwd($0, b.count) } != nil
      }
      guard got, let end = buffer.firstIndex(of: 0) else { return FileManager.default.currentDirectoryPath }
      return String(decoding: buffer[..<end], as: UTF8.self)
    }

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

  func path(for path: String) -> String {
    // FNV-1a of the path names the index file.
    XDGDirectory.join(directoryPath, String(FNV1a.hash(path), radix: 16) + ".index")
  }

  /// The case as its index keeps it, if there is an index and it still fits
  /// the file: its sections read their text from `source` when first asked.
  func load(_ stamp: Stamp, _ source: SourceBytes) -> Case? {
    guard source.count >= CaseIndex.minimumSize, stamp.size == source.count,
      // Mapped, not read: the index is replaced whole (renamed over), never changed in place.
      let file = try? SourceBytes(contentsOf: path(for: stamp.path))
    else { return nil }
    return withExtendedLifetime(file) { () -> Case? in
      let raw = UnsafeRawBufferPointer(file.bytes)
      var lines = Records(file.bytes)
      guard lines.next(), lines.line.strings == [CaseIndex.formatName] + stamp.fields, lines.next() else { return nil }
      let h = lines.line
      guard h.count == 5, h.isTag("H") else { return nil }
      let (id, title, subtitle, origin) = (h.string(1), h.string(2), h.optional(3), h.optional(4))
      var errata: [Erratum] = []
      while lines.next() {
        let f = lines.line
        if f.count == 2 && f.isTag("S"), let count = f.int(1) {
          // The headings' block runs to the end of the file.
          let block = UnsafeRawBufferPointer(rebasing: raw[min(lines.at, raw.count)...])
          guard let sections = HeadingRecords.sections(count, from: block, source: source) else { return nil }
          return Case(id: id, title: title, subtitle: subtitle, source: origin, errata: errata, sections: sections)
        } else if f.count == 5 && f.isTag("E") {
          errata.append(Erratum(section: f.string(1), was: f.string(2), now: f.string(3), note: f.optional(4)))
        } else {
          return nil
        }
      }
      return nil
    }
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
    out += CaseIndex.line(["S", "\(structure.headings.count)"])
    let data = Data(out.utf8) + HeadingRecords.bytes(structure.headings)
    try? AtomicFile.write(
      data, to: URL(fileURLWithPath: path(for: stamp.path)), keepBackup: false, createDirectory: true)
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

  /// The lines of an index file, one at a time, each as the byte ranges of
  /// its fields: a field becomes a `String` (or a number, or a role) only
  /// when asked for, so an index of 2,000 headings is read with no more
  /// than the headings' own strings made. Each line is split in one pass over
  /// its bytes, into the same array of ranges (no allocation per line).
  struct Records {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0
    /// The line `next` read.
    private(set) var line: Line

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      line = Line(bytes: bytes)
      line.ranges.reserveCapacity(12)
    }

    /// One line's fields.
    struct Line {
      let bytes: UnsafeBufferPointer<UInt8>
      var ranges: [Range<Int>] = []
      /// Whether the line has a backslash (its fields that have one are unescaped when made into strings).
      var escaped = false
      var count: Int { ranges.count }

      func string(_ i: Int) -> String {
        let field = UnsafeBufferPointer(rebasing: bytes[ranges[i]])
        let text = String(decoding: field, as: UTF8.self)
        return escaped && field.contains(UInt8(ascii: "\\")) ? CaseIndex.unescape(text) : text
      }

      /// An optional field: empty for none, else its text after a leading `=`.
      func optional(_ i: Int) -> String? {
        ranges[i].isEmpty ? nil : String(string(i).dropFirst())
      }

      var strings: [String] { ranges.indices.map(string) }

      /// Whether field `i` is exactly these bytes.
      func isTag<Bytes: Collection<UInt8>>(_ tag: Bytes, at i: Int = 0) -> Bool {
        let r = ranges[i]
        return r.count == tag.count && zip(bytes[r], tag).allSatisfy { $0 == $1 }
      }

      /// Whether field `i` is exactly this ASCII text.
      func isTag(_ tag: StaticString, at i: Int = 0) -> Bool {
        isTag(UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount), at: i)
      }

      /// A non-negative decimal number, as written by `store`.
      func int(_ i: Int) -> Int? {
        let r = ranges[i]
        guard !r.isEmpty, r.count <= 18 else { return nil }
        var n = 0
        for k in r {
          let d = Int(bytes[k]) - 48
          guard d >= 0 && d <= 9 else { return nil }
          n = n * 10 + d
        }
        return n
      }

      /// Each role's name as bytes (made once, not an array of roles per heading).
      static let roles = Role.allCases.map { (role: $0, name: Array($0.rawValue.utf8)) }
    }

    /// Reads the next line that is not empty into `line`, split at tabs; false at the end.
    mutating func next() -> Bool {
      guard let base = bytes.baseAddress else { return false }
      let n = bytes.count
      // The ranges' array taken out of the line while it is filled, so that it stays unique (no copy).
      var ranges: [Range<Int>] = []
      swap(&ranges, &line.ranges)
      defer { swap(&ranges, &line.ranges) }
      while at < n {
        ranges.removeAll(keepingCapacity: true)
        var escaped = false
        var start = at
        var i = at
        while i < n {
          let b = base[i]
          if b == UInt8(ascii: "\n") { break }
          if b == UInt8(ascii: "\t") {
            ranges.append(start..<i)
            start = i + 1
          } else if b == UInt8(ascii: "\\") {
            escaped = true
          }
          i += 1
        }
        ranges.append(start..<i)
        line.escaped = escaped
        let empty = i == at
        at = i + 1
        if !empty { return true }
      }
      return false
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
