/// The parts of a path as text (`NSString`'s `deletingLastPathComponent` and
/// `lastPathComponent`, without Foundation).
public enum PathText {
  /// The folder part: `/a/b/c` → `/a/b`, `/c` → `/`, `c` → `` (trailing slashes ignored).
  public static func directory(_ path: String) -> String {
    let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.reversed().drop { $0 == "/" }.reversed()) : path
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }

  /// The last part: `/a/b/c` → `c` (trailing slashes ignored).
  public static func lastComponent(_ path: String) -> String {
    let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.reversed().drop { $0 == "/" }.reversed()) : path
    guard let slash = trimmed.lastIndex(of: "/"), trimmed != "/" else { return trimmed }
    return String(trimmed[trimmed.index(after: slash)...])
  }
}
