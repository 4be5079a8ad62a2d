/// The YAML of a case's `---` header: the part of YAML a header is written
/// in, read without a YAML library (Yams brings Foundation's ICU into the
/// binary). Block mappings and sequences, plain, quoted and block (`|`, `>`)
/// scalars, flow collections (`[a, b]`, `{a: b}`) and comments. Every scalar
/// is text, as the header's keys want it. Anchors, aliases, tags and
/// directives are refused with the line where they are.
public enum HeaderYAML {
  public indirect enum Node: Sendable, Equatable {
    case scalar(String, line: Int)
    case mapping([Pair], line: Int)
    case sequence([Node], line: Int)

    /// The 1-based line of the header where the node starts.
    public var line: Int {
      switch self {
      case .scalar(_, let l), .mapping(_, let l), .sequence(_, let l): l
      }
    }
    /// The text of a scalar; nil for a collection.
    public var string: String? {
      if case .scalar(let s, _) = self { s } else { nil }
    }
    /// The pairs of a mapping; nil for anything else.
    public var mapping: [Pair]? {
      if case .mapping(let p, _) = self { p } else { nil }
    }
    /// The items of a sequence; nil for anything else.
    public var sequence: [Node]? {
      if case .sequence(let s, _) = self { s } else { nil }
    }
    /// The value of a mapping's key.
    public subscript(key: String) -> Node? { mapping?.first { $0.key == key }?.value }
  }

  public struct Pair: Sendable, Equatable {
    public var key: String
    /// The 1-based line of the key.
    public var line: Int
    public var value: Node
  }

  /// What is wrong with a header, as a value (the app words it).
  public enum Problem: Sendable, Equatable {
    /// A line after the header that belongs to nothing above it (its indentation).
    case strayLine
    /// A tab indents the line (YAML is indented with spaces).
    case tabIndent
    /// A YAML directive (`%`).
    case directive
    /// A line indented more than the keys above it.
    case indentedPastKeys
    /// A line indented more than the list items above it.
    case indentedPastItems
    /// A list item where a `key: value` line was expected.
    case listItemAmongKeys
    /// A line that is not `key: value` among keys.
    case notKeyValue
    /// A key given twice.
    case keyTwice(String)
    /// A `key: value` line inside a text value.
    case keyInText
    /// `: ` inside a text value that is not quoted.
    case colonInText
    /// Text after a closing quote.
    case textAfterQuote
    /// A quote never closed.
    case quoteNotClosed
    /// After `|` or `>` (the indicator) something other than `-`, `+` or a digit.
    case blockIndicator(String)
    /// Text after a closing bracket.
    case textAfterBracket
    /// A `[` or `{` never closed.
    case bracketNotClosed(String)
    /// An anchor, alias or tag (`&`, `*`, `!`).
    case anchorOrTag(String)
    /// A `\x`, `\u` or `\U` escape without its hex digits.
    case badEscape(String)
    /// A backslash escape YAML does not have.
    case unknownEscape(String)
    /// In a flow list (`]`) or mapping (`}`), something other than `,` or the closing bracket.
    case flowSeparator(closing: String, found: String)
    /// A key in `{ }` that is not text.
    case flowKeyNotText
  }

  public struct Failure: Error, Sendable, Equatable {
    /// The 1-based line of the header (where an unclosed quote or bracket opens).
    public var line: Int
    /// The 1-based column (in Unicode scalars) of the line, or 0 for the whole line.
    public var column: Int
    public var problem: Problem
  }

  /// The header's lines as one node; nil when there is nothing but blanks and comments.
  public static func parse(_ lines: [String]) throws(Failure) -> Node? {
    var reader = Reader(lines: lines)
    reader.skipBlank()
    guard reader.i < reader.lines.count else { return nil }
    let node = try reader.block(minIndent: 0)
    reader.skipBlank()
    if reader.i < reader.lines.count {
      throw reader.fail(reader.i, .strayLine, at: reader.indent(reader.i) ?? 0)
    }
    return node
  }

  /// Text as Unicode scalars: YAML's structure (`: `, `- `, quotes, `#`) is
  /// in scalars, and a combining mark after a space must not hide the space.
  private typealias Text = Substring.UnicodeScalarView

