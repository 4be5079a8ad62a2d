import CaseroomDocuments
import CaseroomEngine
import CaseroomTestSupport
import Foundation
import Testing

/// `caseroom import` on the files teachers really have: .docx (saved by python-docx, pandoc and
/// LibreOffice), .pdf (through pdftotext) and Markdown, and the clear refusals when a file is not what it says.
@Suite("caseroom import: .docx, .pdf, .md")
struct ImportFilesCLITests {
  static let handouts = CLI.repository.appendingPathComponent("Tests/Fixtures/handouts")

  func imported(_ file: String) throws -> (CLI.Result, Outline) {
    let dir = try CLI.temporaryDirectory()
    let out = dir.appendingPathComponent("t.case.md")
    let r = try CLI.run(["import", Self.handouts.appendingPathComponent(file).path, "-o", out.path, "--lang", "en"])
    #expect(r.status == 0, "\(file): \(r.err)")
    #expect(try CLI.run(["check", out.path]).status == 0)
    let json = try CLI.run(["outline", out.path, "--json"])
    return (r, try JSONDecoder().decode(Outline.self, from: Data(json.out.utf8)))
  }

  @Test("a .docx: Word's heading styles, its automatic numbers and its footnotes come through")
  func docx() throws {
    let (r, o) = try imported("pandoc-autonumber-yigongti.docx")
    #expect(o.title == "L县医共体改革")
    #expect(o.objectives == ["了解县域医共体的组建方式；", "理解医保打包付费的作用。"])
    #expect(o.questions.count == 2 && o.arrangement.count == 2)
    #expect(o.sections.map(\.title) == ["改革背景", "改革成效", "注释"])
    #expect(r.err.contains("headings by their form"), "\(r.err)")
  }

  @Test("a .docx saved by LibreOffice (as WPS users have)")
  func libreOffice() throws {
    let (_, o) = try imported("libreoffice-saved-shenpi.docx")
    #expect(o.sections.map(\.title) == ["缘起", "难题"])
    #expect(o.questions == ["集中审批的好处是什么？", "审管如何衔接？"])
  }

  @Test("a .pdf through pdftotext: paragraphs rejoined, no spaces between Chinese and digits")
  func pdf() throws {
    guard PdfText.tool != nil else {
      Issue.record("pdftotext is not installed (Scripts/test.sh installs poppler-utils)")
      return
    }
    let (_, o) = try imported("pdf-libreoffice-shenpi.pdf")
    #expect(o.title == "S县行政审批改革")
    #expect(o.sections.map(\.paragraphs) == [2, 3])
  }

  @Test("Markdown from a chat tool: # levels, bold, bullets and rules taken off")
  func markdown() throws {
    let (_, o) = try imported("markdown-chat-yigongti.md")
    #expect(o.title == "县域医共体改革：从“各自为战”到“抱团发展”")
    #expect(o.arrangement == ["课前阅读（30分钟）", "分组讨论（40分钟）", "全班总结（20分钟）"])
  }

  @Test("a PDF without pdftotext installed: how to install it, exit 1, nothing written")
  func pdfWithoutTool() throws {
    let dir = try CLI.temporaryDirectory()
    let out = dir.appendingPathComponent("t.case.md")
    let pdf = Self.handouts.appendingPathComponent("pdf-libreoffice-shenpi.pdf")
    let r = try CLI.run(["import", pdf.path, "-o", out.path], environment: ["PATH": dir.path, "CASEROOM_LANG": "en"])
    #expect(r.status == 1)
    #expect(r.err.contains("\(pdf.path): reading a PDF needs pdftotext"), "\(r.err)")
    #expect(r.err.contains("apt-get install poppler-utils"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test(
    "a damaged .docx or a file that only says it is one: the file and the reason, exit 1", arguments: [true, false])
  func damaged(_ zip: Bool) throws {
    let dir = try CLI.temporaryDirectory()
    let bad = dir.appendingPathComponent("bad.docx")
    var bytes = Data("PK\u{3}\u{4}".utf8)
    bytes.append(Data(repeating: 0x41, count: 200))
    try (zip ? bytes : Data("这不是Word文件".utf8)).write(to: bad)
    let r = try CLI.run(["import", bad.path], environment: ["CASEROOM_LANG": "en"])
    #expect(r.status == 1)
    // A zip cut short is damaged; a file that only says it is a .docx is no Word document.
    let reason = zip ? "the .docx is damaged (cut off?)" : "not a Word document (.docx)"
    #expect(r.err.contains("\(bad.path): \(reason)"), "\(r.err)")
    #expect(r.out.isEmpty)
  }

