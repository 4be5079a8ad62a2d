import CaseroomEngine
import FoundationEssentials
import Glibc

/// The instructor's files in a clone of a signed class — `class.json`,
/// `feedback/`, `instructor/` — and the version of each that the class
/// trusts: the one written by the newest commit touching it that carries
/// the instructor's signature (`ClassSigning`). A student's clone never
/// commits these files; its sync puts a local edit aside and restores the
/// trusted version, and readers believe a file only when it is that version.
///
/// Signatures already checked are kept in the clone's git folder
/// (`caseroom-verified`), so that a sync checks only new commits.
struct InstructorFiles: Sendable {
  let git: Git
  let top: URL
  /// The clone's git folder (`.git`).
  let gitDir: URL
  /// The class's public key (`ssh-ed25519 AAAA…`).
  let key: String

  /// Whether a path (relative to the clone's top) is an instructor's file.
  static func isProtected(_ path: String) -> Bool {
    let parts = path.split(separator: "/")
    guard let name = parts.last else { return false }
    return name == ClassFile.fileName || parts.dropLast().contains { $0 == "feedback" || $0 == "instructor" }
  }

  static let pathspecs = [":(glob)**/\(ClassFile.fileName)", ":(glob)**/feedback/**", ":(glob)**/instructor/**"]

  var signersFile: URL { gitDir.appendingPathComponent("caseroom-allowed-signers") }
  var cacheFile: URL { gitDir.appendingPathComponent("caseroom-verified") }

  /// The instructor's files of a clone, when its class is signed: the
  /// pinned key, else the key `class.json` records at HEAD (pinned now, if
  /// that `class.json` is signed by it). Nil for a class without a key.
  static func of(_ git: Git, top: URL) throws(ClassError) -> InstructorFiles? {
    let gitDir = URL(fileURLWithPath: try git.value(["rev-parse", "--absolute-git-dir"]))
    var key = (try? git.value(["config", "--get", ClassSigning.pinnedKeyConfig])) ?? ""
    var pin = false
    if key.isEmpty {
      guard
        let classPath = try? git.value(["ls-files", "--", ":(glob)**/\(ClassFile.fileName)"]).split(separator: "\n")
          .first,
        let shown = try? git.run(["show", "HEAD:\(classPath)"]), shown.ok,
        let file = try? ClassFile.decode(Data(shown.out.utf8), file: String(classPath)),
        let recorded = file.instructorKey.flatMap(ClassSigning.publicKey)
      else { return nil }
      key = recorded
      pin = true
    }
    let files = InstructorFiles(git: git, top: top, gitDir: gitDir, key: key)
    try files.writeSigners()
    if pin {
      // Trust on first use, but only a class.json that its own key signed.
      guard
        let classPath = try git.value(["ls-files", "--", ":(glob)**/\(ClassFile.fileName)"]).split(separator: "\n")
          .first,
        try files.newestSigned(String(classPath))
      else { return nil }
      _ = try git.value(["config", ClassSigning.pinnedKeyConfig, key])
    }
    return files
  }

  func writeSigners() throws(ClassError) {
    let text = ClassSigning.allowedSigners(key)
    if (try? RegularFile.read(signersFile)).map({ String(decoding: $0, as: UTF8.self) }) == text { return }
    do { try AtomicFile.write(Data(text.utf8), to: signersFile, keepBackup: false) } catch {
      throw ClassError(file: error.path, .cannotWrite(error))
    }
  }

  /// Whether this clone is the instructor's: it signs with the class's key.
  func signingKey() -> String? {
    guard let path = try? git.value(["config", "--get", ClassSigning.signingKeyConfig]), !path.isEmpty,
      let pub = try? String(contentsOfFile: path + ".pub", encoding: .utf8),
      ClassSigning.publicKey(pub) == key
    else { return nil }
    return path
  }

  // MARK: Signatures

