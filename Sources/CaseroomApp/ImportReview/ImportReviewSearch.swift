import CaseroomEngine

/// `/` in the import review: the words typed on the status row, Enter goes to the next line that contains
/// them (from the line after the cursor, wrapping to the top), and the status row says which of how many
/// lines it is, or that none is; `/` then Enter alone finds the last words again. Words are found as the
/// reader finds them (full-width and half-width forms, Latin case).
extension ImportReview {
  /// A key while the search is typed: a character is added, Backspace takes one off (with none left, gives up),
  /// Enter searches, Esc (or Ctrl-C) gives up; other keys do nothing.
  mutating func typeSearch(_ key: Key) {
    guard let text = searchText else { return }
    switch key {
    case .char(let c):
      searchText = String((text + String(c)).prefix(ImportReview.longestSearch))
    case .paste(let p):
      // A paste is the words up to its first line break (a whole page pasted is not a search).
      let line = p.prefix { !$0.isNewline }.prefix(ImportReview.longestSearch)
      searchText = String((text + line).prefix(ImportReview.longestSearch))
    case .pasteRefused:
      // A paste over the limit (a whole file): nothing is added, and the status row says why.
      message = EditorNotice.pasteRefused
      return
    case .backspace, .delete:
      // Past the first character, as in vi, Backspace gives up the search.
      guard !text.isEmpty else {
        searchText = nil
        message = nil
        return
      }
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

  /// The characters of `text` (by index) inside a match of the last search, found as `lines(containing:)` finds.
  func searchMarks(_ text: String) -> Set<Int> {
    guard let words = lastSearch, searchText == nil else { return [] }
    let ranges = CaseSearch.ranges(of: words, in: text)
    guard !ranges.isEmpty else { return [] }
    var marks: Set<Int> = []
    var scalar = 0
    for (k, ch) in text.enumerated() {
      let n = ch.unicodeScalars.count
      if ranges.contains(where: { $0.overlaps(scalar..<(scalar + n)) }) { marks.insert(k) }
      scalar += n
    }
    return marks
  }

  /// `N`: the last search again, the other way (up from the cursor, wrapping to the bottom).
  mutating func findBack() {
    guard let words = lastSearch else {
      message = Say.importNoSearch
      return
    }
    find(words, backward: true)
  }

  /// The most characters a search keeps (a line of a hand-out is rarely longer).
  static let longestSearch = 200

  /// The lines that contain `words` as shown, found as the reader's search finds (`CaseSearch`: full-width and
  /// half-width forms and Latin case folded, `1.` finds `1．`).
  func lines(containing words: String) -> [Int] {
    handout.lines.indices.filter { !CaseSearch.ranges(of: words, in: shown($0)).isEmpty }
  }

  /// Goes to the next line after the cursor that contains `words`, wrapping to the top (`backward`: the line
  /// before it, wrapping to the bottom); says which it is.
  mutating func find(_ words: String, backward: Bool = false) {
    let found = lines(containing: words)
    guard !found.isEmpty else {
      message = Say.importNotFound(words)
      return
    }
    let next = backward ? found.lastIndex { $0 < cursor } : found.firstIndex { $0 > cursor }
    let n = next ?? (backward ? found.count - 1 : 0)
    cursor = found[n]
    message =
      next == nil
      ? (backward
        ? Say.importFoundWrappedBack(words, n + 1, of: found.count)
        : Say.importFoundWrapped(words, n + 1, of: found.count))
      : Say.importFound(words, n + 1, of: found.count)
  }
}
