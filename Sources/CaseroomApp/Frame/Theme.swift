import CaseroomEngine
import FoundationEssentials

/// How each `Style` looks: colours (ncurses colour numbers 0–7, -1 = the
/// terminal's default) and attributes. The terminal edge draws with it.
///
/// Chosen so that every pair of colours reaches a contrast of 4.5:1 (WCAG AA)
/// under the default palettes of xterm, VTE (GNOME Terminal) and Windows
/// Terminal, with bold drawn as bright (as xterm and PuTTY do by default).
/// Text on the terminal's own background keeps the terminal's own colour
/// (whose contrast is the user's choice) and is set apart with attributes.
public struct Theme: Sendable {
  public struct Look: Equatable, Sendable {
    public var fg: Int32 = -1
    public var bg: Int32 = -1
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(
      fg: Int32 = -1, bg: Int32 = -1, bold: Bool = false, reverse: Bool = false, underline: Bool = false,
      dim: Bool = false
    ) {
      self.fg = fg
      self.bg = bg
      self.bold = bold
      self.reverse = reverse
      self.underline = underline
      self.dim = dim
    }
  }

  public let name: String
  public let looks: [Style: Look]
  /// Monochrome themes use attributes only.
  public let usesColor: Bool

  public static let names = ["default", "dark", "light", "mono"]

  /// The theme asked for with `--theme`, else mono when `NO_COLOR` is set, else the default.
  public static func chosen(_ name: String?, environment: [String: String] = ProcessEnvironment.variables)
    -> Theme
  {
    if let name, let t = named(name) { return t }
    if let nc = environment["NO_COLOR"], !nc.isEmpty { return .mono }
    return named("default")!
  }

  public static func named(_ name: String) -> Theme? {
    switch name {
    case "default": return .standard
    case "dark": return .dark
    case "light": return .light
    case "mono", "monochrome": return .mono
    default: return nil
    }
  }

  // Colour numbers.
  static let black: Int32 = 0
  static let red: Int32 = 1
  static let yellow: Int32 = 3
  static let blue: Int32 = 4
  static let cyan: Int32 = 6
  static let white: Int32 = 7

  /// The bars and highlights every colour theme shares: a blue header, a
  /// light status bar with keys in black boxes, black on yellow for hits.
  static func bars(_ l: inout [Style: Look]) {
    l[.header] = Look(fg: white, bg: blue, bold: true)
    l[.status] = Look(fg: black, bg: white)
    l[.hintKey] = Look(fg: white, bg: black, bold: true)
    l[.hit] = Look(fg: black, bg: yellow)
    l[.currentHit] = Look(fg: yellow, bg: black, bold: true)
    l[.notice] = Look(fg: white, bg: red, bold: true)
  }

  /// The terminal's own colours for text; attributes set things apart.
  static let standard: Theme = {
    var l: [Style: Look] = [:]
    for s in Style.allCases { l[s] = Look() }
    bars(&l)
    l[.heading] = Look(bold: true)
    l[.tocCurrent] = Look(bold: true, underline: true)
    l[.selected] = Look(reverse: true)
    l[.prompt] = Look(bold: true)
    l[.passage] = Look(underline: true)
    l[.margin] = Look(bold: true)
    l[.cited] = Look(underline: true)
    l[.noted] = Look(bold: true, underline: true)
    return Theme(name: "default", looks: l, usesColor: true)
  }()

  /// Light text on black.
  static let dark: Theme = {
    var l: [Style: Look] = [:]
    for s in Style.allCases { l[s] = Look(fg: white, bg: black) }
    bars(&l)
    l[.heading] = Look(fg: cyan, bg: black, bold: true)
    l[.tocCurrent] = Look(fg: cyan, bg: black, bold: true)
    l[.selected] = Look(fg: black, bg: white)
    l[.prompt] = Look(fg: white, bg: black, bold: true)
    l[.passage] = Look(fg: white, bg: black, underline: true)
    l[.margin] = Look(fg: yellow, bg: black, bold: true)
    l[.cited] = Look(fg: cyan, bg: black, bold: true, underline: true)
    l[.noted] = Look(fg: yellow, bg: black, underline: true)
    return Theme(name: "dark", looks: l, usesColor: true)
  }()

  /// Black text on light grey (only black reaches 4.5:1 on it: the rest is attributes).
  static let light: Theme = {
    var l: [Style: Look] = [:]
    for s in Style.allCases { l[s] = Look(fg: black, bg: white) }
    bars(&l)
    // On a light screen the status bar is dark, its keys yellow.
    l[.status] = Look(fg: white, bg: black)
    l[.hintKey] = Look(fg: yellow, bg: black, bold: true)
    l[.heading] = Look(fg: black, bg: white, underline: true)
    l[.tocCurrent] = Look(fg: black, bg: white, underline: true)
    l[.selected] = Look(fg: white, bg: black)
    l[.passage] = Look(fg: black, bg: white, underline: true)
    l[.cited] = Look(fg: black, bg: white, underline: true)
    l[.noted] = Look(fg: black, bg: white, underline: true)
    return Theme(name: "light", looks: l, usesColor: true)
  }()

  /// Attributes only (NO_COLOR, or --theme mono).
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
    l[.noted] = Look(bold: true, underline: true)
    return Theme(name: "mono", looks: l, usesColor: false)
  }()
}
