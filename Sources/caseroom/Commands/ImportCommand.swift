import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials
import Glibc

/// `caseroom import RAW [-o OUT] [--id ID] [--force] [--review]`.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn the raw text of a teaching case into the case format.",
    discussion: """
      Prints to stderr the outline it found and a checklist: every guess with its reason, \
      what it was unsure of, what it did not find, and the lines it left out as page furniture. \
      Fix the written .case.md by hand where the checklist says so, or run with --review to see \
      the hand-out line by line with its tags and fix them with one key each.
      """)

  @Argument(
    help: """
      The hand-out: a Word document (.docx), a PDF (.pdf, read with pdftotext), Markdown (.md) or \
      text (UTF-8: flattened, line-broken, a Word export or a PDF copy).
      """)
  var raw: String

  @Option(
    name: [.short, .customLong("output")],
    help: "Where to write the case file (- : standard output). Default: standard output.")
  var outputOption: String?

  /// The file `-o` names; nil for standard output (no `-o`, or `-o -`).
  var output: String? { outputOption == "-" ? nil : outputOption }

  @Option(help: "The case id to write in the header. Default: from the output file name.")
  var id: String?

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  @Flag(help: "Check and fix the tags line by line in the terminal before the case is written.")
  var review = false

  @Option(help: "The review screen's colours: auto, dark, light or mono.")
  var theme: String?

  @Option(
    help:
      "The language of the report and messages: zh or en. Default: $CASEROOM_LANG, else Chinese for a zh locale or a Chinese hand-out."
  )
  var lang: String?

  func validate() throws {
    if let lang, Language(code: lang) == nil { throw ValidationError(Say.langOption(lang)) }
  }

  func run() throws {
    try reportingFailures {
      let source: ImportSource
      do {
        source = try ImportSource.load(URL(fileURLWithPath: raw))
      } catch {
        throw Failure(asGiven(error))
      }
      try checkOutput()
      // The review screen needs a terminal: said before the import is made, in words about --review.
      if review && (isatty(0) != 1 || isatty(1) != 1) { throw Failure(message: Say.reviewNeedsTerminal) }
      var caseId = id
      if caseId == nil, let output {
        let name = URL(fileURLWithPath: output).lastPathComponent
        let base =
          name.hasSuffix(".case.md")
          ? String(name.dropLast(8)) : URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        let cleaned = base.unicodeScalars.filter { $0.isAlphanumeric || $0 == "-" || $0 == "_" }
        if !cleaned.isEmpty { caseId = String(String.UnicodeScalarView(cleaned)) }
      }
      let result: ImportResult
      do {
        result = try CaseImporter.importing(source, id: caseId)
      } catch {
        throw Failure(message: raw + ": " + Say.commandError(error))
      }
      // The rest in the hand-out's language (its title's), as the review screen and the reader will speak.
      try inCaseLanguage(result.result.title) { try write(result, raw: source.text) }
    }
  }

  /// `-o FILE` that cannot be written is refused before the hand-out is read or the review screen opens:
  /// a file there already (without `--force`), a folder that is not there, a folder, a folder nobody may
  /// write in.
  func checkOutput() throws {
    guard let output else { return }
    if output.isEmpty { throw Failure(message: Say.outputNameEmpty) }
    try refuseHandout(as: output)
    let url = URL(fileURLWithPath: output)
    let folder = url.deletingLastPathComponent().path
    var isFolder = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
      if isFolder { throw Failure(message: Say.outputIsFolder(output)) }
      if !force { throw Failure(message: Say.alreadyExists(output)) }
    }
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder else {
      throw Failure(message: Say.outputFolderMissing(output, folder: folder))
    }
    if access(folder, W_OK) != 0 { throw Failure(message: Say.outputFolderNotWritable(output, folder: folder)) }
  }

  /// A file name starting with `-` in `caseroom import`'s arguments, which ArgumentParser would read as short
  /// options bundled (`-leading….txt` holds an `h`: the help, and success): any single-dash word but `-`, `-h`
  /// and `-o`, outside an option's value and before `--`. Nil when there is none.
  static func dashedFileName(_ arguments: [String]) -> String? {
    guard arguments.first == configuration.commandName else { return nil }
    let takesValue: Set = ["-o", "--output", "--id", "--theme", "--lang"]
    var previous = ""
    for a in arguments.dropFirst() {
      if a == "--" { return nil }
      defer { previous = a }
      if takesValue.contains(previous) { continue }
      if a.hasPrefix("-") && !a.hasPrefix("--") && !["-", "-h", "-o"].contains(a) { return a }
    }
    return nil
  }

  /// `-o` that is the hand-out itself — the same file by device and inode: its own name, a hard link, a symbolic
  /// link to it — is refused, naming both: `--force` replaces a case file, never the hand-out it is made from.
  func refuseHandout(as output: String) throws {
    var input = stat()
    var out = stat()
    guard stat(raw, &input) == 0, stat(output, &out) == 0 else { return }
    if input.st_dev == out.st_dev && input.st_ino == out.st_ino {
      throw Failure(message: Say.outputIsInput(output, input: raw))
    }
  }

  /// An error about the hand-out with its name as it was given (`a.docx`, not `/home/…/a.docx`).
  func asGiven(_ error: Error) -> Error {
    switch error {
    case ImportError.unreadable(_, let reason): return ImportError.unreadable(file: raw, reason: reason)
    case ImportError.needsPdftotext: return ImportError.needsPdftotext(file: raw)
    case ImportError.needsHelper(_, let lookedIn, let package):
      return ImportError.needsHelper(file: raw, lookedIn: lookedIn, package: package)
    case var e as FileReadError:
      e.file = raw
      return e
    case var e as CaseError:
      e.file = raw
      return e
    default: return error
    }
  }

  /// The case on standard output, every byte checked: a full disk or a closed pipe is an error, not success.
  func emitChecked(_ text: String) throws {
    let failure = AtomicFile.writeAll(1, Data(TerminalSafe.text(text).utf8))
    if failure != 0 { throw Failure(message: Say.standardOutputFailed(SystemError(failure))) }
  }

  /// The case written (to `-o` or standard output) with the report, or the import review first.
  func write(_ imported: ImportResult, raw text: String) throws {
    var result = imported
    // A section with nothing in it is not written (the review shows its line, to be tagged as it should be).
    let trimmed = review ? nil : result.result.withoutEmptySections()
    let empty = trimmed?.removed ?? []
    if let trimmed, !empty.isEmpty { result.result = trimmed.case }
    let written = CaseFormat.write(result.result)
    // What is written must be a case `check` accepts: an id given by hand is held to the format's rule.
    do {
      _ = try CaseFormat.parse(written, file: output ?? "<output>")
    } catch let e as CaseErrors
      where id != nil && e.errors.contains(where: { [.idNotValid, .noId].contains($0.what) })
    {
      throw Failure(message: Say.invalidCaseId(id!))
    } catch {
      throw Failure(message: Say.importedInvalid(Failure(error).description))
    }
    if let output {
      let url = URL(fileURLWithPath: output)
      if FileManager.default.fileExists(atPath: url.path) && !force {
        throw Failure(message: Say.alreadyExists(output))
      }
      try refuseHandout(as: output)
      if !review { try TextFile.write(written, to: url) }
    }
    if review {
      try reviewTags(result, raw: text)
      return
    }
    writeAll(2, TerminalSafe.text(Say.importReport(result)))
    if !empty.isEmpty {
      writeAll(2, TerminalSafe.text(Say.emptySectionsLeftOut(empty.map { $0.number + $0.title })) + "\n")
    }
    // Any guess the report lists (the importer gets about half of each new round of hand-outs wrong, and a
    // wrong title or level is "a guess" too), unsure, something missing, or a part of objectives or questions
    // found without any (their heading there, its lines read as something else): the review is suggested,
    // and offered at a terminal. So too a web page copied with its chrome (what the import left out as such).
    let guessed =
      !result.report.isEmpty || result.result.objectives.isEmpty
      || result.result.questions.isEmpty || ReviewAdvice.worthReview(result)
    if guessed {
      writeAll(2, Say.someGuessed(reviewCommand) + "\n")
    }
    if output == nil {
      try emitChecked(written)
    } else if guessed && isatty(0) == 1 && isatty(2) == 1 {
      // `e` from the report: the review screen on the case just written.
      writeAll(2, Say.reviewTagsNow)
      if let answer = readLine(), answer.trimmingBlanks() == "e" { try reviewTags(result, raw: text) }
    }
  }

  /// The command that opens the review on what was just done, to copy as it is: the same hand-out, `-o`
  /// (with `--force`, the file being there now), `--id` and `--lang` as given.
  var reviewCommand: String {
    var words = ["caseroom", "import", raw]
    if let output { words += ["-o", output] + (FileManager.default.fileExists(atPath: output) ? ["--force"] : []) }
    if let id { words += ["--id", id] }
    if let lang { words += ["--lang", lang] }
    return (words + ["--review"]).map(ReviewAdvice.shellWord).joined(separator: " ")
  }

  /// Saves a case the review could not write where it was asked to: a new file in the temporary folder.
  func rescue(_ text: String) -> String? {
    let folder = ProcessEnvironment.variables["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    let base = URL(fileURLWithPath: output ?? raw).lastPathComponent
    let name = base.hasSuffix(".case.md") ? String(base.dropLast(8)) : base
    let url = URL(fileURLWithPath: folder).appendingPathComponent("\(name)-\(getpid()).case.md")
    guard !FileManager.default.fileExists(atPath: url.path), (try? TextFile.write(text, to: url)) != nil else {
      return nil
    }
    return url.path
  }

  /// The import review in the terminal: `w` writes the case as tagged (to `-o`, or to standard output at the end).
  func reviewTags(_ result: ImportResult, raw: String) throws {
    let outcome = ImportReviewOutcome()
    let screen = ImportReview(result, raw: raw, output: output.map { URL(fileURLWithPath: $0) }, outcome: outcome)
    let terminal: TerminalScreen
    do { terminal = try TerminalScreen(theme: Theme.chosen(theme), mouse: false) } catch {
      throw Failure(error)
    }
    let end = runLoop(screen, on: terminal, afterFirstFrame: { terminal.fallbackNotice })
    terminal.stop()
    if case .signal(let s) = end { throw ExitCode(128 + s) }
    if let text = outcome.caseText { try emitChecked(text) }
    if let output, outcome.wroteFile && !outcome.leftUnwritten { writeAll(2, Say.written(output) + "\n") }
    if outcome.leftUnwritten {
      // Left with changes never written: said, and the exit is not success (a script's `&& caseroom check`).
      // After a failed write, the work is saved in the temporary folder, and the file named.
      if let text = outcome.unwrittenText, let saved = rescue(text) {
        throw Failure(message: Say.reviewSavedElsewhere(output, failure: outcome.writeFailure ?? "", saved: saved))
      }
      throw Failure(message: Say.reviewLeftUnwritten(output, failure: outcome.writeFailure))
    }
  }
}
