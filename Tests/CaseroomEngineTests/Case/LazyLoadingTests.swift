import Foundation
import Testing

@testable import CaseroomEngine

/// Opening a case reads its headings, not its text: the cost of opening must
/// not grow with the text of sections nobody looks at. These tests count work
/// (which sections were read), never time.
@Suite("Lazy case loading")
struct LazyLoadingTests {
  /// A case file of `count` sections, each the text of one of the bundled case's projects.
  static func bigCaseText(_ count: Int) -> String {
    let projects = Fixtures.bundledCase.contentSections
    var sections: [Section] = [Section(id: "content", number: "一、", title: "案例内容", level: 1)]
    for n in 1...count {
      var s = projects[(n - 1) % projects.count]
      s.id = "s\(n)"
      s.number = "（\(HeadingNumber.chinese(n))）"
      s.level = 2
      sections.append(s)
    }
    sections += Fixtures.bundledCase.sections.filter { $0.role == .questions }
    return CaseFormat.write(Case(id: "big", title: "大案例", sections: sections))
  }

  static func temporaryFile(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "caseroom-lazy-\(UUID().uuidString).case.md")
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test("opening a case of 2,000 sections reads no section's text")
  func openReadsHeadingsOnly() throws {
    let url = try Self.temporaryFile(Self.bigCaseText(2000))
    defer { try? FileManager.default.removeItem(at: url) }
    let (c, _) = try CaseFormat.open(url)
    #expect(c.sections.count == 2002)
    #expect(c.sections.allSatisfy { !$0.isLoaded })
    // What the reader asks for on opening does not read any text either.
    #expect(c.readingSections.count == 2001)
    #expect(c.contentSections.count == 2000)
    #expect(c.section(matching: "2000")?.id == "s2000")
    #expect(c.section(matching: "s1999")?.title == c.sections[1999].title)
    #expect(c.sections.allSatisfy { !$0.isLoaded })
    // Reading one section reads that one only.
    let last = c.sections[2000]
    #expect(!last.paragraphs.isEmpty)
    #expect(c.sections.filter(\.isLoaded).map(\.id) == ["s2000"])
    // Its text is what a full parse gives.
    let eager = try CaseFormat.parse(Self.bigCaseText(2000))
    #expect(last.paragraphs == eager.sections[2000].paragraphs)
  }

  @Test("the errata check reads only the sections the errata name")
  func errataReadTheirSectionsOnly() throws {
    let c = try CaseFormat.load(Fixtures.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    let named = Set(c.errata.map(\.section))
    #expect(!named.isEmpty)
    #expect(Set(c.sections.filter(\.isLoaded).map(\.id)) == named)
  }

  @Test("a copied section keeps its text, and setting paragraphs changes the copy only")
  func valueSemantics() throws {
    let c = try CaseFormat.parse(Self.bigCaseText(3))
    var copy = c.sections[1]
    let original = c.sections[1].paragraphs
    copy.paragraphs = [Paragraph("新的")]
    #expect(c.sections[1].paragraphs == original)
    #expect(copy.paragraphs.map(\.text) == ["新的"])
    #expect(copy != c.sections[1])
  }

  @Test("invalid UTF-8 in a section's text: load names the line; open shows it as U+FFFD")
  func invalidBytesInText() throws {
    var bytes = Array("---\nid: x\ntitle: 标题\n---\n\n# 一\n\n第一段。\n\n# 二\n\n坏".utf8)
    bytes += [0xE4, 0x28]  // a cut-off character
    bytes += Array("字。\n".utf8)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-bad-\(UUID().uuidString).case.md")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect {
      try CaseFormat.load(url)
    } throws: { error in
      let e = error as? CaseError
      return e?.line == 12 && e?.what == .notUTF8(offset: 60) && e?.file == url.path
    }
    let (c, source) = try CaseFormat.open(url)
    #expect(c.sections[1].paragraphs.first?.text == "坏\u{FFFD}(字。")
    #expect(source.encodingProblem(file: "f")?.line == 12)
  }

