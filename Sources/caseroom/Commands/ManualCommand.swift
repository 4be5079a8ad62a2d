import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials

/// `caseroom manual [--lang zh|en] [--date D]`: caseroom(1) as roff, written
/// from the command definitions (this program's own `--experimental-dump-help`),
/// in Chinese or English. `Scripts/install.sh` installs both. Hidden: it is
/// for packaging, not for users.
struct ManualCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual", abstract: "Print the manual page caseroom(1) as roff (for 'man -l -').",
    shouldDisplay: false)

  @Option(help: "The date the manual page shows (YYYY-MM-DD). Default: none.")
  var date: String?

  @Option(help: "The language: zh or en. Default: the command line's.")
  var lang: String?

  func validate() throws {
    if let lang, Language(code: lang) == nil { throw ValidationError(Say.langOption(lang)) }
  }

  func run() throws {
    try reportingFailures {
      let dumped = try ChildProcess.run(
        ThisProgram.url.path, ["caseroom", "--experimental-dump-help"], environment: ["LANG": "C.UTF-8"])
      guard dumped.status == 0 else {
        throw Failure(message: String(decoding: dumped.err, as: UTF8.self))
      }
      let dump = try CommandDump.decode(dumped.out)
      let language = lang.flatMap(Language.init(code:)) ?? Language.current
      Language.$current.withValue(language) {
        emit(CommandManual.roff(dump, date: date ?? "", release: Caseroom.release))
      }
    }
  }
}
