import FoundationEssentials
import Glibc

/// Reading text files the way every command does: UTF-8 only, with a clear
/// error that names the file.
public enum TextFile {
  public static func read(_ url: URL) throws -> String {
    let source = try SourceBytes.text(contentsOf: url.path)
    return source.string(0..<source.count)
  }

  /// Writes text atomically (`AtomicFile`, without a backup).
  public static func write(_ text: String, to url: URL) throws(FileWriteError) {
    try AtomicFile.write(Data(text.utf8), to: url, keepBackup: false)
  }
}
