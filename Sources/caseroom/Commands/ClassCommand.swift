import ArgumentParser
import CaseroomApp
import CaseroomClass
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials
import Glibc

/// `caseroom class init|phase|status|release`: a class folder on a shared
/// server (or a class repository's working copy), its phases and its feedback.
struct ClassCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "class",
    abstract: "A class folder shared by the class: make it, run its phases, release feedback.",
    discussion: "See docs/CLASS-GUIDE.md (in Chinese, for instructors).",
    subcommands: [
      ClassInitCommand.self, ClassPhaseCommand.self, ClassStatusCommand.self, ClassReleaseCommand.self,
      ClassRubricCommand.self,
    ])
}

/// `caseroom class init DIR [--case CASE] [--unix-group NAME]`.
struct ClassInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Make a class folder: class.json (the case, the phases of its plan), sessions/, feedback/, instructor/.",
    discussion: """
      sessions/ is setgid and group-writable, so members of the Unix group (one login each) share their \
      group's session; instructor/ (the review file: scores before release) is the instructor's alone.
      """)

  @Argument(help: "The class folder (made if missing).")
  var directory: String

  @Option(name: .customLong("case"), help: "A case file (.case.md). Default: the bundled case.")
  var caseFile: String?

  @Option(help: "The Unix group of the class (you must be in it). Default: your own group.")
  var unixGroup: String?

  @Option(
    help: ArgumentHelp(
      "Make the class repository here (a bare git repository that refuses unsigned changes to instructor files) and DIR as your clone of it.",
      valueName: "PATH.git"))
  var gitServer: String?

  @Option(
    help: ArgumentHelp(
      "In a class repository: sign with this SSH private key (beside its .pub). Default: ~/.ssh/caseroom-instructor, made if missing.",
      valueName: "KEY"))
  var signingKey: String?

  func run() throws {
    try reportingFailures {
      let c = try CaseLoader.load(caseFile)
      try inCaseLanguage(c.title) {
        let source = try caseFile.map { URL(fileURLWithPath: $0) } ?? BundledCase.url()
        let root = URL(fileURLWithPath: directory)
        if gitServer == nil, try giveKey(root) { return }
        let signing = try ClassRepository.prepare(
          root: root, server: gitServer.map { URL(fileURLWithPath: $0) },
          signingKey: signingKey.map { URL(fileURLWithPath: $0) }, unixGroup: unixGroup,
          home: ProcessEnvironment.variables["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser)
        let folder = try ClassFolder.create(at: root, case: c, caseSource: source, unixGroup: unixGroup)
        if let signing { try ClassRepository.sign(folder, with: signing) }
        let file = try folder.load()
        emit(Say.classFolderMade(folder.root.path, title: c.title, caseId: c.id, caseFile: file.caseFile))
        emit(Say.phasesHeading + "\n")
        for (i, p) in file.phases.enumerated() { emit("  " + Say.phaseLine(i + 1, p.title, minutes: p.minutes) + "\n") }
        if let signing { emit(Say.signedClass(signing.key.path) + "\n") }
        if let gitServer {
          let report: ClassSync.Report
          do {
            report = try ClassSync(
              directory: folder.root,
              options: ClassSync.Options(driver: ClassSync.Options.driverCommand(executable: SyncCommand.executable()))
            ).run()
          } catch {
            throw Failure(message: Say.syncFailedCommand(Say.syncReason(error)))
          }
          emit(Say.classRepository(gitServer) + "\n")
          emit((report.pushed ? Say.pushed(to: report.remote) : Say.nothingPushed) + "\n")
          emit(Say.studentsClone(gitServer) + "\n")
        } else {
          emit(Say.studentsFolder(folder.root.path) + "\n")
        }
      }
    }
  }
}

extension ClassInitCommand {
  /// In a clone of a signed class that exists already (the instructor on a
  /// new machine): gives it the instructor's key (`--signing-key`, or the
  /// one at its default place). False: not such a clone (made as usual).
  func giveKey(_ root: URL) throws -> Bool {
    guard RegularFile.exists(ClassFolder(root: root).classFile) else { return false }
    let role: InstructorKey.Role
    do {
      role = try InstructorKey.role(of: root, home: ProcessEnvironment.variables["HOME"])
      if let signingKey, role != .unsigned {
        try InstructorKey.take(URL(fileURLWithPath: signingKey), in: root)
        emit(Say.keyGiven(root.path, signingKey) + "\n")
        return true
      }
    } catch {
      throw Failure(message: Say.commandError(error))
    }
    switch role {
    case .unsigned: return false
    case .instructor(let key, _):
      emit(Say.keyGiven(root.path, key) + "\n")
      return true
    case .student(let classKey): throw Failure(message: Say.notTheInstructor(root.path, classKey: classKey))
    }
  }
}

/// `caseroom class phase [N] [--minutes M] [--stop]`.
struct ClassPhaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "phase",
    abstract: "Start phase N, go on to the next phase, or give the running one more minutes.",
    discussion: """
      caseroom class phase: the next phase (the first if none runs). phase N: start phase N now. \
      --minutes M with N: it lasts M minutes (default: what the plan says, else no end); without N: \
      the running phase gets M minutes more. --stop: no phase runs. Readers show the change within 2 s.
      """)

  @Argument(help: "The phase to start (1 is the first).")
  var number: Int?

  @Option(help: "Minutes: how long the phase lasts, or (without N) how many more the running phase gets.")
  var minutes: Int?

  @Flag(help: "End the class: no phase runs.")
  var stop = false

  @OptionGroup var classOption: ClassFolderOption
  var classFolder: String? { classOption.classFolder }

  func validate() throws {
    if stop && (number != nil || minutes != nil) { throw ValidationError(Say.optionGoesAlone("--stop")) }
  }

  func run() throws {
    try reportingFailures {
      let folder = try ClassOption.required(classFolder)
      try folder.inItsCaseLanguage { loaded in
        try requireInstructor(folder)
        var file = loaded
        let now = Date()
        if stop {
          file.stop(now: now)
        } else {
          do { _ = try file.apply(phase: number, minutes: minutes, now: now) } catch {
            throw Failure(message: folder.classFile.path + ": " + Say.commandError(error))
          }
        }
        try folder.save(file)
        emit(ClassStatusCommand.describe(file, now: now))
      }
    }
  }
}