  private static func string(_ t: Text) -> String { String(Substring(t)) }

  private static func starts(_ t: Text, _ prefix: String) -> Bool { t.starts(with: prefix.unicodeScalars) }

  private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\r" }

  private struct Reader {
    var lines: [String]
    var i = 0

    init(lines: [String]) { self.lines = lines }

    // MARK: Lines

    /// Spaces before the text of a line; nil for a blank or comment-only line.
    func indent(_ k: Int) -> Int? {
      var n = 0
      for c in lines[k].unicodeScalars {
        if c == " " {
          n += 1
        } else if c == "#" || c == "\r" {
          return nil
        } else {
          return n
        }
      }
      return nil
    }

    /// The line's scalars after its indentation.
    func content(_ k: Int) -> Text { lines[k].unicodeScalars[...].drop { $0 == " " } }

    /// The line's scalars from a column (counted in scalars).
    func scalars(_ k: Int, from column: Int) -> Text { lines[k].unicodeScalars.dropFirst(column) }

    /// The column (in scalars) where `t`, a tail of line `k`, starts.
    func column(_ k: Int, of t: Text) -> Int { lines[k].unicodeScalars.count - t.count }

    mutating func skipBlank() {
      while i < lines.count && indent(i) == nil { i += 1 }
    }

    /// The problem at line `k` (0-based), `at` scalars into it (nil: the whole line).
    func fail(_ k: Int, _ problem: Problem, at offset: Int? = nil) -> Failure {
      Failure(line: k + 1, column: offset.map { $0 + 1 } ?? 0, problem: problem)
    }

    static func isSequenceItem(_ t: Text) -> Bool {
      guard t.first == "-" else { return false }
      let next = t.dropFirst().first
      return next == nil || next == " " || next == "\t"
    }

    // MARK: Blocks

    /// The node that starts on line `i`, indented at least `minIndent`.
    mutating func block(minIndent: Int) throws(Failure) -> Node {
      guard let n = indent(i), n >= minIndent else { return .scalar("", line: i + 1) }
      let text = content(i)
      if text.first == "\t" { throw fail(i, .tabIndent, at: n) }
      if text.first == "%" { throw fail(i, .directive, at: n) }
      if Self.isSequenceItem(text) { return try sequence(indent: n) }
      if try keyAndRest(text, i) != nil { return try mapping(indent: n) }
      let k = i
      return try value(text, line: k, parentIndent: minIndent - 1)
    }

    mutating func mapping(indent n: Int) throws(Failure) -> Node {
      let first = i
      var pairs: [Pair] = []
      while true {
        skipBlank()
        guard i < lines.count, let m = indent(i), m >= n else { break }
        if m > n { throw fail(i, .indentedPastKeys, at: m) }
        let text = content(i)
        if Self.isSequenceItem(text) { throw fail(i, .listItemAmongKeys, at: m) }
        guard let (key, rest) = try keyAndRest(text, i) else {
          throw fail(i, .notKeyValue, at: m)
        }
        if pairs.contains(where: { $0.key == key }) { throw fail(i, .keyTwice(key), at: m) }
        let k = i
        let v = try value(rest, line: k, parentIndent: n, sequenceMayShareIndent: true)
        pairs.append(Pair(key: key, line: k + 1, value: v))
      }
      return .mapping(pairs, line: first + 1)
    }

    mutating func sequence(indent n: Int) throws(Failure) -> Node {
      let first = i
      var items: [Node] = []
      while true {
        skipBlank()
        guard i < lines.count, let m = indent(i), m >= n else { break }
        if m > n { throw fail(i, .indentedPastItems, at: m) }
        let text = content(i)
        guard Self.isSequenceItem(text) else { break }
        let rest = text.dropFirst().drop { $0 == " " || $0 == "\t" }
        if rest.isEmpty || rest.first == "#" {
          let k = i
          i += 1
          skipBlank()
          if i < lines.count, let next = indent(i), next > n {
            items.append(try block(minIndent: n + 1))
          } else {
            items.append(.scalar("", line: k + 1))
          }
          continue
        }
        // The item's own text starts a block of its own at its column:
        // `- section: x` begins a mapping whose keys line up with `section`.
        let c = column(i, of: rest)
        lines[i] = String(repeating: " ", count: c) + string(rest)
        items.append(try block(minIndent: c))
      }
      return .sequence(items, line: first + 1)
    }

