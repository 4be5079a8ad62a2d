import FoundationEssentials
import Glibc

/// The cases a user can open by id: the bundled cases (the first folder of
/// `BundledCase.folders()` that holds any, `share/caseroom/cases` once
/// installed) and the user's own, in `$XDG_DATA_HOME/caseroom/cases`.
///
/// Every `*.case.md` file of these folders is an entry. A user's case with
/// the id of a bundled one replaces it. A file that cannot be read as a case
/// (or has no text, or repeats an id in its folder) is an entry with a
/// `problem`, listed so that its author can see why it is not offered.
public struct CaseLibrary: Sendable {
  /// Where a case comes from.
  public enum Origin: String, Sendable {
    /// Shipped with the program.
    case bundled
    /// Put there by the user.
    case user
  }

  /// A folder of cases.
  public struct Folder: Sendable, Equatable {
    public var url: URL
    public var origin: Origin

    public init(url: URL, origin: Origin) {
      self.url = url
      self.origin = origin
    }
  }

  /// Why a case file is not offered, as a value (the app words it).
  public enum Problem: Sendable, Equatable {
    /// It cannot be read as a case: its first problem (the place is in the file).
    case notACase(CaseError)
    /// It has no text to read.
    case noText
    /// An earlier file of its folder (`file`, its name) has the same `id`.
    case sameId(as: String, id: String)
  }

  /// One case file of the library.
  public struct Entry: Sendable, Equatable {
    public var url: URL
    public var origin: Origin
    /// The case's id, or the file's name without `.case.md` when it cannot be read.
    public var id: String
    public var title: String
    /// Content sections that hold text (what the reader numbers 1/17 … 17/17).
    public var sections: Int
    /// Discussion questions.
    public var questions: Int
    /// Why the file is not offered; nil when it can be opened.
    public var problem: Problem?

    public init(
      url: URL, origin: Origin, id: String, title: String, sections: Int, questions: Int, problem: Problem? = nil
    ) {
      self.url = url
      self.origin = origin
      self.id = id
      self.title = title
      self.sections = sections
      self.questions = questions
      self.problem = problem
    }

    /// Whether the case can be opened.
    public var usable: Bool { problem == nil }
  }

  /// The folders read, bundled first.
  public let folders: [Folder]
  /// Every case file found: the bundled folder's, then the user's, each by file name.
  public let entries: [Entry]

  /// Reads the folders (missing ones are skipped). `index` is the case index for big files.
  public init(folders: [Folder], index: CaseIndex? = nil) {
    self.init(listed: folders.map { Listed(folder: $0, files: Self.caseFiles(in: $0.url)) }, index: index)
  }

  /// A folder with its case files, listed once.
  public struct Listed: Sendable {
    public var folder: Folder
    public var files: [URL]
  }

  /// Reads the case files already listed.
  public init(listed: [Listed], index: CaseIndex? = nil) {
    self.folders = listed.map(\.folder)
    var entries: [Entry] = []
    for (folder, files) in listed.map({ ($0.folder, $0.files) }) {
      var seen: [String: URL] = [:]
      for url in files {
        var entry = Self.entry(url, folder.origin, index: index)
        if entry.usable {
          if let first = seen[entry.id] {
            entry.problem = .sameId(as: first.lastPathComponent, id: entry.id)
          } else {
            seen[entry.id] = url
            if folder.origin == .user { entries.removeAll { $0.origin == .bundled && $0.id == entry.id } }
          }
        }
        entries.append(entry)
      }
    }
    self.entries = entries
  }

  /// The library of this installation and this user.
  public static func installed(
    environment: [String: String] = ProcessEnvironment.variables, executable: URL? = nil,
    index: CaseIndex? = nil
  ) -> CaseLibrary {
    CaseLibrary(listed: installedFiles(environment: environment, executable: executable), index: index)
  }

  /// The library's folders and their case files, each folder listed once,
  /// no file read: enough to tell whether there is only one case to open.
  public static func installedFiles(
    environment: [String: String] = ProcessEnvironment.variables, executable: URL? = nil
  ) -> [Listed] {
    let user = userFolder(environment: environment)
    var listed: [Listed] = []
    if let (bundled, files) = bundledFolderAndFiles(executable: executable),
      bundled.standardizedFileURL.path != user.standardizedFileURL.path
    {
      listed.append(Listed(folder: Folder(url: bundled, origin: .bundled), files: files))
    }
    listed.append(Listed(folder: Folder(url: user, origin: .user), files: caseFiles(in: user)))
    return listed
  }

  /// Where a user puts cases of their own: `$XDG_DATA_HOME/caseroom/cases`
  /// (default `~/.local/share/caseroom/cases`).
  public static func userFolder(environment: [String: String] = ProcessEnvironment.variables) -> URL {
    XDGDirectory.data.url("caseroom/cases", environment: environment)
  }

  /// The bundled cases' folder: the first of `BundledCase.folders()` that holds a case file.
  public static func bundledFolder(executable: URL? = nil) -> URL? {
    bundledFolderAndFiles(executable: executable)?.folder
  }

  /// The bundled cases' folder and its case files.
  static func bundledFolderAndFiles(executable: URL? = nil) -> (folder: URL, files: [URL])? {
    for folder in BundledCase.folders(executable: executable) {
      let files = caseFiles(in: folder)
      if !files.isEmpty { return (folder, files) }
    }
    return nil
  }

  /// The cases that can be opened.
  public var cases: [Entry] { entries.filter(\.usable) }

  /// The case with this id.
  public func entry(id: String) -> Entry? { cases.first { $0.id == id } }

  /// The `*.case.md` files of a folder (not hidden ones), by name.
  static func caseFiles(in folder: URL) -> [URL] {
    let suffix = "." + CaseFormat.fileExtension
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted(by: NaturalOrder.less).map {
      folder.appendingPathComponent($0)
    }.filter { url in
      var isDirectory = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory
    }
  }

  /// A case file read for the list: its header and headings, and its questions.
  static func entry(_ url: URL, _ origin: Origin, index: CaseIndex?) -> Entry {
    let stem = String(url.lastPathComponent.dropLast(CaseFormat.fileExtension.count + 1))
    do {
      let (c, _) = try CaseFormat.open(url, index: index)
      let problem: Problem? = c.readingSections.isEmpty ? .noText : nil
      return Entry(
        url: url, origin: origin, id: c.id, title: c.title, sections: c.contentSections.count,
        questions: c.questions.count, problem: problem)
    } catch {
      let first =
        (error as? CaseErrors)?.errors.first ?? (error as? CaseError)
        ?? CaseError(file: url.path, .unreadable(.unreadable(SystemError(error) ?? SystemError(EIO))))
      return Entry(
        url: url, origin: origin, id: stem, title: "", sections: 0, questions: 0, problem: .notACase(first))
    }
  }
}
