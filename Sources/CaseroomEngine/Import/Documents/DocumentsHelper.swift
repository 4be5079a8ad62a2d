import FoundationEssentials
import Glibc

/// `caseroom-documents`, the helper program that reads a .docx or a .pdf to
/// text. Reading them needs Foundation itself (ZIPFoundation, an XML parser),
/// and with it ICU; run as a program of its own, it keeps them out of the
/// `caseroom` binary. Found beside this program (a build folder, `swift run`)
/// or in `../libexec/caseroom/` (an install).
public enum DocumentsHelper {
  public static let name = "caseroom-documents"

  /// Where it is looked for, in order, for a program at `program`.
  public static func candidates(beside program: URL = ThisProgram.url) -> [URL] {
    let folder = program.deletingLastPathComponent()
    return [
      folder.appendingPathComponent(name),
      folder.deletingLastPathComponent().appendingPathComponent("libexec/caseroom/\(name)").standardizedFileURL,
    ]
  }

  /// The package this program was built from, when it runs from a SwiftPM build folder
  /// (`…/caseroom/.build/debug/caseroom`, as `swift run caseroom` leaves it): the folder
  /// holding `Package.swift`, where `swift build --product caseroom-documents` builds the helper.
  public static func package(of program: URL = ThisProgram.url) -> URL? {
    var folder = program.deletingLastPathComponent()
    while folder.path != "/" && !folder.path.isEmpty {
      if folder.lastPathComponent == ".build" {
        let root = folder.deletingLastPathComponent()
        let manifest = root.appendingPathComponent("Package.swift")
        return FileManager.default.fileExists(atPath: manifest.path) ? root : nil
      }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  /// The command that builds the helper beside `program` in its package, for the message.
  public static func buildCommand(beside program: URL = ThisProgram.url) -> String {
    let release = program.deletingLastPathComponent().lastPathComponent == "release"
    return "swift build\(release ? " -c release" : "") --product \(name)"
  }

  /// The text of the hand-out at `url`, read by the helper.
  public static func text(of url: URL, beside program: URL = ThisProgram.url) throws(ImportError) -> String {
    let all = candidates(beside: program)
    guard let helper = all.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
      throw .needsHelper(
        file: url.path, lookedIn: all.map { $0.deletingLastPathComponent().path },
        package: package(of: program).map { PackageBuild(folder: $0.path, command: buildCommand(beside: program)) })
    }
    let result: ChildProcess.Result
    do {
      result = try ChildProcess.run(
        helper.path, [name, url.path], environment: ProcessEnvironment.variables)
    } catch {
      throw .unreadable(file: url.path, reason: .helperNotStarted(path: helper.path, detail: "\(error)"))
    }
    guard result.status == 0 else {
      let message = String(decoding: result.err, as: UTF8.self).trimmingSpacesAndLineBreaks()
      // Stopped by a signal (a trap): its backtrace goes to a file, never to the user's terminal.
      if result.status > 128, !message.isEmpty, let log = keptLog(result.err) {
        throw .unreadable(file: url.path, reason: .helperCrashed(signal: result.status - 128, log: log))
      }
      if message.isEmpty || result.status > 128 {
        throw .unreadable(
          file: url.path,
          reason: result.status > 128 ? .helperSignal(result.status - 128) : .helperFailed(status: result.status))
      }
      throw DocumentsHelperReport.read(message)
    }
    return String(decoding: result.out, as: UTF8.self)
  }

  /// What a helper that crashed wrote (a backtrace with registers), kept in a new file in the temporary
  /// folder (`$TMPDIR`, else /tmp) for a bug report: its path, or nil when it cannot be written.
  static func keptLog(_ bytes: Data) -> String? {
    let folder = ProcessEnvironment.variables["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    let path = FileMode.unpredictableName(folder + "/caseroom-documents-crash-") + ".txt"
    return AtomicFile.writeNew(bytes, at: path, mode: .ordinary) == 0 ? path : nil
  }
}

extension ImportSource {
  /// Reads a hand-out as `caseroom import` does: text and Markdown here, a
  /// .docx or a .pdf through the `caseroom-documents` helper.
  public static func load(_ url: URL) throws -> ImportSource {
    let format = ImportFormat.of(url)
    // An old .doc (or an encrypted .docx), whatever it is called: said as such, not as text that is not UTF-8.
    if ImportFormat.isCompoundFile(ImportFormat.head(of: url, count: 8)) {
      throw ImportError.unreadable(file: url.path, reason: .oldWordFormat)
    }
    if format.isDocument {
      // A file missing, a folder, a FIFO or one without permission is said as such, not as a damaged document.
      var info = stat()
      guard stat(url.path, &info) == 0 else { throw FileReadError(path: url.path, errno: errno) }
      if let kind = FileReadError.Kind(mode: info.st_mode) { throw FileReadError(path: url.path, kind) }
      guard access(url.path, R_OK) == 0 else { throw FileReadError(path: url.path, errno: errno) }
      return ImportSource(text: try DocumentsHelper.text(of: url), format: format)
    }
    return ImportSource(text: try TextFile.read(url), format: format)
  }
}
