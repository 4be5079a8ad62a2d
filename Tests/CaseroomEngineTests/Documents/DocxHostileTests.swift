import CaseroomEngine
import Foundation
import Testing
import ZIPFoundation

@testable import CaseroomDocuments

/// A .docx made to break the reader (numbers out of any format's range, starts past Int's): read, never a trap.
@Suite("Documents: hostile .docx numbering")
struct DocxHostileTests {
  static func numbering(format: String, start: String, override: String? = nil) -> DocxNumbering {
    let over = override.map { "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\($0)\"/></w:lvlOverride>" } ?? ""
    let xml = """
      <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="\(start)"/>\
      <w:numFmt w:val="\(format)"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="1"/>\(over)</w:num>
      </w:numbering>
      """
    return DocxNumbering(xml: Data(xml.utf8))
  }

  static func labels(_ n: DocxNumbering, count: Int = 2) -> [String?] {
    var n = n
    return (0..<count).map { _ in n.next(numId: "1", ilvl: 0) }
  }

  @Test(
    "a Chinese numeral past 9999 (Word allows starts to 32767), zero or below: Arabic digits",
    arguments: ["chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting"])
  func chineseOutOfRange(_ format: String) {
    #expect(Self.labels(Self.numbering(format: format, start: "9998"), count: 3) == ["九千九百九十八、", "九千九百九十九、", "10000、"])
    #expect(Self.labels(Self.numbering(format: format, start: "32767")) == ["32767、", "32768、"])
    #expect(Self.labels(Self.numbering(format: format, start: "0")) == ["0、", "一、"])
  }

  @Test(
    "a start past Int's range or below zero is clamped to Word's 0…32767",
    arguments: ["9223372036854775806", "9223372036854775807", "-9223372036854775808", "-5"])
  func hugeStart(_ start: String) {
    let first = start.hasPrefix("-") ? "0、" : "32767、"
    #expect(Self.labels(Self.numbering(format: "decimal", start: start)).first == first)
    #expect(Self.labels(Self.numbering(format: "decimal", start: "1", override: start)).first == first)
  }

  @Test("a Roman numeral above 3999 in Arabic digits, not megabytes of M")
  func romanOutOfRange() {
    #expect(
      Self.labels(Self.numbering(format: "upperRoman", start: "1", override: "2147483647")) == ["32767、", "32768、"])
    #expect(Self.labels(Self.numbering(format: "lowerRoman", start: "3999")) == ["mmmcmxcix、", "4000、"])
  }

  // MARK: - The archive and its XML

  static let wordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

  /// A .docx in a new folder holding `document` as word/document.xml (deflated).
  static func docx(_ document: Data) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docx-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("t.docx")
    let archive = try Archive(url: url, accessMode: .create)
    try archive.addEntry(
      with: "word/document.xml", type: .file, uncompressedSize: Int64(document.count), compressionMethod: .deflate
    ) { position, size in document.subdata(in: Int(position)..<Int(position) + size) }
    return url
  }

  static func reason(_ url: URL) -> ImportError.Unreadable? {
    do {
      _ = try DocxReader.text(of: url)
      return nil
    } catch {
      guard case .unreadable(let file, let reason) = error, file == url.path else { return nil }
      return reason
    }
  }

  @Test(
    "a zip bomb (a part unpacking 1000 times its packed size) is refused naming the part, before it is all unpacked")
  func zipBomb() throws {
    var xml = Data("<w:document \(Self.wordNamespace)><w:body><w:p><w:r><w:t>".utf8)
    xml.append(Data(repeating: 0x20, count: 24 << 20))
    xml.append(Data("</w:t></w:r></w:p></w:body></w:document>".utf8))
    let url = try Self.docx(xml)
    #expect(Self.reason(url) == .partTooLarge("word/document.xml", limit: DocxReader.partLimit))
    // The limits as the unpacking counts them: a part past 256 MB, or past 8 MB at more than 200:1.
    #expect(DocxReader.tooLarge(300 << 20, packed: 100 << 20))
    #expect(DocxReader.tooLarge(9 << 20, packed: 20_000))
    #expect(!DocxReader.tooLarge(9 << 20, packed: 1 << 20))
    #expect(!DocxReader.tooLarge(7 << 20, packed: 1))
  }

  @Test("a zip bomb whose directory lies (says 1000 bytes unpacked): the bytes are counted as they are unpacked")
  func lyingBomb() throws {
    var xml = Data("<w:document \(Self.wordNamespace)><w:body><w:p><w:r><w:t>".utf8)
    xml.append(Data(repeating: 0x78, count: 24 << 20))
    xml.append(Data("</w:t></w:r></w:p></w:body></w:document>".utf8))
    let url = try Self.docx(xml)
    var bytes = try Data(contentsOf: url)
    // The central directory's record (PK 01 02): its uncompressed size at +24, little-endian.
    let record = try #require(bytes.firstRange(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
    bytes.replaceSubrange((record + 24)..<(record + 28), with: [0xE8, 0x03, 0, 0])
    try bytes.write(to: url)
    #expect(Self.reason(url) == .partTooLarge("word/document.xml", limit: DocxReader.partLimit))
  }

  @Test("a document type with entities (a billion laughs, a file outside) is refused, not read with text lost")
  func entities() throws {
    let xml = """
      <?xml version="1.0"?><!-- made by hand --><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>
      <w:document \(Self.wordNamespace)><w:body><w:p><w:r><w:t>前&x;后</w:t></w:r></w:p></w:body></w:document>
      """
    #expect(Self.reason(try Self.docx(Data(xml.utf8))) == .documentType("word/document.xml"))
    #expect(!DocxReader.hasDocumentType(Data("<?xml version=\"1.0\"?><w:document>&lt;!DOCTYPE</w:document>".utf8)))
  }

  @Test("one run of text past libxml2's 10 MB is said to be too long, not bad XML at line 1")
  func longRun() throws {
    var xml = Data("<w:document \(Self.wordNamespace)><w:body><w:p><w:r><w:t>".utf8)
    // Letters that do not repeat (a run of one letter would pack 1000:1 and be refused as a bomb).
    var letters = [UInt8](repeating: 0, count: 12_000_000)
    var seed: UInt64 = 25
    for i in letters.indices {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      letters[i] = 0x61 + UInt8((seed >> 33) % 26)
    }
    xml.append(Data(letters))
    xml.append(Data("</w:t></w:r></w:p></w:body></w:document>".utf8))
    let reason = Self.reason(try Self.docx(xml))
    #expect(reason == .textTooLong("word/document.xml", characters: 12_000_000), "\(String(describing: reason))")
  }

  @Test("an old .doc or an encrypted .docx (an OLE file) and a .docx cut off are said as such, not as no zip")
  func oleAndCutOff() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docx-ole-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    ole.append(Data(repeating: 0, count: 1024))
    for name in ["old.doc", "locked.docx", "old.txt"] {
      let url = dir.appendingPathComponent(name)
      try ole.write(to: url)
      #expect(throws: ImportError.unreadable(file: url.path, reason: .oldWordFormat)) { try ImportSource.read(url) }
    }
    let whole = try Data(contentsOf: try Self.docx(Data("<w:document \(Self.wordNamespace)/>".utf8)))
    let cut = dir.appendingPathComponent("cut.docx")
    try whole.prefix(whole.count / 2).write(to: cut)
    #expect(Self.reason(cut) == .damagedZip)
  }
}
