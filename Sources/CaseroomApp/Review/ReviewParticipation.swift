import CaseroomSession

/// Who wrote what in a group (its session's participation, counted by each
/// member's reader): the members' shares of the characters added, with the
/// notes and citations each added, one line under the group's name in the
/// answer view (`export --format csv --per-member` gives the figures).
extension ReviewState {
  /// `参与：李华 62%（2 注）· 王芳 38%（1 引）`; nil when no member's work was counted.
  func participationLine(_ s: Session) -> String? {
    guard let all = s.participation, !all.isEmpty, all.values.contains(where: { !$0.isEmpty }) else { return nil }
    // The group's members in their order, then anyone else counted.
    let names = s.group.members.filter { all[$0] != nil } + all.keys.filter { !s.group.members.contains($0) }.sorted()
    let total = names.reduce(0) { $0 + (all[$1]?.totalCharacters ?? 0) }
    let parts = names.compactMap { name -> String? in
      guard let p = all[name] else { return nil }
      let share = total == 0 ? 0 : Int((Double(p.totalCharacters) * 100 / Double(total)).rounded())
      return Say.memberShare(name, percent: share, notes: p.notes, citations: p.citations)
    }
    return Say.participation(parts)
  }
}
