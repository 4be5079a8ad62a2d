import Foundation

@testable import CaseroomApp

extension Screen {
  /// Applies an event as the run loop does, but in place: the effects the
  /// transition asks for are performed at once and their results handed
  /// back, until the screen asks for nothing more. Returns what comes next.
  @discardableResult
  mutating func drive(_ event: ScreenEvent, now: Date) -> Transition.Next {
    let first = update(event, now: now)
    var next = first.next
    var pending = first.effects
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      guard let result = effect.perform() else { continue }
      switch next {
      case .stay, .redrawAll:
        let t = update(.done(result), now: now)
        pending += t.effects
        next = t.next
      default: continue  // the screen has gone: nothing comes back to it
      }
    }
    return next
  }
}
