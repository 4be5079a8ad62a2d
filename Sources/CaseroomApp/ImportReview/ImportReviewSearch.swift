import CaseroomEngine

/// `/` in the import review: the words typed on the status row, Enter goes to the next line that contains
/// them (from the line after the cursor, wrapping to the top), and the status row says which of how many
/// lines it is, or that none is; `/` then Enter alone finds the last words again.
extension ImportReview {
  /// A key while the search is typed: a character is added, Backspace takes one off, Enter searches, Esc
  /// (or Ctrl-C) gives up; other keys do nothing.
  mutating func typeSearch(_ key: Key) {
    guard let text = searchText else { return }
    switch key {
    case .char(let c):
      searchText = text + String(c)
    case .paste(let p):
      searchText = text + p.filter { !$0.isNewline }
    case .backspace, .delete:
      searchText = String(text.dropLast())
    case .enter:
      searchText = nil
      let words = text.isEmpty ? lastSearch : text
      guard let words, !words.isEmpty else {
        message = Say.importNoSearch
        return
      }
      lastSearch = words
      find(words)
      return
    case .escape, .ctrl("c"), .ctrl("g"):
      searchText = nil
      message = nil
      return
    default:
      break
    }
    message = Say.importSearchPrompt(ImportReview.visible(searchText ?? ""))
  }

  /// The lines that contain `words` (as shown, Latin letters in either case).
  func lines(containing words: String) -> [Int] {
    let w = words.lowercased()
    return handout.lines.indices.filter { handout.lines[$0].shown.lowercased().contains(w) }
  }

  /// Goes to the next line after the cursor that contains `words`, wrapping to the top; says which it is.
  mutating func find(_ words: String) {
    let found = lines(containing: words)
    guard !found.isEmpty else {
      message = Say.importNotFound(words)
      return
    }
    let next = found.firstIndex { $0 > cursor }
    let n = next ?? 0
    cursor = found[n]
    message =
      next == nil
      ? Say.importFoundWrapped(words, n + 1, of: found.count) : Say.importFound(words, n + 1, of: found.count)
  }
}
