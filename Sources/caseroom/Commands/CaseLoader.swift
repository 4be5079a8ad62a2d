import CaseroomEngine
import FoundationEssentials
import Glibc

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
      return try CaseFormat.open(path: path ?? BundledCase.url().path, index: CaseIndex.standard())
    } catch {
      throw Failure(error)
    }
  }
}