    // MARK: Keys

    /// `key: rest` (or `key:` at the end of the line), the key unquoted; nil when the text is no key.
    func keyAndRest(_ text: Text, _ k: Int) throws(Failure) -> (String, Text)? {
      if let q = text.first, q == "\"" || q == "'" {
        var scan = Quoted(text: text, quote: q)
        guard let (key, after) = scan.single() else { return nil }
        let rest = after.drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        let value = rest.dropFirst()
        guard value.isEmpty || value.first == " " || value.first == "\t" else { return nil }
        if let e = scan.error { throw fail(k, e, at: column(k, of: text)) }
        return (key, value)
      }
      if text.first == "[" || text.first == "{" { return nil }
      var previous: Unicode.Scalar = " "
      var index = text.startIndex
      while index < text.endIndex {
        let c = text[index]
        if c == "#" && (previous == " " || previous == "\t") { return nil }
        if c == ":" {
          let after = text.index(after: index)
          if after == text.endIndex || text[after] == " " || text[after] == "\t" {
            let key = HeaderYAML.string(text[..<index]).trimmingScalars { $0 == " " || $0 == "\t" }
            return (key, text[after...])
          }
        }
        previous = c
        index = text.index(after: index)
      }
      return nil
    }

    // MARK: Values

    /// The value after a key or list item on line `k` (`rest`, maybe empty,
    /// and the lines below it that are indented more than `parentIndent`).
    mutating func value(
      _ rest: Text, line k: Int, parentIndent n: Int, sequenceMayShareIndent: Bool = false
    ) throws(Failure) -> Node {
      let text = rest.drop { $0 == " " || $0 == "\t" }
      guard let first = text.first, first != "#" else {
        i = k + 1
        skipBlank()
        if i < lines.count, let next = indent(i) {
          if next > n { return try block(minIndent: n + 1) }
          if next == n && sequenceMayShareIndent && Self.isSequenceItem(content(i)) { return try sequence(indent: n) }
        }
        return .scalar("", line: k + 1)
      }
      switch first {
      case "&", "*", "!":
        throw fail(k, .anchorOrTag(String(first)), at: column(k, of: text))
      case "|", ">":
        return try blockScalar(text, line: k, parentIndent: n)
      case "\"", "'":
        return try quoted(line: k, column: column(k, of: text))
      case "[", "{":
        return try flow(line: k, column: column(k, of: text))
      default:
        return try plain(text, line: k, parentIndent: n)
      }
    }

    /// A plain scalar, folded over the more-indented lines that follow it.
    mutating func plain(_ text: Text, line k: Int, parentIndent n: Int) throws(Failure) -> Node {
      var parts = [try plainLine(text, k)]
      i = k + 1
      var breaks = 0
      while i < lines.count {
        guard let m = indent(i) else {
          if lines[i].unicodeScalars.allSatisfy({ $0 == " " || $0 == "\r" }) { breaks += 1 }
          i += 1
          continue
        }
        guard m > n else { break }
        let more = content(i)
        if try keyAndRest(more, i) != nil {
          throw fail(i, .keyInText, at: column(i, of: more))
        }
        let piece = try plainLine(more, i)
        parts.append(breaks > 0 ? String(repeating: "\n", count: breaks) + piece : " " + piece)
        breaks = 0
        i += 1
      }
      return .scalar(parts.joined(), line: k + 1)
    }

    /// One line of a plain scalar, without a trailing comment.
    func plainLine(_ text: Text, _ k: Int) throws(Failure) -> String {
      var end = text.endIndex
      var previous: Unicode.Scalar = " "
      var index = text.startIndex
      while index < text.endIndex {
        let c = text[index]
        if c == "#" && (previous == " " || previous == "\t") {
          end = index
          break
        }
        if c == ":" {
          let after = text.index(after: index)
          if after == text.endIndex || text[after] == " " || text[after] == "\t" {
            throw fail(k, .colonInText, at: column(k, of: text[index...]))
          }
        }
        previous = c
        index = text.index(after: index)
      }
      return HeaderYAML.string(text[..<end]).trimmingScalars(HeaderYAML.isBlank)
    }

