/// Where the review screens put things at a terminal size.
struct ReviewGeometry: Equatable {
  static let headerRow = 0
  /// The question's first line in the answer and presenter views.
  static let titleRow = 1
  /// The grid's column headings, and its first group.
  static let gridHeadingRow = 2
  static let gridTop = 3
  /// The presentation order's first row, and the files list's.
  static let orderTop = 2
  /// Left margin of the answer view (and the gap between two answers side by side).
  static let margin = 2
  /// Widest an answer is laid out when shown alone.
  static let maximumAnswerWidth = 100
  /// Lines of the question shown above an answer, and above the presenter's text.
  static let answerQuestionRows = 3
  static let presenterQuestionRows = 4
  /// Grid columns after the questions: the group's total, reading progress (`12/17`), the last edit (`✎ 12 分钟前`).
  static let totalWidth = 7
  static let readingWidth = 7
  static let lastEditWidth = 13
  /// The narrowest a question's column gets.
  static let minimumCellWidth = 8
  /// Unusable session files listed under the grid.
  static let problemsShown = 2
  /// The questions' means and totals under the groups.
  static let footerRows = 2
  /// Columns needed for two answers side by side.
  static let sideBySideColumns = 120

  var rows: Int
  var cols: Int
  var questions: Int
  var problems: Int
  /// Screen lines of the question at the presenter's and the answer view's width.
  var presenterQuestionLines = 0
  var answerQuestionLines = 0

  var statusRow: Int { rows - 1 }

  // MARK: Grid

  /// The widest group name in columns (nil: not known, the column as wide as it may be).
  var widestName: Int?
  /// The narrowest the names' column gets (` 小组▲`, ` 平均`).
  static let minimumNameWidth = 10

  /// Width of the group names' column: as wide as the widest name needs
  /// (a space before it, one after), at most a fifth of the screen (20 at
  /// most), so that the questions' cells get the rest.
  var nameWidth: Int {
    let most = min(20, max(Self.minimumNameWidth, cols / 5))
    guard let widestName else { return most }
    return min(most, max(Self.minimumNameWidth, widestName + 3))
  }
  /// Whether the total, reading and last-edit columns fit beside the questions.
  var showsExtras: Bool {
    cols - nameWidth - Self.totalWidth - Self.readingWidth - Self.lastEditWidth
      >= Self.minimumCellWidth * max(1, questions)
  }
  /// Width of one question's column.
  var cellWidth: Int {
    let extras = showsExtras ? Self.totalWidth + Self.readingWidth + Self.lastEditWidth : 0
    return max(Self.minimumCellWidth, (cols - nameWidth - extras) / max(1, questions))
  }
  /// Where the total, reading and last-edit columns start.
  var totalColumn: Int { nameWidth + cellWidth * questions }
  var readingColumn: Int { totalColumn + Self.totalWidth }
  var lastEditColumn: Int { readingColumn + Self.readingWidth }
  /// Problems listed above the status bar, and the footer above them.
  var problemRows: Int { min(Self.problemsShown, problems) }
  var footerTop: Int { statusRow - problemRows - Self.footerRows }
  /// The row after the last group's.
  var gridEnd: Int { footerTop }
  var gridRows: Int { max(1, gridEnd - Self.gridTop) }
  /// The first group shown so that the selected one is on screen.
  func gridFirst(showing selected: Int) -> Int { max(0, selected - gridRows + 1) }

  // MARK: One answer

  var answerQuestionWidth: Int { cols - 2 * Self.margin }
  /// Width of an answer: alone, or each of two side by side.
  func answerWidth(sideBySide: Bool) -> Int {
    sideBySide ? (cols - 3 * Self.margin) / 2 : min(Self.maximumAnswerWidth, cols - 2 * Self.margin)
  }
  /// The group's name above the answer (a blank row between it and the question).
  var answerGroupRow: Int { Self.titleRow + min(Self.answerQuestionRows, answerQuestionLines) + 1 }
  /// Rows of the answer's text (below the group's name and a blank row, above the status bar).
  var answerRows: Int { max(0, rows - answerGroupRow - 3) }

  // MARK: A comment being written

  /// Rows of the comment editor, at the bottom of the answer view.
  var commentRows: Int { max(1, min(6, rows - 10)) }
  var commentWidth: Int { max(8, cols - 2 * Self.margin) }
  /// The comment panel's first row (its rule, then its title, then the editor).
  var commentTop: Int { statusRow - commentRows - 2 }

  // MARK: Presenter

  var presenterMargin: Int { cols >= 100 ? 8 : cols >= 60 ? 4 : 1 }
  /// First row of the presenter's text (below the question and the group's name).
  var presenterTop: Int { Self.titleRow + min(Self.presenterQuestionRows, presenterQuestionLines) + 2 }
  /// Rows of the presenter's text, above its page line.
  var presenterRows: Int { max(1, rows - 2 - presenterTop) }

  // MARK: Help and files

  /// The first row of a list under a title row, and how many rows it has.
  static let listTop = 2
  var listRows: Int { max(1, statusRow - Self.listTop) }
}
