import FoundationEssentials
import Glibc

/// A moment as compact UTC text for file names (`20261129T125102Z`), with the
/// C library's `gmtime_r` rather than a `DateFormatter` (which brings ICU).
public enum UTCStamp {
  public static func text(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var t = tm()
    gmtime_r(&seconds, &t)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(t.tm_year + 1900)" + two(t.tm_mon + 1) + two(t.tm_mday) + "T" + two(t.tm_hour) + two(t.tm_min)
      + two(t.tm_sec) + "Z"
  }
}
