import ArgumentParser
import CaseroomApp
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials
import Glibc

extension ExportFormat: ExpressibleByArgument {}
extension FeedbackShown: ExpressibleByArgument {}

/// `caseroom export [CASE] (--group NAME | --groups A,B | --all | --each DIR) [--sessions DIR]... --format md|html|csv|json
/// [--feedback none|scores|all] [--per-member] [--insight] [--review FILE] [-o FILE]`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a group's notes, or the whole class's, for presenting and grading.",
    discussion: """
      md: Markdown slides for Marp or pandoc. html: one self-contained slide deck (arrow keys, \
      prints one slide per page). csv: the gradebook, one row per group (--per-member: per member) with each \
      question's answer, score and comment, and the total. json: everything. \
      A class deck (--all, md or html) shows no scores or comments unless --feedback says so; a group's own \
      export (--group, --each) shows them all.
      """)

  @OptionGroup var source: ClassSessionsOptions

  @Option(help: "The group to export.")
  var group: String?

  @Flag(help: "Every group, question by question.")
  var all = false

  @Option(help: "Some groups, question by question, in the presentation order: --groups 第一组,第三组.")
  var groups: String?

  @Flag(help: "With md or html of several groups: an insight slide per question (the most cited passages, as bars).")
  var insight = false

  @Option(help: "One file per group in this directory (md or html), to give each group its own feedback.")
  var each: String?

  @Option(help: "md, html, csv or json.")
  var format: ExportFormat

  @Option(name: .shortAndLong, help: "Write to a file. Default: standard output.")
  var output: String?

  @Option(
    help: """
      The instructor's feedback shown: none, scores or all. Default: none for a class deck (--all, md or html), \
      all otherwise.
      """)
  var feedback: FeedbackShown?

  @Flag(help: "With --format csv: one row per member (for a school's gradebook).")
  var perMember = false

  @Option(help: "The review file to take scores and comments from. Default: the one caseroom review uses.")
  var review: String?

  @Option(
    help: """
      The deck's words (md, html) in one language: zh or en. Default: $CASEROOM_LANG if set, else both \
      (评分 Score).
      """)
  var lang: String?

  /// A deck's words: in one language when one is asked for, else both.
  var labels: DeckLabels {
    let asked =
      lang.flatMap(Language.init(code:))
      ?? ProcessEnvironment.variables["CASEROOM_LANG"].flatMap(Language.init(code:))
    return asked.map { l in Language.$current.withValue(l) { Say.deckLabels } } ?? .bilingual
  }

  func validate() throws {
    if let lang, Language(code: lang) == nil { throw ValidationError(Say.langIs) }
    if let each {
      if group != nil || all || output != nil { throw ValidationError(Say.eachAlone) }
      if format != .md && format != .html { throw ValidationError(Say.eachFormats) }
      if each.isEmpty { throw ValidationError(Say.eachNeedsDirectory) }
    } else if [all, group != nil, groups != nil].filter({ $0 }).count != 1 {
      throw ValidationError(Say.exportWhich)
    }
    if insight && ((!all && groups == nil) || (format != .md && format != .html)) {
      throw ValidationError(Say.insightGoesWith)
    }
    if perMember && format != .csv { throw ValidationError(Say.optionGoesWith("--per-member", "--format csv")) }
  }

  func run() throws {
    try reportingFailures { try source.loading(warning: true, export) }
  }

  /// The export of what the options name, loaded.
  func export(_ loaded: ClassSessionsOptions.Loaded) throws {
    let (inClass, c, dirs, collected) = (loaded.inClass, loaded.document, loaded.directories, loaded.collected)
    // A deck of the class from folders without a session of the case (empty, the wrong one, another case's):
    // refused, naming the folders and the cases found there, and nothing written.
    if group == nil, let none = InsightReport.noSessions(collected) { throw Failure(message: none) }
    let chosen: [Session]
    if let group {
      guard let s = collected.session(named: group) else {
        throw Failure(
          message: Say.noGroupSession(
            group, c.id, in: dirs.map(\.path).joined(separator: ", "), groups: collected.sessions.map(\.group.name)))
      }
      chosen = [s]
    } else if let groups {
      chosen = try Self.some(groups, of: collected, caseId: c.id)
    } else {
      chosen = collected.sessions
    }
    // In a class: a group's export shows its released feedback only (none before release).
    func review(for group: String?) throws -> Review? {
      if let inClass { return try inClass.exportReview(caseId: c.id, group: group, collected) }
      return try InstructorReview(caseId: c.id, option: self.review, sessionDirectories: dirs).loadForOutput(
        caseId: c.id)
    }
    if let each {
      try writeEach(c, collected.sessions, review(for:), into: URL(fileURLWithPath: each))
      return
    }
    let several = all || groups != nil
    let shown = feedback ?? FeedbackShown.byDefault(format: format, allGroups: several)
    var document = ExportDocument(
      c, sessions: chosen, review: try review(for: group), feedback: shown, order: format.order)
    if groups != nil { document.ofClass = collected.sessions.count }
    if insight {
      // The groups the deck shows (the whole class for --all), each counted once; the slides say which.
      let counted = groups == nil ? collected : ClassSessions(document: c, sessions: Self.byName(chosen))
      var tally = InsightTally(counted)
      document.insight = tally.insight()
    }
    let text = format.render(document, all: several, perMember: perMember, labels: labels)
    if let output {
      try TextFile.write(text, to: URL(fileURLWithPath: output))
    } else {
      emit(text)
    }
  }

  /// The groups named by `--groups` (separated by `,`, `，` or `、`), each once; a name not found is an error listing those there.
  static func some(_ list: String, of collected: ClassSessions, caseId: String) throws -> [Session] {
    var out: [Session] = []
    for name in list.split(whereSeparator: { ",，、".contains($0) }).map({ String($0).trimmingBlanks() })
    where !name.isEmpty {
      guard let s = collected.session(named: name) else {
        throw Failure(
          message: Say.noGroupSession(name, caseId, in: nil, groups: collected.sessions.map(\.group.name)))
      }
      if !out.contains(where: { $0.group.name == name }) { out.append(s) }
    }
    guard !out.isEmpty else { throw Failure(message: Say.groupsNoneNamed) }
    return out
  }

  /// Sessions in the class's order (by name, naturally).
  static func byName(_ sessions: [Session]) -> [Session] {
    sessions.sorted { NaturalOrder.less($0.group.name, $1.group.name) }
  }

  /// `--each DIR`: a group's own export for every group, one file each, named after the group.
  func writeEach(_ c: Case, _ sessions: [Session], _ review: (String?) throws -> Review?, into dir: URL) throws {
    try checkDirectory(dir.path, option: "--each", mustExist: false)
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    } catch {
      throw Failure(message: Say.cannotCreateDirectory(dir.path, "--each"))
    }
    var taken: Set<String> = []
    for s in sessions {
      let document = ExportDocument(c, sessions: [s], review: try review(s.group.name), feedback: feedback ?? .all)
      let name = EachGroupFile.name(for: s.group.name, extension: format.fileExtension, taken: &taken)
      let url = dir.appendingPathComponent(name)
      try TextFile.write(format.render(document, all: false, labels: labels), to: url)
      warn("caseroom: " + Say.wroteGroup(url.path, s.group.name))
    }
  }
}
