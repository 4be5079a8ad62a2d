import FoundationEssentials

/// The one CSV writer (the gradebook, the summary): UTF-8 with a BOM so that
/// spreadsheets show Chinese, CRLF line ends, cells quoted where they must
/// be, and cells that start with `= + - @` neutralised (a leading `'`), so a
/// group's answer is never taken for a formula.
enum CSV {
  static func text(_ rows: [[String]]) -> String {
    "\u{FEFF}" + rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
  }

  static func cell(_ s: String) -> String {
    var v = visible(s)
    if let f = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { v = "'" + v }
    if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + v.replacingEvery("\"", with: "\"\"") + "\""
    }
    return v
  }
}
