/// caseroom(1) in roff, written from the command definitions (their dump,
/// `CommandDump`) in the current language: every command with its summary,
/// synopsis, discussion and options. swift-argument-parser's generate-manual
/// keeps only the ASCII of help texts, so caseroom writes its page itself;
/// the Chinese page (share/man/zh_CN/man1) has Chinese headings, opening and
/// summaries, and the definitions' own help for the options.
public enum CommandManual {
  public static func roff(_ dump: CommandDump, date: String, release: String) -> String {
    let root = dump.command
    var out = [
      #".TH CASEROOM 1 "\#(date)" "caseroom \#(release)" "# + Roff.quoted(Say.manTitle),
      // Left-aligned: justifying lines of Chinese stretches the spaces between English words.
      ".ad l",
      // No hyphenation: a word broken at a hyphen of its own reads as two (case‐room).
      ".nh",
      ".SH " + Roff.quoted(Say.manName),
      #"caseroom \- "# + Roff.escaped(Say.commandSummary("caseroom") ?? root.abstract ?? ""),
      ".SH " + Roff.quoted(Say.manSynopsis),
      Roff.bold("caseroom") + " [" + Roff.italic(Say.manCommandWord) + "] [" + Roff.italic(Say.manOptionsWord) + "]",
      ".SH " + Roff.quoted(Say.manDescription),
      Roff.text(Say.manOpening),
    ]
    let own = root.shownArguments
    if !own.isEmpty {
      out.append(".SH " + Roff.quoted(Say.manOptions))
      out += own.flatMap(option)
    }
    out.append(".SH " + Roff.quoted(Say.manCommands))
    out.append(Roff.text(Say.manOptionsInEnglish))
    for (path, command) in root.allSubcommands {
      out += section(path, command)
    }
    out.append(".SH " + Roff.quoted(Say.manEnvironment))
    for (name, words) in Say.manEnvironmentText {
      out += [".TP", Roff.bold(name), Roff.text(words)]
    }
    out += [".SH " + Roff.quoted(Say.manSeeAlso), ".BR caseroom\\-keys (7),", ".BR git (1)"]
    return out.map { $0 + "\n" }.joined()
  }

  /// One command: its name and synopsis as a subsection, its summary, its discussion, its options.
  static func section(_ path: [String], _ command: CommandDump.Command) -> [String] {
    let name = path.joined(separator: " ")
    var out = [".SS " + Roff.quoted(name)]
    let usage = ["caseroom"] + path + command.shownArguments.map(\.usage)
    let hasCommands = !(command.subcommands ?? []).filter { $0.commandName != "help" }.isEmpty
    out.append(Roff.bold(usage.joined(separator: " ")) + (hasCommands ? " " + Roff.italic(Say.manCommandWord) : ""))
    out.append(".PP")
    out.append(Roff.text(Say.commandSummary(name) ?? command.abstract ?? ""))
    if let discussion = command.discussion, !discussion.isEmpty {
      out.append(".PP")
      out += Roff.paragraphs(discussion)
    }
    out += command.shownArguments.flatMap(option)
    return out
  }

  /// One option or argument, as a tagged paragraph.
  static func option(_ a: CommandDump.Argument) -> [String] {
    let tag: String
    switch a.kind {
    case "positional": tag = Roff.italic(a.valueName ?? "value") + (a.isRepeating ? " ..." : "")
    case "flag": tag = a.typedNames.map(Roff.bold).joined(separator: ", ")
    default:
      tag = a.typedNames.map(Roff.bold).joined(separator: ", ") + " " + Roff.italic(a.valueName ?? "value")
    }
    return [".TP", tag, Roff.text(a.abstract ?? "")]
  }
}
