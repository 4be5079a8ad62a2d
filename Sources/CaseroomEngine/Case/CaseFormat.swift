import Foundation
import Yams

/// The case file format (`.case.md`): Markdown-like text with a YAML header.
///
/// ```
/// ---
/// format: caseroom.case/1
/// id: twelve-golden-projects
/// title: 中国十二金工程
/// errata:
///   - section: golden-insurance
///     was: 会融卡
///     now: 金融卡
/// ---
///
/// # 一、教学目的 {#objectives}
///
/// 1. 了解中国电子政务的发展历程。
///
/// # 二、案例内容
///
/// ## （一）金宏工程 {#golden-macro}
///
/// “金宏工程”（即宏观经济管理信息系统）作为……
/// ```
///
/// - `#` starts a top-level part, `##` a subsection, and so on. `{#id}` gives
///   the section a stable id, `{role=questions}` overrides the role guessed
///   from the heading name.
/// - Paragraphs are separated by blank lines; the lines of one paragraph are
///   joined (without a space between Chinese characters).
/// - `1. ` (or `1．`, `1、`) and `- ` start list items: objectives, questions
///   and class-plan steps are written as items.
/// - `<!-- … -->` is a comment; a line starting with `\` is taken literally.
///
/// See `docs/CASE-FORMAT.md` for the full description.
public enum CaseFormat {
  /// The format's name and version, written in the header.
  public static let formatName = "caseroom.case/1"
  /// The file name extension of case files.
  public static let fileExtension = "case.md"

  /// Reads a case file. `file` names it in error messages.
  /// Throws `CaseErrors` listing every problem found.
  public static func parse(_ text: String, file: String = "<case>") throws -> Case {
    var parser = CaseParser(text: text, file: file)
    return try parser.run()
  }

  /// Reads a case file from disk.
  public static func load(_ url: URL) throws -> Case {
    let text = try TextFile.read(url)
    return try parse(text, file: url.path)
  }
}

/// The parser behind `CaseFormat.parse`: one pass over the lines.
struct CaseParser {
  let lines: [Substring]
  let file: String
  var errors: [CaseError] = []

  init(text: String, file: String) {
    var t = text
    if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
    self.lines = t.fastLines()
    self.file = file
  }

  mutating func fail(_ line: Int, _ message: String) {
    errors.append(CaseError(file: file, line: line, message))
  }

  struct Header {
    var id: String?
    var title: String?
    var subtitle: String?
    var source: String?
    var errata: [(Erratum, Int)] = []
    /// False when the header is missing or is not valid YAML (its other errors would be noise).
    var readable = true
  }

