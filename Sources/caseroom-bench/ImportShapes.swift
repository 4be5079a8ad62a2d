import CaseroomApp
import CaseroomEngine
import Foundation
import ZIPFoundation

/// A .docx of many short paragraphs, as a teacher's long hand-out may be (a text pasted paragraph by paragraph,
/// a transcript): a title, a heading, `paragraphs` paragraphs of `length` Chinese characters and a full stop,
/// then 思考题 with one question. 180,000 of 80 characters are 28 MB of document.xml (14.6 million characters).
func writeShortParagraphsDocx(to url: URL, paragraphs: Int, length: Int) throws {
  try? FileManager.default.removeItem(at: url)
  let archive = try Archive(url: url, accessMode: .create)
  let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  var generator = SplitMix64(seed: 8)
  var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(w)\"><w:body>"
  xml += "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>大文档</w:t></w:r></w:p>"
  xml += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>案例正文</w:t></w:r></w:p>"
  for _ in 0..<paragraphs {
    var p = "<w:p><w:r><w:t>"
    for _ in 0..<length { p.unicodeScalars.append(Unicode.Scalar(0x4E00 + UInt32(generator.next() % 3000))!) }
    xml += p + "。</w:t></w:r></w:p>"
  }
  xml += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>思考题</w:t></w:r></w:p>"
  xml += "<w:p><w:r><w:t>1. 为什么？</w:t></w:r></w:p></w:body></w:document>"
  let styles = """
    <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="\(w)">\
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>
    """
  for (path, text) in [("word/document.xml", xml), ("word/styles.xml", styles)] {
    let data = Data(text.utf8)
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
    ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
  }
}

/// Many short lines, in a .docx and in text, and the import review of a long hand-out: the work must grow with
/// the lines, not with their square (issue 25's figures: docs/PERFORMANCE.md).
func importShapesBench() throws {
  let docxURL = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-bench-short-\(getpid()).docx")
  defer { try? FileManager.default.removeItem(at: docxURL) }
  let docxName = "import 28 MB .docx, 180,000 short paragraphs"
  if filter == nil || docxName.contains(filter!) || "CPU".contains(filter!) {
    try writeShortParagraphsDocx(to: docxURL, paragraphs: 180_000, length: 80)
  }
  measure(docxName, runs: 3, unit: seconds) {
    _ = try! CaseImporter.importing(ImportSource.read(docxURL))
  }
  measureCPU(docxName + ": CPU a run", runs: 3) {
    _ = try! CaseImporter.importing(ImportSource.read(docxURL))
  }
  let empty = "标题\n" + String(repeating: "\n", count: 1_000_000) + "思考题\n1. 为什么？\n"
  measure("import 1,000,000 empty lines (1 MB .txt)", runs: 3, unit: seconds) { _ = CaseImporter.run(empty) }
  let reviewName = "import review of 200,000 paragraphs"
  guard filter == nil || reviewName.contains(filter!) else { return }
  var lines = ["县域医共体改革", "一、教学目的", "1．了解医共体。", "二、案例正文"]
  for n in 0..<200_000 { lines.append("第\(n)段：乡镇卫生院的门诊量在一年内增长了三成。") }
  lines += ["三、思考题", "1．医共体为什么有效？"]
  // Paragraphs apart by blank lines (lines of text under one another would be taken for one paragraph broken).
  let result = CaseImporter.run(lines.joined(separator: "\n\n"), id: "t")
  var review = ImportReview(result, output: nil)
  measure(reviewName + ": open", runs: 3, unit: seconds) {
    review = ImportReview(result, output: nil)
    _ = review.update(.resize(rows: 40, cols: 120), now: Date())
  }
  // A body line near the end: x leaves it out, u takes it back.
  for key in [Key.char("G"), .char("k"), .char("k")] { _ = review.update(.key(key), now: Date()) }
  measure(reviewName + ": a key (x or u)", runs: 10, unit: seconds) {
    _ = review.update(.key(.char(review.handout.lines[review.cursor].tag == .furniture ? "u" : "x")), now: Date())
  }
}
