import CaseroomEngine
import FoundationEssentials
import Glibc

// MARK: - caseroom class init

extension ClassFolder {
  /// What `.gitignore` holds in a class folder: everything but sessions,
  /// released feedback, the case and `class.json` stays out of a repository
  /// — above all `instructor/`, the scores before release.
  public static let gitignore = """
    # caseroom: the instructor's own files are never shared
    /instructor/
    *.bak
    *.lock
    *.lock.*
    *.draft
    *.damaged-*
    .*.tmp-*
    /.caseroom-aside/

    """

  /// What `.gitattributes` holds: sessions merge with caseroom's merge driver.
  public static let gitattributes = "*.session.json merge=caseroom\n"

  /// Makes a class folder at `root` for a case: `class.json` with the
  /// phases of the case's plan, the case copied in, `sessions/` (setgid,
  /// group-writable), `feedback/`, `instructor/` (`0700`), and the git
  /// files. With `unixGroup`, the folders belong to that group (the
  /// instructor must be in it); else to the instructor's own group.
  /// A folder that already holds a `class.json` is refused.
  @discardableResult
  public static func create(
    at root: URL, case c: Case, caseSource: URL, unixGroup: String? = nil, now: Date = Date()
  ) throws(ClassError) -> ClassFolder {
    let folder = ClassFolder(root: root)
    let path = folder.root.path
    if RegularFile.exists(folder.classFile) {
      throw ClassError(file: path, .alreadyAClassFolder)
    }
    var gid = getegid()
    if let unixGroup {
      guard let g = getgrnam(unixGroup) else { throw ClassError(file: path, .noUnixGroup(unixGroup)) }
      gid = g.pointee.gr_gid
    }
    try makeDirectory(path, mode: 0o2750, group: gid, groupName: unixGroup)
    let caseName = "\(c.id).\(CaseFormat.fileExtension)"
    let caseBytes: Data
    do { caseBytes = try RegularFile.read(caseSource) } catch {
      throw ClassError(file: error.file, .unreadable(error.kind))
    }
    try writeShared(caseBytes, to: folder.root.appendingPathComponent(caseName))
    try makeDirectory(folder.sessions.path, mode: 0o2770, group: gid, groupName: unixGroup)
    try makeDirectory(folder.feedback.path, mode: 0o2750, group: gid, groupName: unixGroup)
    // The instructor's alone: not setgid (so files in it are 0600), no access for the group.
    try makeDirectory(folder.instructor.path, mode: 0o700, group: nil, groupName: nil)
    for dir in [folder.sessions, folder.feedback] {
      try writeShared(Data(), to: dir.appendingPathComponent(".gitkeep"))
    }
    try writeShared(Data(gitignore.utf8), to: folder.root.appendingPathComponent(".gitignore"))
    try writeShared(Data(gitattributes.utf8), to: folder.root.appendingPathComponent(".gitattributes"))
    try folder.save(ClassFile(case: c, caseFile: caseName, now: now))
    return folder
  }

  /// Makes a directory (or takes an existing one) and gives it exactly this mode and group.
  static func makeDirectory(_ path: String, mode: mode_t, group: gid_t?, groupName: String?) throws(ClassError) {
    if mkdir(path, 0o700) != 0 && errno != EEXIST {
      throw ClassError(file: path, .cannotCreate(.last))
    }
    guard RegularFile.kind(URL(fileURLWithPath: path)) == S_IFDIR else {
      throw ClassError(file: path, .notAFolder)
    }
    if let group, chown(path, uid_t.max, group) != 0 {
      let why = SystemError.last
      throw ClassError(
        file: path, .cannotGiveGroup(groupName ?? "\(group)", reason: why, notAMember: why.code == EPERM))
    }
    guard chmod(path, mode) == 0 else {
      throw ClassError(file: path, .cannotGiveMode(String(mode, radix: 8), reason: .last))
    }
  }
}