  /// Commit ids already checked, and whether each is the instructor's.
  func verified() -> [String: Bool] {
    guard let data = try? RegularFile.read(cacheFile) else { return [:] }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    guard lines.first.map(String.init) == "key \(key)" else { return [:] }
    var out: [String: Bool] = [:]
    for line in lines.dropFirst() {
      let f = line.split(separator: " ")
      if f.count == 2 { out[String(f[0])] = f[1] == "G" }
    }
    return out
  }

  /// Checks the signatures of `commits` not yet checked; all of them, known.
  func check(_ commits: [String]) throws(ClassError) -> [String: Bool] {
    var known = verified()
    let new = commits.filter { known[$0] == nil }
    guard !new.isEmpty else { return known }
    let r = try git.run(
      ClassSigning.verifying(signersFile) + ["log", "--no-walk=unsorted", "--format=%H %G?"] + new)
    guard r.ok else { throw ClassError(file: top.path, .git(command: "log", detail: r.reason)) }
    for line in r.out.split(separator: "\n") {
      let f = line.split(separator: " ")
      if f.count == 2 { known[String(f[0])] = f[1] == "G" }
    }
    var text = "key \(key)\n"
    for (c, good) in known.sorted(by: { $0.key < $1.key }) { text += "\(c) \(good ? "G" : "N")\n" }
    try? AtomicFile.write(Data(text.utf8), to: cacheFile, keepBackup: false)
    return known
  }

  /// The commits of HEAD's history that touch instructor's files (or `paths`), newest first, with the files.
  func history(_ paths: [String]? = nil) throws(ClassError) -> [(commit: String, files: [String])] {
    guard try git.run(["rev-parse", "-q", "--verify", "HEAD"]).ok else { return [] }
    // A merge lists the files that differ from every parent: what the merge itself wrote.
    let r = try git.run(
      ["log", "--format=%x01%H", "--name-only", "--diff-merges=dense-combined", "HEAD", "--"]
        + (paths ?? Self.pathspecs))
    guard r.ok else { throw ClassError(file: top.path, .git(command: "log", detail: r.reason)) }
    var out: [(String, [String])] = []
    for chunk in r.out.split(separator: "\u{01}") {
      let lines = chunk.split(separator: "\n").map(String.init)
      guard let c = lines.first else { continue }
      out.append((c, Array(lines.dropFirst())))
    }
    return out
  }

  /// Whether the newest commit touching `path` is the instructor's.
  func newestSigned(_ path: String) throws(ClassError) -> Bool {
    let h = try history([path])
    guard let newest = h.first else { return false }
    return try check([newest.commit])[newest.commit] == true
  }

  /// The version of each instructor's file the class trusts: for each file
  /// in HEAD's history, the commit of its trusted version (nil: none is
  /// trusted, the file should not exist), and whether HEAD's version is it.
  func trusted(_ paths: [String]? = nil) throws(ClassError) -> [String: (commit: String?, atHead: Bool)] {
    let h = try history(paths)
    let signed = try check(h.map(\.commit))
    var out: [String: (commit: String?, atHead: Bool)] = [:]
    for (c, files) in h {
      let good = signed[c] == true
      for f in files {
        if let seen = out[f] {
          if seen.commit == nil && good { out[f] = (c, false) }  // an older version, signed
        } else {
          out[f] = (good ? c : nil, good)  // the newest version
        }
      }
    }
    return out
  }

  /// The trusted bytes of a file (nil: it should not exist).
  func trustedBytes(_ path: String, at commit: String?) throws(ClassError) -> Data? {
    guard let commit else { return nil }
    let r = try git.run(["cat-file", "blob", "\(commit):\(path)"])
    return r.ok ? Data(r.out.utf8) : nil
  }

  /// What `restore` did.
  struct Restored: Equatable, Sendable {
    /// Files given back their trusted version (paths in the clone).
    var restored: [String] = []
    /// Where local edits were put aside (nil: none was).
    var aside: String?
  }

