import Foundation
import Testing

extension InstallTests {
  /// ICU (Unicode's locale data and formatters, ~60 MB) comes with any use of
  /// Foundation proper: `DateFormatter`, `String(format:)`, `CharacterSet`,
  /// `Process`, `FileHandle`… The program uses `FoundationEssentials` only.
  /// The installed binary is stripped (no symbol table), so `nm` reads the
  /// release build it was stripped from; the installed file itself is searched
  /// for ICU's data (`icudt76l-curr`…, 4,867 such strings in a static "hello"
  /// with one `DateFormatter`, stripped the same way).
  @Test("the installed binary carries no ICU and no Foundation beyond FoundationEssentials (nm), and is at most 30 MB")
  func noICU() throws {
    let bin = try Self.installed().appendingPathComponent("bin/caseroom")
    let scratch =
      ProcessInfo.processInfo.environment["CASEROOM_BUILD_DIR"]
      ?? CLI.repository.appendingPathComponent(".build-install").path
    let built = URL(fileURLWithPath: scratch).appendingPathComponent("release/caseroom")
    let symbols = try Shell.run("nm '\(built.path)'")
    #expect(symbols.status == 0, "\(symbols.err)")
    let lines = symbols.out.split(separator: "\n")
    #expect(lines.count > 10_000, "nm listed the symbols of a whole Swift program")
    // ICU's C++ namespace (icu_76::…), its C functions as Foundation renames
    // them (swift_ucol_open…), and the Swift modules built on it.
    let icu = lines.filter {
      $0.contains("icu_") && $0.contains(/icu_[0-9]+/) || $0.contains(/\sswift_u[a-z0-9]+_[a-zA-Z]/)
        || $0.contains("FoundationInternationalization") || $0.contains("_FoundationICU")
    }
    #expect(icu.isEmpty, "\(icu.count) ICU symbols, e.g. \(icu.prefix(5))")
    // Foundation proper (swift-corelibs-foundation's classes: NSString, Process…).
    let foundation = lines.filter { $0.contains("10Foundation") && !$0.contains("Essentials") }
    #expect(foundation.isEmpty, "\(foundation.count) Foundation symbols, e.g. \(foundation.prefix(5))")
    // The installed file as shipped: stripped, and without ICU's data.
    let installed = try Data(contentsOf: bin)
    #expect(installed.firstRange(of: Data("ICU_DATA".utf8)) == nil, "ICU's data in \(bin.path)")
    #expect(installed.firstRange(of: Data("icudt".utf8)) == nil, "ICU's data in \(bin.path)")
    let stripped = try Shell.run("nm '\(bin.path)'")
    #expect(stripped.err.contains("no symbols"), "installed binary not stripped: \(stripped.out.prefix(200))")
    // The ICU data alone is ~30 MB: a binary without it is well under that.
    #expect(installed.count > 1_000_000 && installed.count <= 30_000_000, "\(installed.count) bytes")
  }
}
