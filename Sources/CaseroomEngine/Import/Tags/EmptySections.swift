extension Case {
  /// The case without its empty sections: a section with no text of its own and no section under it
  /// (a document's heading over a form, `《…》案例教学教案`, read as a part with nothing in it) is not
  /// written, and the ids are given again in order so that no number is skipped. The sections left out
  /// are returned, for the report to name.
  public func withoutEmptySections() -> (case: Case, removed: [Section]) {
    var kept: [Section] = []
    var removed: [Section] = []
    for (i, s) in sections.enumerated() {
      let hasChild = i + 1 < sections.count && sections[i + 1].level > s.level
      if s.paragraphs.isEmpty && !hasChild { removed.append(s) } else { kept.append(s) }
    }
    guard !removed.isEmpty else { return (self, []) }
    var c = self
    c.sections = kept
    TaggedHandout.assignIds(&c)
    return (c, removed)
  }
}