  @Test(
    "caseroom alone, without its caseroom-documents helper: a .docx is refused naming the helper and where it looked")
  func helperMissing() throws {
    let dir = try CLI.temporaryDirectory()
    let lone = dir.appendingPathComponent("bin/caseroom")
    try CLI.placeBinary(at: lone)
    let docx = Self.handouts.appendingPathComponent("libreoffice-saved-shenpi.docx").path
    let out = dir.appendingPathComponent("t.case.md")
    let r = try Shell.run("'\(lone.path)' import '\(docx)' -o '\(out.path)'", environment: ["CASEROOM_LANG": "en"])
    #expect(r.status == 1)
    #expect(
      r.err.contains("\(docx): reading a .docx or a .pdf needs caseroom-documents")
        && r.err.contains("looked in \(dir.path)/bin and \(dir.path)/libexec/caseroom"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
    // Installed as install.sh lays it out, it is found in ../libexec/caseroom/.
    let helper = dir.appendingPathComponent("libexec/caseroom/caseroom-documents")
    try FileManager.default.createDirectory(at: helper.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CLI.binary.deletingLastPathComponent().appendingPathComponent("caseroom-documents"), to: helper)
    let found = try Shell.run("'\(lone.path)' import '\(docx)' -o '\(out.path)'")
    #expect(found.status == 0, "\(found.err)")
    #expect(try String(contentsOf: out, encoding: .utf8).contains("缘起"))
  }

  @Test(
    "run from a package's build folder (swift run) without the helper: the exact command that builds it, in English and Chinese"
  )
  func helperNotBuilt() throws {
    let dir = try CLI.temporaryDirectory()
    let package = dir.appendingPathComponent("caseroom")
    let lone = package.appendingPathComponent(".build/debug/caseroom")
    try FileManager.default.createDirectory(at: lone.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "// swift-tools-version:6.0\n".write(
      to: package.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
    try CLI.placeBinary(at: lone)
    let docx = Self.handouts.appendingPathComponent("libreoffice-saved-shenpi.docx").path
    let en = try Shell.run("CASEROOM_LANG=en '\(lone.path)' import '\(docx)'")
    #expect(en.status == 1)
    #expect(en.err.contains("cd \(package.path) && swift build --product caseroom-documents"), "\(en.err)")
    #expect(en.err.contains("not built yet"), "\(en.err)")
    let zh = try Shell.run("CASEROOM_LANG=zh '\(lone.path)' import '\(docx)'")
    #expect(zh.status == 1)
    #expect(zh.err.contains("还没有构建") && zh.err.contains("swift build --product caseroom-documents"), "\(zh.err)")
    #expect(zh.out.isEmpty)
  }

  @Test("caseroom-documents on its own: the text on standard output; a bad file named on standard error, exit 1")
  func helperAlone() throws {
    let helper = CLI.binary.deletingLastPathComponent().appendingPathComponent("caseroom-documents").path
    let docx = Self.handouts.appendingPathComponent("libreoffice-saved-shenpi.docx").path
    let r = try Shell.run("'\(helper)' '\(docx)'")
    #expect(r.status == 0 && r.out.contains("缘起") && r.err.isEmpty, "\(r.err)")
    // The reason as a value (a code, the file, the English words), for caseroom to word in either language.
    let missing = try Shell.run("'\(helper)' /nonexistent/x.docx")
    #expect(missing.status == 1 && missing.out.isEmpty, "\(missing.err)")
    #expect(missing.err.hasPrefix("caseroom-documents-error/1 {"), "\(missing.err)")
    #expect(
      missing.err.contains(#""code":"notZip""#) && missing.err.contains(#""file":"/nonexistent/x.docx""#)
        && missing.err.contains("it is not a zip archive"), "\(missing.err)")
    let usage = try Shell.run("'\(helper)'")
    #expect(usage.status == 2 && usage.err.hasPrefix("usage: caseroom-documents FILE"))
  }

  @Test("a scanned PDF (no text layer): says to run OCR first")
  func scanned() throws {
    guard PdfText.tool != nil else { return }
    let dir = try CLI.temporaryDirectory()
    let pdf = dir.appendingPathComponent("scan.pdf")
    // A one-page PDF with no text at all.
    let body =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    try body.write(to: pdf, atomically: true, encoding: .ascii)
    let r = try CLI.run(["import", pdf.path])
    #expect(r.status == 1)
    #expect(
      r.err.contains(pdf.path) && (r.err.contains("OCR") || r.err.contains("pdftotext could not read")), "\(r.err)")
  }

  @Test("a hand-out whose report lists only guesses (Notion's property taken for the subtitle): --review suggested")
  func onlyGuessesSuggestReview() throws {
    let raw = BuiltBinary.repository.appendingPathComponent(
      "Tests/Fixtures/handouts/notion-export-properties-shuzihonggou.md")
    let r = try CLI.run(["import", raw.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("--review"), "\(r.err)")
  }

  @Test("a guess is reported with the way to fix it: --review")
  func suggestsReview() throws {
    let dir = try CLI.temporaryDirectory()
    let raw = dir.appendingPathComponent("x.txt")
    try "一段没有标题的文字，只有一行。\n另一段。".write(to: raw, atomically: true, encoding: .utf8)
    let r = try CLI.run(["import", raw.path])
    #expect(r.err.contains("--review"), "\(r.err)")
  }
}