    /// A quoted scalar starting at `column` of line `k`, over as many lines as it takes.
    mutating func quoted(line k: Int, column: Int) throws(Failure) -> Node {
      var text = HeaderYAML.string(scalars(k, from: column))
      var j = k
      while true {
        let q = text.unicodeScalars.first!
        var scan = Quoted(text: text.unicodeScalars[...], quote: q)
        if let (value, after) = scan.single() {
          if let e = scan.error { throw fail(k, e, at: column) }
          let tail = after.drop(while: HeaderYAML.isBlank)
          guard tail.isEmpty || tail.first == "#" else {
            throw fail(j, .textAfterQuote, at: lines[j].unicodeScalars.count - tail.count)
          }
          i = j + 1
          return .scalar(value, line: k + 1)
        }
        if let e = scan.error { throw fail(k, e, at: column) }
        // Not closed on this line: YAML folds the line break into the text.
        j += 1
        guard j < lines.count else { throw fail(k, .quoteNotClosed, at: column) }
        text += "\n" + lines[j]
      }
    }

    /// A `|` (lines kept) or `>` (lines folded) block scalar.
    mutating func blockScalar(_ head: Text, line k: Int, parentIndent n: Int) throws(Failure) -> Node {
      let literal = head.first == "|"
      var keep = false
      var strip = false
      var explicit: Int?
      for c in head.dropFirst().prefix(while: { $0 != " " && $0 != "#" && $0 != "\t" && $0 != "\r" }) {
        switch c {
        case "-": strip = true
        case "+": keep = true
        case "1"..."9": explicit = Int(c.value - 0x30)
        default: throw fail(k, .blockIndicator(String(head.first!)), at: column(k, of: head))
        }
      }
      var body: [String] = []
      var blockIndent = explicit.map { max(n, 0) + $0 }
      i = k + 1
      while i < lines.count {
        let line = lines[i].unicodeScalars
        let spaces = line.prefix { $0 == " " }.count
        if line.dropFirst(spaces).allSatisfy({ $0 == "\r" }) {
          body.append("")
          i += 1
          continue
        }
        if blockIndent == nil { blockIndent = spaces }
        guard let b = blockIndent, spaces >= b, spaces > n else { break }
        body.append(HeaderYAML.string(line.dropFirst(b)).trimmingScalars { $0 == "\r" })
        i += 1
      }
      // Blank lines after the block belong to what follows unless kept.
      var trailing = 0
      while let last = body.last, last.isEmpty {
        body.removeLast()
        trailing += 1
      }
      var text: String
      if literal {
        text = body.joined(separator: "\n")
      } else {
        text = ""
        var previousBlank = true
        for line in body {
          if line.isEmpty {
            text += "\n"
            previousBlank = true
          } else {
            if !previousBlank && !text.isEmpty && !text.hasSuffix("\n") { text += " " }
            text += line
            previousBlank = false
          }
        }
      }
      if !body.isEmpty && !strip { text += keep ? String(repeating: "\n", count: trailing + 1) : "\n" }
      return .scalar(text, line: k + 1)
    }

    /// A flow collection from `column` of line `k`, over as many lines as it takes.
    mutating func flow(line k: Int, column: Int) throws(Failure) -> Node {
      var text = Array(scalars(k, from: column))
      var j = k
      while true {
        var scan = Flow(text: text, line: k + 1)
        switch scan.node() {
        case .success(let node):
          let tail = scan.text[scan.at...].drop { HeaderYAML.isBlank($0) || $0 == "\n" }
          guard tail.isEmpty || tail.first == "#" else {
            throw fail(j, .textAfterBracket, at: lines[j].unicodeScalars.count - tail.count)
          }
          i = j + 1
          return node
        case .failure(let f) where f.unclosed:
          j += 1
          guard j < lines.count else { throw fail(k, .bracketNotClosed(String(text.first!)), at: column) }
          text += ["\n"] + Array(lines[j].unicodeScalars)
        case .failure(let f):
          throw fail(k, f.problem ?? .bracketNotClosed(String(text.first!)), at: column)
        }
      }
    }
  }

