import CaseroomEngine
import FoundationEssentials

extension ImportReview: Screen {
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    switch event {
    case .key(let key):
      // Help, the outline over the screen and the line in full scroll with j/k/Space/B; any other key goes back.
      // Too small to show anything but `终端太小`: no key acts unseen but Q (and Ctrl-C) to leave, which asks
      // as ever when changes are unwritten.
      if rows < ImportReview.minimumRows || cols < ImportReview.minimumCols {
        guard key == .char("Q") || key == .ctrl("c") else { return .stay }
        return key == .ctrl("c") ? escape(key) : apply(.quit)
      }
      if helpShown {
        helpShown = ImportReview.scroll(&helpTop, by: key, page: max(1, rows - 2), lines: helpLines.count)
        return .stay
      }
      if outlineShown {
        outlineShown = ImportReview.scroll(
          &outlineScreenTop, by: key, page: max(1, rows - 2), lines: outlineScreenLines.count)
        return .stay
      }
      if wholeShown {
        wholeShown = ImportReview.scroll(&wholeTop, by: key, page: max(1, rows - 2), lines: wholeLines.count)
        return .stay
      }
      if writing != nil && handout == savingHandout && anchor == nil && count == nil && !askingPart
        && Keymap.action(for: key, in: Keymap.importReview) == .quit
      {
        // `w` then `Q` while the write runs: leave when it is done (nothing then is left unwritten).
        // `q` keeps its meaning, a question, after a write as before.
        quitWhenWritten = true
        message = Say.importWriting
        return .stay
      }
      if searchText != nil {
        typeSearch(key)
        scrollToCursor()
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
        quitAsked = false
        message = nil
        return .stay
      }
      if key == .escape || key == .ctrl("c") { return escape(key) }
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

extension ImportReview {
  /// Esc or Ctrl-C with nothing to cancel: never leaves unwritten changes (only `Q` discards them, asked
  /// twice). Esc cancels a `Q` asked (as it cancels everything else) and says how to leave; Ctrl-C leaves a
  /// screen with nothing unwritten, and else asks as `Q` does, so that `Q` then leaves.
  /// (A lone Esc may be the first byte of an arrow key split by a slow link: it must never end the screen.)
  mutating func escape(_ key: Key) -> Transition {
    if key == .ctrl("c") && !dirty && writing == nil { return .quit }
    quitAsked = key == .ctrl("c") && dirty
    message =
      !dirty ? Say.importEscapeHint : key == .escape ? Say.importUnwrittenEscapeCancelled : Say.importUnwrittenEscape
    return .stay
  }

  /// Scrolls a page over the whole screen by a key (j/k/Space/B and the arrows); false for any other key,
  /// which closes it. A page that fits has nothing to scroll: every key closes it, as its status row says
  /// (`任意键返回`).
  static func scroll(_ top: inout Int, by key: Key, page: Int, lines: Int) -> Bool {
    guard lines > page else { return false }
    switch key {
    case .char("j"), .down: top += 1
    case .char("k"), .up: top -= 1
    case .char(" "), .pageDown: top += page
    case .char("B"), .pageUp: top -= page
    default: return false
    }
    top = max(0, min(top, lines - page))
    return true
  }
}
