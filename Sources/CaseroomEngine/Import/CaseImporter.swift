/// Turns the raw text of a Chinese teaching case into a `Case`.
///
/// Handles text flattened onto one line (as the seed is), text with line
/// breaks, Word exports (BOM, CRLF, tabs) and PDF copy-paste (page numbers and
/// running headers left out, hard line breaks joined); headings `一、`,
/// `（一）`, `(一)`, `【…】`, `第一部分`, `第一章`, `第一节`, `1`, `1.1`, `1.1.1`,
/// `Part 1` and unnumbered heading lines; items `1．`, `1.`, `1、`, `1)`, `（1）`,
/// `(1)`, `①`, `问题1：`, `Q1.`, several on one line; tables of `|`- or
/// tab-separated cells. A numbering counts as structure only when it runs 1,
/// 2, 3, … in order, so numbers inside the text (`2.5Gbps`, `3.2亿元`,
/// `（20分钟）`) stay text. Linear-ish in the text (O(n log n) at worst).
public enum CaseImporter {
  /// The title a case gets when the hand-out shows none (the checklist reports it as missing).
  public static let untitled = "未命名案例"
  /// The title of a heading whose number has nothing after it.
  public static let untitledHeading = "（无标题）"
  /// The title of the section the text before the first heading is kept as.
  public static let introTitle = "引言"

  /// Whether a heading's title names a role or a part of a hand-out (教学目的, 案例正文, 注释…), any suffix.
  public static func namesRoleOrPart(_ title: String) -> Bool {
    ImportRoles.recognise(title) != nil || CasePart.recognise(title) != nil
  }

  /// Whether a line opens with a heading's or an item's number (`一、`, `（一）`, `1.1`, `第二章`, `①`), as the importer reads them.
  public static func opensWithNumber(_ line: String) -> Bool {
    let s = Array(line.unicodeScalars.trimming(isBlank))
    return !s.isEmpty && LineHeadingScanner.startsWithNumber(s, 0..<s.count)
  }

  /// The case found in `raw`, with the report; any input gives a result (an empty one an empty case).
  public static func run(_ raw: String, id: String? = nil, format: ImportFormat = .text) -> ImportResult {
    var importer = Importer(raw: raw, format: format)
    let c = importer.build(id: id)
    return ImportResult(result: c, report: importer.report, dropped: importer.dropped)
  }

  /// As `run`, but an empty or blank text is an error.
  public static func importing(_ raw: String, id: String? = nil, format: ImportFormat = .text) throws(ImportError)
    -> ImportResult
  {
    if RawText(raw).isBlank { throw .empty }
    return run(raw, id: id, format: format)
  }

  /// The hand-out in `source`, read as its format asks.
  public static func importing(_ source: ImportSource, id: String? = nil) throws(ImportError) -> ImportResult {
    try importing(source.text, id: id, format: source.format)
  }
}
