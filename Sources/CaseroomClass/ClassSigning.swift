import CaseroomEngine
import FoundationEssentials
import Glibc

/// The instructor's signature on what only the instructor writes
/// (`class.json`, released feedback): git's own SSH signing. The
/// instructor's clone signs every commit and merge caseroom makes with an
/// SSH key (`gpg.format=ssh`); the class records the key's public half in
/// `class.json`; every clone pins it at its first sync (in its git config)
/// and checks commits against it (`%G?` with an allowed-signers file).
public enum ClassSigning {
  /// In the instructor's clone: the private key caseroom signs with.
  static let signingKeyConfig = "caseroom.signingkey"
  /// In every clone: the class's public key, pinned at the first sync (or by `class init`).
  static let pinnedKeyConfig = "caseroom.instructorkey"
  /// The name the allowed-signers file gives the instructor.
  static let principal = "caseroom-instructor"

  /// The instructor's key: `given` (a private key beside its `.pub`), else
  /// `~/.ssh/caseroom-instructor`, made (ed25519, no passphrase) when missing.
  /// Returns the private key's path and the public key's line.
  public static func key(given: URL?, home: URL, git: String = "git") throws(ClassError) -> (URL, String) {
    let key = given ?? home.appendingPathComponent(".ssh/caseroom-instructor")
    let pub = URL(fileURLWithPath: key.path + ".pub")
    if given == nil, !FileManager.default.fileExists(atPath: key.path) {
      let dir = key.deletingLastPathComponent()
      do {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      } catch {
        throw ClassError(file: dir.path, .cannotCreate(SystemError(error) ?? SystemError(EIO)))
      }
      chmod(dir.path, 0o700)
      let made = run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "caseroom instructor", "-f", key.path])
      guard made.status == 0 else {
        throw ClassError(
          file: key.path, .cannotMakeKey(made.status == 127 ? nil : made.err.trimmingSpacesAndLineBreaks()))
      }
    }
    guard FileManager.default.isReadableFile(atPath: key.path) else {
      throw ClassError(file: key.path, .noPrivateKey)
    }
    guard let text = try? String(contentsOf: pub, encoding: .utf8),
      let line = publicKey(text)
    else { throw ClassError(file: pub.path, .notAPublicKey) }
    return (key, line)
  }

  /// A public key's type and data, without its comment (nil: not a public key line).
  public static func publicKey(_ text: String) -> String? {
    let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    guard fields.count >= 2, fields[0].hasPrefix("ssh-") || fields[0].hasPrefix("ecdsa-") else { return nil }
    return "\(fields[0]) \(fields[1])"
  }

  /// The allowed-signers file's one line: the instructor may sign git commits with this key.
  static func allowedSigners(_ publicKey: String) -> String {
    "\(principal) namespaces=\"git\" \(publicKey)\n"
  }

  /// git options that sign every commit and merge with `key`.
  static func signing(_ key: String) -> [String] {
    ["-c", "gpg.format=ssh", "-c", "user.signingkey=\(key)", "-c", "commit.gpgsign=true"]
  }

  /// git options that check signatures against the allowed-signers file `file`.
  static func verifying(_ file: URL) -> [String] {
    ["-c", "gpg.ssh.allowedSignersFile=\(file.path)"]
  }

  /// Runs a program (ssh-keygen) and waits.
  static func run(_ program: String, _ args: [String]) -> (status: Int32, err: String) {
    do {
      let r = try ChildProcess.run(
        "/usr/bin/env", ["env", program] + args, environment: ProcessEnvironment.variables)
      return (r.status, String(decoding: r.err, as: UTF8.self))
    } catch {
      return (127, "\(error)")
    }
  }
}
