/// A CSV reader for the tests (RFC 4180: quoted cells, doubled quotes, CRLF), so
/// that what a spreadsheet would read is what is checked.
public enum CSV {
  public struct Malformed: Error {}

  public static func parse(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    if chars.last != "\n" && chars.last != "\r\n" { chars.append("\n") }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count && chars[i + 1] == "\"" {
            cell.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          cell.append(c)
        }
      } else if c == "\"" {
        guard cell.isEmpty else { throw Malformed() }
        quoted = true
      } else if c == "," {
        row.append(cell)
        cell = ""
      } else if c == "\r\n" || c == "\n" || c == "\r" {
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      } else {
        cell.append(c)
      }
      i += 1
    }
    guard !quoted else { throw Malformed() }
    return rows
  }
}