  mutating func run() throws -> Case {
    var index = 0
    let header = parseHeader(&index)
    var sections: [Section] = []
    var pending: [String] = []  // lines of the paragraph being read
    var pendingLabel: String?
    var pendingLine = 0
    var inComment = false
    var levelStack: [(level: Int, role: Role)] = []
    var counters: [Int] = []
    var seenIds: [String: Int] = [:]

    func joinLines(_ parts: [String]) -> String {
      var out = ""
      for part in parts {
        if let last = out.last, let first = part.first,
          TerminalWidth.columns(last) < 2 && TerminalWidth.columns(first) < 2
        {
          out += " "
        }
        out += part
      }
      return out
    }

    func flush(_ me: inout CaseParser) {
      defer {
        pending = []
        pendingLabel = nil
      }
      guard !pending.isEmpty else { return }
      let text = joinLines(pending)
      guard !sections.isEmpty else {
        me.fail(pendingLine, "text before the first heading; start the case with a '#' heading")
        return
      }
      sections[sections.count - 1].paragraphs.append(Paragraph(text, label: pendingLabel, line: pendingLine))
    }

    while index < lines.count {
      let lineNo = index + 1
      var raw = String(lines[index])
      index += 1
      if inComment {
        if let end = raw.range(of: "-->") {
          inComment = false
          raw = String(raw[end.upperBound...])
          if raw.trimmingBlanks().isEmpty { continue }
        } else {
          continue
        }
      }
      var line = raw.trimmingBlanks()
      if line.hasPrefix("<!--") {
        if let end = line.range(of: "-->") {
          line = line[end.upperBound...].trimmingBlanks()
          if line.isEmpty { continue }
        } else {
          inComment = true
          continue
        }
      }
      if line.isEmpty {
        flush(&self)
        continue
      }
      if line.hasPrefix("\\") {
        if pending.isEmpty { pendingLine = lineNo }
        pending.append(String(line.dropFirst()))
        continue
      }
      if line.hasPrefix("#") {
        flush(&self)
        let hashes = line.prefix { $0 == "#" }.count
        let afterHashes = line.dropFirst(hashes)
        guard afterHashes.first == " " || afterHashes.first == "\t" || afterHashes.isEmpty else {
          pending = [line]
          pendingLine = lineNo
          continue
        }
        var text = afterHashes.trimmingBlanks()
        var explicitId: String?
        var explicitRole: Role?
        if text.hasSuffix("}"), let open = text.lastIndex(of: "{") {
          let attrs = text[text.index(after: open)..<text.index(before: text.endIndex)]
          text = text[..<open].trimmingBlanks()
          for attr in attrs.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if attr.hasPrefix("#") {
              let id = String(attr.dropFirst())
              if CaseParser.isValidId(id) {
                explicitId = id
              } else {
                fail(lineNo, "invalid section id '\(id)': use letters, digits, '-', '_' or '.'")
              }
            } else if attr.hasPrefix("role=") {
              let name = String(attr.dropFirst(5))
              if let role = Role(rawValue: name) {
                explicitRole = role
              } else {
                fail(
                  lineNo,
                  "unknown role '\(name)': expected one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))"
                )
              }
            } else {
              fail(lineNo, "unknown heading attribute '\(attr)': expected {#id} or {role=…}")
            }
          }
        }
        let level = hashes
        if text.isEmpty {
          fail(lineNo, "heading without a title")
          text = "?"
        }
        let parentLevel = levelStack.last?.level ?? 0
        if level > parentLevel + 1 {
          fail(
            lineNo,
            "heading level \(level) under level \(parentLevel): use \(String(repeating: "#", count: parentLevel + 1))")
        }
        while let last = levelStack.last, last.level >= level { levelStack.removeLast() }
        // Positional numbering for default ids.
        let depth = levelStack.count
        if counters.count > depth + 1 { counters.removeLast(counters.count - depth - 1) }
        while counters.count < depth + 1 { counters.append(0) }
        counters[depth] += 1
        let (number, title) = HeadingNumber.split(text)
        let role = explicitRole ?? Role.recognise(title) ?? levelStack.last?.role ?? .content
        levelStack.append((level, role))
        let id = explicitId ?? "s" + counters.map(String.init).joined(separator: "-")
        if let first = seenIds[id] {
          fail(lineNo, "duplicate section id '\(id)' (first used on line \(first))")
        }
        seenIds[id] = lineNo
        sections.append(
          Section(
            id: id, number: number, title: title.isEmpty ? text : title, level: depth + 1, role: role,
            line: lineNo))
        continue
      }
      if let (label, rest) = CaseParser.itemStart(line) {
        flush(&self)
        pendingLabel = label
        pendingLine = lineNo
        if !rest.isEmpty { pending.append(rest) }
        if pending.isEmpty { pending.append("") }
        continue
      }
      if pending.isEmpty { pendingLine = lineNo }
      pending.append(line)
    }
    flush(&self)
    if inComment { fail(lines.count, "comment '<!--' is never closed with '-->'") }

    if header.readable && header.id == nil { fail(1, "the header has no 'id'") }
    if header.readable && header.title == nil { fail(1, "the header has no 'title'") }
    if sections.isEmpty && errors.isEmpty { fail(0, "the case has no sections ('#' headings)") }
    var errata: [Erratum] = []
    for (erratum, line) in header.errata {
      guard let section = sections.first(where: { $0.id == erratum.section }) else {
        fail(line, "erratum refers to unknown section '\(erratum.section)'")
        continue
      }
      let text = section.paragraphs.map(\.text).joined() + section.title
      if text.utf8Offset(of: erratum.now) == nil {
        fail(line, "erratum '\(erratum.was)' → '\(erratum.now)': the corrected text is not in section '\(section.id)'")
      }
      errata.append(erratum)
    }
    if !errors.isEmpty { throw CaseErrors(errors: errors) }
    return Case(
      id: header.id!, title: header.title!, subtitle: header.subtitle, source: header.source,
      errata: errata, sections: sections)
  }

