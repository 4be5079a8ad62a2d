import ArgumentParser
import CaseroomEngine
import Foundation

/// Loads the case a command names, or the bundled one; turns every problem
/// into one clear line on stderr and a non-zero exit.
enum CaseLoader {
  static func load(_ path: String?) throws -> Case {
    do {
      if let path { return try CaseFormat.load(URL(fileURLWithPath: path)) }
      return try BundledCase.load()
    } catch {
      throw Failure(error)
    }
  }

  /// Opens the case for the reader: headings now (from the case index when
  /// the file is big and unchanged), each section's text when it is shown.
  /// The bytes come back too, to be checked for UTF-8 once the first screen is up.
  static func open(_ path: String?) throws -> (Case, SourceBytes) {
    do {
      return try CaseFormat.open(
        path.map { URL(fileURLWithPath: $0) } ?? BundledCase.url(),
        index: CaseIndex(directory: CaseIndex.defaultDirectory()))
    } catch {
      throw Failure(error)
    }
  }
}

/// An error the user should see as plain lines, without a stack trace.
struct Failure: Error, CustomStringConvertible {
  var description: String
  init(_ error: Error) {
    if let e = error as? CaseError {
      description = e.description
    } else if let e = error as? CaseErrors {
      description = e.description
    } else if let e = error as? Failure {
      description = e.description
    } else {
      description = "\(error)"
    }
  }
  init(message: String) { description = message }
}

/// Runs a command body; on failure prints the message (each line prefixed
/// with "caseroom: ") and exits 1.
func reportingFailures(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as ExitCode {
    throw error
  } catch {
    let message = Failure(error).description
    FileHandle.standardError.write(
      Data((message.split(separator: "\n").map { "caseroom: " + $0 }.joined(separator: "\n") + "\n").utf8))
    throw ExitCode(1)
  }
}

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