  @Test("a NUL byte is reported with its line")
  func nulByte() throws {
    let url = try Self.temporaryFile("---\nid: x\ntitle: y\n---\n# 一\n\ntext\u{0}\n")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect {
      try CaseFormat.load(url)
    } throws: { error in
      (error as? CaseError).map { $0.line == 7 && $0.what == .nulByte(offset: 34) } ?? false
    }
  }

  @Test("invalid UTF-8 in a heading is an error even when opening lazily")
  func invalidBytesInHeading() throws {
    var bytes = Array("---\nid: x\ntitle: y\n---\n\n# 标".utf8)
    bytes += [0xFF]
    bytes += Array("\n\n正文。\n".utf8)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-bad-\(UUID().uuidString).case.md")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect {
      try CaseFormat.open(url)
    } throws: { error in
      (error as? CaseErrors)?.errors.first.map { $0.line == 6 && $0.what == .notUTF8(offset: nil) } ?? false
    }
  }

  @Test("once detached, the case survives its file being truncated on disk")
  func detachedMapping() throws {
    let url = try Self.temporaryFile(Self.bigCaseText(200))
    defer { try? FileManager.default.removeItem(at: url) }
    let (c, source) = try CaseFormat.open(url)
    let expected = try CaseFormat.parse(Self.bigCaseText(200)).sections[150].paragraphs
    #expect(source.detach())
    // Truncating a mapped file makes its pages vanish; detached pages are our own.
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: 0)
    try handle.close()
    #expect(c.sections[150].paragraphs == expected)
  }

  @Test("CR, CRLF and LF line ends, and a byte-order mark, give the same case")
  func lineEnds() throws {
    let text = Self.bigCaseText(5)
    let lf = try CaseFormat.parse(text)
    for variant in [
      text.replacingOccurrences(of: "\n", with: "\r\n"), text.replacingOccurrences(of: "\n", with: "\r"),
      "\u{FEFF}" + text,
    ] {
      let other = try CaseFormat.parse(variant)
      #expect(other.sections.map(\.id) == lf.sections.map(\.id))
      #expect(other.sections.map(\.paragraphs) == lf.sections.map(\.paragraphs))
    }
  }

  // MARK: - The case index

  static func indexDirectory() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-index-\(UUID().uuidString)")
  }

  /// A case file big enough to be indexed (its text and place) and an empty index directory.
  static func indexedCase() throws -> (String, URL, CaseIndex) {
    let text = bigCaseText(600)
    return (text, try temporaryFile(text), CaseIndex(directory: indexDirectory()))
  }

  static func remove(_ url: URL, _ index: CaseIndex) {
    try? FileManager.default.removeItem(at: url)
    try? FileManager.default.removeItem(at: index.directory)
  }

  @Test("a big case file's structure is kept in its index, and the next open reads the index instead of the file")
  func indexIsUsed() throws {
    let (text, url, index) = try Self.indexedCase()
    defer { Self.remove(url, index) }
    #expect(text.utf8.count >= CaseIndex.minimumSize)
    let (first, source) = try CaseFormat.open(url, index: index)
    let stamp = try #require(source.stamp)
    let known = try #require(index.load(stamp, source), "the first open wrote the index")
    #expect(known.sections.count == first.sections.count)
    let (second, _) = try CaseFormat.open(url, index: index)
    #expect(second.id == first.id && second.title == first.title && second.errata == first.errata)
    #expect(second.sections.map(\.id) == first.sections.map(\.id))
    #expect(second.sections.map(\.line) == first.sections.map(\.line))
    #expect(second.sections.map(\.role) == first.sections.map(\.role))
    #expect(second.sections.allSatisfy { !$0.isLoaded })
    let eager = try CaseFormat.parse(text)
    #expect(second.sections.map(\.paragraphs) == eager.sections.map(\.paragraphs))
  }

  @Test(
    "headings read from the index are the file's: backslashes stay backslashes, numbers, titles and roles as written")
  func indexKeepsHeadings() throws {
    var text = Self.bigCaseText(600)
    text = text.replacingOccurrences(of: "## （一）金宏工程", with: #"## （一）路径 C:\temp\new 与 \\ 符号"#)
    let url = try Self.temporaryFile(text)
    let index = CaseIndex(directory: Self.indexDirectory())
    defer { Self.remove(url, index) }
    _ = try CaseFormat.open(url, index: index)
    let (indexed, source) = try CaseFormat.open(url, index: index)
    #expect(index.load(source.stamp!, source) != nil, "the second open read the index")
    let parsed = try CaseFormat.parse(text)
    #expect(indexed.sections[1].title == #"路径 C:\temp\new 与 \\ 符号"#)
    #expect(indexed.sections.map(\.heading) == parsed.sections.map(\.heading))
    #expect(indexed.sections.map(\.id) == parsed.sections.map(\.id))
    #expect(indexed.sections.map(\.level) == parsed.sections.map(\.level))
    #expect(indexed.sections.map(\.role) == parsed.sections.map(\.role))
    #expect(indexed.sections.map(\.hasText) == parsed.sections.map(\.hasText))
  }

  @Test("an index is not used once its file has changed, and is made again")
  func changedFile() throws {
    let (text, url, index) = try Self.indexedCase()
    defer { Self.remove(url, index) }
    _ = try CaseFormat.open(url, index: index)
    // The same size, a new heading: only the stamp (modification time) tells.
    let changed = text.replacingOccurrences(of: "## （一）金宏工程", with: "## （一）金红工程")
    #expect(changed.utf8.count == text.utf8.count && changed != text)
    try Data(changed.utf8).write(to: url)
    let (c, source) = try CaseFormat.open(url, index: index)
    #expect(c.sections[1].title == "金红工程")
    #expect(index.load(source.stamp!, source) != nil, "the index was made again for the new version")
  }

  @Test("a damaged index, or one whose headings are not where it says, is ignored")
  func damagedIndex() throws {
    let (text, url, index) = try Self.indexedCase()
    defer { Self.remove(url, index) }
    let (fresh, source) = try CaseFormat.open(url, index: index)
    let file = URL(fileURLWithPath: index.path(for: url.path))
    let good = try Data(contentsOf: file)
    // The headings' records start after the line `S<tab>count`; the first record's third number is where its line starts.
    let sLine = try #require(good.firstRange(of: Data("\nS\t".utf8)))
    let block = try #require(good[sLine.upperBound...].firstIndex(of: UInt8(ascii: "\n"))) + 1
    var moved = good
    moved[block + 16] &+= 5  // the first heading's line, 5 bytes on: text, not a heading
    var longer = good
    longer.append(0)
    var tooLong = good
    tooLong[block + 6 * 8] = 0xFF  // the first id's length far past the end
    // Garbage, a cut-off file, a heading moved, a byte too many, a length past the end.
    for damaged in [Data("garbage\n".utf8), good.prefix(good.count / 2), moved, longer, tooLong] {
      try damaged.write(to: file)
      #expect(index.load(source.stamp!, source) == nil)
      let (c, _) = try CaseFormat.open(url, index: index)
      #expect(c.sections.map(\.id) == fresh.sections.map(\.id))
    }
    try good.write(to: file)
    #expect(index.load(source.stamp!, source) != nil, "the undamaged index is read")
  }

  @Test("small case files get no index")
  func smallFiles() throws {
    let index = CaseIndex(directory: Self.indexDirectory())
    let url = try Self.temporaryFile(Self.bigCaseText(3))
    defer { try? FileManager.default.removeItem(at: url) }
    _ = try CaseFormat.open(url, index: index)
    #expect(!FileManager.default.fileExists(atPath: index.directory.path))
  }

  @Test("a case named by a relative path is indexed under its absolute path (the working directory from getcwd)")
  func relativePathStamp() {
    #expect(CaseIndex.Stamp.workingDirectory() == FileManager.default.currentDirectoryPath)
    let stamp = CaseIndex.Stamp(path: "a.case.md", stat())
    #expect(stamp.path == FileManager.default.currentDirectoryPath + "/a.case.md")
  }

  @Test("indexes live in XDG_CACHE_HOME, else ~/.cache")
  func indexDirectoryPlace() {
    #expect(
      CaseIndex.standard(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]).directoryPath == "/c/caseroom/index")
    #expect(CaseIndex.standard(environment: ["HOME": "/h"]).directoryPath == "/h/.cache/caseroom/index")
  }
}
