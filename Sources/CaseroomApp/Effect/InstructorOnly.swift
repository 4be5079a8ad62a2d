import CaseroomClass
import CaseroomEngine
import FoundationEssentials

extension Effect {
  /// Why the instructor's files in `directory` must not be written here: a
  /// clone of a signed class without the instructor's key (the review's
  /// phase change and release refused, saying what to do). Nil: go on (the
  /// key copied to its default place is taken).
  static func notTheInstructor(_ directory: URL) -> ClassError? {
    let home = ProcessEnvironment.variables["HOME"]
    guard case .student(let classKey)? = try? InstructorKey.role(of: directory, home: home) else { return nil }
    return ClassError(file: "", Say.notTheInstructor(directory.path, classKey: classKey))
  }
}
