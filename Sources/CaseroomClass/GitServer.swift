import CaseroomEngine
import FoundationEssentials
import Glibc

/// The class repository's own guard (`caseroom class init --git-server
/// PATH.git`): a bare repository whose `pre-receive` hook refuses a push
/// with a commit that changes `class.json`, `feedback/` or `instructor/`
/// unless the instructor's key signed it. A merge counts as changing a
/// file only where it differs from every parent (taking the instructor's
/// version in is no change). The key is in `caseroom-allowed-signers` in
/// the repository.
public enum GitServer {
  /// Makes the bare repository at `bare` (refused if something is there),
  /// shared with a Unix group when given (every member may push).
  public static func create(at bare: URL, publicKey: String, unixGroup: String?) throws(ClassError) {
    if FileManager.default.fileExists(atPath: bare.path) {
      throw ClassError(file: bare.path, .repositoryExists)
    }
    let parent = Git(directory: bare.deletingLastPathComponent())
    var args = ["init", "--quiet", "--bare", "--initial-branch=main"]
    if unixGroup != nil { args.append("--shared=group") }
    let made = try parent.run(args + [bare.path])
    guard made.ok else { throw ClassError(file: bare.path, .git(command: "init", detail: made.reason)) }
    let git = Git(directory: bare)
    // Pushes over SSH as other Unix users: no ownership complaints, signatures checked with this file.
    _ = try git.run(["config", "receive.denyNonFastForwards", "true"])
    do {
      try AtomicFile.write(
        Data(ClassSigning.allowedSigners(publicKey).utf8), to: bare.appendingPathComponent("caseroom-allowed-signers"),
        keepBackup: false, mode: .ordinary)
      let hook = bare.appendingPathComponent("hooks/pre-receive")
      try AtomicFile.write(Data(Self.hook.utf8), to: hook, keepBackup: false, mode: .ordinary)
      chmod(hook.path, 0o755)
      chmod(bare.appendingPathComponent("caseroom-allowed-signers").path, 0o644)
    } catch {
      throw ClassError(file: error.path, .cannotWrite(error))
    }
    if let unixGroup {
      guard let g = getgrnam(unixGroup) else { throw ClassError(file: bare.path, .noUnixGroup(unixGroup)) }
      let gid = g.pointee.gr_gid
      let below = (try? FileManager.default.subpathsOfDirectory(atPath: bare.path)) ?? []
      let paths = [bare.path] + below.map { bare.appendingPathComponent($0).path }
      for p in paths where chown(p, uid_t.max, gid) != 0 {
        throw ClassError(
          file: p, .cannotGiveGroup(unixGroup, reason: .last, notAMember: errno == EPERM))
      }
    }
  }

  /// The `pre-receive` hook (sh and git only: it runs on the server).
  public static let hook = #"""
    #!/bin/sh
    # caseroom: a push that changes class.json, feedback/ or instructor/ must be
    # signed by the instructor's key (made by 'caseroom class init --git-server').
    signers="$(cd "${GIT_DIR:-.}" && pwd)/caseroom-allowed-signers"
    zero=0000000000000000000000000000000000000000
    refused=0
    while read old new ref; do
      [ "$new" = "$zero" ] && continue
      if [ "$old" = "$zero" ]; then
        commits=$(git rev-list "$new" --not --all)
      else
        commits=$(git rev-list "$old..$new")
      fi
      for c in $commits; do
        touched=$(git -c core.quotePath=false diff-tree -r --root --cc --name-only --no-commit-id "$c" -- \
          ':(glob)**/class.json' ':(glob)**/feedback/**' ':(glob)**/instructor/**')
        [ -z "$touched" ] && continue
        signed=$(git -c gpg.ssh.allowedSignersFile="$signers" log -1 --format=%G? "$c")
        if [ "$signed" != G ]; then
          who=$(git log -1 --format='%h %an <%ae>' "$c")
          echo "caseroom: refused: commit $who changes the instructor's files ($(echo $touched)) and is not signed by the instructor's key" >&2
          refused=1
        fi
      done
    done
    exit $refused

    """#
}
