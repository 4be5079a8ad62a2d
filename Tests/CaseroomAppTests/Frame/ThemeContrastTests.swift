import Foundation
import Testing

@testable import CaseroomApp

/// A terminal's 16-colour palette (0–7, then 8–15 bright), as sRGB.
struct Palette: CustomStringConvertible, Sendable {
  var name: String
  var colours: [UInt32]
  var description: String { name }

  static let xterm = Palette(
    name: "xterm",
    colours: [
      0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
      0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ])
  /// VTE / GNOME Terminal's default (Tango).
  static let vte = Palette(
    name: "VTE (Tango)",
    colours: [
      0x2E3436, 0xCC0000, 0x4E9A06, 0xC4A000, 0x3465A4, 0x75507B, 0x06989A, 0xD3D7CF,
      0x555753, 0xEF2929, 0x8AE234, 0xFCE94F, 0x729FCF, 0xAD7FA8, 0x34E2E2, 0xEEEEEC,
    ])
  /// Windows Terminal's default (Campbell).
  static let windowsTerminal = Palette(
    name: "Windows Terminal (Campbell)",
    colours: [
      0x0C0C0C, 0xC50F1F, 0x13A10E, 0xC19C00, 0x0037DA, 0x881798, 0x3A96DD, 0xCCCCCC,
      0x767676, 0xE74856, 0x16C60C, 0xF9F1A5, 0x3B78FF, 0xB4009E, 0x61D6D6, 0xF2F2F2,
    ])

  /// WCAG relative luminance.
  static func luminance(_ rgb: UInt32) -> Double {
    func channel(_ v: UInt32) -> Double {
      let c = Double(v) / 255
      return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF) + 0.0722 * channel(rgb & 0xFF)
  }

  /// The contrast ratio of two colours (1…21).
  static func contrast(_ a: UInt32, _ b: UInt32) -> Double {
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }
}

@Suite("Colours readable in real terminals")
struct ThemeContrastTests {
  /// The colours a look is drawn in: bold brightens the foreground (0–7 → 8–15), reverse swaps.
  static func drawn(_ look: Theme.Look) -> (fg: Int32, bg: Int32) {
    var fg = look.fg
    if look.bold && (0...7).contains(fg) { fg += 8 }
    return look.reverse ? (look.bg, fg) : (fg, look.bg)
  }

  @Test(
    "every coloured style reaches 4.5:1 under xterm, VTE and Windows Terminal, bold drawn bright",
    arguments: [Palette.xterm, .vte, .windowsTerminal])
  func contrast(_ palette: Palette) throws {
    for name in ["default", "dark", "light"] {
      let theme = try #require(Theme.named(name))
      for style in Style.allCases {
        let look = try #require(theme.looks[style])
        let (fg, bg) = Self.drawn(look)
        // The terminal's own colours, or one of them beside a colour of ours: only both ours can be checked,
        // so a style may not mix them (a colour on an unknown background has no known contrast).
        #expect((fg < 0) == (bg < 0), "\(name) \(style): colour \(fg) on \(bg) mixes ours with the terminal's")
        guard fg >= 0 && bg >= 0 else { continue }
        let ratio = Palette.contrast(palette.colours[Int(fg)], palette.colours[Int(bg)])
        #expect(ratio >= 4.5, "\(name) \(style) under \(palette): \(String(format: "%.2f", ratio)):1")
      }
    }
  }

  @Test("the check can fail: the old hint keys (bold black on cyan) were about 2:1 in xterm")
  func oldHintKeys() {
    let (fg, bg) = Self.drawn(Theme.Look(fg: 0, bg: 6, bold: true))
    #expect(Palette.contrast(Palette.xterm.colours[Int(fg)], Palette.xterm.colours[Int(bg)]) < 2.1)
  }

  @Test("NO_COLOR means mono; --theme wins over it")
  func chosen() {
    #expect(Theme.chosen(nil, environment: ["NO_COLOR": "1"]).name == "mono")
    #expect(Theme.chosen("dark", environment: ["NO_COLOR": "1"]).name == "dark")
    #expect(Theme.chosen(nil, environment: [:]).name == "default")
  }
}
