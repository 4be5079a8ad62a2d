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

  public func render(into f: inout Frame) {
    guard rows >= ReaderState.minimumRows && cols >= ReaderState.minimumCols else {
      f.put(Say.terminalTooSmall, row: 0, col: 0, style: .notice)
      return
    }
    f.fill(row: 0, style: .header)
    f.put(" " + title, row: 0, col: 0, style: .header)
    let width = max(8, cols - 4)
    var row = 2
    for paragraph in text {
      for l in Layout.lines(paragraph, width: width) where row < rows - 2 {
        f.put(l.display, row: row, col: 2, style: .normal)
        row += 1
      }
      row += 1
    }
    for c in choices where row < rows - 1 {
      let style = ParagraphStyle(firstLead: "  \(c.key)  ", restLead: "     ")
      for (i, l) in Layout.lines(c.label, width: width, style: style).enumerated() where row < rows - 1 {
        f.put(l.display, row: row, col: 0, style: .normal)
        if i == 0 { f.put(String(c.key), row: row, col: 2, style: .hintKey) }
        row += 1
      }
    }
    f.fill(row: rows - 1, style: .status)
    if let message {
      f.put(" " + message, row: rows - 1, col: 0, style: .status)
    } else {
      f.putHints(choices.map { (String($0.key), Layout.clip($0.label, width: 12)) }, row: rows - 1, col: 1, limit: cols)
    }
  }
}
