import ArgumentParser
import CaseroomApp
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
      are kept between markers naming who wrote each (【合并冲突：王小明 · lap1】, 【合并冲突：李华 · lap2】, \
      【合并冲突结束】): on each side, the author of the newest commit that changed that answer. \
      Citations and notes: the union; reading: the maximum; position: the later; revision above both.
      """)

  @Argument(help: "The common version (%O; may be empty).") var base: String
  @Argument(help: "This side (%A): the result is written here.") var ours: String
  @Argument(help: "The other side (%B).") var theirs: String
  @Argument(help: "The file's path in the clone (%P), to name who wrote each side.") var path: String?

  func run() throws {
    try reportingFailures {
      let r = try SessionMerge.mergeFiles(
        base: URL(fileURLWithPath: base), ours: URL(fileURLWithPath: ours), theirs: URL(fileURLWithPath: theirs),
        labels: MergeLabels(path: path, in: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).labels)
      let group = r.session.group.name
      for q in r.conflictedAnswers {
        warn("caseroom: " + Say.answerBothKept(group, q + 1))
      }
      if r.conflictedNotes > 0 {
        warn("caseroom: " + Say.notesBothKept(group, r.conflictedNotes))
      }
    }
  }
}
