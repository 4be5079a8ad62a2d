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

  /// The directory, or `path` inside it.
  public func url(_ path: String, environment: [String: String] = ProcessEnvironment.variables) -> URL {
    if let dir = environment[rawValue], dir.hasPrefix("/") {
      return URL(fileURLWithPath: dir).appendingPathComponent(path)
    }
    let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
    return home.appendingPathComponent(fallback).appendingPathComponent(path)
  }

  private var fallback: String {
    switch self {
    case .data: ".local/share"
    case .state: ".local/state"
    case .cache: ".cache"
    }
  }
}
