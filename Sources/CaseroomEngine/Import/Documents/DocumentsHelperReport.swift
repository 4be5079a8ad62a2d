import FoundationEssentials

/// How `caseroom-documents` tells `caseroom` why it could not read a hand-out:
/// one line on standard error, `caseroom-documents-error/1 ` then a JSON
/// object — a code (`ImportError`'s case), the file, the code's data, and the
/// English words. `caseroom` makes the value again and words it in the
/// interface's language; a code it does not know (a newer helper's) is said
/// in the helper's English words, and a line without the mark (an older
/// helper's sentence) as it is.
public struct DocumentsHelperReport: Codable, Equatable, Sendable {
  /// The mark and version the line starts with.
  public static let mark = "caseroom-documents-error/1 "

  public var code: String
  public var file: String
  /// A part of the .docx, a path, or another program's words.
  public var detail: String?
  public var part: String?
  /// A piece, a signal or an exit status.
  public var number: Int?
  public var line: Int?
  /// The English, for a caseroom that does not know `code`.
  public var words: String

  public init(code: String, file: String, words: String) {
    self.code = code
    self.file = file
    self.words = words
  }

  /// The report of `error`, as the helper sends it.
  public init(_ error: ImportError) {
    self.init(code: "words", file: "", words: error.description)
    switch error {
    case .empty: code = "empty"
    case .needsPdftotext(let file): (code, self.file) = ("needsPdftotext", file)
    case .needsHelper, .helper: break
    case .unreadable(let file, let reason):
      self.file = file
      switch reason {
      case .notZip: code = "notZip"
      case .noDocument: code = "noDocument"
      case .damagedPart(let p, let d): (code, part, detail) = ("damagedPart", p, d)
      case .notWellFormed(let piece, let l): (code, number, line) = ("notWellFormed", piece, l)
      case .pdftotextNotStarted(let d): (code, detail) = ("pdftotextNotStarted", d)
      case .pdftotextFailed(let d): (code, detail) = ("pdftotextFailed", d)
      case .noTextLayer: code = "noTextLayer"
      case .helperNotStarted(let p, let d): (code, part, detail) = ("helperNotStarted", p, d)
      case .helperSignal(let s): (code, number) = ("helperSignal", Int(s))
      case .helperFailed(let s): (code, number) = ("helperFailed", Int(s))
      case .oldWordFormat: code = "oldWordFormat"
      case .damagedZip: code = "damagedZip"
      case .partTooLarge(let p, let l): (code, part, number) = ("partTooLarge", p, l)
      case .textTooLong(let p, let n): (code, part, number) = ("textTooLong", p, n)
      case .documentType(let p): (code, part) = ("documentType", p)
      case .needsPassword(let d): (code, detail) = ("needsPassword", d)
      case .helperCrashed(let s, let log): (code, number, detail) = ("helperCrashed", Int(s), log)
      }
    }
  }

  /// The value again; a code this caseroom does not know gives the helper's words.
  public var error: ImportError {
    let d = detail ?? ""
    let reason: ImportError.Unreadable?
    switch code {
    case "empty": return .empty
    case "needsPdftotext": return .needsPdftotext(file: file)
    case "notZip": reason = .notZip
    case "noDocument": reason = .noDocument
    case "damagedPart": reason = part.map { .damagedPart($0, detail: d) }
    case "notWellFormed": reason = number.flatMap { n in line.map { .notWellFormed(piece: n, line: $0) } }
    case "pdftotextNotStarted": reason = .pdftotextNotStarted(detail: d)
    case "pdftotextFailed": reason = .pdftotextFailed(detail: d)
    case "noTextLayer": reason = .noTextLayer
    case "helperNotStarted": reason = part.map { .helperNotStarted(path: $0, detail: d) }
    case "helperSignal": reason = number.map { .helperSignal(Int32(clamping: $0)) }
    case "helperFailed": reason = number.map { .helperFailed(status: Int32(clamping: $0)) }
    case "oldWordFormat": reason = .oldWordFormat
    case "damagedZip": reason = .damagedZip
    case "partTooLarge": reason = part.flatMap { p in number.map { .partTooLarge(p, limit: $0) } }
    case "textTooLong": reason = part.flatMap { p in number.map { .textTooLong(p, characters: $0) } }
    case "documentType": reason = part.map { .documentType($0) }
    case "needsPassword": reason = .needsPassword(detail: d)
    case "helperCrashed": reason = number.map { .helperCrashed(signal: Int32(clamping: $0), log: d) }
    default: reason = nil
    }
    return reason.map { .unreadable(file: file, reason: $0) } ?? .helper(message: words)
  }

  /// The line the helper writes on standard error (with its line break).
  public var text: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return Self.mark + json + "\n"
  }

  /// What a helper said on standard error, as a value: its report, else its
  /// words as they are (an older helper's sentence).
  public static func read(_ stderr: String) -> ImportError {
    for line in stderr.split(separator: "\n") where line.hasPrefix(mark) {
      let json = Data(line.dropFirst(mark.count).utf8)
      if let report = try? JSONDecoder().decode(Self.self, from: json) { return report.error }
    }
    return .helper(message: stderr)
  }
}
