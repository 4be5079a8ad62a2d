import CaseroomEngine
import FoundationEssentials

/// `caseroom class init` for a class repository: with `--git-server
/// PATH.git`, the bare repository (with its guard, `GitServer`) and the
/// instructor's clone of it; in any clone, the instructor's signing key
/// (`ClassSigning`), recorded in `class.json` and used by every commit the
/// instructor's clone makes.
public enum ClassRepository {
  /// The instructor's key, as `prepare` found or made it.
  public struct Signing: Sendable {
    public var key: URL
    public var publicKey: String
  }

  /// Before the class folder is made: with `server`, makes the bare
  /// repository and clones it into `root`. Returns the signing key when
  /// `root` is (now) in a git clone, else nil (a shared server's folder).
  public static func prepare(
    root: URL, server: URL?, signingKey: URL?, unixGroup: String?, home: URL
  ) throws(ClassError) -> Signing? {
    if let server {
      // The key first: the server's guard needs it.
      let (key, pub) = try ClassSigning.key(given: signingKey, home: home)
      try GitServer.create(at: server, publicKey: pub, unixGroup: unixGroup)
      let parent = Git(directory: root.deletingLastPathComponent())
      let cloned = try parent.run(["clone", "--quiet", server.path, root.path])
      guard cloned.ok else {
        throw ClassError(file: root.path, .git(command: "clone \(server.path)", detail: cloned.reason))
      }
      _ = try Git(directory: root).run(["symbolic-ref", "HEAD", "refs/heads/main"])
      return Signing(key: key, publicKey: pub)
    }
    guard isClone(root) else {
      if let signingKey {
        throw ClassError(file: signingKey.path, .signingKeyOutsideClone(root.path))
      }
      return nil
    }
    let (key, pub) = try ClassSigning.key(given: signingKey, home: home)
    return Signing(key: key, publicKey: pub)
  }

  /// Whether a folder is in a git clone (`.git` in it or a folder above).
  static func isClone(_ root: URL) -> Bool {
    var dir = root.standardizedFileURL
    while true {
      if FileManager.default.fileExists(atPath: dir.appendingPathComponent(".git").path) { return true }
      let up = dir.deletingLastPathComponent()
      if up.path == dir.path { return false }
      dir = up
    }
  }

  /// After the class folder is made: `class.json` records the public key,
  /// and the clone signs with the private one (and trusts the public one).
  public static func sign(_ folder: ClassFolder, with signing: Signing) throws(ClassError) {
    var file = try folder.load()
    file.instructorKey = signing.publicKey
    try folder.save(file)
    let git = Git(directory: folder.root)
    _ = try git.value(["config", ClassSigning.signingKeyConfig, signing.key.path])
    _ = try git.value(["config", ClassSigning.pinnedKeyConfig, signing.publicKey])
  }
}
