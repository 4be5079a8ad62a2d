import CaseroomEngine
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a Word document (`.docx`, as Word, WPS, LibreOffice or pandoc save
/// it) into the text the importer reads, keeping what copying to text loses:
/// headings by their style or outline level become Markdown headings (`## …`),
/// automatically numbered paragraphs get the number Word shows
/// (`numbering.xml`), tables become rows of tab-separated cells, and
/// footnotes become ①② markers with a 注释 list at the end.
public enum DocxReader {
  /// The most a part may unpack to, and how many times its packed size it may grow past `ratioFrom` bytes:
  /// Word's own XML packs about 10:1; a zip bomb's, 1000:1. Checked on the sizes the archive declares and
  /// again on the bytes as they are unpacked (a header may lie).
  static let partLimit = 256 << 20
  static let ratioLimit = 200
  static let ratioFrom = 8 << 20

  /// Whether `size` unpacked bytes from `packed` is past the limits.
  static func tooLarge(_ size: Int, packed: Int) -> Bool {
    size > partLimit || (size > ratioFrom && size / max(packed, 1) > ratioLimit)
  }

  /// The text of the document at `url`.
  public static func text(of url: URL) throws(ImportError) -> String {
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      // An OLE file (an old .doc, or a .docx with a password), a zip cut off, or no zip at all.
      let head = ImportFormat.head(of: url, count: 8)
      throw .unreadable(
        file: url.path,
        reason: ImportFormat.isCompoundFile(head) ? .oldWordFormat : ImportFormat.isZip(head) ? .damagedZip : .notZip)
    }
    struct PastLimit: Error {}
    func part(_ path: String) throws(ImportError) -> Data? {
      guard let entry = archive[path] else { return nil }
      // Its packed size as declared, but never more than the whole file (a header may lie about both).
      let file = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
      let packed = min(Int(clamping: entry.compressedSize), file ?? Int.max)
      guard !tooLarge(Int(clamping: entry.uncompressedSize), packed: packed) else {
        throw .unreadable(file: url.path, reason: .partTooLarge(path, limit: partLimit))
      }
      var data = Data()
      data.reserveCapacity(Int(entry.uncompressedSize))
      do {
        _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) {
          data.append($0)
          if tooLarge(data.count, packed: packed) { throw PastLimit() }
        }
      } catch is PastLimit {
        throw .unreadable(file: url.path, reason: .partTooLarge(path, limit: partLimit))
      } catch {
        throw .unreadable(file: url.path, reason: .damagedPart(path, detail: "\(error)"))
      }
      // Word never declares a document type: one here brings entities (a billion laughs, a file outside).
      if hasDocumentType(data) { throw .unreadable(file: url.path, reason: .documentType(path)) }
      return data
    }
    guard let document = try part("word/document.xml") else {
      throw .unreadable(file: url.path, reason: .noDocument)
    }
    let styles = try part("word/styles.xml").map(DocxStyles.init(xml:)) ?? DocxStyles()
    let numbering = try part("word/numbering.xml").map(DocxNumbering.init(xml:)) ?? DocxNumbering()
    var notes: [String: String] = [:]
    for (path, kind) in [("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")] {
      guard let xml = try part(path) else { continue }
      for (id, text) in DocxReader.notes(xml, kind: kind) { notes[kind + id] = text }
    }
    let reader = DocumentReader(styles: styles, numbering: numbering, notes: notes)
    let complete = endsWithRoot(document)
    for (n, piece) in pieces(document).enumerated() {
      let parser = XMLParser(data: piece)
      parser.delegate = reader
      // FoundationXML on Linux returns true from a parse that stopped short (its error says so) as from one
      // that recovered from a fault and read on (a stray `<` in the text, kept as libxml2 reads it): a document
      // that does not end with its root's end tag was cut off, and is an error rather than half a text.
      guard parser.parse(), parser.parserError == nil || complete else {
        // libxml2 takes at most 10 MB of text without a tag: a longer run is said as such, not as bad XML.
        let run = longestText(piece)
        if run.bytes > 10_000_000 {
          throw .unreadable(file: url.path, reason: .textTooLong("word/document.xml", characters: run.characters))
        }
        throw .unreadable(file: url.path, reason: .notWellFormed(piece: n + 1, line: parser.lineNumber))
      }
    }
    return reader.finish()
  }

  /// Whether the XML declares a document type (`<!DOCTYPE` in its prolog, before the root element).
  static func hasDocumentType(_ xml: Data) -> Bool {
    xml.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Bool in
      func at(_ i: Int, _ s: String) -> Bool {
        let u = Array(s.utf8)
        return i + u.count <= b.count && (0..<u.count).allSatisfy { b[i + $0] == u[$0] }
      }
      func after(_ i: Int, _ end: String) -> Int {
        var k = i
        while k < b.count && !at(k, end) { k += 1 }
        return k + end.utf8.count
      }
      var i = 0
      while i < b.count {
        if b[i] != 0x3C {
          i += 1
        } else if at(i, "<?") {
          i = after(i + 2, "?>")
        } else if at(i, "<!--") {
          i = after(i + 4, "-->")
        } else {
          return at(i, "<!DOCTYPE")
        }
      }
      return false
    }
  }

  /// The longest stretch of the XML between tags (no `<` or `>`): its bytes and its characters.
  static func longestText(_ xml: Data) -> (bytes: Int, characters: Int) {
    xml.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
      var best = (bytes: 0, characters: 0)
      var run = (bytes: 0, characters: 0)
      for byte in b {
        if byte == 0x3C || byte == 0x3E {
          if run.bytes > best.bytes { best = run }
          run = (0, 0)
        } else {
          run.bytes += 1
          if byte & 0xC0 != 0x80 { run.characters += 1 }
        }
      }
      return run.bytes > best.bytes ? run : best
    }
  }

  /// Whether the XML ends with the document's end tag (`</w:document>`, blanks after it allowed).
  static func endsWithRoot(_ xml: Data) -> Bool {
    var end = xml.endIndex
    while end > xml.startIndex, [0x20, 0x0A, 0x0D, 0x09].contains(xml[end - 1]) { end -= 1 }
    let tag = Data("</w:document>".utf8)
    return end - xml.startIndex >= tag.count && xml[(end - tag.count)..<end] == tag
  }

  /// The document's XML in pieces libxml2 accepts: it refuses more than
  /// 10 MB in one go without its "huge" option, which Foundation's parser does
  /// not set, so a 20 MB document is cut after a paragraph (`</w:p>`) outside
  /// any table, content control or text box (whose paragraphs sit inside
  /// another) every 4 MB, each piece wrapped in the document's own root
  /// element (its namespaces) and `<w:body>`. Linear.
  static func pieces(_ xml: Data, size: Int = 4_000_000) -> [Data] {
    guard xml.count > size else { return [xml] }
    return xml.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> [Data] in
      let n = b.count
      func matches(_ s: [UInt8], at i: Int) -> Bool {
        guard i + s.count <= n else { return false }
        for k in 0..<s.count where b[i + k] != s[k] { return false }
        return true
      }
      let root = Array("<w:document".utf8)
      let body = Array("<w:body>".utf8)
      // The elements holding paragraphs that a cut must not fall inside.
      let opens = ["tbl", "sdt", "txbxContent"].flatMap { [Array("<w:\($0)>".utf8), Array("<w:\($0) ".utf8)] }
      let closes = ["tbl", "sdt", "txbxContent"].map { Array("</w:\($0)>".utf8) }
      let paragraphClose = Array("</w:p>".utf8)
      // The root's start tag, and where the body's content starts.
      var i = 0
      while i < n && !matches(root, at: i) { i += 1 }
      var e = i
      while e < n && b[e] != 0x3E { e += 1 }
      guard e < n else { return [xml] }
      let rootTag = Data(b[i...e])
      var j = e
      while j < n && !matches(body, at: j) { j += 1 }
      guard j < n else { return [xml] }
      let closing = Data("</w:body></w:document>".utf8)
      var out: [Data] = []
      var start = 0
      var depth = 0
      var k = j + body.count
      while k < n {
        if b[k] == 0x3C {
          if opens.contains(where: { matches($0, at: k) }) {
            depth += 1
          } else if closes.contains(where: { matches($0, at: k) }) {
            depth -= 1
          } else if depth == 0 && matches(paragraphClose, at: k) && k + paragraphClose.count - start >= size {
            let cut = k + paragraphClose.count
            var piece = out.isEmpty ? Data() : rootTag + Data("<w:body>".utf8)
            piece.append(contentsOf: b[start..<cut])
            piece.append(closing)
            out.append(piece)
            start = cut
            k = cut
            continue
          }
        }
        k += 1
      }
      var last = out.isEmpty ? Data() : rootTag + Data("<w:body>".utf8)
      last.append(contentsOf: b[start..<n])
      out.append(last)
      return out
    }
  }

  /// The footnotes' or endnotes' (`kind`) texts by id (the separators Word keeps as notes -1 and 0 left out).
  static func notes(_ xml: Data, kind: String) -> [String: String] {
    let reader = NotesReader()
    reader.element = "w:" + kind
    let parser = XMLParser(data: xml)
    parser.delegate = reader
    _ = parser.parse()
    return reader.notes
  }

  private final class NotesReader: NSObject, XMLParserDelegate {
    var notes: [String: String] = [:]
    var element = "w:footnote"
    var id: String?
    var text = ""
    var inText = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      if name == element {
        id = attributes["w:type"] == nil || attributes["w:type"] == "normal" ? attributes["w:id"] : nil
        text = ""
      } else if name == "w:t" {
        inText = true
      } else if name == "w:p" && !text.isEmpty {
        text += " "  // a note of several paragraphs: one line
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "w:t" { inText = false }
      if name == element, let id {
        let t = text.trimmingBlanks()
        if !t.isEmpty { notes[id] = String(t) }
        self.id = nil
      }
    }
  }

  /// A document whose headings are set by hand in larger fonts (no heading style anywhere): the sizes above
  /// the body's (the one most characters are set in), on short paragraphs holding a small share of the
  /// text, rank as heading levels, largest first, marked as a heading style's are (`# …`); the largest at
  /// the top, once, is the title and stays as it is.
  static func marked(_ out: String, _ plain: [(offset: Int, size: Int, characters: Int)]) -> String {
    var characters: [Int: Int] = [:]
    for p in plain { characters[p.size, default: 0] += p.characters }
    guard let body = characters.max(by: { $0.value < $1.value })?.key else { return out }
    let all = characters.values.reduce(0, +)
    var counts: [Int: Int] = [:]
    for p in plain where p.size * 100 >= body * 110 && p.characters <= 40 { counts[p.size, default: 0] += p.characters }
    var sizes = counts.filter { $0.value * 4 <= all }.keys.sorted(by: >)
    var skip: Int?
    let bytes = Array(out.utf8)
    // The title: the largest size, once, on the first paragraph, or on the second or third under short plain
    // paragraphs alone (a course's name set over it): those go above it in a front matter (`TitleFirst`).
    var above = 0
    if let top = sizes.first, plain.filter({ $0.size == top }).count == 1,
      let t = plain.firstIndex(where: { $0.size == top }), t < 3
    {
      let before = bytes[..<plain[t].offset].split(separator: 0x0A)
      if t == 0 || (plain[0].offset == 0 && before.count == t && plain[..<t].allSatisfy { $0.characters <= 60 }) {
        sizes.removeFirst()
        skip = plain[t].offset
        above = t
      }
    }
    guard !sizes.isEmpty, sizes.count <= 4 else { return TitleFirst.written(out, above: above) }
    var marked: [UInt8] = []
    marked.reserveCapacity(bytes.count + 64)
    var from = 0
    for p in plain.dropFirst(above) where p.offset != skip && p.characters <= 40 {
      guard let level = sizes.firstIndex(of: p.size) else { continue }
      marked += bytes[from..<p.offset]
      marked += Array(repeating: UInt8(ascii: "#"), count: level + 1) + [UInt8(ascii: " ")]
      from = p.offset
    }
    marked += bytes[from...]
    return TitleFirst.written(String(decoding: marked, as: UTF8.self), above: above)
  }

  /// Streams `word/document.xml` into lines.
  private final class DocumentReader: NSObject, XMLParserDelegate {
    let styles: DocxStyles
    var numbering: DocxNumbering
    let notes: [String: String]
    var out = ""
    // The paragraph being read.
    var text = ""
    var style: String?
    var numId: String?
    var ilvl = 0
    var outline: Int?
    var inText = false
    var inProperties = 0
    var skipping = 0
    /// Paragraphs open (a text box's paragraphs sit inside a paragraph's run) and the outer ones' state.
    var open: [(text: String, style: String?, numId: String?, ilvl: Int, outline: Int?)] = []
    var depth = 0
    /// Hidden text (`w:vanish` on the run), a content control showing its placeholder (`w:showingPlcHdr`).
    var hidden = false
    var placeholder = false
    // Tables: the rows read of the table being read, the cells of its row, the paragraphs of its cell, the
    // depth of nested tables (a nested table's paragraphs are its outer cell's).
    var tableDepth = 0
    var rows: [[[String]]] = []
    /// Whether the table's first row is its header (`w:tblHeader`: repeated at the top of each page).
    var header = false
    var cells: [[String]] = []
    var cell: [String] = []
    /// Vertically merged cells (`w:vMerge`): the grid column the cell starts at, how many it spans
    /// (`w:gridSpan`), whether it goes on the merged cell above, and the last cell of each grid column.
    var column = 0
    var span = 1
    var continues = false
    var above: [Int: [String]] = [:]
    /// Whether the last paragraph written was the title (Word's Title style): a Subtitle right after it is its subtitle.
    var afterTitle = false
    var noteOrder: [String] = []
    // Font sizes set by hand (`w:sz` on a run): the paragraph's characters by size, the run's size.
    var inRun = 0
    var runSize: Int?
    var sizes: [Int: Int] = [:]
    var unsized = 0
    /// The plain paragraphs written: where each starts in `out` (UTF-8), its size and its length.
    var plain: [(offset: Int, size: Int, characters: Int)] = []
    var styledHeadings = false
    /// How many paragraphs the text holds while it holds only short plain ones of a line each (lines over a title).
    var shortLines = 0
    /// While a table is read: the text before it, how many plain paragraphs it had, and whether it had a heading.
    var outside: (out: String, plain: Int, styled: Bool) = ("", 0, false)

    init(styles: DocxStyles, numbering: DocxNumbering, notes: [String: String]) {
      self.styles = styles
      self.numbering = numbering
      self.notes = notes
      out.reserveCapacity(1 << 16)
    }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      if skipping > 0 {
        skipping += 1
        return
      }
      switch name {
      case "w:t", "m:t": inText = true
      case "w:tab", "w:ptab": if inProperties == 0 && !hidden { text += "\t" }
      case "w:br", "w:cr": if attributes["w:type"] == nil || attributes["w:type"] == "textWrapping" { text += "\n" }
      case "w:noBreakHyphen": if !hidden { text += "-" }
      case "w:sym":
        // A symbol's character, unless it is one of a symbol font's (Wingdings' private-use codes: no text).
        if !hidden, let c = attributes["w:char"].flatMap({ UInt32($0, radix: 16) }), c < 0xE000 || c > 0xF8FF,
          let u = Unicode.Scalar(c)
        {
          text.unicodeScalars.append(u)
        }
      case "w:vanish", "w:specVanish":
        if inRun > 0 && inProperties > 0 && attributes["w:val"] != "0" && attributes["w:val"] != "false" {
          hidden = true
        }
      case "w:showingPlcHdr": placeholder = true
      case "w:tblHeader":
        if tableDepth == 1 && rows.isEmpty && attributes["w:val"] != "0" && attributes["w:val"] != "false" {
          header = true
        }
      case "w:sdtContent":
        if placeholder { skipping = 1 }
        placeholder = false
      case "w:p":
        if depth > 0 { open.append((text, style, numId, ilvl, outline)) }
        depth += 1
        text = ""
        sizes = [:]
        unsized = 0
        style = nil
        numId = nil
        ilvl = 0
        outline = nil
      case "w:pPr", "w:rPr", "w:sectPr", "w:tblPr", "w:trPr", "w:tcPr": inProperties += 1
      case "w:pStyle": style = attributes["w:val"]
      case "w:r":
        inRun += 1
        runSize = nil
        hidden = false
      case "w:sz": if inRun > 0 && inProperties > 0 { runSize = attributes["w:val"].flatMap { Int($0) } }
      case "w:numId": numId = attributes["w:val"]
      case "w:ilvl": ilvl = attributes["w:val"].flatMap { Int($0) } ?? 0
      case "w:outlineLvl": outline = attributes["w:val"].flatMap { Int($0) }
      case "w:footnoteReference", "w:endnoteReference":
        if let id = attributes["w:id"].map({ (name == "w:footnoteReference" ? "footnote" : "endnote") + $0 }),
          notes[id] != nil
        {
          noteOrder.append(id)
          text += DocxNumbering.render(noteOrder.count, "decimalEnclosedCircle")
        }
      // Text Word keeps twice (a text box's fallback drawing), does not show (deleted or moved away text, a
      // field's code) or shows over the text (a ruby's pronunciation guide over its base).
      case "mc:Fallback", "w:del", "w:moveFrom", "w:instrText", "w:delText", "w:rt": skipping = 1
      case "w:tbl":
        tableDepth += 1
        if tableDepth == 1 {
          rows = []
          header = false
          above = [:]
          // The table's paragraphs are written as the document's too, aside, until it is known what the table is.
          outside = (out, plain.count, styledHeadings)
          out = ""
        }
      case "w:tr":
        if tableDepth == 1 {
          cells = []
          column = 0
        }
      case "w:tc":
        if tableDepth == 1 {
          cell = []
          span = 1
          continues = false
        }
      case "w:gridSpan": if tableDepth == 1 { span = max(1, attributes["w:val"].flatMap { Int($0) } ?? 1) }
      case "w:vMerge":
        if tableDepth == 1 { continues = attributes["w:val"] == nil || attributes["w:val"] == "continue" }
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText && skipping == 0 && !hidden {
        text += string
        let n = string.unicodeScalars.count
        if let runSize { sizes[runSize, default: 0] += n } else { unsized += n }
      }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if skipping > 0 {
        skipping -= 1
        return
      }
      switch name {
      case "w:t", "m:t": inText = false
      case "w:r":
        inRun -= 1
        hidden = false
      case "w:pPr", "w:rPr", "w:sectPr", "w:tblPr", "w:trPr", "w:tcPr": inProperties -= 1
      case "w:p":
        endParagraph()
        depth -= 1
        if depth > 0, let outer = open.popLast() {
          (text, style, numId, ilvl, outline) = outer
        }
      case "w:tc":
        if tableDepth == 1 {
          // A cell merged with the one above is read in each row it spans: its text again.
          if continues && cell.isEmpty { cell = above[column] ?? [] }
          above[column] = cell
          cells.append(cell)
          column += span
        }
      case "w:tr":
        if tableDepth == 1 && cells.contains(where: { !$0.isEmpty }) { rows.append(cells) }
      case "w:tbl":
        tableDepth -= 1
        if tableDepth == 0 {
          let table = DocxTable(rows: rows, header: header)
          var (before, mark, styled) = outside
          outside = ("", 0, false)
          if table.isLayout {
            // Its paragraphs as the text's own, cell by cell: where each plain one starts moves by the text before.
            let shift = before.utf8.count
            for k in mark..<plain.count { plain[k].offset += shift }
            before += out
          } else {
            plain.removeSubrange(mark...)
            styledHeadings = styled
            before += table.text
          }
          out = before
          afterTitle = false
        }
      default: break
      }
    }

    func endParagraph() {
      var line = text.trimmingBlanks()
      let level = style.flatMap(styles.headingLevel) ?? outline.flatMap { $0 < 9 ? $0 + 1 : nil }
      var list = numId.map { ($0, ilvl) }
      if list == nil, let style, let n = styles.numbering(style) { list = n }
      // A heading ends the lists above it: the next list under it starts at 1 again (as a teacher means it,
      // though Word goes on counting a list style used all through the document).
      if tableDepth == 0 && (level != nil || style.map(styles.isTitle) == true) { numbering.restart(except: list?.0) }
      if let (id, k) = list, let label = numbering.next(numId: id, ilvl: k), !line.isEmpty {
        line =
          label == "-" ? "- " + line : label + (label.last.map { $0.isLetter || $0.isNumber } == true ? " " : "") + line
      }
      if tableDepth > 0 {
        // A paragraph in a cell: one of the cell's paragraphs (a line break in it a blank), with its list number;
        // written as a paragraph of the text too, kept if the table only lays out its cells.
        if !line.isEmpty { cell.append(String(line.map { $0 == "\n" || $0 == "\t" ? " " : $0 })) }
      }
      if line.isEmpty {
        out += "\n"
        return
      }
      let title = afterTitle
      afterTitle = false
      let linesOver = shortLines
      // (At most 60 characters, counted no further than the 61st: a paragraph of thousands is not walked.)
      let short =
        level == nil && list == nil && line.dropFirst(60).isEmpty && !line.contains("\n") && tableDepth == 0
      shortLines = short && shortLines >= 0 && !(style.map(styles.isTitle) ?? false) ? shortLines + 1 : -1
      if let style, styles.isTitle(style) {
        // Word's Title under one to three short plain paragraphs and nothing else (a course's name, a date): the
        // title first, those lines over it in a front matter (`TitleFirst`).
        let over = out.split(separator: "\n")
        if !over.isEmpty, over.count == linesOver, over.count <= 3, tableDepth == 0 {
          out = TitleFirst.written(out + line + "\n\n", above: over.count)
          plain = []
        } else {
          out += line + "\n\n"
        }
        afterTitle = true
      } else if title, let style, styles.isSubtitle(style) {
        // Word's Subtitle right under the title: written as a subtitle's line is (`——…`), whatever its words
        // (an English subtitle is longer than a short line the importer would guess to be one).
        out += (line.hasPrefix("—") ? "" : "——") + String(line.map { $0 == "\n" ? " " : $0 }) + "\n\n"
      } else if let level {
        styledHeadings = true
        out += String(repeating: "#", count: min(level, 6)) + " " + String(line.map { $0 == "\n" ? " " : $0 }) + "\n\n"
      } else {
        // The size most of its characters are set in (by hand, else by its style).
        if unsized > 0, let s = styles.size(style) { sizes[s, default: 0] += unsized }
        if list == nil, let size = sizes.max(by: { $0.value < $1.value })?.key {
          plain.append((out.utf8.count, size, line.unicodeScalars.count))
        }
        out += line + "\n\n"
      }
    }

    func finish() -> String {
      if !styledHeadings { out = DocxReader.marked(out, plain) }
      if !noteOrder.isEmpty {
        out += "注释\n\n"
        for (n, id) in noteOrder.enumerated() {
          out += DocxNumbering.render(n + 1, "decimalEnclosedCircle") + (notes[id] ?? "") + "\n\n"
        }
      }
      return out
    }
  }
}
