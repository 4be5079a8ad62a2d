import Foundation
import Testing

/// Why a hand-out cannot be imported, in the command line's language: the
/// importer and its `caseroom-documents` helper hand back values (the helper a
/// code and its data on standard error), which caseroom words in Chinese or
/// English — no English sentence inside a Chinese message.
@Suite("Import errors in Chinese and English")
struct ImportErrorWordsTests {
  let zh = ["CASEROOM_LANG": "zh"]
  let en = ["CASEROOM_LANG": "en"]

  /// The message without the file names in it (they may hold any letters).
  static func words(_ err: String, without paths: [String]) -> String {
    paths.reduce(err) { $0.replacingOccurrences(of: $1, with: "") }
  }

  /// Imports `file` in Chinese and in English; both refused (exit 1, nothing on standard output).
  /// `commands`: commands to type, quoted in the Chinese as they are.
  func refused(_ file: URL, environment: [String: String] = [:], commands: [String] = []) throws -> (
    zh: String, en: String
  ) {
    let z = try CLI.run(["import", file.path], environment: environment.merging(zh) { $1 })
    let e = try CLI.run(["import", file.path], environment: environment.merging(en) { $1 })
    #expect(z.status == 1 && e.status == 1 && z.out.isEmpty && e.out.isEmpty, "\(z.err)\n\(e.err)")
    #expect(z.err.hasPrefix("caseroom: \(file.path): ") && e.err.hasPrefix("caseroom: \(file.path): "))
    let chinese = Self.words(z.err, without: [file.path] + commands)
    #expect(ImportCommandTests.englishPhrase(chinese) == nil, "English inside the Chinese: \(z.err)")
    return (z.err, e.err)
  }

  @Test("a file that only says it is a .docx, and a zip without word/document.xml")
  func notADocx() throws {
    let dir = try CLI.temporaryDirectory()
    let text = dir.appendingPathComponent("text.docx")
    try Data("这不是Word文件".utf8).write(to: text)
    let (z, e) = try refused(text)
    #expect(z.contains("不是 Word 文档（.docx）：不是 zip 压缩包"), "\(z)")
    #expect(e.contains("not a Word document (.docx): it is not a zip archive"), "\(e)")
    // An empty zip archive (its end record alone): a zip, but no document in it.
    let empty = dir.appendingPathComponent("empty.docx")
    try Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)).write(to: empty)
    let (z2, e2) = try refused(empty)
    #expect(z2.contains("不是 Word 文档（.docx）：里面没有 word/document.xml"), "\(z2)")
    #expect(e2.contains("it has no word/document.xml"), "\(e2)")
  }

  @Test("a PDF with no text (a scan): OCR first, in either language")
  func scan() throws {
    let dir = try CLI.temporaryDirectory()
    let pdf = dir.appendingPathComponent("scan.pdf")
    let body =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    try body.write(to: pdf, atomically: true, encoding: .ascii)
    let (z, e) = try refused(pdf)
    #expect(z.contains("这个 PDF 没有文字层（是扫描件？）：请先做文字识别（OCR）"), "\(z)")
    #expect(e.contains("the PDF has no text layer (a scan?)"), "\(e)")
  }

  @Test("a PDF without pdftotext on PATH: how to install it, in either language")
  func noPdftotext() throws {
    let dir = try CLI.temporaryDirectory()
    let pdf = ImportFilesCLITests.handouts.appendingPathComponent("pdf-libreoffice-shenpi.pdf")
    let (z, e) = try refused(
      pdf, environment: ["PATH": dir.path], commands: ["sudo apt-get install poppler-utils", "brew install poppler"])
    #expect(z.contains("读取 PDF 需要 pdftotext，但没有安装"), "\(z)")
    #expect(e.contains("reading a PDF needs pdftotext, which is not installed"), "\(e)")
  }

  @Test("a .docx that is missing, or a folder: said as such, not as a damaged document")
  func missingOrFolder() throws {
    let dir = try CLI.temporaryDirectory()
    let (z, e) = try refused(dir.appendingPathComponent("none.docx"))
    #expect(z.contains("没有这个文件") && e.contains("no such file"), "\(z)\n\(e)")
    let folder = dir.appendingPathComponent("folder.pdf")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let (z2, e2) = try refused(folder)
    #expect(z2.contains("是文件夹，不是文件") && e2.contains("is a directory, not a file"), "\(z2)\n\(e2)")
  }

  /// A copy of caseroom with a helper beside it that writes `stderr` and fails.
  func withHelper(saying stderr: String) throws -> URL {
    let dir = try CLI.temporaryDirectory()
    let lone = dir.appendingPathComponent("bin/caseroom")
    try CLI.placeBinary(at: lone)
    let helper = dir.appendingPathComponent("bin/caseroom-documents")
    try "#!/bin/sh\nprintf '%s\\n' '\(stderr)' >&2\nexit 1\n".write(to: helper, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: helper.path)
    return lone
  }

  @Test("what an older helper says (a sentence) or a newer one (a code this caseroom does not know) is still said")
  func otherHelpers() throws {
    let docx = ImportFilesCLITests.handouts.appendingPathComponent("libreoffice-saved-shenpi.docx").path
    let old = try withHelper(saying: "\(docx): not a Word document (.docx): it is not a zip archive")
    let r = try Shell.run("CASEROOM_LANG=zh '\(old.path)' import '\(docx)'")
    #expect(
      r.status == 1 && r.err == "caseroom: \(docx): not a Word document (.docx): it is not a zip archive\n", "\(r.err)")
    let newer = try withHelper(
      saying:
        #"caseroom-documents-error/1 {"code":"encrypted","file":"\#(docx)","words":"\#(docx): the document is encrypted"}"#
    )
    let n = try Shell.run("CASEROOM_LANG=zh '\(newer.path)' import '\(docx)'")
    #expect(n.status == 1 && n.err == "caseroom: \(docx): the document is encrypted\n", "\(n.err)")
    // A code it knows is worded in the interface's language, whoever sent it.
    let known = try withHelper(
      saying: #"caseroom-documents-error/1 {"code":"noTextLayer","file":"\#(docx)","words":"English"}"#)
    let k = try Shell.run("CASEROOM_LANG=zh '\(known.path)' import '\(docx)'")
    #expect(k.err.contains("\(docx): 这个 PDF 没有文字层") && !k.err.contains("English"), "\(k.err)")
  }
}
