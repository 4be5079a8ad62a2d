/// A problem with a file the user gave us, at a line of it or with the whole
/// file, told the way every error names its place: `file:line: message`, or
/// `file: message` when `line` is 0.
public protocol FileProblem: Error, CustomStringConvertible {
  var file: String { get }
  /// 1-based line, or 0 when the problem is with the whole file.
  var line: Int { get }
  var message: String { get }
}

extension FileProblem {
  public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
