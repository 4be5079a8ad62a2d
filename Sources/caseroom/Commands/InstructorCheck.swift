import CaseroomApp
import CaseroomClass
import CaseroomEngine
import FoundationEssentials

/// Before an instructor's command writes `class.json` or `feedback/`: in a
/// clone of a signed class without the instructor's key, refused with what
/// to do (a student's clone never carries those files; the next sync would
/// put them back). The key copied to its default place is taken, and said.
func requireInstructor(_ folder: ClassFolder) throws {
  let home = ProcessEnvironment.variables["HOME"]
  let role: InstructorKey.Role
  do { role = try InstructorKey.role(of: folder.root, home: home) } catch {
    throw Failure(message: Say.commandError(error))
  }
  switch role {
  case .unsigned, .instructor(_, taken: false): return
  case .instructor(let key, taken: true): warn("caseroom: \(Say.tookKey(key))")
  case .student(let classKey): throw Failure(message: Say.notTheInstructor(folder.root.path, classKey: classKey))
  }
}
