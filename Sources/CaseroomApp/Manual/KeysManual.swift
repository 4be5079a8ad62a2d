/// caseroom-keys(7): every entry of every keymap's help, in roff, in the
/// current language (`caseroom keys --man`).
public enum KeysManual {
  public static func roff(date: String, release: String) -> String {
    var out = [
      #".TH CASEROOM\-KEYS 7 "\#(date)" "caseroom \#(release)" "# + Roff.quoted(Say.manTitle),
      // Left-aligned: justifying lines of Chinese stretches the spaces between English words.
      ".ad l",
      ".SH NAME",
      #"caseroom\-keys \- "# + Roff.escaped(Say.keysManualName),
      ".SH " + Roff.quoted(Say.manDescription),
      Roff.text(Say.keysManualOpening),
    ]
    for entry in Keymap.allHelp {
      switch entry {
      case .blank: continue
      case .title(let title): out.append(".SH " + Roff.quoted(title))
      case .group(let title): out.append(".SS " + Roff.quoted(title))
      case .keys(let keys, let description):
        out.append(".TP")
        out.append(Roff.bold(keys))
        out.append(Roff.text(description))
      }
    }
    out += [".SH " + Roff.quoted(Say.manSeeAlso), ".BR caseroom (1)"]
    return out.map { $0 + "\n" }.joined()
  }
}
