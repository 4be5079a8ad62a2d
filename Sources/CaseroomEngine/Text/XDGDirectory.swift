import FoundationEssentials

/// The per-user directories of the XDG base directory specification: the
/// variable when it holds an absolute path, else its default under `$HOME`.
public enum XDGDirectory: String, Sendable {
  /// `$XDG_DATA_HOME`, else `~/.local/share`.
  case data = "XDG_DATA_HOME"
  /// `$XDG_STATE_HOME`, else `~/.local/state`.
  case state = "XDG_STATE_HOME"
  /// `$XDG_CACHE_HOME`, else `~/.cache`.
  case cache = "XDG_CACHE_HOME"

  /// The directory, or `path` inside it. Made as one path, then one URL
  /// (told that it is not a folder, so nothing is looked up on disk): the
  /// reader asks for five of these before its first frame, and each
  /// `appendingPathComponent` parsed the URL anew.
  public func url(_ path: String, environment: [String: String] = ProcessEnvironment.variables) -> URL {
    URL(fileURLWithPath: self.path(path, environment: environment), isDirectory: false)
  }

  /// The directory, or `path` inside it, as a path (no URL made: the reader's start needs none).
  public func path(_ path: String, environment: [String: String] = ProcessEnvironment.variables) -> String {
    if let dir = environment[rawValue], dir.hasPrefix("/") { return XDGDirectory.join(dir, path) }
    let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
    return XDGDirectory.join(XDGDirectory.join(home, fallback), path)
  }

  /// `folder/name`, with one slash between them however `folder` ends.
  static func join(_ folder: String, _ name: String) -> String {
    var folder = folder
    while folder.utf8.last == UInt8(ascii: "/") { folder.removeLast() }
    return folder + "/" + name
  }

  private var fallback: String {
    switch self {
    case .data: ".local/share"
    case .state: ".local/state"
    case .cache: ".cache"
    }
  }
}
