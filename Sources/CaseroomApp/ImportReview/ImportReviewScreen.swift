import CaseroomEngine
import FoundationEssentials

extension ImportReview: Screen {
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    switch event {
    case .key(let key):
      if helpShown {
        let page = max(1, rows - 2)
        switch key {
        case .char("j"), .down: helpTop += 1
        case .char("k"), .up: helpTop -= 1
        case .char(" "), .pageDown: helpTop += page
        case .char("B"), .pageUp: helpTop -= page
        default: helpShown = false
        }
        helpTop = max(0, min(helpTop, helpLines.count - page))
        return .stay
      }
      if wholeShown {
        // The line in full scrolls with j/k/Space/B; any other key goes back.
        let page = max(1, rows - 2)
        switch key {
        case .char("j"), .down: wholeTop += 1
        case .char("k"), .up: wholeTop -= 1
        case .char(" "), .pageDown: wholeTop += page
        case .char("B"), .pageUp: wholeTop -= page
        default: wholeShown = false
        }
        wholeTop = max(0, min(wholeTop, wholeLines.count - page))
        return .stay
      }
      if key == .char("q") && (justWritten || writing != nil) && !dirty {
        // `wq`: the case is written (or being written), so q leaves rather than tag a line.
        if writing == nil { return .quit }
        quitWhenWritten = true
        message = Say.importWriting
        return .stay
      }
      if askingPart {
        askingPart = false
        message = nil
        setPart(key)
        scrollToCursor()
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
        anchor = nil
        message = Say.importUnknownKey
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
      if quitWhenWritten && writing == nil {
        quitWhenWritten = false
        if error == nil && !dirty { return .quit }
      }
      return .stay
    case .done, .suspend:
      return .stay  // nothing is unsaved that a stop would lose but the tags
    case .terminate:
      return .quit
    }
  }
}