  /// A quoted scalar on text that starts with its quote.
  private struct Quoted {
    let text: Text
    let quote: Unicode.Scalar
    var error: Problem?

    init(text: Text, quote: Unicode.Scalar) {
      self.text = text
      self.quote = quote
    }

    /// The unquoted text and what follows the closing quote; nil when it is not closed.
    mutating func single() -> (String, Text)? {
      var out = String.UnicodeScalarView()
      var index = text.index(after: text.startIndex)
      var pendingBreaks = 0
      var atLineStart = false
      while index < text.endIndex {
        let c = text[index]
        if c == "\n" {
          // Folding: trailing blanks go, a break is a space, an empty line a break.
          while let last = out.last, last == " " || last == "\t" || last == "\r" { out.removeLast() }
          pendingBreaks += 1
          atLineStart = true
          index = text.index(after: index)
          continue
        }
        if atLineStart {
          if HeaderYAML.isBlank(c) {
            index = text.index(after: index)
            continue
          }
          if pendingBreaks == 1 {
            out.append(" ")
          } else {
            out.append(contentsOf: String(repeating: "\n", count: pendingBreaks - 1).unicodeScalars)
          }
          pendingBreaks = 0
          atLineStart = false
        }
        if c == quote {
          let after = text.index(after: index)
          if quote == "'" && after < text.endIndex && text[after] == "'" {
            out.append("'")
            index = text.index(after: after)
            continue
          }
          return (String(out), text[after...])
        }
        if c == "\\" && quote == "\"" {
          guard escape(&index, into: &out) else { return nil }
          continue
        }
        out.append(c)
        index = text.index(after: index)
      }
      return nil
    }

    /// The one-letter escapes of double quotes and what each stands for.
    static let escapes: [Unicode.Scalar: Unicode.Scalar] = [
      "n": "\n", "t": "\t", "\t": "\t", "r": "\r", "0": "\0", "b": "\u{8}", "f": "\u{C}", "e": "\u{1B}",
      "a": "\u{7}", "v": "\u{B}", " ": " ", "/": "/", "\\": "\\", "\"": "\"", "N": "\u{85}", "_": "\u{A0}",
    ]

    /// The escape whose backslash is at `index`, added to `out`; `index` is
    /// left after it. False when the text ends there or a hex escape is bad.
    mutating func escape(_ index: inout Text.Index, into out: inout String.UnicodeScalarView) -> Bool {
      index = text.index(after: index)
      guard index < text.endIndex else { return false }
      let e = text[index]
      if let plain = Self.escapes[e] {
        out.append(plain)
      } else if e == "\n" {
        // An escaped line break joins the lines with nothing between.
        index = text.index(after: index)
        while index < text.endIndex, text[index] == " " || text[index] == "\t" { index = text.index(after: index) }
        return true
      } else if e == "x" || e == "u" || e == "U" {
        let count = e == "x" ? 2 : e == "u" ? 4 : 8
        let digits = HeaderYAML.string(text[text.index(after: index)...].prefix(count))
        guard digits.unicodeScalars.count == count, let v = UInt32(digits, radix: 16), let s = Unicode.Scalar(v)
        else {
          error = error ?? .badEscape(String(e))
          return false
        }
        out.append(s)
        index = text.index(index, offsetBy: count)
      } else {
        error = error ?? .unknownEscape(String(e))
      }
      index = text.index(after: index)
      return true
    }
  }

  /// A flow collection (`[a, "b"]`, `{k: v}`) on its text.
  private struct Flow {
    struct Problem: Error {
      /// What is wrong; nil when the text ran out.
      var problem: HeaderYAML.Problem?
      /// The text ran out: more lines may close it.
      var unclosed: Bool { problem == nil }
    }

    let text: [Unicode.Scalar]
    let line: Int
    var at = 0

    init(text: [Unicode.Scalar], line: Int) {
      self.text = text
      self.line = line
    }

