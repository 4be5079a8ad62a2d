import CaseroomEngine
import FoundationEssentials

/// A question on a screen of its own, answered with one key: what to do with
/// a damaged session that has a good backup, whether to take over a lock.
/// Each choice is the transition it leads to, as a value (a screen, or an
/// effect such as opening a session, whose result hands over in turn).
public struct ChoiceScreen: Screen {
  public struct Choice {
    public var key: Character
    public var label: String
    public var then: Transition

    public init(key: Character, label: String, then: Transition) {
      self.key = key
      self.label = label
      self.then = then
    }
  }

  public let title: String
  /// What the user must know to choose, one paragraph each.
  public let text: [String]
  public let choices: [Choice]
  /// Paragraphs of `text` that are file paths: cut at the width, never at a
  /// `/`, so that the lines put together give the path back whole.
  public var paths: Set<Int> = []
  public internal(set) var rows = 0
  public internal(set) var cols = 0
  var message: String?

  public init(title: String, text: [String], choices: [Choice]) {
    self.title = title
    self.text = text
    self.choices = choices
  }

  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    switch event {
    case .key(.char(let c)):
      guard let choice = choices.first(where: { $0.key == c }) else {
        message = Say.pressOneOf(choices.map { String($0.key) }.joined(separator: ", "))
        return .stay
      }
      return choice.then
    case .key(.ctrl("c")): return .quit
    case .key: message = Say.pressOneOf(choices.map { String($0.key) }.joined(separator: ", "))
    case .tick, .changed: break
    case .resize(let rows, let cols):
      self.rows = rows
      self.cols = cols
    case .notice(let text): message = text
    case .done(.sessionOpened(let opening, let result)): return opening.start.transition(opening, result)
    case .done: break
    case .terminate: return .quit
    case .suspend: return .stay
    }
    return .stay
  }

  /// The question, its text and its choices; when they do not fit, the
  /// blank lines go first, then the choices' own lines (the status bar keeps
  /// every key, its label clipped only as much as the width needs).
  public func render(into f: inout Frame) {
    guard rows >= ReaderState.minimumRows && cols >= ReaderState.minimumCols else {
      f.put(Say.terminalTooSmall, row: 0, col: 0, style: .notice)
      return
    }
    f.fill(row: 0, style: .header)
    f.put(" " + title, row: 0, col: 0, style: .header)
    let width = max(8, cols - 4)
    let body = text.enumerated().map { i, t in
      paths.contains(i) ? Self.cut(t, width: width) : Layout.lines(t, width: width).map(\.display)
    }
    let style = { (c: Choice) in ParagraphStyle(firstLead: "  \(c.key)  ", restLead: "     ") }
    let listed = choices.map { Layout.lines($0.label, width: width, style: style($0)) }
    let roomy = 2 + body.reduce(0) { $0 + $1.count + 1 } + listed.reduce(0) { $0 + $1.count } <= rows - 1
    var row = roomy ? 2 : 1
    // Crowded: the text's lines back to back, the last that fits ending in … when more is cut.
    let blocks = roomy ? body : [Layout.first(body.flatMap { $0 }, rows: rows - 2, width: width)]
    for lines in blocks {
      for l in lines where row < rows - 1 {
        f.put(l, row: row, col: 2, style: .normal)
        row += 1
      }
      if roomy { row += 1 }
    }
    for (c, lines) in zip(choices, listed) where row + lines.count <= rows - 1 {
      for (i, l) in lines.enumerated() {
        f.put(l.display, row: row, col: 0, style: .normal)
        if i == 0 { f.put(String(c.key), row: row, col: 2, style: .hintKey) }
        row += 1
      }
    }
    f.fill(row: rows - 1, style: .status)
    if let message {
      f.put(" " + message, row: rows - 1, col: 0, style: .status)
    } else {
      f.putHints(Self.hints(choices, fitting: cols - 1), row: rows - 1, col: 1, limit: cols)
    }
  }

  /// A path in lines of `width` columns: cut after a `/` (a line never
  /// holds the leading `/` alone), between characters only where a name is
  /// longer than a line.
  static func cut(_ path: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var used = 0
    // The path's pieces, each ending after its `/` (the first `/` goes with the name after it).
    var pieces: [String] = []
    for c in path {
      line.append(c)
      if c == "/" && line != "/" {
        pieces.append(line)
        line = ""
      }
    }
    if !line.isEmpty { pieces.append(line) }
    line = ""
    /// Starts a new line when `w` more columns would not fit on this one.
    func room(for w: Int) {
      guard used + w > width, !line.isEmpty else { return }
      lines.append(line)
      line = ""
      used = 0
    }
    for piece in pieces {
      room(for: TerminalWidth.columns(piece))
      for c in piece {
        let cw = TerminalWidth.columns(c)
        room(for: cw)
        line.append(c)
        used += cw
      }
    }
    return lines + (line.isEmpty ? [] : [line])
  }

  /// Every choice's key with its label, each label clipped to the widest
  /// that lets all of them fit (at least 6 columns).
  static func hints(_ choices: [Choice], fitting limit: Int) -> [Hint] {
    let widest = choices.map { TerminalWidth.columns($0.label) }.max() ?? 0
    var clip = max(widest, 6)
    func made(_ w: Int) -> [Hint] { choices.map { (String($0.key), Layout.clip($0.label, width: w)) } }
    while clip > 6, made(clip).reduce(0, { $0 + Frame.width($1) }) > limit { clip -= 1 }
    return made(clip)
  }
}
