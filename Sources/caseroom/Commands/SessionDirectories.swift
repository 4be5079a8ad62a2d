import CaseroomSession
import Foundation

/// Where the instructor's commands find sessions: every `--sessions DIR`, else the default directory.
func sessionDirectories(_ given: [String]) -> [URL] {
  given.isEmpty ? [SessionStore.defaultDirectory()] : given.map { URL(fileURLWithPath: $0) }
}
