import CaseroomEngine
import FoundationEssentials

extension ImportReview: Screen {
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    switch event {
    case .key(let key):
      if helpShown {
        switch key {
        case .char("j"), .down: helpTop += 1
        case .char("k"), .up: helpTop = max(0, helpTop - 1)
        case .char(" "), .pageDown: helpTop += max(1, rows - 2)
        default: helpShown = false
        }
        return .stay
      }
      if wholeShown {
        wholeShown = false
        return .stay
      }
      if askingPart {
        askingPart = false
        message = nil
        setPart(key)
        return .stay
      }
      if case .char(let c) = key, c.isASCII, let d = c.wholeNumberValue, d > 0 || count != nil {
        count = min(9999, (count ?? 0) * 10 + d)
        message = Say.importCount(count!)
        return .stay
      }
      if (anchor != nil || count != nil) && key == .escape {
        anchor = nil
        count = nil
        message = nil
        return .stay
      }
      guard let action = Keymap.action(for: key, in: Keymap.importReview) else {
        count = nil
        if case .char = key { message = Say.importUnknownKey }
        return .stay
      }
      let n = count
      count = nil
      return apply(action, count: n)
    case .tick, .changed: return .stay
    case .resize(let rows, let cols):
      self.rows = rows
      self.cols = cols
      scrollToCursor()
      return .stay
    case .notice(let text):
      message = text
      return .stay
    case .done(.caseWritten(let job, let error)):
      written(job, error: error.map(Say.commandError))
      return .stay
    case .done, .suspend:
      return .stay  // nothing is unsaved that a stop would lose but the tags
    case .terminate:
      return .quit
    }
  }
}
