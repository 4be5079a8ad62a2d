import CaseroomEngine
import FoundationEssentials
import Glibc

/// A folder's git repository found without running git: the nearest `.git`
/// at or above it (a folder, or a file naming one, as a worktree's or a
/// submodule's), and a stamp of the files that git's answers about the
/// clone's history and settings come from. A folder with no `.git` above it
/// is no clone, so nothing there needs git (a class folder on a shared
/// server); a clone's answers are kept while its stamp stays.
struct GitFolder: Sendable, Equatable {
  /// The folder holding `.git`.
  let top: String
  /// The git folder: `.git`, or where a `.git` file points.
  let gitDir: String

  /// The repository `directory` is in, if any (`GIT_DIR` set: unknown, nil).
  static func find(from directory: URL) -> GitFolder? {
    var dir = directory.standardizedFileURL.path
    while !dir.isEmpty {
      let dotGit = (dir == "/" ? "" : dir) + "/.git"
      var info = stat()
      if stat(dotGit, &info) == 0 {
        if info.st_mode & S_IFMT == S_IFDIR { return GitFolder(top: dir, gitDir: dotGit) }
        if let named = pointer(dotGit) {
          return GitFolder(top: dir, gitDir: named.hasPrefix("/") ? named : dir + "/" + named)
        }
      }
      guard dir != "/" else { return nil }
      dir = PathText.directory(dir)
    }
    return nil
  }

  /// Whether git may find a repository where no `.git` is (the environment names one).
  static var environmentNamesOne: Bool {
    let env = ProcessEnvironment.variables
    return env["GIT_DIR"] != nil || env["GIT_WORK_TREE"] != nil
  }

  /// `gitdir: PATH` in a `.git` file.
  private static func pointer(_ file: String) -> String? {
    guard let data = try? RegularFile.read(URL(fileURLWithPath: file)) else { return nil }
    let text = String(decoding: data.prefix(4096), as: UTF8.self).trimmingSpacesAndLineBreaks()
    return text.hasPrefix("gitdir: ") ? String(text.dropFirst(8)) : nil
  }

  /// The stamps of HEAD, the branch it names, the packed refs and the
  /// config (the common git folder's too, for a worktree): a commit, a
  /// fetch, a merge or a `git config` changes one of them.
  func stamp() -> [FileStamp?] {
    var dirs = [gitDir]
    if let data = try? RegularFile.read(URL(fileURLWithPath: gitDir + "/commondir")) {
      let common = String(decoding: data, as: UTF8.self).trimmingSpacesAndLineBreaks()
      dirs.append(common.hasPrefix("/") ? common : gitDir + "/" + common)
    }
    var paths = [gitDir + "/HEAD"]
    var branch: String?
    if let head = try? RegularFile.read(URL(fileURLWithPath: gitDir + "/HEAD")) {
      let text = String(decoding: head.prefix(4096), as: UTF8.self).trimmingSpacesAndLineBreaks()
      if text.hasPrefix("ref: ") { branch = String(text.dropFirst(5)) }
    }
    for d in dirs {
      paths += [d + "/config", d + "/packed-refs"]
      if let branch { paths.append(d + "/" + branch) }
    }
    return paths.map { FileStamp(path: $0) }
  }
}
