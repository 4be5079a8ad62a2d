import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials
import Glibc

/// `caseroom keys [--man]`: every key of every screen — the group picker, the
/// reader with its lists and text editor, the review — from the keymaps the
/// help screens and hint bars are generated from — as text, or
/// as the manual page caseroom-keys(7) that `Scripts/install.sh` installs.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "Print every key: the group picker, the reader, its lists and text editor, and the review.")

  @Flag(help: "Print the manual page caseroom-keys(7) as roff (for 'man -l -').")
  var man = false

  @Option(help: "The date the manual page shows (YYYY-MM-DD). Default: none.")
  var date: String?

  @Option(help: "The language: zh or en. Default: $CASEROOM_LANG, else as the reader on the bundled case (Chinese).")
  var lang: String?

  func validate() throws {
    if let lang, Language(code: lang) == nil { throw ValidationError(Say.langOption(lang)) }
  }

  func run() throws {
    // As the reader chooses on the bundled case: Chinese unless asked or the locale says otherwise.
    let title = (try? BundledCase.load())?.title ?? ""
    let language = Language.chosen(lang, environment: ProcessInfo.processInfo.environment, caseTitle: title)
    Language.$current.withValue(language) {
      if man {
        emit(Self.manual(date: date ?? ""))
      } else {
        emit(Keymap.helpLines(width: terminalColumns() ?? 80, Keymap.allHelp).map { $0 + "\n" }.joined())
      }
    }
  }
}

// MARK: - The manual page

extension KeysCommand {
  /// caseroom-keys(7): every entry of the reader's help, in roff.
  static func manual(date: String) -> String {
    var out = [
      #".TH CASEROOM\-KEYS 7 "\#(date)" "caseroom \#(Caseroom.release)" "Caseroom Manual""#,
      // Left-aligned: justifying lines of Chinese stretches the spaces between English words.
      ".ad l",
      ".SH NAME",
      #"caseroom\-keys \- the keys of caseroom's reader and text editor"#,
      ".SH " + (Language.current == .zh ? "描述" : "DESCRIPTION"),
      text(
        Language.current == .zh
          ? "caseroom 的全屏阅读器（caseroom read）和它唯一的文本编辑器——写答案、批注、教师点评和搜索时都用它——"
            + "在任何终端里都用下面这些键。本页和帮助屏幕（?）由同一份键位表生成，两者总是一致。"
            + "Esc 从不退出：它只返回上一层；q 才退出。"
          : "The full-screen reader of caseroom (caseroom read) and its one text editor — for answers, notes, the "
            + "instructor's comments and the search prompt — take these keys, whatever the terminal. The page is "
            + "generated from the keymaps the help screen ('?') is made from, so the two always agree. "
            + "Esc never quits: it goes back one level; q quits."),
    ]
    for entry in Keymap.allHelp {
      switch entry {
      case .blank: continue
      case .title(let title): out.append(".SH " + quoted(title))
      case .group(let title): out.append(".SS " + quoted(title))
      case .keys(let keys, let description):
        out.append(".TP")
        out.append(#"\fB"# + escaped(keys).replacingEvery("-", with: #"\-"#) + #"\fR"#)
        out.append(text(description))
      }
    }
    out += [".SH \"SEE ALSO\"", ".BR caseroom (1)"]
    return out.map { $0 + "\n" }.joined()
  }

  /// Text escaped for roff: backslashes doubled as `\e`.
  static func escaped(_ s: String) -> String { s.replacingEvery(#"\"#, with: #"\e"#) }

  /// A line of running text that cannot be taken for a request (`.` or `'`
  /// first). groff breaks lines only at spaces: after Chinese punctuation it
  /// is told it may (`\:`), so that a long Chinese description wraps.
  static func text(_ s: String) -> String {
    #"\&"# + escaped(s).map { "，、；：。）！？".contains($0) ? String($0) + #"\:"# : String($0) }.joined()
  }

  /// A macro argument in double quotes.
  static func quoted(_ s: String) -> String {
    "\"" + escaped(s).replacingEvery("\"", with: #"\(dq"#) + "\""
  }
}
