import ArgumentParser
import CaseroomEngine
import CaseroomReader
import Foundation

/// `caseroom read [CASE] [--section N|ID|last]`: the full-screen reader.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open a case in the full-screen reader (the bundled case by default).",
    discussion: "Keys: j/k line, Space/b page, ]/[ section, t contents, / search, ? help, q quit.")

  @Argument(help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Option(help: "Start at a section: a content number (7 = 金盾工程), an id, or 'last'. Default: where you stopped.")
  var section: String?

  @Option(help: "Colours: default, dark, light or mono. NO_COLOR in the environment means mono.")
  var theme: String?

  @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (leave it to the terminal).")
  var noMouse = false

  func validate() throws {
    if let theme, Theme.named(theme) == nil {
      throw ValidationError("unknown theme '\(theme)': use \(Theme.names.joined(separator: ", "))")
    }
  }

  func run() throws {
    var exitCode: Int32 = 0
    try reportingFailures {
      let document = try CaseLoader.load(caseFile)
      guard !document.readingSections.isEmpty else {
        throw Failure(message: "\(caseFile ?? "the case") has no text to read")
      }
      let positionsURL = ReadingPositions.defaultURL()
      var (positions, warning) = ReadingPositions.load(positionsURL)
      let chosenTheme: Theme
      if let theme {
        chosenTheme = Theme.named(theme)!
      } else if let nc = ProcessInfo.processInfo.environment["NO_COLOR"], !nc.isEmpty {
        chosenTheme = .mono
      } else {
        chosenTheme = Theme.named("default")!
      }
      // Everything that can be refused is checked before the terminal is taken over.
      var state = ReaderState(document: document, rows: 24, cols: 80)
      let remembered = positions.cases[document.id]
      if let remembered { state.restore(remembered) }
      var start: Anchor?
      if let section {
        guard let a = startAnchor(section, state) else {
          throw Failure(
            message: "no section '\(section)': give 1–\(state.contentCount), an id (see 'caseroom outline'), or 'last'")
        }
        start = a
      } else if let remembered {
        start = state.anchor(for: remembered)
      }
      let screen: TerminalScreen
      do {
        screen = try TerminalScreen(theme: chosenTheme, mouse: !noMouse)
      } catch {
        throw Failure(message: "\(error)")
      }
      let size = screen.size
      state.resize(rows: size.rows, cols: size.cols)
      if let start { state = state.moved(to: start) }
      if let warning { state.show(message: warning) }

      var full = true
      while !state.wantsQuit {
        screen.draw(state.render(), full: full || state.wantsFullRedraw)
        full = false
        state.wantsFullRedraw = false
        if let signal = screen.pendingSignal {
          exitCode = 128 + signal
          break
        }
        guard let key = screen.readKey(timeout: 250) else { continue }
        if key == .resize {
          let s = screen.size
          state.resize(rows: s.rows, cols: s.cols)
        } else {
          state.handle(key)
        }
      }
      screen.stop()
      positions.cases[document.id] = state.place
      do {
        try positions.save(positionsURL)
      } catch {
        FileHandle.standardError.write(
          Data(
            "caseroom: could not remember the reading position: \(positionsURL.path): \(error.localizedDescription)\n"
              .utf8))
      }
    }
    if exitCode != 0 { throw ExitCode(exitCode) }
  }

  func startAnchor(_ s: String, _ state: ReaderState) -> Anchor? {
    if s == "last" { return Anchor(section: state.sections.count - 1) }
    guard let target = state.document.section(matching: s),
      let i = state.sections.firstIndex(where: { $0.id == target.id })
    else { return nil }
    return Anchor(section: i)
  }
}
