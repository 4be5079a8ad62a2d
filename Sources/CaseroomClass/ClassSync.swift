import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// `caseroom sync`: carries a class's work between machines through a class
/// repository, with the `git` program:
///
/// 1. commits this clone's changed session files (and released feedback,
///    `class.json`, the case), with a message naming each group and what changed;
/// 2. fetches, merges (sessions with caseroom's merge driver, so two members'
///    edits of one session are both kept) and pushes, fetching and merging
///    again when another clone pushed first;
/// 3. offline or refused: one clear message; the work stays committed in
///    this clone and goes at the next sync.
///
/// On every sync it makes sure the clone has the merge driver
/// (`.gitattributes`: `*.session.json merge=caseroom`, and
/// `merge.caseroom.driver` in the clone's git config) and a `.gitignore`
/// that keeps the instructor's files, backups and locks out.
///
/// Every git command it runs (the merge driver too) gets caseroom's identity
/// (`GitIdentity`): nothing depends on `~/.gitconfig`. In a signed class
/// (`ClassSigning`) the instructor's clone signs its commits and merges; a
/// student's clone never commits the instructor's files, and puts back the
/// class's trusted version of any that differ (`InstructorFiles`).
public struct ClassSync: Sendable {
  public struct Options: Sendable {
    /// The merge driver's command, as git runs it through the shell:
    /// `'/path/to/caseroom' merge-session %O %A %B %P`.
    public var driver: String
    /// Who commits and merges (the member or group, and login@host).
    public var identity = GitIdentity.here()
    /// How many times to fetch, merge and push when others keep pushing first.
    public var attempts: Int = 5
    /// Called before each push with the attempt's number (1, 2…): tests make a push race with it.
    public var beforePush: (@Sendable (Int) -> Void)?
    /// The git program.
    public var git: String = "git"

    public init(driver: String) { self.driver = driver }

    /// The driver command for a caseroom program at `executable` (quoted for the shell).
    public static func driverCommand(executable: String) -> String {
      "'" + executable.replacingEvery("'", with: "'\\''") + "' merge-session %O %A %B %P"
    }
  }

  /// A session file a sync did not commit, and why.
  public struct Withheld: Equatable, Sendable {
    /// Why a session file is not committed (the app words it).
    public enum Reason: Equatable, Sendable {
      /// Removed by hand (a group's session is removed with git rm).
      case gone
      /// It cannot be read (why).
      case unreadable(FileReadError.Kind)
      /// It is not a session (the session layer's value, or a decoder's words).
      case damaged(SessionError)
    }
    public var file: String
    public var reason: Reason
    public init(file: String, reason: Reason) {
      self.file = file
      self.reason = reason
    }
  }

  /// What a sync did.
  public struct Report: Equatable, Sendable {
    /// What the commit made of this clone's changes holds (nil: nothing had changed).
    public var committed: SyncCommit?
    /// Files others changed that this sync brought in (paths in the clone).
    public var received: [String] = []
    /// Whether this clone's commits went to the class repository.
    public var pushed = false
    /// Session files in which the merge kept both versions of an overlapping edit, marked.
    public var conflicted: [String] = []
    /// Session files changed here that were not committed because they are not
    /// a session (damaged, truncated) or are gone, with why: the last good
    /// version stays in the class repository.
    public var withheld: [Withheld] = []
    /// Whether this sync installed (or updated) the merge driver.
    public var installedDriver = false
    /// How many pushes were refused because another clone pushed first.
    public var raced = 0
    public var remote = ""
    /// Instructor's files given back the class's trusted version (a student's
    /// clone: a local edit, or a forged version that came in).
    public var restored: [String] = []
    /// Where the local edits of instructor's files were put aside (in the clone).
    public var aside: String?
    /// Whether this clone signs its commits (the instructor's, in a signed class).
    public var signed = false
    /// The instructor's key this sync found at its default place and took (a new machine).
    public var tookKey: String?
  }

  public let directory: URL
  public let options: Options

  public init(directory: URL, options: Options) {
    self.directory = directory
    self.options = options
  }

