/// A row of the answers view: a question, or one of its citations.
public enum AnswerRow: Equatable, Sendable {
  case question(Int)
  case citation(Int, Int)
}

extension Workspace {
  /// The rows of the answers view.
  public var answerRows: [AnswerRow] {
    var out: [AnswerRow] = []
    for (i, a) in session.answers.enumerated() {
      out.append(.question(i))
      for j in a.citations.indices { out.append(.citation(i, j)) }
    }
    return out
  }
}