  /// Puts the class's trusted version back in every instructor's file that
  /// differs from it: `edited` (changed here, from `git status`) are local
  /// edits, copied aside first into `.caseroom-aside/<time>/`; others were
  /// forged in a commit that came in, and are just restored.
  func restore(edited: [String], now: Date) throws(ClassError) -> Restored {
    var out = Restored()
    let versions = try trusted()
    let candidates = Set(edited).union(versions.filter { !$0.value.atHead }.keys)
    guard !candidates.isEmpty else { return out }
    let stamp = Self.stamp(now)
    for path in candidates.sorted() {
      let url = top.appendingPathComponent(path)
      let working = try? RegularFile.read(url)
      let version = versions[path]
      var wanted: Data?
      if let v = version { wanted = v.atHead ? try headBytes(path) : try trustedBytes(path, at: v.commit) }
      guard working != wanted else { continue }
      if edited.contains(path), let working {
        let aside = top.appendingPathComponent(".caseroom-aside/\(stamp)/\(path)")
        do {
          try FileManager.default.createDirectory(
            at: aside.deletingLastPathComponent(), withIntermediateDirectories: true)
          try working.write(to: aside)
        } catch {
          throw ClassError(file: aside.path, .cannotPutAside(SystemError(error) ?? SystemError(EIO)))
        }
        out.aside = ".caseroom-aside/\(stamp)"
      }
      if let wanted {
        try ClassFolder.writeShared(wanted, to: url)
      } else {
        unlink(url.path)
      }
      out.restored.append(path)
    }
    return out
  }

  /// `20270301-101500`: the folder a sync's put-aside edits go in.
  static func stamp(_ date: Date) -> String {
    var t = tm()
    var secs = time_t(date.timeIntervalSince1970)
    localtime_r(&secs, &t)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(t.tm_year + 1900)\(two(t.tm_mon + 1))\(two(t.tm_mday))-\(two(t.tm_hour))\(two(t.tm_min))\(two(t.tm_sec))"
  }

  func headBytes(_ path: String) throws(ClassError) -> Data? {
    let r = try git.run(["cat-file", "blob", "HEAD:\(path)"])
    return r.ok ? Data(r.out.utf8) : nil
  }

  /// Whether a file as it is now is the class's trusted version.
  func isTrusted(_ url: URL) -> Bool {
    let path = String(url.standardizedFileURL.path.dropFirst(top.standardizedFileURL.path.count + 1))
    guard let working = try? RegularFile.read(url),
      let versions = try? trusted([path]), let version = versions[path]
    else { return false }
    let wanted = version.atHead ? (try? headBytes(path)) ?? nil : (try? trustedBytes(path, at: version.commit)) ?? nil
    return wanted == working
  }
}

/// What a reader believes of the instructor's files (`class.json`, released
/// feedback) in a clone of a signed class: only the version a commit signed
/// by the instructor wrote (`InstructorFiles`).
public struct InstructorTrust: Sendable {
  let files: InstructorFiles

  /// Nil when `directory` is not in a clone of a signed class (then there
  /// is nothing to check), or is in the instructor's own clone (it signs:
  /// its files are the instructor's, before its next sync commits them).
  public init?(directory: URL) throws(ClassError) {
    // No `.git` at or above it: no clone, and no git to run.
    guard GitFolder.find(from: directory) != nil || GitFolder.environmentNamesOne else { return nil }
    let probe = Git(directory: directory)
    let top = try probe.run(["rev-parse", "--show-toplevel"])
    guard top.ok else { return nil }
    let root = URL(fileURLWithPath: top.out.trimmingSpacesAndLineBreaks())
    guard let files = try InstructorFiles.of(Git(directory: root), top: root), files.signingKey() == nil else {
      return nil
    }
    self.files = files
  }

  /// Whether a file as it is now is the version the instructor signed.
  public func isTrusted(_ url: URL) -> Bool { files.isTrusted(url) }

  /// The bytes of the version of a file the instructor signed last (nil: none is trusted).
  public func trustedBytes(of url: URL) -> Data? {
    let path = String(url.standardizedFileURL.path.dropFirst(files.top.standardizedFileURL.path.count + 1))
    guard let versions = try? files.trusted([path]), let version = versions[path] else { return nil }
    return version.atHead
      ? (try? files.headBytes(path)) ?? nil : (try? files.trustedBytes(path, at: version.commit)) ?? nil
  }
}
