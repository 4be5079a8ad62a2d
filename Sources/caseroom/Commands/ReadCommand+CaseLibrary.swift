import CaseroomApp
import CaseroomEngine
import FoundationEssentials
import Glibc

// MARK: - Which case

extension ReadCommand {
  /// The case to open: a file, a case's id in the library, or — none named —
  /// the only case installed. When several are installed and none is named,
  /// `choices` is the library to ask from, and `path` the first of its cases.
  func chosenCase() throws -> (path: String?, choices: CaseLibrary?) {
    guard let caseFile else {
      // One case file in all: the reader opens it (once) without reading it for a list.
      let listed = CaseLibrary.installedFiles()
      let files = listed.flatMap(\.files)
      if files.count == 1 { return (files[0].path, nil) }
      let library = CaseLibrary(listed: listed, index: CaseIndex.standard())
      return (library.cases.first?.url.path, library.cases.count > 1 ? library : nil)
    }
    // A path is looked at first, before anything is listed; `access`, not FileManager (made at its first use).
    if caseFile.contains("/") || caseFile.hasSuffix("." + CaseFormat.fileExtension) || access(caseFile, F_OK) == 0 {
      return (caseFile, nil)
    }
    let library = CaseLibrary.installed()
    guard let entry = library.entry(id: caseFile) else {
      throw Failure(message: Say.noCaseNamed(caseFile, installed: library.cases.map(\.id)))
    }
    return (entry.url.path, nil)
  }

  /// The case picker over the library; the chosen case is opened, checked
  /// and handed to the screen `start` makes for it (with `--section` there).
  func casePicker(_ library: CaseLibrary, _ start: ReadingStart) -> CasePicker {
    var picker = CasePicker(entries: library.entries)
    picker.start = start
    picker.section = section
    return picker
  }
}
