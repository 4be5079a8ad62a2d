import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomReview
import FoundationEssentials

/// `caseroom insight [CASE] [--class DIR | --sessions DIR...] [--json] [--lang zh|en]`.
struct InsightCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "insight",
    abstract: "The class as a whole: the passages the groups built on, what nobody read, where answers part.",
    discussion: """
      For the instructor's comments at the end of a discussion. Reads every group's session (as review does) and \
      prints a heat map of the case: for each section and each cited sentence, how many groups cited it and for \
      which question (a passage cited by a group counts once for it); the sections no group read to the end or \
      cited; per question, the passages only one group used, the groups that cite nothing, and the terms of the \
      case the answers use most. --json: every cited passage with its text, section, questions, count and groups.
      """)

  @OptionGroup var source: ClassSessionsOptions

  @Flag(help: "JSON instead of text.")
  var json = false

  @Option(
    help: "The language of the text: zh or en. Default: $CASEROOM_LANG, else Chinese for a zh locale or a Chinese case."
  )
  var lang: String?

  func validate() throws {
    if let lang, Language(code: lang) == nil { throw ValidationError(Say.langIsZhOrEn) }
  }

  func run() throws {
    try reportingFailures {
      try source.loading(warning: true) { loaded in
        let collected = loaded.collected
        if let none = InsightReport.noSessions(collected) { warn("caseroom: " + none) }
        var tally = InsightTally(collected)
        let insight = tally.insight()
        emit(json ? insight.json() + "\n" : InsightReport.text(insight, width: terminalColumns() ?? 100))
      }
    }
  }
}
