import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials
import Glibc

/// `caseroom`: read a Chinese teaching case in the terminal, and the scriptable
/// commands behind it.
@main
struct Caseroom: ParsableCommand {
  /// The release, set by hand when one is made.
  static let release = "0.1.0"

  /// What `--version` prints: the release and the git commit the binary was
  /// built from (`buildCommit`, written before each build by Plugins/BuildCommit).
  static let version = "\(release) (commit \(buildCommit))"

  static let configuration = CommandConfiguration(
    commandName: "caseroom",
    // caseroom(1) is written from these definitions by `caseroom manual`
    // (ManualCommand), which keeps their Chinese (generate-manual drops it).
    abstract: "Read and discuss a Chinese teaching case in the terminal. 案例研讨室",
    discussion: """
      Without a command, caseroom opens the reader ('caseroom read'): it asks which case (when more than \
      one is installed) and which group is reading. The keys of the reader and of the text editor are in \
      caseroom-keys(7), or 'caseroom keys'. Cases: the bundled ones (share/caseroom/cases beside the \
      program) and your own, in $XDG_DATA_HOME/caseroom/cases ('caseroom cases' lists them).
      """,
    version: version,
    subcommands: [
      ReadCommand.self, CasesCommand.self, OutlineCommand.self, ShowCommand.self, SearchCommand.self,
      ImportCommand.self, CheckCommand.self, ExportCommand.self, ReviewCommand.self, InsightCommand.self,
      WhereCommand.self,
      ClassCommand.self, SyncCommand.self, MergeSessionCommand.self, KeysCommand.self, ManualCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )

  /// `caseroom --version` is answered before ArgumentParser builds its tree
  /// of every command (7 million instructions of reflection, 3 ms): as fast
  /// as a C tool answers it. Everything else is parsed as usual, in the
  /// command line's language (`--lang`, `CASEROOM_LANG`, the locale; else
  /// Chinese, the bundled case's): its messages and errors come from the same
  /// catalogue as the screens' words.
  static func main() {
    if CommandLine.arguments.count == 2 && CommandLine.arguments[1] == "--version" {
      writeAll(1, version + "\n")
      Glibc.exit(0)
    }
    let arguments = Array(CommandLine.arguments.dropFirst())
    // `--lang` read once, for the start and for the case's language later (`inCaseLanguage`).
    let asked = Language.asked(in: arguments)
    let language = Language.forCommandLine(asked: asked, environment: ProcessEnvironment.variables)
    Language.$askedOnCommandLine.withValue(asked) {
      Language.$current.withValue(language) {
        if let reader = reader(arguments) {
          do { try reader.run() } catch { exit(withError: error) }
        } else {
          parseAndRun(arguments)
        }
      }
    }
  }

  /// The reader's command line, parsed as a command of its own: the command
  /// run most (`caseroom`, `caseroom read …`, `caseroom CASE …`) is read by
  /// `ReaderCommandLine` without ArgumentParser when it is one of the common
  /// forms, else by ArgumentParser as `ReadCommand` alone rather than the
  /// tree of every command. Nil for anything else — another command, help, a
  /// mistake —, which the whole parser takes and words as usual.
  static func reader(_ arguments: [String]) -> ReadCommand? {
    var rest = arguments
    if rest.first == ReadCommand._commandName {
      rest.removeFirst()
    } else if let first = rest.first, !first.hasPrefix("-"),
      configuration.subcommands.contains(where: { $0._commandName == first }) || first == "help"
    {
      return nil
    }
    let asked = ["-h", "--help", "-help", "--version", "help"]
    guard !rest.contains(where: { asked.contains($0) || $0.hasPrefix("--generate-") || $0.hasPrefix("--experimental") })
    else { return nil }
    return ReaderCommandLine.parse(rest) ?? (try? ReadCommand.parseAsRoot(rest)) as? ReadCommand
  }

  /// Parses the whole command line and runs the command, as `main` does, but a mistake in it (a missing
  /// argument, an unknown option, a missing value) is worded in the command line's language
  /// (`Say.usageMistake`) and exits 64 as ArgumentParser does; help, `--version` and any other error are
  /// ArgumentParser's.
  static func parseAndRun(_ arguments: [String]) {
    if let name = ImportCommand.dashedFileName(arguments) {
      writeAll(2, TerminalSafe.text("caseroom: " + Say.dashedFileName(name)) + "\n")
      Glibc.exit(ExitCode.validationFailure.rawValue)
    }
    var command: ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      guard exitCode(for: error) == .validationFailure, let worded = Say.usageMistake(fullMessage(for: error))
      else { exit(withError: error) }
      writeAll(2, worded)
      Glibc.exit(ExitCode.validationFailure.rawValue)
    }
    do { try command.run() } catch { exit(withError: error) }
  }
}