  /// Syncs the clone that holds `directory`: checks the clone, commits what
  /// changed here, then fetches, merges and pushes until the push is not
  /// beaten by another clone's (`options.attempts` tries).
  public func run(now: Date = Date()) throws(SyncError) -> Report {
    let top = try topLevel()
    let git = Git(directory: top, program: options.git, environment: options.identity.environment)
    var report = Report()
    do {
      let pass = try prepare(git, top: top, now: now, into: &report)
      try commitLocal(pass, into: &report)
      for attempt in 1...max(1, options.attempts) {
        try fetchAndMerge(pass, into: &report)
        if try push(pass, attempt: attempt, into: &report) { return report }
      }
      throw SyncError(
        .race(remote: report.remote, tries: report.raced), committed: report.committed, keptInClone: true)
    } catch let e as SyncError {
      throw e
    } catch {
      throw Self.failure(error)
    }
  }

  /// What one sync works with once the clone is found fit: where it syncs,
  /// how it signs, and which files it carries.
  struct Pass {
    let git: Git
    let top: URL
    let remote: String
    let remoteBranch: String
    /// `git` arguments that sign a commit (empty: unsigned).
    let signing: [String]
    let instructorFiles: InstructorFiles?
    let now: Date

    var tracking: String { "refs/remotes/\(remote)/\(remoteBranch)" }
    /// A student's clone of a signed class: it never commits the instructor's files.
    var student: Bool { instructorFiles != nil && signing.isEmpty }
    func carried(_ path: String) -> Bool {
      ClassSync.carries(path) && !(student && InstructorFiles.isProtected(path))
    }
  }

  /// The clone's top folder (`git rev-parse --show-toplevel`).
  func topLevel() throws(SyncError) -> URL {
    do {
      let r = try Git(directory: directory, program: options.git, environment: options.identity.environment).run([
        "rev-parse", "--show-toplevel",
      ])
      guard r.ok else {
        throw SyncError(.notAClone(folder: directory.path, git: r.reason))
      }
      return URL(fileURLWithPath: r.out.trimmingSpacesAndLineBreaks())
    } catch let e as SyncError {
      throw e
    } catch {
      throw Self.failure(error)
    }
  }

  /// Checks the clone (no merge, rebase or other branch under way; on the
  /// class's branch), installs the merge driver, and finds how it signs
  /// (taking the instructor's key copied to its default place).
  func prepare(_ git: Git, top: URL, now: Date, into report: inout Report) throws -> Pass {
    if try git.run(["rev-parse", "-q", "--verify", "MERGE_HEAD"]).ok {
      throw SyncError(.mergeUnfinished(clone: top.path))
    }
    try refuseUnfinished(git, top: top)
    report.installedDriver = try installDriver(git, top: top)
    let branch = try git.run(["symbolic-ref", "--short", "-q", "HEAD"])
    guard branch.ok else {
      let main = (try? classBranch(git, remote: "origin")) ?? nil
      throw SyncError(.detached(clone: top.path, classBranch: main ?? "main"))
    }
    let local = branch.out.trimmingSpacesAndLineBreaks()
    let (remote, remoteBranch) = try remote(git, branch: local, top: top)
    report.remote = (try? git.value(["remote", "get-url", remote])) ?? remote
    if let main = try classBranch(git, remote: remote), main != remoteBranch {
      throw SyncError(
        .otherBranch(
          clone: top.path, branch: TerminalSafe.text(local, keepingLines: false),
          tracks: TerminalSafe.text(remoteBranch, keepingLines: false), classBranch: main))
    }
    let instructorFiles = try InstructorFiles.of(git, top: top)
    var key = instructorFiles?.signingKey()
    if key == nil, let files = instructorFiles {
      // The instructor on a new machine, with the key copied to its default place.
      key = files.takeKey(home: ProcessEnvironment.variables["HOME"])
      report.tookKey = key
    }
    let signing = key.map(ClassSigning.signing) ?? []
    report.signed = !signing.isEmpty
    return Pass(
      git: git, top: top, remote: remote, remoteBranch: remoteBranch, signing: signing,
      instructorFiles: instructorFiles, now: now)
  }

