import Foundation

/// Reading text files the way every command does: UTF-8 only, with a clear
/// error that names the file.
public enum TextFile {
  public static func read(_ url: URL) throws -> String {
    let path = url.path
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw CaseError(file: path, "no such file")
    }
    if isDir.boolValue { throw CaseError(file: path, "is a directory, not a file") }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw CaseError(
        file: path,
        "cannot be read (\(FileManager.default.isReadableFile(atPath: path) ? "I/O error" : "permission denied"))")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      var offset = 0
      // Find the first invalid byte to point at it.
      let bytes = [UInt8](data)
      var iterator = bytes.makeIterator()
      var decoder = UTF8()
      var line = 1
      loop: while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let s):
          offset += String(s).utf8.count
          if s == "\n" { line += 1 }
        case .emptyInput: break loop
        case .error: break loop
        }
      }
      throw CaseError(
        file: path, line: line, "not UTF-8 text (invalid byte near offset \(offset)); save the file as UTF-8")
    }
    if text.utf8.contains(0) { throw CaseError(file: path, "contains NUL bytes: not a text file") }
    return text
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
