/// Where JSON text first goes wrong, for messages that name a line: the JSON
/// decoder only says that the data is not valid JSON. A strict RFC 8259
/// scan, with nesting limited to 512 levels as decoders do.
public enum JSONSyntax {
  public struct Problem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line and column (in bytes) of the fault.
    public var line: Int
    public var column: Int
    /// What is wrong there (`unexpected ']'`, `the text ends before the JSON does`).
    public var what: String
    public var description: String { "\(what) at line \(line), column \(column)" }

    public init(line: Int, column: Int, what: String) {
      self.line = line
      self.column = column
      self.what = what
    }
  }

  /// The first fault in `bytes`, or nil when they are one valid JSON value.
  public static func problem<C: Collection>(in bytes: C) -> Problem? where C.Element == UInt8 {
    var scan = Scan(bytes: Array(bytes))
    return scan.document()
  }

  private struct Scan {
    let bytes: [UInt8]
    var i = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func document() -> Problem? {
      skipSpace()
      if let p = value(depth: 0) { return p }
      skipSpace()
      return i < bytes.count ? fault("unexpected \(shown(bytes[i])) after the end of the JSON") : nil
    }

    func fault(_ what: String) -> Problem {
      var line = 1
      var lineStart = 0
      for k in 0..<min(i, bytes.count) where bytes[k] == 0x0A {
        line += 1
        lineStart = k + 1
      }
      return Problem(line: line, column: i - lineStart + 1, what: what)
    }

    func shown(_ b: UInt8) -> String {
      b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x" + String(b, radix: 16)
    }

    var ended: Problem { fault("the text ends before the JSON does") }

    mutating func skipSpace() {
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func value(depth: Int) -> Problem? {
      guard i < bytes.count else { return ended }
      guard depth < 512 else { return fault("nested too deeply") }
      switch bytes[i] {
      case UInt8(ascii: "{"): return object(depth: depth)
      case UInt8(ascii: "["): return array(depth: depth)
      case UInt8(ascii: "\""): return string()
      case UInt8(ascii: "t"): return word("true")
      case UInt8(ascii: "f"): return word("false")
      case UInt8(ascii: "n"): return word("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
      default: return fault("unexpected \(shown(bytes[i]))")
      }
    }

    mutating func object(depth: Int) -> Problem? {
      i += 1
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return nil
      }
      while true {
        skipSpace()
        guard i < bytes.count else { return ended }
        guard bytes[i] == UInt8(ascii: "\"") else { return fault("expected a key in quotes, found \(shown(bytes[i]))") }
        if let p = string() { return p }
        skipSpace()
        guard i < bytes.count else { return ended }
        guard bytes[i] == UInt8(ascii: ":") else { return fault("expected ':', found \(shown(bytes[i]))") }
        i += 1
        skipSpace()
        if let p = value(depth: depth + 1) { return p }
        skipSpace()
        guard i < bytes.count else { return ended }
        if bytes[i] == UInt8(ascii: "}") {
          i += 1
          return nil
        }
        guard bytes[i] == UInt8(ascii: ",") else { return fault("expected ',' or '}', found \(shown(bytes[i]))") }
        i += 1
      }
    }

    mutating func array(depth: Int) -> Problem? {
      i += 1
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return nil
      }
      while true {
        skipSpace()
        if let p = value(depth: depth + 1) { return p }
        skipSpace()
        guard i < bytes.count else { return ended }
        if bytes[i] == UInt8(ascii: "]") {
          i += 1
          return nil
        }
        guard bytes[i] == UInt8(ascii: ",") else { return fault("expected ',' or ']', found \(shown(bytes[i]))") }
        i += 1
      }
    }

    mutating func string() -> Problem? {
      i += 1
      while i < bytes.count {
        let b = bytes[i]
        if b == UInt8(ascii: "\"") {
          i += 1
          return nil
        }
        if b < 0x20 { return fault("a control character inside a string") }
        if b == UInt8(ascii: "\\") {
          i += 1
          guard i < bytes.count else { return ended }
          switch bytes[i] {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            i += 1
          case UInt8(ascii: "u"):
            for _ in 0..<4 {
              i += 1
              guard i < bytes.count else { return ended }
              guard isHexDigit(bytes[i]) else { return fault("a bad \\u escape") }
            }
            i += 1
          default: return fault("a bad escape \\\(shown(bytes[i]))")
          }
          continue
        }
        i += 1
      }
      return ended
    }

    func isHexDigit(_ b: UInt8) -> Bool {
      (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    mutating func word(_ w: String) -> Problem? {
      for c in w.utf8 {
        guard i < bytes.count else { return ended }
        guard bytes[i] == c else { return fault("unexpected \(shown(bytes[i]))") }
        i += 1
      }
      return nil
    }

    mutating func number() -> Problem? {
      func digits(_ scan: inout Scan) -> Int {
        let start = scan.i
        while scan.i < scan.bytes.count, (0x30...0x39).contains(scan.bytes[scan.i]) { scan.i += 1 }
        return scan.i - start
      }
      if bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard i < bytes.count else { return ended }
      if bytes[i] == UInt8(ascii: "0") {
        i += 1
      } else if digits(&self) == 0 {
        return fault("unexpected \(shown(bytes[i])) in a number")
      }
      if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
        i += 1
        guard i < bytes.count else { return ended }
        if digits(&self) == 0 { return fault("a number without digits after '.'") }
      }
      if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
        i += 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count else { return ended }
        if digits(&self) == 0 { return fault("a number without digits in its exponent") }
      }
      return nil
    }
  }
}
