import ArgumentParser
import Testing

@testable import caseroom

@Suite("The reader's command line without ArgumentParser agrees with ArgumentParser")
struct ReaderCommandLineTests {
  /// Every option of `ReadCommand`, as the reader sees it.
  static func fields(_ c: ReadCommand) -> [String] {
    [
      "case=\(c.caseFile ?? "-")", "section=\(c.section ?? "-")", "group=\(c.group ?? "-")",
      "members=\(c.members ?? "-")", "member=\(c.member ?? "-")", "sessions=\(c.sessions ?? "-")",
      "class=\(c.classFolder ?? "-")", "theme=\(c.theme ?? "-")", "lang=\(c.lang ?? "-")",
      "fromBackup=\(c.fromBackup)", "fresh=\(c.fresh)", "takeOver=\(c.takeOver)", "noGroup=\(c.noGroup)",
      "noMouse=\(c.noMouse)", "sync=\(c.sync)",
    ]
  }

  /// The common lines: read without ArgumentParser, to the same options.
  static let common: [[String]] = [
    [],
    ["big.case.md"],
    ["big.case.md", "--section", "last"],
    ["big.case.md", "--section", "last", "--no-group"],
    ["--section", "7", "big.case.md"],
    ["--section=7"],
    ["twelve", "--group", "甲组", "--members", "王一,李二", "--member", "王一"],
    ["--group", "g", "--sessions", "/tmp/s", "--sync", "--take-over"],
    ["--group", "g", "--fresh"],
    ["--group", "g", "--from-backup", "--member=李二"],
    ["--class", "/srv/class", "--theme", "mono", "--no-mouse", "--lang", "zh"],
    ["--lang=en", "--theme=light", "a b.case.md"],
    ["--fresh"],
    ["--no-mouse", "--sync", "--take-over", "--from-backup", "--group", "g", "no-group.case.md"],
  ]

  /// Lines ArgumentParser refuses: the quick reading leaves them to it, so the message is its.
  static let refused: [[String]] = [
    ["--sesion", "7"], ["--section"], ["--section", "--no-group"], ["a", "b"], ["--no-group", "--group", "g"],
    ["--fresh", "--from-backup", "--group", "g"], ["--group", "  "], ["--group", ""], ["--theme", "pink"],
    ["--no-group=yes"], ["-s", "7"], ["--member", "m", "--no-group"],
  ]
  /// Lines ArgumentParser reads in its own way (help, the last of two, `--`, an empty `=`): left to it too.
  static let unusual: [[String]] = [
    ["-h"], ["--help"], ["--version"], ["--section", "1", "--section", "2"], ["--sync", "--sync"], ["--", "x"],
    ["-"], ["--section", "-1"], ["--section=", "x.case.md"],
  ]

  @Test("the common lines give the options ArgumentParser gives")
  func common() throws {
    for line in Self.common {
      let quick = try #require(ReaderCommandLine.parse(line), "read without ArgumentParser: \(line)")
      let parsed = try #require(try ReadCommand.parseAsRoot(line) as? ReadCommand, "\(line)")
      #expect(Self.fields(quick) == Self.fields(parsed), "\(line)")
    }
  }

  @Test("help, mistakes and refused lines go to ArgumentParser, which words them as before")
  func left() {
    for line in Self.refused + Self.unusual {
      #expect(ReaderCommandLine.parse(line) == nil, "\(line)")
    }
    for line in Self.refused {
      #expect(throws: (any Error).self, "\(line)") { try ReadCommand.parseAsRoot(line) }
    }
  }

  @Test("every option of ReadCommand is set by the quick reading (a new one must be added to it)")
  func everyOption() throws {
    let quick = try #require(ReaderCommandLine.parse(["x.case.md"]))
    #expect(Mirror(reflecting: quick).children.count == Self.fields(quick).count)
    #expect(
      ReaderCommandLine.valued.count + ReaderCommandLine.flags.count + 1 == Self.fields(quick).count)
  }
}