    static let unclosed = Problem(problem: nil)

    mutating func skip() {
      while at < text.count {
        if HeaderYAML.isBlank(text[at]) || text[at] == "\n" {
          at += 1
        } else if text[at] == "#" && (at == 0 || text[at - 1] == " " || text[at - 1] == "\n") {
          while at < text.count && text[at] != "\n" { at += 1 }
        } else {
          break
        }
      }
    }

    /// The node at `at`: a list, a mapping, a quoted or a plain scalar.
    mutating func node() -> Result<Node, Problem> {
      skip()
      guard at < text.count else { return .failure(Self.unclosed) }
      switch text[at] {
      case "[": return list()
      case "{": return mapping()
      case "\"", "'": return quoted()
      case "&", "*", "!":
        return .failure(Problem(problem: .anchorOrTag(String(text[at]))))
      default: return .success(.scalar(plain(), line: line))
      }
    }

    /// `[a, b]`, from its `[`.
    mutating func list() -> Result<Node, Problem> {
      at += 1
      var items: [Node] = []
      while true {
        skip()
        guard at < text.count else { return .failure(Self.unclosed) }
        if text[at] == "]" {
          at += 1
          return .success(.sequence(items, line: line))
        }
        switch node() {
        case .success(let n): items.append(n)
        case .failure(let p): return .failure(p)
        }
        skip()
        guard at < text.count else { return .failure(Self.unclosed) }
        if text[at] == "," {
          at += 1
        } else if text[at] != "]" {
          return .failure(Problem(problem: .flowSeparator(closing: "]", found: String(text[at]))))
        }
      }
    }

    /// `{k: v, …}`, from its `{`.
    mutating func mapping() -> Result<Node, Problem> {
      at += 1
      var pairs: [Pair] = []
      while true {
        skip()
        guard at < text.count else { return .failure(Self.unclosed) }
        if text[at] == "}" {
          at += 1
          return .success(.mapping(pairs, line: line))
        }
        let key: String
        switch node() {
        case .success(let n):
          guard let s = n.string else {
            return .failure(Problem(problem: .flowKeyNotText))
          }
          key = s
        case .failure(let p): return .failure(p)
        }
        skip()
        guard at < text.count else { return .failure(Self.unclosed) }
        var value = Node.scalar("", line: line)
        if text[at] == ":" {
          at += 1
          switch node() {
          case .success(let n): value = n
          case .failure(let p): return .failure(p)
          }
          skip()
        }
        pairs.append(Pair(key: key, line: line, value: value))
        guard at < text.count else { return .failure(Self.unclosed) }
        if text[at] == "," {
          at += 1
        } else if text[at] != "}" {
          return .failure(Problem(problem: .flowSeparator(closing: "}", found: String(text[at]))))
        }
      }
    }

    /// A quoted scalar, from its quote.
    mutating func quoted() -> Result<Node, Problem> {
      let rest = String(String.UnicodeScalarView(text[at...]))
      var scan = Quoted(text: rest.unicodeScalars[...], quote: text[at])
      guard let (value, after) = scan.single() else {
        if let e = scan.error { return .failure(Problem(problem: e)) }
        return .failure(Self.unclosed)
      }
      if let e = scan.error { return .failure(Problem(problem: e)) }
      at = text.count - after.count
      return .success(.scalar(value, line: line))
    }

    /// A plain scalar: up to a comma, a bracket, `: ` or a comment; its lines joined by a space.
    mutating func plain() -> String {
      let start = at
      while at < text.count {
        let c = text[at]
        if c == "," || c == "]" || c == "}" || c == "[" || c == "{" { break }
        if c == ":" && (at + 1 == text.count || " \t\n,]}".unicodeScalars.contains(text[at + 1])) { break }
        if c == "#" && at > start && (text[at - 1] == " " || text[at - 1] == "\n") { break }
        at += 1
      }
      let words = String(String.UnicodeScalarView(text[start..<at])).split(whereSeparator: {
        $0 == "\n" || $0 == "\r"
      })
      .map { $0.trimmingScalars { $0 == " " || $0 == "\t" } }.joined(separator: " ")
      return words
    }
  }
}