  /// An item line: `1. text`, `1．text`, `1、text`, `（1）text`, `(1) text`,
  /// `①text`, `- text`. Returns the marker as written (`•` for `-`/`*`) and the text.
  static func itemStart(_ line: String) -> (String, String)? {
    if line.hasPrefix("- ") || line.hasPrefix("* ") {
      return ("•", line.dropFirst(2).trimmingBlanks())
    }
    if let first = line.first, HeadingNumber.value(ofCircled: first) != nil {
      return (String(first), line.dropFirst().trimmingBlanks())
    }
    var rest = Substring(line)
    var open: Character?
    if let c = rest.first, c == "（" || c == "(" {
      open = c
      rest = rest.dropFirst()
    }
    var digits = ""
    while let c = rest.first, c.isASCII, c.isNumber, digits.count < 4 {
      digits.append(c)
      rest = rest.dropFirst()
    }
    guard !digits.isEmpty, let marker = rest.first else { return nil }
    let after = rest.dropFirst()
    if let open {
      guard marker == (open == "（" ? "）" : ")") else { return nil }
    } else {
      switch marker {
      case ".":
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
      case "．", "、":
        if let next = after.first, next.isASCII && next.isNumber { return nil }
      default:
        return nil
      }
    }
    let label = String(line[line.startIndex..<after.startIndex])
    return (label, after.trimmingBlanks())
  }

  static func isValidId(_ id: String) -> Bool {
    !id.isEmpty && id.count <= 100
      && id.unicodeScalars.allSatisfy {
        CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == "."
      }
  }

  /// Reads the `---` YAML header, leaving `index` on the first body line.
  mutating func parseHeader(_ index: inout Int) -> Header {
    var header = Header()
    while index < lines.count && lines[index].trimmingBlanks().isEmpty { index += 1 }
    guard index < lines.count, lines[index].trimmingBlanks() == "---" else {
      fail(index < lines.count ? index + 1 : 1, "a case file starts with a '---' header (id, title); none found")
      header.readable = false
      return header
    }
    let start = index + 1
    var end = start
    while end < lines.count && lines[end].trimmingBlanks() != "---" { end += 1 }
    guard end < lines.count else {
      fail(index + 1, "the '---' header is never closed with a second '---' line")
      index = lines.count
      header.readable = false
      return header
    }
    index = end + 1
    let yaml = lines[start..<end].joined(separator: "\n")
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml, .basic)
    } catch let error as YamlError {
      let (line, message) = CaseParser.describe(error)
      fail(start + line, "header: \(message)")
      header.readable = false
      return header
    } catch {
      fail(start, "header: \(error)")
      return header
    }
    guard let node else { return header }
    guard let mapping = node.mapping else {
      fail(start + 1, "header: expected 'key: value' lines")
      return header
    }
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      let line = start + (keyNode.mark?.line ?? 1)
      switch key {
      case "format":
        if value.string != CaseFormat.formatName {
          fail(line, "unsupported format '\(value.string ?? "?")': this version reads \(CaseFormat.formatName)")
        }
      case "id":
        if let s = value.string, CaseParser.isValidId(s) {
          header.id = s
        } else {
          fail(line, "'id' must be letters, digits, '-', '_' or '.'")
        }
      case "title":
        if let s = value.string, !s.isEmpty { header.title = s } else { fail(line, "'title' must be text") }
      case "subtitle": header.subtitle = value.string
      case "source": header.source = value.string
      case "errata":
        guard let seq = value.sequence else {
          fail(line, "'errata' must be a list")
          continue
        }
        for item in seq {
          let itemLine = start + (item.mark?.line ?? 1)
          guard let m = item.mapping, let section = m["section"]?.string, let was = m["was"]?.string,
            let now = m["now"]?.string
          else {
            fail(itemLine, "each erratum needs 'section', 'was' and 'now'")
            continue
          }
          header.errata.append((Erratum(section: section, was: was, now: now, note: m["note"]?.string), itemLine))
        }
      default:
        fail(line, "unknown header key '\(key)': expected format, id, title, subtitle, source, errata")
      }
    }
    return header
  }

  static func describe(_ error: YamlError) -> (Int, String) {
    switch error {
    case .scanner(_, let problem, let mark, _): return (mark.line, problem)
    case .parser(_, let problem, let mark, _): return (mark.line, problem)
    case .composer(_, let problem, let mark, _): return (mark.line, problem)
    default: return (1, "\(error)")
    }
  }
}
