import Glibc

/// The program's environment variables, read once from `environ`.
///
/// `ProcessInfo.processInfo.environment` makes `ProcessInfo` (its host,
/// its arguments, its locks) and a new dictionary at every use: the
/// reader's start asked for it eight times, 0.3 ms before the first frame.
/// Nothing in caseroom changes its own environment (child processes are
/// given theirs), so one dictionary made at the first use serves them all.
public enum ProcessEnvironment {
  /// Every variable, by name (a variable given twice: its first value, as `getenv` finds it).
  public static let variables: [String: String] = {
    var found: [String: String] = [:]
    var p = environ
    while let entry = p.pointee {
      if let eq = strchr(entry, 0x3D) {
        let name = String(decoding: UnsafeRawBufferPointer(start: entry, count: eq - entry), as: UTF8.self)
        if found[name] == nil { found[name] = String(cString: eq + 1) }
      }
      p += 1
    }
    return found
  }()
}