/// `caseroom class status`: the phases and the one running.
struct ClassStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show the class's case, its phases and the phase running now.")

  @OptionGroup var classOption: ClassFolderOption
  var classFolder: String? { classOption.classFolder }

  func run() throws {
    try reportingFailures {
      let folder = try ClassOption.required(classFolder)
      try folder.inItsCaseLanguage { emit(Self.describe($0, now: Date())) }
    }
  }

  static func describe(_ file: ClassFile, now: Date) -> String {
    var out = "\(file.caseTitle) (\(file.caseId))\n"
    for (i, p) in file.phases.enumerated() {
      let running = file.current?.number == i + 1
      out += (running ? "▶ " : "  ") + Say.phaseLine(i + 1, p.title, minutes: p.minutes) + "\n"
    }
    if let status = PhaseStatus(file, at: now) {
      out +=
        Say.phaseNow(
          Say.phase(status), status.number, status.count, started: LocalTime.text(status.startedAt, .time),
          ends: status.endsAt.map { LocalTime.text($0, .time) }) + "\n"
    } else {
      out += Say.noPhaseRunningNow + "\n"
    }
    return out
  }
}

/// `caseroom class release`: the instructor's scores and comments go to the groups.
struct ClassReleaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "release",
    abstract: "Release feedback: each group's scores and comments to feedback/<group file>.json.",
    discussion: "Asks nothing. Releasing again updates every group's feedback (a score taken back disappears).")

  @OptionGroup var classOption: ClassFolderOption
  var classFolder: String? { classOption.classFolder }

  @Option(
    help:
      "The language of what is printed: zh or en. Default: $CASEROOM_LANG, else Chinese for a zh locale or a Chinese case."
  )
  var lang: String?

  func run() throws {
    try reportingFailures {
      let folder = try ClassOption.required(classFolder)
      try folder.inItsCaseLanguage { file in
        try requireInstructor(folder)
        let c = try CaseLoader.load(folder.caseURL(file).path)
        let all = ClassSessions.load(case: c, from: [folder.sessions])
        for p in all.problems { warn("caseroom: " + Say.problemLine(p)) }
        let url = folder.reviewURL(caseId: c.id)
        let review: Review
        do { review = try Review.load(url, caseId: c.id) } catch { throw Failure(error) }
        let written = try FeedbackRelease.release(review, of: all, to: folder.feedback)
        let given = all.sessions.map {
          FeedbackRelease.released(review, group: $0.group.name, questions: c.questions.count, now: Date()).answers
            .count
        }.reduce(0, +)
        emit(Say.feedbackReleasedTo(written.count, folder.feedback.path, answers: given) + "\n")
        let totals = ScoreTotals(review: review, groups: all.sessions.map(\.group.name), questions: c.questions.count)
        if totals.otherScale > 0 { warn("caseroom: " + Say.releasedOtherScale(totals.otherScale)) }
        let drafts = FeedbackRelease.drafts(review, of: all)
        if drafts > 0 {
          emit(Say.draftsNotReleased(drafts) + "\n")
        }
      }
    }
  }
}

/// The class folder a command uses: `--class`, else `$CASEROOM_CLASS`; for
/// read, review and export also a `--sessions` folder that is a class
/// folder's `sessions/`.
struct ClassOption {
  var folder: ClassFolder
  var file: ClassFile
  /// The class's case file.
  var caseFile: String { folder.caseURL(file).path }
  /// The class's sessions folder.
  var sessions: String { folder.sessions.path }

  /// The instructor's review file of the class (in `instructor/`).
  func reviewURL(caseId: String) -> URL { folder.reviewURL(caseId: caseId) }

