import Foundation
import Testing

extension InstallTests {
  /// Scripts/release-link.sh links libstdc++ into the installed binary, as
  /// the Swift runtime is: at each start the dynamic loader binds libc's and
  /// ncurses' symbols alone (1,666 fewer lookups, half of `--version`'s time).
  /// ncursesw stays shared, as Debian wants it (the .deb depends on it).
  @Test(
    "the installed binary does not load libstdc++ at start: it is linked in (ncursesw stays shared)",
    .enabled(if: Self.staticArchivesHere, "libstdc++.a is not installed"))
  func librariesLinkedIn() throws {
    let bin = try Self.installed().appendingPathComponent("bin/caseroom")
    let ldd = try Shell.run("ldd '\(bin.path)'")
    #expect(ldd.status == 0, "\(ldd.err)")
    #expect(ldd.out.contains("libc.so"), "a dynamically linked program: \(ldd.out)")
    #expect(!ldd.out.contains("libstdc++"), "libstdc++ is loaded: \(ldd.out)")
    #expect(ldd.out.contains("libncursesw"), "ncursesw is shared: \(ldd.out)")
    let version = try Shell.run("'\(bin.path)' --version")
    #expect(version.out.hasPrefix("0."))
  }

  /// Scripts/release-link.sh links caseroom at a fixed address: the dynamic
  /// loader no longer rewrites the Swift runtime's 47,000 pointers at each
  /// start. The documents helper, which parses files from anywhere, stays
  /// position-independent.
  @Test(
    "the installed caseroom is linked at a fixed address (a few hundred relocations); its documents helper is not",
    .enabled(if: Self.lldHere, "ld.lld does not come with this Swift"))
  func fixedAddress() throws {
    let prefix = try Self.installed()
    let bin = prefix.appendingPathComponent("bin/caseroom").path
    let header = try Shell.run("readelf -h '\(bin)'")
    #expect(header.out.contains("EXEC (Executable file)"), "\(header.out)")
    let relocations = try Shell.run("readelf -r '\(bin)' | grep -c ' R_' || true")
    let count = Int(relocations.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    #expect(count >= 0 && count < 2_000, "\(count) relocations")
    let helper = try Shell.run("readelf -h '\(prefix.path)/libexec/caseroom/caseroom-documents'")
    #expect(helper.out.contains("Position-Independent Executable"), "\(helper.out)")
  }

  static var lldHere: Bool {
    let result = try? Shell.run("Scripts/release-link.sh \"$(mktemp -d)\"", in: CLI.repository)
    return result?.out.contains("--no-pie") == true
  }

  static var staticArchivesHere: Bool {
    let result = try? Shell.run("Scripts/release-link.sh \"$(mktemp -d)\"", in: CLI.repository)
    return result?.out.contains("-L") == true
  }
}
