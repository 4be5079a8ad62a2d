import CaseroomDocuments
import CaseroomEngine
import CaseroomTestSupport
import Foundation
import Testing

/// `caseroom import` on bad input and hostile command lines: a clear message naming the file, a non-zero exit,
/// nothing overwritten or lost, no crash's dump on the terminal.
@Suite("caseroom import: refusals that keep the teacher's files")
struct ImportGuardsCLITests {
  static let handout = "缘起\n\n一、背景\n\nS县推进行政审批改革。\n\n二、思考题\n\n1. 改革的难点是什么？\n"

  /// A folder holding `a.txt`, a small hand-out.
  func folder() throws -> URL {
    let dir = try CLI.temporaryDirectory()
    try Self.handout.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test("-o the hand-out itself (its own name, a hard link, a symbolic link) with --force: refused, both named, kept")
  func outputIsInput() throws {
    let dir = try folder()
    let a = dir.appendingPathComponent("a.txt")
    try FileManager.default.linkItem(at: a, to: dir.appendingPathComponent("hard.txt"))
    try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("soft.case.md"), withDestinationURL: a)
    for out in ["a.txt", "./a.txt", "hard.txt", "soft.case.md"] {
      let r = try CLI.run(["import", "a.txt", "-o", out, "--force", "--lang", "en"], in: dir)
      #expect(r.status == 1, "\(out)")
      #expect(r.err.contains("caseroom: \(out): is the hand-out a.txt itself"), "\(r.err)")
      #expect(try String(contentsOf: a, encoding: .utf8) == Self.handout)
    }
  }

  @Test("the case to a standard output that takes nothing (/dev/full): exit 1 and why")
  func fullStandardOutput() throws {
    let dir = try folder()
    let r = try Shell.run("CASEROOM_LANG=en '\(CLI.binary.path)' import a.txt -o - > /dev/full", in: dir)
    #expect(r.status == 1)
    #expect(r.err.contains("caseroom: cannot write to standard output: "), "\(r.err)")
  }

  @Test(
    "a hand-out whose name starts with -: an error saying to write ./name, not the help and success; -h still helps")
  func dashedName() throws {
    let dir = try folder()
    let name = "-leading dash 中文 案例.txt"
    try Self.handout.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    let r = try CLI.run(["import", name, "-o", "out.case.md", "--lang", "en"], in: dir)
    #expect(r.status != 0)
    #expect(r.err.contains("write ./\(name)"), "\(r.err)")
    #expect(!r.out.contains("USAGE") && !r.err.contains("USAGE"))
    let dotted = try CLI.run(["import", "./" + name, "-o", "out.case.md"], in: dir)
    #expect(dotted.status == 0, "\(dotted.err)")
    let help = try CLI.run(["import", "-h"], in: dir)
    #expect(help.status == 0 && help.out.contains("USAGE"))
    #expect(try CLI.run(["import", "--help"], in: dir).status == 0)
  }

  @Test("--review without a terminal: says --review needs one, exit 1, nothing written")
  func reviewWithoutTerminal() throws {
    let dir = try folder()
    let r = try CLI.run(["import", "a.txt", "-o", "a.case.md", "--review", "--lang", "en"], in: dir)
    #expect(r.status == 1)
    #expect(r.err.contains("--review needs a terminal"), "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("a.case.md").path))
  }

  @Test("-o '': the name is empty")
  func emptyOutput() throws {
    let dir = try folder()
    let r = try CLI.run(["import", "a.txt", "-o", "", "--lang", "en"], in: dir)
    #expect(r.status == 1)
    #expect(r.err.contains("the name given to -o is empty"), "\(r.err)")
  }

  @Test("--force over a read-only case file keeps its mode (as an editor does)")
  func keepsMode() throws {
    let dir = try folder()
    let out = dir.appendingPathComponent("a.case.md")
    try "old".write(to: out, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: out.path)
    let r = try CLI.run(["import", "a.txt", "-o", "a.case.md", "--force"], in: dir)
    #expect(r.status == 0, "\(r.err)")
    let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
    #expect(mode == 0o444)
    #expect(try String(contentsOf: out, encoding: .utf8).contains("改革的难点"))
  }

