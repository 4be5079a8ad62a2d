import CaseroomEngine
import CaseroomSession
import FoundationEssentials
import Glibc

/// Who caseroom says made a commit or a merge: the member (or the group)
/// and `login@host`. Every git command a sync runs gets it through the
/// environment (`GIT_AUTHOR_*`, `GIT_COMMITTER_*`), the merge driver too, so
/// nothing depends on `~/.gitconfig`: a student's laptop with no git
/// identity commits and merges, and each commit names who wrote it — which
/// the markers of a conflict then name (`ConflictMarkers`).
public struct GitIdentity: Equatable, Sendable {
  /// The environment variable naming the member at this machine (`--member` wins over it).
  public static let memberVariable = "CASEROOM_MEMBER"

  /// The member's name, else the group's, else the login.
  public var name: String
  public var login: String
  public var host: String

  public init(name: String, login: String, host: String) {
    self.name = name
    self.login = login
    self.host = host
  }

  /// This machine's identity: `member` (else `$CASEROOM_MEMBER`, else `group`, else the login).
  public static func here(
    member: String? = nil, group: String? = nil,
    environment: [String: String] = ProcessEnvironment.variables
  ) -> GitIdentity {
    let login = LocalHost.userName()
    let chosen = [member, environment[memberVariable], group].compactMap {
      $0?.trimmingSpacesAndLineBreaks()
    }.first { !$0.isEmpty }
    let host = LocalProcess.hostName
    return GitIdentity(name: chosen ?? login, login: login, host: host.isEmpty ? "localhost" : host)
  }

  /// `login@host`, with what an address cannot hold taken out.
  public var email: String {
    func clean(_ s: String) -> String {
      let kept = s.unicodeScalars.filter { $0.value > 0x20 && !"<>@\"".unicodeScalars.contains($0) }
      return kept.isEmpty ? "unknown" : String(String.UnicodeScalarView(kept))
    }
    return clean(login) + "@" + clean(host)
  }

  /// `王小明 · lap1`: how a conflict's marker names this side.
  public var label: String { GitIdentity.label(name: name, email: email) }

  /// The label of a commit's author: the name and the host of `login@host`.
  public static func label(name: String, email: String) -> String {
    let host = email.split(separator: "@", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
    let n = name.trimmingSpaces()
    if host.isEmpty { return n.isEmpty ? email : n }
    return (n.isEmpty ? email : n) + " · " + host
  }

  /// The variables that give every git command this identity.
  public var environment: [String: String] {
    let n = name.replacingEvery("<", with: "").replacingEvery(">", with: "")
    return [
      "GIT_AUTHOR_NAME": n, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": n, "GIT_COMMITTER_EMAIL": email,
    ]
  }
}

/// The login caseroom runs as.
enum LocalHost {
  static func userName() -> String {
    if let pw = getpwuid(geteuid()) { return String(cString: pw.pointee.pw_name) }
    return ProcessEnvironment.variables["USER"] ?? "caseroom"
  }
}
