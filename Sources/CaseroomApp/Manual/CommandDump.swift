import FoundationEssentials

/// The command definitions as swift-argument-parser dumps them
/// (`caseroom --experimental-dump-help`, its "ToolInfo" JSON, version 0):
/// what caseroom(1) is written from, so the page has every command and
/// option the program has.
public struct CommandDump: Decodable, Sendable, Equatable {
  public var serializationVersion: Int
  public var command: Command

  public struct Command: Decodable, Sendable, Equatable {
    public var commandName: String
    public var abstract: String?
    public var discussion: String?
    public var shouldDisplay: Bool?
    public var arguments: [Argument]?
    public var subcommands: [Command]?
  }

  public struct Argument: Decodable, Sendable, Equatable {
    /// `positional`, `option` or `flag`.
    public var kind: String
    public var names: [Name]?
    public var preferredName: Name?
    public var valueName: String?
    public var abstract: String?
    public var isOptional: Bool
    public var isRepeating: Bool
    public var shouldDisplay: Bool
  }

  public struct Name: Decodable, Sendable, Equatable {
    /// `long`, `short` or `longWithSingleDash`.
    public var kind: String
    public var name: String

    /// As typed: `--class`, `-o`.
    public var typed: String { kind == "short" || kind == "longWithSingleDash" ? "-" + name : "--" + name }
  }

  /// Reads the JSON of the dump.
  public static func decode(_ data: Data) throws -> CommandDump {
    try JSONDecoder().decode(CommandDump.self, from: data)
  }
}

extension CommandDump.Argument {
  /// The names as typed, short first: `-o, --output`.
  public var typedNames: [String] {
    (names ?? []).sorted { ($0.kind == "short" ? 0 : 1) < ($1.kind == "short" ? 0 : 1) }.map(\.typed)
  }

  /// How it is written in a synopsis: `[--width <width>]`, `<files> ...`, `[--json]`.
  public var usage: String {
    var s: String
    switch kind {
    case "positional": s = "<\(valueName ?? "value")>"
    case "flag": s = preferredName?.typed ?? typedNames.first ?? ""
    default: s = (preferredName?.typed ?? typedNames.first ?? "") + " <\(valueName ?? "value")>"
    }
    if isRepeating { s += " ..." }
    return isOptional ? "[\(s)]" : s
  }
}

extension CommandDump.Command {
  /// The arguments shown in help (not `--help` and `--version`, which every command has).
  public var shownArguments: [CommandDump.Argument] {
    (arguments ?? []).filter { a in
      a.shouldDisplay && !(a.kind == "flag" && ["help", "version"].contains(a.preferredName?.name ?? ""))
    }
  }

  /// Every command below this one, depth first, with its path (`["class", "init"]`); hidden ones left out.
  public var allSubcommands: [(path: [String], command: CommandDump.Command)] {
    var out: [(path: [String], command: CommandDump.Command)] = []
    func walk(_ c: CommandDump.Command, _ path: [String]) {
      for s in c.subcommands ?? [] where s.shouldDisplay != false && s.commandName != "help" {
        out.append((path + [s.commandName], s))
        walk(s, path + [s.commandName])
      }
    }
    walk(self, [])
    return out
  }
}
