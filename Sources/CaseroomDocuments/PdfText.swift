import CaseroomEngine
import Foundation

/// The text of a PDF, as `pdftotext -layout` (poppler-utils) lays it out:
/// hard-broken lines, indents, page breaks as form feeds. The importer then
/// reads it as a PDF copy (page furniture left out, paragraphs rejoined).
public enum PdfText {
  /// Where pdftotext is, if installed.
  public static var tool: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = String(dir) + "/pdftotext"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  public static func text(of url: URL) throws(ImportError) -> String {
    guard let tool else { throw .needsPdftotext(file: url.path) }
    let text = try run(tool, ["-layout"], url)
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{0C}" }) {
      throw .unreadable(file: url.path, reason: .noTextLayer)
    }
    // The headings' levels by their font sizes, which the layout's text drops (a second pass).
    guard let boxes = try? run(tool, ["-bbox-layout"], url) else { return text }
    return PdfGeometry.marked(layout: text, bbox: boxes)
  }

  /// What pdftotext prints for the file with these options, in UTF-8.
  static func run(_ tool: String, _ options: [String], _ url: URL) throws(ImportError) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = options + ["-enc", "UTF-8", "-q", url.path, "-"]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .unreadable(file: url.path, reason: .pdftotextNotStarted(detail: "\(error)"))
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let message = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      if let password = passwordRefusal(tool, url) {
        throw .unreadable(file: url.path, reason: .needsPassword(detail: password))
      }
      let why = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw .unreadable(file: url.path, reason: .pdftotextFailed(detail: why))
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// pdftotext's words when it refused the file for want of its password (`Incorrect password`), asked again
  /// without `-q` (which keeps it quiet) and with the text thrown away; nil for any other refusal.
  static func passwordRefusal(_ tool: String, _ url: URL) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = ["-l", "1", url.path, "/dev/null"]
    let err = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let line = said.split(separator: "\n").first { $0.localizedCaseInsensitiveContains("password") }
    return line.map { String($0.split(separator: ":").last ?? $0).trimmingCharacters(in: .whitespaces) }
  }
}
