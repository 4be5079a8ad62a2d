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

  static var staticArchivesHere: Bool {
    let result = try? Shell.run("Scripts/release-link.sh \"$(mktemp -d)\"", in: CLI.repository)
    return result?.out.contains("-L") == true
  }
}