  /// Commits what changed in this clone; a student's edits of the
  /// instructor's files are put back first (and never committed).
  func commitLocal(_ p: Pass, into report: inout Report) throws {
    let changed = try changedPaths(p.git, top: p.top)
    if p.student, let files = p.instructorFiles {
      let r = try files.restore(edited: changed.filter(InstructorFiles.isProtected), now: p.now)
      report.restored = r.restored
      report.aside = r.aside
    }
    (report.committed, report.withheld) = try commit(
      p.git, top: p.top, paths: changed.filter(p.carried), signing: p.signing)
  }

  /// Fetches the class's branch and merges it when it has what this clone has not.
  func fetchAndMerge(_ p: Pass, into report: inout Report) throws {
    let git = p.git
    let fetched = try git.run(["fetch", "--quiet", p.remote, "+refs/heads/\(p.remoteBranch):\(p.tracking)"])
    // A class repository without the branch yet: this clone's push makes it.
    if !fetched.ok && !fetched.err.contains("couldn't find remote ref") {
      throw SyncError(
        .offline(remote: report.remote, git: fetched.reason), committed: report.committed, keptInClone: true)
    }
    let head = try git.run(["rev-parse", "-q", "--verify", "HEAD"])
    let before = head.ok ? head.out.trimmingSpacesAndLineBreaks() : nil
    let theirs = try git.run(["rev-parse", "-q", "--verify", p.tracking])
    guard theirs.ok else { return }
    let theirsID = theirs.out.trimmingSpacesAndLineBreaks()
    let ancestor = try git.run(["merge-base", "--is-ancestor", theirsID, "HEAD"])
    if before != nil && ancestor.ok { return }  // nothing there that is not here
    try merge(p, theirs: theirsID, before: before, into: &report)
  }

  /// Merges the class's `theirs` into HEAD (`before`; nil in an empty clone).
  /// The sessions the merge writes are held from their readers' saves while
  /// git writes them (an open reader is merged into, as by another member's
  /// save: its follow takes it in).
  func merge(_ p: Pass, theirs: String, before: String?, into report: inout Report) throws {
    let git = p.git
    let held = try holdSessions(git, top: p.top, before: before, theirs: theirs)
    defer { held.release() }
    // A reader saved since this sync committed: that is committed too, so that git merges it.
    if let more = try commit(
      git, top: p.top, paths: changedPaths(git, top: p.top).filter(p.carried), signing: p.signing
    )
    .0, report.committed == nil {
      report.committed = more
    }
    let merged = try git.run(
      p.signing + ["merge", "--no-edit", "--allow-unrelated-histories", p.tracking],
      environment: [MergeLabels.theirsVariable: theirs])
    held.release()
    if !merged.ok {
      let files = (try? git.value(["diff", "--name-only", "--diff-filter=U"])) ?? ""
      _ = try? git.run(["merge", "--abort"])
      throw SyncError(
        .conflict(files: files.split(separator: "\n").map(String.init), git: merged.reason),
        committed: report.committed)
    }
    try noteReceived(p, before: before, into: &report)
  }

  /// What a merge brought: the files received, the sessions it left with
  /// conflict markers, and (in a student's clone) the instructor's files put back.
  func noteReceived(_ p: Pass, before: String?, into report: inout Report) throws {
    let received = try p.git.value(before.map { ["diff", "--name-only", $0, "HEAD"] } ?? ["ls-files"])
    let files = received.split(separator: "\n").map(String.init)
    report.received += files.filter { !report.received.contains($0) }
    for f in files where f.hasSuffix(".session.json") {
      if try newlyConflicted(p.git, top: p.top, file: f, before: before), !report.conflicted.contains(f) {
        report.conflicted.append(f)
      }
    }
    if p.student, let instructorFiles = p.instructorFiles, files.contains(where: InstructorFiles.isProtected) {
      let r = try instructorFiles.restore(edited: [], now: p.now)
      report.restored += r.restored.filter { !report.restored.contains($0) }
    }
  }

