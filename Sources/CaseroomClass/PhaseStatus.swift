import FoundationEssentials

/// Where the class is in its plan at a given moment: what a reader's status
/// bar and the presenter show (`个人阅读、分组讨论 · 还剩 12 分钟`). A pure
/// function of `class.json` and the time.
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

  /// The time part: `还剩 12 分钟`, `还剩 40 秒` in the last minute,
  /// `已超时 3 分钟` after the end (`时间到` in its first minute); nil without an end.
  public var timeText: String? {
    guard let remaining else { return nil }
    if remaining > 60 { return "还剩 \(Int((remaining / 60).rounded(.up))) 分钟" }
    if remaining > 0 { return "还剩 \(Int(remaining.rounded(.up))) 秒" }
    let over = Int((-remaining / 60).rounded(.down))
    return over == 0 ? "时间到" : "已超时 \(over) 分钟"
  }

  /// The status bar's text: `个人阅读、分组讨论 · 还剩 12 分钟`, or the
  /// phase's name alone when it has no end.
  public var text: String {
    timeText.map { "\(phase.title) · \($0)" } ?? phase.title
  }
}
