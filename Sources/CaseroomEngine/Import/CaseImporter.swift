/// Turns the raw text of a Chinese teaching case into a `Case`.
///
/// Handles text flattened onto one line (as the seed is) and text with line
/// breaks; headings `一、`, `（一）`, `(一)`, `第一部分`, `【…】`; items `1．`,
/// `1.`, `1、`, `（1）`, `(1)`, `①`, several on one line. A numbering counts
/// as structure only when it runs 1, 2, 3, … in order, so numbers inside the
/// text (`2.5Gbps`, `3.2亿元`, `（20分钟）`) stay text. Linear-ish in the
/// text (O(n log n) at worst); any input gives a result.
public enum CaseImporter {
  public static func run(_ raw: String, id: String? = nil) -> ImportResult {
    var importer = Importer(raw: raw)
    let c = importer.build(id: id)
    return ImportResult(result: c, notes: importer.notes)
  }
}
