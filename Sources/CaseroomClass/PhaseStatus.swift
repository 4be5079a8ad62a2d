import FoundationEssentials

/// Where the class is in its plan at a given moment: what a reader's status
/// bar and the presenter show, as values (the app words them: `Say.phase`).
/// A pure function of `class.json` and the time.
public struct PhaseStatus: Equatable, Sendable {
  /// 1-based.
  public var number: Int
  /// How many phases the plan has.
  public var count: Int
  public var phase: ClassFile.Phase
  public var startedAt: Date
  public var endsAt: Date?
  /// Seconds left until `endsAt` (negative once it has passed); nil without an end.
  public var remaining: TimeInterval?

  /// The status of `file` at `now`; nil when no phase is running.
  public init?(_ file: ClassFile, at now: Date) {
    guard let current = file.current, let phase = file.currentPhase else { return nil }
    number = current.number
    count = file.phases.count
    self.phase = phase
    startedAt = current.startedAt
    endsAt = current.endsAt
    remaining = current.endsAt.map { $0.timeIntervalSince(now) }
  }

  /// Whether the phase's time is up.
  public var isOver: Bool { (remaining ?? 1) <= 0 }

  /// Minutes left, rounded up (12 while 11 min 1 s … 12 min are left); nil without an end.
  public var minutesLeft: Int? {
    remaining.map { $0 <= 0 ? 0 : Int(($0 / 60).rounded(.up)) }
  }
}
