import CaseroomEngine
import FoundationEssentials
import Glibc

/// Standard output as text, without buffering surprises. Everything a
/// command prints goes through here, made safe for the terminal first
/// (`TerminalSafe`): nothing read from a file reaches it raw.
func emit(_ s: String) {
  writeAll(1, TerminalSafe.text(s))
}

/// A line on standard error (a warning, a problem with a file), made safe for the terminal the same way.
func warn(_ line: String) {
  writeAll(2, TerminalSafe.text(line) + "\n")
}

/// The width of the terminal on standard output, or nil when it is not a terminal.
func terminalColumns() -> Int? {
  guard isatty(1) != 0 else { return nil }
  var size = winsize()
  guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
  return Int(size.ws_col)
}

/// Writes all of `text` to a file descriptor, as many `write` calls as it
/// takes (FileHandle is Foundation's, which brings ICU into the binary).
/// A closed pipe or a vanished terminal ends the writing quietly.
func writeAll(_ fd: Int32, _ text: String) {
  let bytes = Array(text.utf8)
  var done = 0
  while done < bytes.count {
    let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    if n > 0 {
      done += n
    } else if n < 0 && errno == EINTR {
      continue
    } else {
      return
    }
  }
}
