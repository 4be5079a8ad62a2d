import CaseroomEngine
import Foundation

/// Standard output as text, without buffering surprises. Everything a
/// command prints goes through here, made safe for the terminal first
/// (`TerminalSafe`): nothing read from a file reaches it raw.
func emit(_ s: String) {
  FileHandle.standardOutput.write(Data(TerminalSafe.text(s).utf8))
}

/// A line on standard error (a warning, a problem with a file), made safe for the terminal the same way.
func warn(_ line: String) {
  FileHandle.standardError.write(Data((TerminalSafe.text(line) + "\n").utf8))
}

/// The width of the terminal on standard output, or nil when it is not a terminal.
func terminalColumns() -> Int? {
  guard isatty(1) != 0 else { return nil }
  var size = winsize()
  guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
  return Int(size.ws_col)
}
