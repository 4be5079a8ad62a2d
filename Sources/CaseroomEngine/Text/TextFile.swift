import Foundation

/// Reading text files the way every command does: UTF-8 only, with a clear
/// error that names the file.
public enum TextFile {
  public static func read(_ url: URL) throws -> String {
    let source = try SourceBytes.text(contentsOf: url.path)
    return source.string(0..<source.count)
  }

  /// Writes text atomically: a temporary file in the same directory, then a rename.
  public static func write(_ text: String, to url: URL) throws {
    do {
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw CaseError(file: url.path, "cannot be written: \(error.localizedDescription)")
    }
  }
}
