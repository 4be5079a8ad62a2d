import CaseroomEngine

/// Where the workspace's own views (answers, notes, the editor) put things at
/// a terminal size. The reading view has `ReaderState.Geometry`.
struct WorkspaceGeometry: Equatable {
  /// The reader's header bar.
  static let headerRow = 0
  /// A view's title line (本组答案, 本组批注) and the question in the editor.
  static let titleRow = 1
  /// First row of a list.
  static let listTop = 3
  /// Left margin of the editor's text and of the question above it.
  static let textMargin = 2
  /// Terminals at least this tall show up to `maximumQuestionRows` of the question above the editor.
  static let tallRows = 16
  static let maximumQuestionRows = 4
  /// Smaller ones show two rows of it (one below `citationLineMinimumRows`).
  static let smallQuestionRows = 2
  /// Terminals at least this tall list the answer's citations under the editor.
  static let citationLineMinimumRows = 10

  var rows: Int
  var cols: Int
  /// Screen lines the question being edited takes at full length.
  var questionLines = 0

  var statusRow: Int { rows - 1 }
  /// Rows a list has between its top and the status bar.
  var listRows: Int { max(1, statusRow - Self.listTop) }

  /// Rows the question takes above the editor: up to four on tall terminals, two on small ones, one on the
  /// smallest (what is left out ends in …).
  var questionRows: Int {
    let most =
      rows >= Self.tallRows
      ? Self.maximumQuestionRows : rows >= Self.citationLineMinimumRows ? Self.smallQuestionRows : 1
    return max(1, min(most, questionLines))
  }
  /// The line under the question.
  var separatorRow: Int { Self.titleRow + questionRows }
  var editorTop: Int { separatorRow + 1 }
  /// The row that lists the answer's citations, when there is room for one.
  var citationRow: Int? { citationRows > 0 ? statusRow - citationRows : nil }
  /// Rows listing the answer's citations: one on small terminals, up to three on tall ones.
  var citationRows: Int {
    rows >= Self.tallRows ? min(3, max(1, citations)) : rows >= Self.citationLineMinimumRows ? 1 : 0
  }
  /// How many citations the answer being edited has.
  var citations = 0
  /// Rows the editor's text gets (below the question, above the citations line).
  var editorRows: Int { max(1, statusRow - editorTop - citationRows) }
  /// Width the question is wrapped to.
  var questionWidth: Int { max(8, cols - 2 * Self.textMargin) }
  /// Wrap width of the editor's text: no wider than the reader's text.
  var editorWidth: Int { max(8, min(ReaderState.maximumTextWidth, cols - 2 * Self.textMargin)) }

  /// Rows of the note editor in its panel over the text (the panel also
  /// takes a rule, a title and up to two lines of the passage).
  var noteRows: Int { max(1, min(6, rows - 8)) }

  /// The first row of a list to show so that `selected` stays visible (one row of context below it).
  func listFirst(showing selected: Int) -> Int { max(0, selected - listRows + 2) }
}
