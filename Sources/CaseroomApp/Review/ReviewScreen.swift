import CaseroomReview
import Foundation

// MARK: - Screen

extension ReviewState: Screen {
  /// Keys and signals; the review file is saved after every change (and
  /// before the program ends on a signal).
  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    switch event {
    case .key(let key): handle(key, now: now)
    case .tick: break
    case .resize(let rows, let cols): resize(rows: rows, cols: cols)
    case .notice(let text): message = text
    case .terminate:
      saveIfChanged()
      return .quit
    }
    saveIfChanged()
    if wantsQuit { return .quit }
    if let text = pendingCopy {
      pendingCopy = nil
      return .copy(text)
    }
    return .stay
  }

  /// Writes the review file when something changed.
  mutating func saveIfChanged() {
    guard reviewChanged, let file else { return }
    do {
      try review.save(file)
      saveError = nil
      reviewChanged = false
    } catch {
      saveError = "\(error)"
    }
  }
}

extension ReviewState.Sort {
  /// How the grid's header and the status bar name the order.
  var label: String {
    switch self {
    case .name: return "名称 name"
    case .characters: return "字数 length"
    case .progress: return "阅读 reading"
    case .lastEdit: return "最近修改 last edit"
    }
  }
}
