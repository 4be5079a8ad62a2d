import CaseroomEngine
import Foundation
import ZIPFoundation

/// A 20 MB Word document for the import benchmark, as a teacher's hand-out
/// with photos is: the seed's body as ~20 MB of document.xml (Heading 2
/// headings, paragraphs, a numbered list with numbering.xml), compressed,
/// and pictures (incompressible bytes) making up the rest of the 20 MB.
func writeBenchDocx(to url: URL, seedBody: String) throws {
  try? FileManager.default.removeItem(at: url)
  let archive = try Archive(url: url, accessMode: .create)
  func add(_ path: String, _ data: Data, compressed: Bool = true) throws {
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count),
      compressionMethod: compressed ? .deflate : .none
    ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
  }
  let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  let sentences = seedBody.split(separator: "。").map { String($0) + "。" }
  var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"\(w)\"><w:body>"
  xml += "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>中国十二金工程（二十兆）</w:t></w:r></w:p>"
  xml += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>教学目的</w:t></w:r></w:p>"
  for o in ["了解中国电子政务的发展历程。", "了解中国电子政务发展的特点。"] {
    xml +=
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(o)</w:t></w:r></w:p>"
  }
  xml += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>案例内容</w:t></w:r></w:p>"
  var n = 0
  var k = 0
  while xml.utf8.count < 20_000_000 {
    n += 1
    xml +=
      "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>（\(HeadingNumber.chinese(n))）第\(n)部分</w:t></w:r></w:p>"
    for _ in 0..<3 {
      var p = ""
      for i in 0..<6 { p += sentences[(k + i) % sentences.count] }
      k += 6
      xml += "<w:p><w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t>\(p)</w:t></w:r></w:p>"
    }
  }
  xml += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>思考题</w:t></w:r></w:p>"
  xml +=
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>为什么？</w:t></w:r></w:p>"
  xml += "</w:body></w:document>"
  let styles = """
    <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="\(w)">\
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>
    """
  let numbering = """
    <?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="\(w)"><w:abstractNum w:abstractNumId="0">\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1．"/></w:lvl>\
    </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
    """
  try add("word/document.xml", Data(xml.utf8))
  try add("word/styles.xml", Data(styles.utf8))
  try add("word/numbering.xml", Data(numbering.utf8))
  let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
  var generator = SplitMix64(seed: 25)
  var picture = Data(count: max(0, 20_000_000 - size))
  picture.withUnsafeMutableBytes { b in
    for i in 0..<b.count { b[i] = UInt8(truncatingIfNeeded: generator.next()) }
  }
  try add("word/media/image1.jpeg", picture, compressed: false)
}

/// Seconds with two decimals (`1.23 s`), without Foundation's formatting.
func seconds(_ t: Double) -> String {
  let hundredths = Int((t * 100).rounded())
  let fraction = hundredths % 100
  return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
}

/// Runs `body` `runs` times and prints the CPU time (user + system) a run took, on average, with the load average.
func measureCPU(_ name: String, runs: Int, _ body: () -> Void) {
  if let filter, !name.contains(filter) { return }
  func cpu() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  }
  let before = cpu()
  for _ in 0..<runs { body() }
  let each = (cpu() - before) / Double(runs)
  var load = [Double](repeating: 0, count: 1)
  getloadavg(&load, 1)
  print(
    "\(name.padding(toLength: 56, withPad: " ", startingAt: 0))  \(Printf.text("%.2f s", each))  (\(runs) runs, load average \(Printf.text("%.1f", load[0])))"
  )
}