  /// The feedback an export shows: a group's released feedback (none before
  /// release) for `--group`; the instructor's review, if this user can read
  /// it, for `--all`.
  func exportReview(caseId: String, group: String?, _ collected: ClassSessions) throws -> Review? {
    do { return try ExportFeedback.review(in: folder, caseId: caseId, group: group, collected) } catch {
      switch error {
      case .review(let e): throw Failure(message: Say.noScoresFromIt(Say.commandError(e)))
      case .feedback(let e): throw Failure(message: Say.noFeedbackFromIt(Say.commandError(e)))
      }
    }
  }

  /// The class folder given (or in the environment); nil when none is. Refuses `--class` with `--sessions`.
  static func resolve(_ option: String?, sessions: [String]) throws -> ClassOption? {
    if option != nil && !sessions.isEmpty { throw Failure(message: Say.optionsExclusive("--class", "--sessions")) }
    let folder: ClassFolder
    if sessions.isEmpty, let named = ClassFolder.named(option) {
      folder = named
    } else if sessions.count == 1, let containing = ClassFolder.containing(sessions: URL(fileURLWithPath: sessions[0]))
    {
      folder = containing
    } else {
      return nil
    }
    do { return ClassOption(folder: folder, file: try folder.load()) } catch { throw Failure(error) }
  }

  /// The class folder a class command works on.
  static func required(_ option: String?) throws -> ClassFolder {
    guard let folder = ClassFolder.named(option) else {
      throw Failure(message: Say.whichClass)
    }
    return folder
  }
}

/// `caseroom class rubric [CRITERIA | --file FILE | --clear]`: the criteria
/// each question is scored by, kept in the instructor's review file.
struct ClassRubricCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rubric",
    abstract: "Score by criteria: set, show or clear the rubric (e.g. \"论据 4 · 结构 3 · 联系实际 3\").",
    discussion: """
      The rubric goes to the instructor's review file (instructor/), so the review scores criterion by criterion \
      (digits per criterion, Tab between them; the score is their sum), the gradebook gets a column per \
      criterion and released feedback shows them. CRITERIA applies to every question; a file (--file) gives one \
      line per question: '*: 论据 4 · 结构 3' for all, '2: 论据 5 · 结构 5' for question 2. Without arguments: \
      the rubric now.
      """)

  @Argument(help: "Criteria with points for every question: \"论据 4 · 结构 3 · 联系实际 3\".")
  var criteria: String?

  @Option(help: "A rubric file (one line per question).")
  var file: String?

  @Flag(help: "No rubric: scores on the review's scale again.")
  var clear = false

  @Flag(
    help: """
      Convert the scores given under the old rubric or scale to totals under the new one (7/10 becomes 70/100; \
      their criteria to be scored again), listing each. Without it, a change that would leave scores given under \
      another rubric is refused.
      """)
  var convertScores = false

  @Option(
    help:
      "The language of what is printed: zh or en. Default: $CASEROOM_LANG, else Chinese for a zh locale or a Chinese case."
  )
  var lang: String?

  @Option(name: .customLong("class"), help: "The class folder. Default: $CASEROOM_CLASS.")
  var classFolder: String?

  func validate() throws {
    if [criteria != nil, file != nil, clear].filter({ $0 }).count > 1 {
      throw ValidationError(Say.rubricOneOf)
    }
    if convertScores && criteria == nil && file == nil && !clear {
      throw ValidationError(Say.convertNeedsRubric)
    }
  }

  func run() throws {
    try reportingFailures {
      let folder = try ClassOption.required(classFolder)
      try folder.inItsCaseLanguage { classFile in
        let c = try CaseLoader.load(folder.caseURL(classFile).path)
        let url = folder.reviewURL(caseId: c.id)
        var review: Review
        do { review = try Review.load(url, caseId: c.id) } catch { throw Failure(error) }
        var target = review
        do {
          if let criteria {
            target.rubric = try Rubric.parse(criteria, questions: c.questions.count, file: Say.theCriteriaGiven)
          } else if let file {
            target.rubric = try Rubric.load(URL(fileURLWithPath: file), questions: c.questions.count)
          } else if clear {
            target.rubric = nil
          }
        } catch { throw Failure(error) }
        if criteria != nil || file != nil || clear {
          // Scores given under another rubric are converted (--convert-scores) or the change is refused.
          _ = try ScoringChangeOption.apply(&review, target: target, convert: convertScores, file: url.path)
          review.updatedAt = Date()
          do { try review.save(url) } catch { throw Failure(error) }
        }
        guard let rubric = review.rubric else {
          emit(Say.noRubric(review.scaleMax) + "\n")
          return
        }
        for (q, criteria) in rubric.questions.enumerated() {
          emit(
            (criteria.isEmpty
              ? Say.rubricScale(q + 1, review.scaleMax)
              : Say.rubricLine(q + 1, Rubric.line(criteria), rubric.total(question: q) ?? 0)) + "\n")
        }
      }
    }
  }
}

extension ClassFolder {
  /// Its class file, then `body` with it in the language of the class's case (`inCaseLanguage`).
  func inItsCaseLanguage<T>(_ body: (ClassFile) throws -> T) throws -> T {
    let file = try load()
    return try inCaseLanguage(file.caseTitle) { try body(file) }
  }
}
