import FoundationEssentials

/// The running program's own file, for finding what is installed beside it.
public enum ThisProgram {
  /// Its absolute path (/proc/self/exe, symbolic links resolved), else the path it was started by.
  public static var url: URL {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: path)
    }
    return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").standardizedFileURL
  }
}
