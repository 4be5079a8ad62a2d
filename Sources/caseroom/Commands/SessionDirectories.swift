import CaseroomApp
import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// Where the instructor's commands find sessions: every `--sessions DIR`, else
/// the default directory. A directory given that is missing or is not a
/// directory is an error (one line, exit 1), not an empty class.
func sessionDirectories(_ given: [String]) throws -> [URL] {
  guard !given.isEmpty else { return [SessionStore.defaultDirectory()] }
  for dir in given { try checkDirectory(dir, option: "--sessions") }
  return given.map { URL(fileURLWithPath: $0) }
}

/// Refuses a path that exists and is not a directory (`--sessions FILE`);
/// with `mustExist`, a missing one too.
func checkDirectory(_ path: String, option: String, mustExist: Bool = true) throws {
  var info = stat()
  guard stat(path, &info) == 0 else {
    if errno == ENOENT && !mustExist { return }
    throw Failure(message: Say.noSuchDirectory(path, option))
  }
  if info.st_mode & S_IFMT != S_IFDIR { throw Failure(message: Say.notADirectory(path, option)) }
}
