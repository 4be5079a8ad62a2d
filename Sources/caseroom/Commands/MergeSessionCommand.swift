import ArgumentParser
import CaseroomClass
import CaseroomSession
import FoundationEssentials

/// `caseroom merge-session BASE OURS THEIRS`: git's merge driver for session
/// files (installed by `caseroom sync`).
struct MergeSessionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge-session",
    abstract: "git's merge driver for session files: a three-way merge, field by field, written over OURS.",
    discussion: """
      Answer texts merge sentence by sentence; where both sides changed the same place, both versions \
      are kept between 【合并冲突：本机的版本】, 【合并冲突：另一方的版本】 and 【合并冲突结束】. \
      Citations and notes: the union; reading: the maximum; position: the later; revision above both.
      """)

  @Argument(help: "The common version (%O; may be empty).") var base: String
  @Argument(help: "This side (%A): the result is written here.") var ours: String
  @Argument(help: "The other side (%B).") var theirs: String

  func run() throws {
    try reportingFailures {
      let r = try SessionMerge.mergeFiles(
        base: URL(fileURLWithPath: base), ours: URL(fileURLWithPath: ours), theirs: URL(fileURLWithPath: theirs))
      let group = r.session.group.name
      for q in r.conflictedAnswers {
        warn("caseroom: \(group), answer \(q + 1): both versions kept, marked 【合并冲突】: choose one in the editor")
      }
      if r.conflictedNotes > 0 {
        warn("caseroom: \(group): \(r.conflictedNotes) note(s) with both versions kept, marked 【合并冲突】")
      }
    }
  }
}