  /// Pushes HEAD unless the class's branch has it already. True when done;
  /// false when another clone's push came first (fetch, merge and try again).
  func push(_ p: Pass, attempt: Int, into report: inout Report) throws -> Bool {
    let git = p.git
    let head = try git.run(["rev-parse", "-q", "--verify", "HEAD"])
    guard head.ok else { return true }  // nothing here and nothing there
    let headID = head.out.trimmingSpacesAndLineBreaks()
    if let t = try? git.value(["rev-parse", "-q", "--verify", p.tracking]), t == headID { return true }
    options.beforePush?(attempt)
    let pushed = try git.run(["push", "--porcelain", "-u", p.remote, "HEAD:refs/heads/\(p.remoteBranch)"])
    if pushed.ok {
      report.pushed = true
      return true
    }
    let text = pushed.err + pushed.out
    if text.contains("[rejected]") || text.contains("non-fast-forward") || text.contains("fetch first")
      || text.contains("cannot lock ref") || text.contains("failed to update ref")
    {
      report.raced += 1
      return false
    }
    let unreachable = ["Could not read from remote", "does not appear to be a git repository", "unable to access"]
      .contains { text.contains($0) }
    throw SyncError(
      unreachable
        ? .offline(remote: report.remote, git: pushed.reason) : .refused(remote: report.remote, git: pushed.reason),
      committed: report.committed, keptInClone: true)
  }

  /// Any other error as a sync's: git missing, or git's refusal.
  static func failure(_ error: any Error) -> SyncError {
    if let e = error as? ClassError, e.what == .gitMissing {
      return SyncError(.noGit)
    }
    if let e = error as? ClassError { return SyncError(.classProblem(e)) }
    return SyncError(.failed(ErrorText.words(error)))
  }

  /// The remote and branch to sync with: the branch's upstream, else
  /// `origin` (or the only remote) and the branch of the same name.
  func remote(_ git: Git, branch: String, top: URL) throws -> (String, String) {
    let configured = try git.run(["config", "--get", "branch.\(branch).remote"])
    let merge = try git.run(["config", "--get", "branch.\(branch).merge"])
    let name = configured.out.trimmingSpacesAndLineBreaks()
    if configured.ok, merge.ok, name != "." {
      var ref = merge.out.trimmingSpacesAndLineBreaks()
      if ref.hasPrefix("refs/heads/") { ref.removeFirst("refs/heads/".count) }
      return (name, ref)
    }
    let remotes = try git.value(["remote"]).split(separator: "\n").map(String.init)
    guard let first = remotes.first else {
      throw SyncError(.noRemote(clone: top.path))
    }
    return (remotes.contains("origin") ? "origin" : first, branch)
  }

  /// The class's branch: the one the class repository's HEAD names (as the
  /// clone remembers it, else as the repository says now); nil when it names
  /// none yet (a new, empty class repository) or cannot be reached.
  func classBranch(_ git: Git, remote: String) throws -> String? {
    let remembered = try git.run(["symbolic-ref", "-q", "refs/remotes/\(remote)/HEAD"])
    if remembered.ok {
      let ref = remembered.out.trimmingSpacesAndLineBreaks()
      let prefix = "refs/remotes/\(remote)/"
      if ref.hasPrefix(prefix) { return String(ref.dropFirst(prefix.count)) }
    }
    let asked = try git.run(["ls-remote", "--symref", remote, "HEAD"])
    guard asked.ok else { return nil }
    for line in asked.out.split(separator: "\n") where line.hasPrefix("ref: refs/heads/") {
      guard let ref = line.dropFirst("ref: refs/heads/".count).split(separator: "\t").first else { continue }
      return String(ref)
    }
    return nil
  }

  /// Refuses to sync while git is in the middle of something that moved
  /// HEAD (a rebase, a cherry-pick, a revert), saying how to finish or abandon it.
  func refuseUnfinished(_ git: Git, top: URL) throws {
    let states: [(path: String, command: String)] = [
      ("rebase-merge", "rebase"), ("rebase-apply", "rebase"), ("CHERRY_PICK_HEAD", "cherry-pick"),
      ("REVERT_HEAD", "revert"),
    ]
    for state in states {
      let r = try git.run(["rev-parse", "--git-path", state.path])
      guard r.ok else { continue }
      let path = r.out.trimmingSpacesAndLineBreaks()
      let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : top.appendingPathComponent(path)
      guard RegularFile.exists(url) else { continue }
      throw SyncError(.unfinished(clone: top.path, command: state.command))
    }
  }

