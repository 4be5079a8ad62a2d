import CaseroomEngine
import CaseroomReview
import CaseroomSession
import FoundationEssentials
import Glibc

/// A class folder: what `caseroom class init DIR` makes, on a shared server
/// or as the working copy of a class repository.
///
/// ```
/// DIR/                      2750, the class's Unix group (setgid)
///   class.json              0640: the case, the phases, the running phase
///   <case id>.case.md       0640: the case, copied so that every student can read it
///   sessions/               2770: every group's session (0660, the class's group)
///   feedback/               2750: released feedback, one file per group (0640)
///   instructor/             0700: the instructor's review file, never shared
///   .gitignore .gitattributes   for a class repository
/// ```
///
/// Students (members of the Unix group) read `class.json`, the case and the
/// released feedback, and write sessions; only the instructor writes the
/// rest. `instructor/` belongs to the instructor alone: scores and comments
/// stay there until released (`FeedbackRelease`), and `.gitignore` keeps
/// it out of a repository.
public struct ClassFolder: Sendable, Equatable {
  /// The environment variable naming a class folder (`--class` wins over it).
  public static let environmentVariable = "CASEROOM_CLASS"

  public let root: URL

  public init(root: URL) { self.root = root.standardizedFileURL }

  public var classFile: URL { root.appendingPathComponent(ClassFile.fileName) }
  public var sessions: URL { root.appendingPathComponent("sessions") }
  public var feedback: URL { root.appendingPathComponent("feedback") }
  public var instructor: URL { root.appendingPathComponent("instructor") }

  /// The instructor's review file of a case: in `instructor/` (`0700`), never in `sessions/`.
  public func reviewURL(caseId: String) -> URL { Review.url(in: instructor, caseId: caseId) }

  /// The class folder named by `--class`, else by `$CASEROOM_CLASS`; nil when neither is given.
  public static func named(
    _ option: String?, environment: [String: String] = ProcessEnvironment.variables
  ) -> ClassFolder? {
    if let option, !option.isEmpty { return ClassFolder(root: URL(fileURLWithPath: option)) }
    if let env = environment[environmentVariable], !env.isEmpty { return ClassFolder(root: URL(fileURLWithPath: env)) }
    return nil
  }

  /// The class folder a sessions folder belongs to (its parent holds `class.json`), if any.
  public static func containing(sessions: URL) -> ClassFolder? {
    let parent = ClassFolder(root: sessions.standardizedFileURL.deletingLastPathComponent())
    guard parent.sessions.path == sessions.standardizedFileURL.path, RegularFile.exists(parent.classFile) else {
      return nil
    }
    return parent
  }

  // MARK: Reading and writing class.json

  /// Reads `class.json`. A folder without one is not a class folder, said so.
  /// In a student's clone of a signed class only the version the instructor
  /// signed is believed (`InstructorTrust`): a reader starting there takes
  /// its case, sessions and phases from it, never from an edit by hand.
  ///
  /// What it found is kept for the process while `class.json` and the
  /// clone's git files (`GitFolder.stamp`) stay as they were: loading again
  /// then costs a few `stat`s and runs no git.
  public func load() throws(ClassError) -> ClassFile {
    let key = Loaded.Key(file: FileStamp.of(classFile), git: GitFolder.find(from: root)?.stamp())
    let keep = key.file != nil && !GitFolder.environmentNamesOne
    if keep, let known = Loaded.shared.file(root.path, key) { return known }
    let file = try read()
    if keep { Loaded.shared.keep(file, root.path, key) }
    return file
  }

  /// The class files loaded in this process, each with the stamps it was read under.
  final class Loaded: @unchecked Sendable {
    struct Key: Equatable {
      var file: FileStamp?
      var git: [FileStamp?]?
    }
    static let shared = Loaded()
    private let lock = ThreadLock()
    private var files: [String: (Key, ClassFile)] = [:]
    func file(_ root: String, _ key: Key) -> ClassFile? {
      lock.withLock { files[root].flatMap { $0.0 == key ? $0.1 : nil } }
    }
    func keep(_ file: ClassFile, _ root: String, _ key: Key) { lock.withLock { files[root] = (key, file) } }
  }

  private func read() throws(ClassError) -> ClassFile {
    var data: Data
    do {
      data = try RegularFile.read(classFile)
    } catch {
      if error.kind == .missing {
        throw ClassError(file: root.path, .notAClassFolder)
      }
      throw ClassError(file: classFile.path, .unreadable(error.kind))
    }
    if let trust = (try? InstructorTrust(directory: root)) ?? nil, !trust.isTrusted(classFile),
      let signed = trust.trustedBytes(of: classFile)
    {
      data = signed
    }
    return try ClassFile.decode(data, file: classFile.path)
  }

  /// Writes `class.json` atomically (readers see the old file or the new
  /// one), readable by the class and writable by the instructor alone (`0640`).
  public func save(_ file: ClassFile) throws(ClassError) {
    let data: Data
    do { data = try file.json() } catch { throw ClassError(file: classFile.path, .cannotEncode("\(error)")) }
    try Self.writeShared(data, to: classFile)
  }

  /// The case file the class reads.
  public func caseURL(_ file: ClassFile) -> URL {
    file.caseFile.hasPrefix("/") ? URL(fileURLWithPath: file.caseFile) : root.appendingPathComponent(file.caseFile)
  }

  /// Writes a file the class reads and only its writer may change: `0640`
  /// (the umask is narrowed to `027` for the write, then the mode is set
  /// exactly), atomically through `AtomicFile`; in a setgid folder it has the
  /// folder's group.
  static func writeShared(_ data: Data, to url: URL) throws(ClassError) {
    let old = umask(0o027)
    defer { umask(old) }
    do {
      try AtomicFile.write(data, to: url, keepBackup: false, mode: .ordinary)
    } catch {
      throw ClassError(file: error.path, .cannotWrite(error))
    }
    chmod(url.path, 0o640)
  }
}
