import CaseroomDocuments
import CaseroomEngine
import Foundation

/// `caseroom-documents FILE`: the text of one hand-out (.docx read with its own
/// structure, .pdf through pdftotext) on standard output in UTF-8; on failure
/// the reason as a value (`DocumentsHelperReport`: a code, the file, its data
/// and the English words) on standard error, and exit 1. `caseroom import`
/// runs it for a .docx or a .pdf, so that Foundation and ICU, which reading them
/// needs, stay out of the `caseroom` binary.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let path = arguments.first, path != "-h", path != "--help" else {
  FileHandle.standardError.write(
    Data(
      "usage: caseroom-documents FILE\nPrints the text of a .docx or .pdf hand-out (caseroom import runs it).\n".utf8))
  exit(2)
}
do {
  let source = try ImportSource.read(URL(fileURLWithPath: path))
  FileHandle.standardOutput.write(Data(source.text.utf8))
} catch let error as ImportError {
  FileHandle.standardError.write(Data(DocumentsHelperReport(error).text.utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data(DocumentsHelperReport(.helper(message: "\(path): \(error)")).text.utf8))
  exit(1)
}
