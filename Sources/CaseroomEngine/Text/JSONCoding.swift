import FoundationEssentials

/// How caseroom writes and reads JSON, set up in one place. Files and `--json`
/// outputs are readable: pretty-printed, keys sorted, `/` left as it is, dates
/// in ISO 8601 (`2027-01-15T08:00:00Z`). A lock file is the same JSON on one line.
public enum JSONCoding {
  public enum Layout: Sendable {
    /// Pretty-printed with sorted keys: session, review and positions files, every `--json` output.
    case readable
    /// The same on one line (lock files).
    case compact
  }

  /// A new encoder with caseroom's settings (a new one each time: encoders are mutable).
  public static func encoder(_ layout: Layout = .readable) -> JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting =
      layout == .readable
      ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    e.dateEncodingStrategy = .iso8601
    return e
  }

  /// A new decoder that reads what `encoder` writes.
  public static func decoder() -> JSONDecoder {
    let d = JSONDecoder()
    d.dateDecodingStrategy = .iso8601
    return d
  }

  /// A value as readable JSON text (no final newline), as every `--json`
  /// output prints it: C1 controls, DEL and bidi controls, which the encoder
  /// leaves raw, are escaped as `\u009b` (`TerminalSafe.json`).
  public static func text(_ value: some Encodable) throws -> String {
    TerminalSafe.json(String(decoding: try encoder().encode(value), as: UTF8.self))
  }
}
