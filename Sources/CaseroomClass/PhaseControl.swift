import FoundationEssentials

// MARK: - Starting, advancing and extending phases

extension ClassFile {
  /// What `caseroom class phase` did.
  public enum PhaseChange: Equatable, Sendable {
    case started(Int)
    case extended(Int, minutes: Int)
    case stopped
  }

  /// Starts phase `number` (1-based) now, for `minutes` (default: the
  /// minutes the plan gives it; none: no end time).
  public mutating func start(phase number: Int, minutes: Int? = nil, now: Date) throws(ClassError) {
    guard number >= 1 && number <= phases.count else {
      throw ClassError(file: "", .noPhase(number, count: phases.count))
    }
    if let minutes, minutes <= 0 { throw ClassError(file: "", .minutesAtLeastOne) }
    let length = minutes ?? phases[number - 1].minutes
    current = Current(number: number, startedAt: now, endsAt: length.map { now.addingTimeInterval(Double($0) * 60) })
    updatedAt = now
  }

  /// The next phase (the first when none is running). At the last phase it is an error.
  public mutating func advance(minutes: Int? = nil, now: Date) throws(ClassError) {
    let next = (current?.number ?? 0) + 1
    guard next <= phases.count else {
      throw ClassError(file: "", .lastPhase(phases.count))
    }
    try start(phase: next, minutes: minutes, now: now)
  }

  /// Gives the running phase `minutes` more: from its end, or from now when
  /// its time is up or it had no end.
  public mutating func extend(minutes: Int, now: Date) throws(ClassError) {
    guard minutes > 0 else { throw ClassError(file: "", .minutesAtLeastOne) }
    guard var c = current else { throw ClassError(file: "", .noPhaseRunning) }
    let from = c.endsAt.map { max($0, now) } ?? now
    c.endsAt = from.addingTimeInterval(Double(minutes) * 60)
    current = c
    updatedAt = now
  }

  /// Ends the class: no phase runs.
  public mutating func stop(now: Date) {
    current = nil
    updatedAt = now
  }

  /// `caseroom class phase [N] [--minutes M]`: with N, starts phase N; without
  /// N, `--minutes` extends the running phase, and nothing advances to the
  /// next (or starts the first when none runs, for M minutes if given).
  public mutating func apply(phase number: Int?, minutes: Int?, now: Date) throws(ClassError) -> PhaseChange {
    if let number {
      try start(phase: number, minutes: minutes, now: now)
      return .started(number)
    }
    if let minutes, let c = current {
      try extend(minutes: minutes, now: now)
      return .extended(c.number, minutes: minutes)
    }
    try advance(minutes: minutes, now: now)
    return .started(current!.number)
  }
}
