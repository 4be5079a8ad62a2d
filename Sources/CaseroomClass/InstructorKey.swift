import CaseroomEngine
import FoundationEssentials
import Glibc

/// Whether a clone of a signed class is the instructor's — it holds the
/// private half of the key `class.json` records — and how the key comes to
/// a new machine: copied to where `class init` makes it
/// (`~/.ssh/caseroom-instructor`, with its `.pub`), the clone takes it by
/// itself at its next sync or instructor's command; from anywhere else,
/// `caseroom class init DIR --signing-key KEY` gives it to the clone.
/// Without it the clone is a student's, and an instructor's command there
/// says so and what to do instead of writing files the class would not trust.
public enum InstructorKey {
  /// What a folder is, as a writer of the instructor's files.
  public enum Role: Equatable, Sendable {
    /// Not in a clone of a signed class (a shared server's folder, an unsigned class): nothing is signed.
    case unsigned
    /// The instructor's clone: it signs with the key at this path.
    case instructor(key: String, taken: Bool)
    /// A clone without the class's key (`ssh-ed25519 AAAA…`): what it writes there is put back.
    case student(classKey: String)
  }

  /// Where `class init` makes the key, under `home`.
  public static func defaultKey(home: String) -> String { home + "/.ssh/caseroom-instructor" }

  /// The role of the clone holding `directory`, taking the key from its
  /// default place when it is the class's (`taken` then says so).
  public static func role(of directory: URL, home: String?) throws(ClassError) -> Role {
    let top = try Git(directory: directory).run(["rev-parse", "--show-toplevel"])
    guard top.ok else { return .unsigned }
    let root = URL(fileURLWithPath: top.out.trimmingSpacesAndLineBreaks())
    guard let files = try InstructorFiles.of(Git(directory: root), top: root) else { return .unsigned }
    if let key = files.signingKey() { return .instructor(key: key, taken: false) }
    if let key = files.takeKey(home: home) { return .instructor(key: key, taken: true) }
    return .student(classKey: files.key)
  }

  /// Gives the clone holding `directory` the private key at `key` (beside
  /// its `.pub`), when it is the class's; refused, naming both keys, when not.
  public static func take(_ key: URL, in directory: URL) throws(ClassError) {
    let top = try Git(directory: directory).run(["rev-parse", "--show-toplevel"])
    guard top.ok else { throw ClassError(file: directory.path, .notInAClone) }
    let root = URL(fileURLWithPath: top.out.trimmingSpacesAndLineBreaks())
    guard let files = try InstructorFiles.of(Git(directory: root), top: root) else {
      throw ClassError(file: root.path, .classNotSigned)
    }
    guard FileManager.default.isReadableFile(atPath: key.path) else {
      throw ClassError(file: key.path, .noPrivateKey)
    }
    let pub = (try? String(contentsOfFile: key.path + ".pub", encoding: .utf8)).flatMap(ClassSigning.publicKey)
    guard pub == files.key else {
      throw ClassError(file: key.path, .notTheClassKey(recorded: files.key))
    }
    _ = try files.git.value(["config", ClassSigning.signingKeyConfig, key.path])
  }
}

extension InstructorFiles {
  /// The key at its default place under `home`, when it is the class's:
  /// configured as this clone's signing key. Nil when it is not there.
  func takeKey(home: String?) -> String? {
    guard let home, !home.isEmpty else { return nil }
    let path = InstructorKey.defaultKey(home: home)
    guard FileManager.default.isReadableFile(atPath: path),
      let pub = try? String(contentsOfFile: path + ".pub", encoding: .utf8), ClassSigning.publicKey(pub) == key,
      (try? git.value(["config", ClassSigning.signingKeyConfig, path])) != nil
    else { return nil }
    return path
  }
}
