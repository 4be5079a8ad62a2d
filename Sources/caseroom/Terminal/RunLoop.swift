import CaseroomApp

/// Draws, reads a key, and hands it to `step` until `step` says to quit or a
/// termination signal arrives (then `onSignal` runs). `step` is also called
/// with nil every 250 ms, for autosave. `onFirstFrame` runs once the first
/// screen is drawn (work that can wait until the user sees something); when
/// it returns true, the screen is drawn again at once. Returns the exit code.
func runLoop(
  _ screen: TerminalScreen, step: (Key?) -> (Frame, Bool, Bool), resize: (Int, Int) -> Void,
  onRedraw: () -> Void = {}, onSignal: () -> Void = {}, onFirstFrame: () -> Bool = { false }
) -> Int32 {
  var full = true
  var first = true
  var key: Key?
  while true {
    let (frame, quit, redraw) = step(key)
    if quit { return 0 }
    screen.draw(frame, full: full || redraw)
    if redraw { onRedraw() }
    full = false
    if let signal = screen.pendingSignal {
      onSignal()
      return 128 + signal
    }
    if first {
      first = false
      if onFirstFrame() {
        key = nil
        continue
      }
    }
    key = screen.readKey(timeout: 250)
    if key == .resize {
      let s = screen.size
      resize(s.rows, s.cols)
      key = nil
    }
  }
}
