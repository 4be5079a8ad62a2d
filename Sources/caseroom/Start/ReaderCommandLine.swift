import ArgumentParser

/// The reader's common command lines read without ArgumentParser: long
/// options with a value (`--section N`, `--section=N`), its flags and one
/// case, each at most once. ArgumentParser's reflection of `ReadCommand`'s
/// options costs ~8 million instructions (2 ms) before the first screen;
/// this costs a few thousand. Anything else — a short option, `--`, an
/// option it does not know, one given twice, a value that looks like an
/// option, two cases, a line `validate()` refuses — is nil, and
/// ArgumentParser parses it (and words its error) as before.
/// `ReaderCommandLineTests` checks that both agree on a table of lines.
enum ReaderCommandLine {
  /// The options that take a value, by long name.
  static let valued: Set<String> = [
    "section", "group", "members", "member", "sessions", "class", "theme", "lang",
  ]
  /// The flags, by long name.
  static let flags: Set<String> = ["from-backup", "fresh", "take-over", "no-group", "no-mouse", "sync"]

  /// The command `arguments` (after `caseroom` and `read`) ask for, or nil
  /// when ArgumentParser must read them.
  static func parse(_ arguments: [String]) -> ReadCommand? {
    var values: [String: String] = [:]
    var given: Set<String> = []
    var caseFile: String?
    var i = 0
    while i < arguments.count {
      let word = arguments[i]
      i += 1
      guard word.hasPrefix("--") else {
        // One case, not something that starts like an option.
        guard !word.hasPrefix("-"), caseFile == nil else { return nil }
        caseFile = word
        continue
      }
      let long = word.dropFirst(2)
      if let equals = long.firstIndex(of: "=") {
        let name = String(long[..<equals])
        // An empty `--section=` makes ArgumentParser take the next word: left to it.
        guard valued.contains(name), values[name] == nil, long.last != "=" else { return nil }
        values[name] = String(long[long.index(after: equals)...])
      } else if valued.contains(String(long)) {
        guard values[String(long)] == nil, i < arguments.count, !arguments[i].hasPrefix("-") else { return nil }
        values[String(long)] = arguments[i]
        i += 1
      } else if flags.contains(String(long)) {
        guard given.insert(String(long)).inserted else { return nil }
      } else {
        return nil
      }
    }
    var command = ReadCommand()
    command.caseFile = caseFile
    command.section = values["section"]
    command.group = values["group"]
    command.members = values["members"]
    command.member = values["member"]
    command.sessions = values["sessions"]
    var classOption = ClassFolderOption()
    classOption.classFolder = values["class"]
    command.classOption = classOption
    command.theme = values["theme"]
    command.lang = values["lang"]
    command.fromBackup = given.contains("from-backup")
    command.fresh = given.contains("fresh")
    command.takeOver = given.contains("take-over")
    command.noGroup = given.contains("no-group")
    command.noMouse = given.contains("no-mouse")
    command.sync = given.contains("sync")
    guard (try? command.validate()) != nil else { return nil }
    return command
  }
}
