import Foundation

/// Standard output as text, without buffering surprises.
func emit(_ s: String) {
  FileHandle.standardOutput.write(Data(s.utf8))
}

/// The width of the terminal on standard output, or nil when it is not a terminal.
func terminalColumns() -> Int? {
  guard isatty(1) != 0 else { return nil }
  var size = winsize()
  guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
  return Int(size.ws_col)
}
