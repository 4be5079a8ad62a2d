import FoundationEssentials

/// The language of the interface: one at a time, Chinese or English.
public enum Language: String, Sendable, CaseIterable {
  case zh, en

  /// The interface's language for the work at hand (the terminal edge sets it
  /// once for a run; tests set it around what they check).
  @TaskLocal public static var current: Language = .zh

  /// The one choice of the interface's language, for the screens and the
  /// command line alike: the language asked for with `--lang`, else
  /// `CASEROOM_LANG`, else Chinese when the locale for messages (the first of
  /// LC_ALL, LC_MESSAGES and LANG that is set) is a `zh` one, else the case's
  /// own: Chinese for a Chinese case, English otherwise. No case at hand
  /// (`caseTitle` nil: a command that reads none — `cases`, `where` —, or one
  /// that failed before it read one): the bundled case's language, Chinese —
  /// caseroom is Chinese first.
  public static func chosen(_ option: String?, environment: [String: String], caseTitle: String?) -> Language {
    if let option, let l = Language(code: option) { return l }
    if let env = environment["CASEROOM_LANG"], let l = Language(code: env) { return l }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    if locale?.lowercased().hasPrefix("zh") == true { return .zh }
    guard let caseTitle else { return .zh }
    return caseTitle.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } ? .zh : .en
  }

  /// What `--lang` asked for on this run's command line, read once by the
  /// command line's start (`asked(in:)`) for every later choice (`inCaseLanguage`).
  @TaskLocal public static var askedOnCommandLine: String?

  /// What `--lang X` (or `--lang=X`) among a command line's arguments asks for, if anything.
  public static func asked(in arguments: [String]) -> String? {
    var option: String?
    for (i, a) in arguments.enumerated() {
      if a == "--lang", i + 1 < arguments.count { option = arguments[i + 1] }
      if a.hasPrefix("--lang=") { option = String(a.dropFirst(7)) }
    }
    return option
  }

  /// `zh`, `zh_CN`, `zh-Hans`, `en`, `en_US.UTF-8`… (nil for anything else).
  public init?(code: String) {
    let c = code.lowercased()
    if c.hasPrefix("zh") {
      self = .zh
    } else if c.hasPrefix("en") {
      self = .en
    } else {
      return nil
    }
  }
}

/// Words of the interface in both languages. Every string on screen is one,
/// written in the catalogue (`Say`, and the keymaps' descriptions); a test
/// reads the sources and refuses Chinese anywhere else, or a phrase missing
/// either language.
public struct Phrase: Equatable, Sendable {
  public let zh: String
  public let en: String

  public init(_ zh: String, _ en: String) {
    self.zh = zh
    self.en = en
  }

  /// The phrase in the current language.
  public var text: String { Language.current == .zh ? zh : en }
}

/// A phrase of the catalogue in the current language.
@inline(__always) func say(_ zh: String, _ en: String) -> String { Language.current == .zh ? zh : en }
