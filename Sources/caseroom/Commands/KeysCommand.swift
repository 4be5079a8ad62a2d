import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials
import Glibc

/// `caseroom keys [--man]`: every key of every screen — the group picker, the
/// reader with its lists and text editor, the review — from the keymaps the
/// help screens and hint bars are generated from — as text, or
/// as the manual page caseroom-keys(7) that `Scripts/install.sh` installs.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "Print every key: the group picker, the reader, its lists and text editor, and the review.")

  @Flag(help: "Print the manual page caseroom-keys(7) as roff (for 'man -l -').")
  var man = false

  @Option(help: "The date the manual page shows (YYYY-MM-DD). Default: none.")
  var date: String?

  @Option(help: "The language: zh or en. Default: $CASEROOM_LANG, else as the reader on the bundled case (Chinese).")
  var lang: String?

  func validate() throws {
    if let lang, Language(code: lang) == nil { throw ValidationError(Say.langOption(lang)) }
  }

  func run() throws {
    // As the reader chooses on the bundled case: Chinese unless asked or the locale says otherwise.
    let title = (try? BundledCase.load())?.title ?? ""
    let language = Language.chosen(lang, environment: ProcessEnvironment.variables, caseTitle: title)
    Language.$current.withValue(language) {
      if man {
        emit(KeysManual.roff(date: date ?? "", release: Caseroom.release))
      } else {
        emit(Keymap.helpLines(width: terminalColumns() ?? 80, Keymap.allHelp).map { $0 + "\n" }.joined())
      }
    }
  }
}
