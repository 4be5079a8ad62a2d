import FoundationEssentials
import Glibc

/// Reading text files the way every command does: UTF-8 only, with a clear
/// error that names the file.
public enum TextFile {
  public static func read(_ url: URL) throws -> String {
    let source = try SourceBytes.text(contentsOf: url.path)
    return source.string(0..<source.count)
  }

  /// Writes text atomically (`AtomicFile`, without a backup), as an editor saves: a file replaced keeps its
  /// mode, and what an earlier write that was killed left beside it is cleaned up.
  public static func write(_ text: String, to url: URL) throws(FileWriteError) {
    AtomicFile.removeStaleTemporaries(of: url)
    try AtomicFile.write(Data(text.utf8), to: url, keepBackup: false, keepMode: true)
  }
}