  // MARK: The merge driver

  /// Makes sure the clone merges sessions with caseroom: `.gitattributes`
  /// names the driver, the clone's config runs this caseroom, and
  /// `.gitignore` keeps private and temporary files out. Returns whether the
  /// driver's configuration changed.
  func installDriver(_ git: Git, top: URL) throws -> Bool {
    try ensureLines(ClassFolder.gitattributes, in: top.appendingPathComponent(".gitattributes"))
    try ensureLines(ClassFolder.gitignore, in: top.appendingPathComponent(".gitignore"))
    let current = try git.run(["config", "--get", "merge.caseroom.driver"])
    guard current.out.trimmingLineBreaks() != options.driver else { return false }
    _ = try git.value(["config", "merge.caseroom.name", "caseroom: a three-way merge of group sessions"])
    _ = try git.value(["config", "merge.caseroom.driver", options.driver])
    return true
  }

  /// Adds the lines of `block` that a file lacks (the whole block to a new file).
  func ensureLines(_ block: String, in url: URL) throws {
    let existing = (try? RegularFile.read(url)).map { String(decoding: $0, as: UTF8.self) }
    guard let existing else {
      try AtomicFile.write(Data(block.utf8), to: url, keepBackup: false)
      return
    }
    let have = Set(existing.split(separator: "\n").map { $0.trimmingSpaces() })
    let missing = block.split(separator: "\n").filter { !$0.hasPrefix("#") && !have.contains(String($0)) }
    guard !missing.isEmpty else { return }
    let text =
      existing + (existing.hasSuffix("\n") || existing.isEmpty ? "" : "\n") + missing.joined(separator: "\n") + "\n"
    try AtomicFile.write(Data(text.utf8), to: url, keepBackup: false)
  }

  // MARK: Committing

  /// The files a sync carries: sessions, released feedback, `class.json`,
  /// case files, and the git files caseroom writes.
  static func carries(_ path: String) -> Bool {
    let url = URL(fileURLWithPath: path)
    let name = url.lastPathComponent
    if name.hasSuffix(".session.json") || name == ClassFile.fileName || name.hasSuffix(".case.md") { return true }
    if name == ".gitattributes" || name == ".gitignore" || name == ".gitkeep" { return true }
    return name.hasSuffix(".json") && url.deletingLastPathComponent().lastPathComponent == "feedback"
  }

  /// The files changed in the clone (`git status`), relative to its top.
  func changedPaths(_ git: Git, top: URL) throws -> [String] {
    // Not trimmed: a status line starts with a blank (" M file").
    let listed = try git.run(["status", "--porcelain=v1", "-z", "--untracked-files=all"])
    guard listed.ok else { throw SyncError(.status(clone: top.path, git: listed.reason)) }
    var paths: [String] = []
    var fields = listed.out.split(separator: "\0", omittingEmptySubsequences: true).map(String.init)[...]
    while let entry = fields.popFirst() {
      guard entry.count > 3 else { continue }
      let code = entry.prefix(2)
      paths.append(String(entry.dropFirst(3)))
      if code.contains("R") || code.contains("C") { _ = fields.popFirst() }  // the old name follows
    }
    return paths
  }

  /// Commits `paths` (changed files a sync carries); returns what it
  /// committed (nil when nothing changed), and the session files it did
  /// not commit: one that is not a session (damaged, truncated, of another
  /// kind) or is gone is never committed — the class would receive it — and
  /// the last good version stays in the class repository. `signing`: git
  /// options that sign the commit.
  func commit(_ git: Git, top: URL, paths changed: [String], signing: [String] = []) throws -> (SyncCommit?, [Withheld])
  {
    var paths = changed
    var withheld: [Withheld] = []
    paths.removeAll { path in
      guard let reason = Self.notASession(top.appendingPathComponent(path), path: path) else { return false }
      withheld.append(Withheld(file: TerminalSafe.text(path, keepingLines: false), reason: reason))
      return true
    }
    guard !paths.isEmpty else { return (nil, withheld) }
    _ = try git.value(["add", "-A", "--"] + paths)
    let staged = try git.run(["diff", "--cached", "--quiet", "--"] + paths)
    guard !staged.ok else { return (nil, withheld) }
    let what = try describe(git, top: top, paths: paths.sorted())
    // Only these paths: anything else the user staged stays staged, uncommitted.
    let r = try git.run(signing + ["commit", "--quiet", "--no-verify", "-m", what.message, "--"] + paths)
    guard r.ok else {
      throw SyncError(.commit(clone: top.path, git: r.reason))
    }
    return (what, withheld)
  }

