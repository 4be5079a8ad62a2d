import FoundationEssentials

/// How long the run loop may sleep: until the screen's next deadline
/// (`Screen.nextTick`), unless a key, a change of size, a worker's result or
/// a change to a watched file comes first (`ct_wait` blocks in poll on the
/// terminal, the self-pipe and the inotify descriptor of `FileWatch`).
/// A screen with no deadline (reading alone, a section already read) sleeps
/// until something happens: no wake-ups at all while idle. A group's
/// workspace hears of changes to its file from inotify, and looks on its own
/// every few seconds (`Together.lookEvery`); where inotify cannot watch,
/// `FileWatch` looks with a `stat` once a second.
enum Waiter {
  /// Poll's timeout in milliseconds for a deadline: rounded up, so that the
  /// tick comes at or after it; -1 (wait for ever) when there is none.
  static func timeout(until deadline: Date?, from now: Date) -> Int32 {
    guard let deadline else { return -1 }
    let ms = (deadline.timeIntervalSince(now) * 1000).rounded(.up)
    guard ms > 0 else { return 0 }
    return Int32(min(ms, 86_400_000))
  }
}
