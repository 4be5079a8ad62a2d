import FoundationEssentials
import Glibc

/// Dates as local wall-clock text (`10:52:06`, `11-29 10:52`, `2026-11-29 10:52`),
/// without a `DateFormatter`: views draw these on every frame.
public enum LocalTime {
  public enum Style: Sendable {
    /// `HH:mm:ss`
    case time
    /// `MM-dd HH:mm`
    case dayAndTime
    /// `yyyy-MM-dd HH:mm`
    case dateAndTime
  }

  public static func text(_ date: Date, _ style: Style) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var t = tm()
    localtime_r(&seconds, &t)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let hm = two(t.tm_hour) + ":" + two(t.tm_min)
    switch style {
    case .time: return hm + ":" + two(t.tm_sec)
    case .dayAndTime: return two(t.tm_mon + 1) + "-" + two(t.tm_mday) + " " + hm
    case .dateAndTime: return "\(t.tm_year + 1900)-" + two(t.tm_mon + 1) + "-" + two(t.tm_mday) + " " + hm
    }
  }
}