  /// Why a session file a sync would commit is not a session (nil: it is one).
  static func notASession(_ url: URL, path: String) -> Withheld.Reason? {
    guard path.hasSuffix(".session.json") else { return nil }
    guard RegularFile.exists(url) else { return .gone }
    let data: Data
    do { data = try RegularFile.read(url) } catch { return .unreadable(error.kind) }
    do { _ = try Session.decode(data, file: path) } catch let e as SessionError { return .damaged(e) } catch {
      return .damaged(SessionError(file: path, kind: .corrupt, .undecodable("\(error)")))
    }
    return nil
  }

  /// What is committed: each group and what changed in its session, then
  /// released feedback and the class plan. Names come from the sessions: any
  /// control in them is shown (`TerminalSafe`), never put in the log raw.
  func describe(_ git: Git, top: URL, paths: [String]) throws -> SyncCommit {
    var commit = SyncCommit()
    for path in paths {
      let name = URL(fileURLWithPath: path).lastPathComponent
      if name.hasSuffix(".session.json") {
        let old = try? git.run(["show", "HEAD:\(path)"])
        let before = old.flatMap { $0.ok ? try? Session.decode(Data($0.out.utf8), file: path) : nil }
        let after = try? SessionStore(directory: top).load(top.appendingPathComponent(path))
        let group = after?.group.name ?? before?.group.name ?? name
        var change = SyncCommit.Change.between(before, after)
        if case .new(let members, let answers) = change {
          change = .new(members: members.map { TerminalSafe.text($0, keepingLines: false) }, answers: answers)
        }
        commit.groups.append(.init(name: TerminalSafe.text(group, keepingLines: false), change: change))
      } else if Self.carries(path)
        && URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent == "feedback"
        && name != ".gitkeep"
      {
        commit.feedback += 1
      } else {
        commit.classFiles.append(TerminalSafe.text(name, keepingLines: false))
      }
    }
    return commit
  }

  // MARK: Merging safely

  /// Holds the write lock (`SessionWriteLocks`) of every session here that
  /// the other side changed since the common commit: the ones the merge writes.
  func holdSessions(_ git: Git, top: URL, before: String?, theirs: String) throws -> SessionWriteLocks {
    guard let before else { return try SessionWriteLocks(sessions: []) }
    let base = try git.run(["merge-base", before, theirs])
    let from = base.ok ? base.out.trimmingSpacesAndLineBreaks() : before
    let changed = try git.value(["diff", "--name-only", "--no-renames", from, theirs]).split(separator: "\n")
      .map(String.init).filter { $0.hasSuffix(".session.json") }
    do {
      return try SessionWriteLocks(sessions: changed.map { top.appendingPathComponent($0) })
    } catch {
      throw SyncError(.sessionBusy(file: error.file, wait: Int(GroupFile.writeLockWait)))
    }
  }

  /// Whether a merged session holds a marked conflict that it did not hold before.
  func newlyConflicted(_ git: Git, top: URL, file: String, before: String?) throws -> Bool {
    guard let merged = try? SessionStore(directory: top).load(top.appendingPathComponent(file)) else { return false }
    func marked(_ s: Session) -> Int {
      s.answers.filter { TextMerge.hasConflict($0.text) }.count
        + s.annotations.filter { TextMerge.hasConflict($0.note) }.count
    }
    let now = marked(merged)
    guard now > 0 else { return false }
    guard let before, let old = try? git.run(["show", "\(before):\(file)"]), old.ok,
      let was = try? Session.decode(Data(old.out.utf8), file: file)
    else { return true }
    return now > marked(was)
  }
}
