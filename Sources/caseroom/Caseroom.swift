import ArgumentParser
import CaseroomEngine
import Foundation

/// `caseroom`: read a Chinese teaching case in the terminal, and the scriptable
/// commands behind it.
@main
struct Caseroom: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "caseroom",
    abstract: "案例研讨室 — read and discuss a Chinese teaching case in the terminal.",
    version: "0.1.0",
    subcommands: [
      ReadCommand.self, OutlineCommand.self, ShowCommand.self, SearchCommand.self, ImportCommand.self,
      CheckCommand.self, ExportCommand.self, ReviewCommand.self, WhereCommand.self, ClassCommand.self, SyncCommand.self,
      MergeSessionCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )
}
