import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

// MARK: - Files (git's merge driver)

extension SessionMerge {
  /// git's merge driver: merges the files `base` (%O, empty when there is
  /// no common version), `ours` (%A) and `theirs` (%B), and writes the result
  /// over `ours`, as git wants. A file that is not a session leaves `ours`
  /// as it is and throws (git then reports a conflict).
  public static func mergeFiles(
    base: URL, ours: URL, theirs: URL, labels: (Int?) -> ConflictMarkers.Labels = { _ in .anonymous }
  ) throws(ClassError) -> Result {
    func read(_ url: URL) throws(ClassError) -> Session? {
      let data: Data
      do { data = try RegularFile.read(url) } catch { throw ClassError(file: error.file, .unreadable(error.kind)) }
      if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
      do { return try Session.decode(data, file: url.path) } catch let e as SessionError {
        throw ClassError(file: url.path, .notASession(e))
      } catch {
        throw ClassError(
          file: url.path, .notASession(SessionError(file: url.path, kind: .corrupt, .undecodable("\(error)"))))
      }
    }
    let o = try read(base)
    guard let a = try read(ours) else { throw ClassError(file: ours.path, .emptySession) }
    guard let b = try read(theirs) else { throw ClassError(file: theirs.path, .emptySession) }
    let result: Result
    do { result = try merge(base: o, ours: a, theirs: b, labels: labels) } catch {
      throw ClassError(file: ours.path, .cannotMerge(error))
    }
    let data: Data
    do { data = try result.session.json() } catch { throw ClassError(file: ours.path, .cannotEncode("\(error)")) }
    do {
      try AtomicFile.write(data, to: ours, keepBackup: false, mode: .ordinary)
    } catch {
      throw ClassError(file: error.path, .cannotWrite(error))
    }
    return result
  }
}