  @Test("a temporary file a killed write left beside the target is cleaned up by the next write; a fresh one is not")
  func staleTemporary() throws {
    let dir = try folder()
    let stale = dir.appendingPathComponent(".a.case.md.tmp-0123456789abcdef")
    let fresh = dir.appendingPathComponent(".a.case.md.tmp-fedcba9876543210")
    let other = dir.appendingPathComponent(".a.case.md.tmp-notours")
    for f in [stale, fresh, other] { try "half".write(to: f, atomically: false, encoding: .utf8) }
    let old = Date(timeIntervalSinceNow: -3600)
    for f in [stale, other] { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: f.path) }
    let r = try CLI.run(["import", "a.txt", "-o", "a.case.md"], in: dir)
    #expect(r.status == 0, "\(r.err)")
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(FileManager.default.fileExists(atPath: fresh.path) && FileManager.default.fileExists(atPath: other.path))
  }

  @Test("the helper crashing: one line naming the file and the signal, its dump kept in a file, not on the terminal")
  func helperCrash() throws {
    let dir = try folder()
    let lone = dir.appendingPathComponent("bin/caseroom")
    try CLI.placeBinary(at: lone)
    let helper = dir.appendingPathComponent("bin/caseroom-documents")
    let dump = (1...39).map { "echo 'rax 0x\($0) register dump line \($0)' >&2" }.joined(separator: "\n")
    try "#!/bin/sh\n\(dump)\nkill -TRAP $$\n".write(to: helper, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: helper.path)
    try Data("PK\u{3}\u{4}".utf8).write(to: dir.appendingPathComponent("b.docx"))
    let tmp = dir.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    let r = try Shell.run(
      "CASEROOM_LANG=en TMPDIR='\(tmp.path)' '\(lone.path)' import b.docx -o b.case.md", in: dir)
    #expect(r.status == 1)
    let lines = r.err.split(separator: "\n")
    #expect(lines.count == 1, "\(r.err)")
    #expect(r.err.contains("caseroom: b.docx: the reader caseroom-documents stopped (signal 5)"), "\(r.err)")
    #expect(!r.err.contains("register"))
    let kept = try FileManager.default.contentsOfDirectory(atPath: tmp.path)
    #expect(kept.count == 1 && r.err.contains(tmp.path + "/" + (kept.first ?? "?")), "\(kept)")
    #expect(
      try String(contentsOf: tmp.appendingPathComponent(kept[0]), encoding: .utf8).contains("register dump line 39"))
  }

  @Test("an old .doc named as it is, with the name as given (not made absolute)")
  func oldDoc() throws {
    let dir = try folder()
    var ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    ole.append(Data(repeating: 0, count: 600))
    for name in ["old.doc", "locked.docx"] {
      try ole.write(to: dir.appendingPathComponent(name))
      let r = try CLI.run(["import", name, "--lang", "en"], in: dir)
      #expect(r.status == 1)
      #expect(r.err.contains("caseroom: \(name): an old Word .doc or an encrypted Word file"), "\(r.err)")
    }
  }

  @Test("a hand-out not there, or not UTF-8: named as given, not made absolute")
  func namedAsGiven() throws {
    let dir = try folder()
    try Data([0xC4, 0xE3, 0xBA, 0xC3, 0x0A]).write(to: dir.appendingPathComponent("gbk.txt"))
    for name in ["nope.txt", "nope.docx", "gbk.txt"] {
      let r = try CLI.run(["import", name, "--lang", "en"], in: dir)
      #expect(r.status == 1)
      #expect(r.err.hasPrefix("caseroom: \(name)"), "\(r.err)")
    }
  }

  @Test("a PDF that needs a password: says so (made with gs -sUserPassword=secret)")
  func encryptedPdf() throws {
    guard PdfText.tool != nil else {
      Issue.record("pdftotext is not installed (Scripts/test.sh installs poppler-utils)")
      return
    }
    let pdf = CLI.repository.appendingPathComponent("Tests/Fixtures/documents/encrypted-user.pdf")
    let r = try CLI.run(["import", pdf.path, "--lang", "en"])
    #expect(r.status == 1)
    #expect(r.err.contains("the PDF needs a password"), "\(r.err)")
  }

  @Test("a question 300,000 characters long: the report's line is clipped, the case keeps it whole")
  func longQuestionClipped() throws {
    let dir = try folder()
    let long = "一、背景\n\n正文。\n\n二、思考题\n\n1. " + String(repeating: "问", count: 300_000) + "？\n"
    try long.write(to: dir.appendingPathComponent("long.txt"), atomically: true, encoding: .utf8)
    let r = try CLI.run(["import", "long.txt", "-o", "long.case.md", "--lang", "en"], in: dir)
    #expect(r.status == 0, "\(r.err.prefix(300))")
    #expect(r.err.split(separator: "\n").allSatisfy { $0.count <= 200 }, "\(r.err.count)")
    #expect(
      try String(contentsOf: dir.appendingPathComponent("long.case.md"), encoding: .utf8).contains(
        String(repeating: "问", count: 300_000)))
  }
}
