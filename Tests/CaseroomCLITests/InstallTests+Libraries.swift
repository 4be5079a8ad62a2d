import Foundation
import Testing

extension InstallTests {
  /// Scripts/release-link.sh links libstdc++ and ncursesw into the installed
  /// binary, as the Swift runtime is: at each start the dynamic loader binds
  /// libc's symbols alone (2,200 fewer lookups, most of `--version`'s time).
  @Test(
    "the installed binary loads neither libstdc++ nor ncurses at start: both are linked in",
    .enabled(if: Self.staticArchivesHere, "the archives (libstdc++.a, libncursesw.a, libtinfo.a) are not installed"))
  func librariesLinkedIn() throws {
    let bin = try Self.installed().appendingPathComponent("bin/caseroom")
    let ldd = try Shell.run("ldd '\(bin.path)'")
    #expect(ldd.status == 0, "\(ldd.err)")
    #expect(ldd.out.contains("libc.so"), "a dynamically linked program: \(ldd.out)")
    for library in ["libstdc++", "libncursesw", "libtinfo"] {
      #expect(!ldd.out.contains(library), "\(library) is loaded: \(ldd.out)")
    }
    let version = try Shell.run("'\(bin.path)' --version")
    #expect(version.out.hasPrefix("0."))
  }

  static var staticArchivesHere: Bool {
    let result = try? Shell.run("Scripts/release-link.sh \"$(mktemp -d)\"", in: CLI.repository)
    return result?.out.contains("-L") == true
  }
}
