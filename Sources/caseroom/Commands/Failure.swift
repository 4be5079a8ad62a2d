import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials

/// An error the user should see as plain lines, without a stack trace.
struct Failure: Error, CustomStringConvertible {
  var description: String
  init(_ error: Error) {
    if let e = error as? CaseErrors {
      description = e.errors.map(Say.commandError).joined(separator: "\n")
    } else if let e = error as? Failure {
      description = e.description
    } else {
      description = Say.commandError(error)
    }
  }
  init(message: String) { description = message }
}

/// Runs a command body; on failure prints the message (each line prefixed
/// with "caseroom: ", anything quoted from input made safe for the terminal)
/// and exits 1.
func reportingFailures(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as ExitCode {
    throw error
  } catch {
    for line in Failure(error).description.split(separator: "\n") { warn("caseroom: " + line) }
    throw ExitCode(1)
  }
}
