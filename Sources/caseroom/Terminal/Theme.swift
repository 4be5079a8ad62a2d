import CaseroomApp
import Foundation

/// How each `Style` looks: colours (ncurses colour numbers, -1 = the
/// terminal's default) and attributes.
struct Theme {
  struct Look {
    var fg: Int32 = -1
    var bg: Int32 = -1
    var bold = false
    var reverse = false
    var underline = false
    var dim = false
  }

  let name: String
  let looks: [Style: Look]
  /// Monochrome themes use attributes only.
  let usesColor: Bool

  static let names = ["default", "dark", "light", "mono"]

  /// The theme asked for with `--theme`, else mono when `NO_COLOR` is set, else the default.
  static func chosen(_ name: String?) -> Theme {
    if let name, let t = named(name) { return t }
    if let nc = ProcessInfo.processInfo.environment["NO_COLOR"], !nc.isEmpty { return .mono }
    return named("default")!
  }

  static func named(_ name: String) -> Theme? {
    switch name {
    case "default": return .standard(fg: -1, bg: -1, name: "default")
    case "dark": return .standard(fg: 7, bg: 0, name: "dark")
    case "light": return .standard(fg: 0, bg: 7, name: "light")
    case "mono", "monochrome": return .mono
    default: return nil
    }
  }

  static func standard(fg: Int32, bg: Int32, name: String) -> Theme {
    let accent: Int32 = bg == 7 ? 4 : 6
    var l: [Style: Look] = [:]
    l[.normal] = Look(fg: fg, bg: bg)
    l[.heading] = Look(fg: accent, bg: bg, bold: true)
    l[.header] = Look(fg: 7, bg: 4, bold: true)
    l[.status] = Look(fg: 0, bg: 6)
    l[.hintKey] = Look(fg: 0, bg: 6, bold: true)
    l[.dim] = Look(fg: bg == 7 ? 0 : 7, bg: bg, dim: true)
    l[.hit] = Look(fg: 0, bg: 3)
    l[.currentHit] = Look(fg: 0, bg: 3, bold: true, reverse: true)
    l[.tocCurrent] = Look(fg: accent, bg: bg, bold: true)
    l[.selected] = Look(fg: fg, bg: bg, reverse: true)
    l[.notice] = Look(fg: 1, bg: bg, bold: true)
    l[.prompt] = Look(fg: fg, bg: bg, bold: true)
    l[.passage] = Look(fg: fg, bg: bg, underline: true)
    l[.margin] = Look(fg: 5, bg: bg, bold: true)
    l[.cited] = Look(fg: accent, bg: bg, underline: true)
    l[.noted] = Look(fg: 5, bg: bg, underline: true)
    return Theme(name: name, looks: l, usesColor: true)
  }

  static let mono: Theme = {
    var l: [Style: Look] = [:]
    for s in Style.allCases { l[s] = Look() }
    l[.heading] = Look(bold: true)
    l[.header] = Look(reverse: true)
    l[.status] = Look(reverse: true)
    l[.hintKey] = Look(bold: true, reverse: true)
    l[.dim] = Look(dim: true)
    l[.hit] = Look(underline: true)
    l[.currentHit] = Look(bold: true, reverse: true)
    l[.tocCurrent] = Look(bold: true)
    l[.selected] = Look(reverse: true)
    l[.notice] = Look(bold: true)
    l[.prompt] = Look(bold: true)
    l[.passage] = Look(underline: true)
    l[.margin] = Look(bold: true)
    l[.cited] = Look(underline: true)
    l[.noted] = Look(underline: true)
    return Theme(name: "mono", looks: l, usesColor: false)
  }()
}
