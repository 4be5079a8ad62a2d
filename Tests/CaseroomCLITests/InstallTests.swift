import Foundation
import Testing

/// `Scripts/install.sh` and `Scripts/package-deb.sh`, run as an instructor or
/// a lab's administrator would.
///
/// The release build (Swift runtime linked in, in `.build-install/`) is made
/// once per test run, by the first install: the other tests wait for it, and
/// their own runs of the scripts find it up to date (a few seconds each).
/// That first build — the release build with its static link — took 93 s from a clean tree
/// on an idle two-core machine, and takes longer while the other tests run
/// beside it; when `.build-install/` is already up to date the suite takes
/// 40–50 s (five installs, the .deb's xz compression and lintian).
/// `CASEROOM_SKIP_INSTALL_TESTS=1` leaves these tests out.
@Suite(
  "Installing: install.sh, --uninstall, the Debian package",
  .enabled(if: ProcessInfo.processInfo.environment["CASEROOM_SKIP_INSTALL_TESTS"] == nil),
  .timeLimit(.minutes(30)))
struct InstallTests {
  /// The one install every test starts from.
  struct Installed: Sendable {
    let prefix: URL
    let seconds: Double
  }

  struct InstallFailed: Error, CustomStringConvertible {
    let description: String
  }

  /// `Scripts/install.sh --prefix <a new temporary folder>`, once per test run.
  static let shared: Result<Installed, InstallFailed> = {
    do {
      let prefix = try CLI.temporaryDirectory().appendingPathComponent("prefix")
      let started = Date()
      let r = try install(prefix)
      guard r.status == 0 else { return .failure(InstallFailed(description: "install.sh failed:\n\(r.out)\n\(r.err)")) }
      let seconds = Date().timeIntervalSince(started)
      FileHandle.standardError.write(Data("install.sh (build included) took \(Int(seconds)) s\n".utf8))
      return .success(Installed(prefix: prefix, seconds: seconds))
    } catch {
      return .failure(InstallFailed(description: "\(error)"))
    }
  }()

  static func installed() throws -> URL { try shared.get().prefix }

  static func install(_ prefix: URL, _ extra: String = "") throws -> CLI.Result {
    try Shell.run("Scripts/install.sh --prefix '\(prefix.path)' \(extra)", in: CLI.repository)
  }

  /// The environment of a user with nothing of their own: no CASEROOM_CASES, an empty home.
  static func cleanUser() throws -> [String: String] {
    let home = try CLI.temporaryDirectory()
    return [
      "CASEROOM_CASES": "", "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      "XDG_CACHE_HOME": home.appendingPathComponent("cache").path, "LANG": "C.UTF-8",
    ]
  }

  /// Every file under a folder, relative to it, sorted.
  static func files(under dir: URL) -> [String] {
    let all = FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []
    return all.filter { path in
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path, isDirectory: &isDirectory)
      return !isDirectory.boolValue
    }.sorted()
  }

  static let installedFiles = [
    "bin/caseroom",
    "libexec/caseroom/caseroom-documents",
    "share/bash-completion/completions/caseroom",
    "share/caseroom/cases/twelve-golden-projects.case.md",
    "share/caseroom/install-manifest",
    "share/fish/vendor_completions.d/caseroom.fish",
    "share/man/man1/caseroom.1",
    "share/man/man7/caseroom-keys.7",
    "share/man/zh_CN/man1/caseroom.1",
    "share/man/zh_CN/man7/caseroom-keys.7",
    "share/zsh/site-functions/_caseroom",
  ]

  @Test("install.sh --prefix: the files, and the manifest that names exactly them")
  func layout() throws {
    let prefix = try Self.installed()
    #expect(Self.files(under: prefix) == Self.installedFiles)
    let manifest = try String(
      contentsOf: prefix.appendingPathComponent("share/caseroom/install-manifest"), encoding: .utf8)
    let listed = manifest.split(separator: "\n").filter { $0.hasPrefix("f ") }.map { String($0.dropFirst(2)) }
    #expect(listed.sorted() == Self.installedFiles.filter { !$0.hasSuffix("install-manifest") })
    #expect(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("bin/caseroom").path))
  }

  @Test("the installed binary runs from anywhere on the case installed beside it, with the Swift runtime linked in")
  func runs() throws {
    let prefix = try Self.installed()
    let bin = prefix.appendingPathComponent("bin/caseroom").path
    let env = try Self.cleanUser()
    let outline = try Shell.run("'\(bin)' outline", environment: env, in: URL(fileURLWithPath: "/"))
    #expect(outline.status == 0, "\(outline.err)")
    #expect(outline.out.hasPrefix("中国十二金工程 — 我国十二金工程  [twelve-golden-projects]\n"))
    let shown = try Shell.run("'\(bin)' show --section 7 --width 40", environment: env)
    #expect(shown.out.hasPrefix("（七）金盾工程\n"), "\(shown.out.prefix(200))")
    let whereIs = try Shell.run("CASEROOM_LANG=en '\(bin)' where", environment: env)
    #expect(
      whereIs.out.contains(
        "bundled case: \(prefix.path)/share/caseroom/cases/twelve-golden-projects.case.md\n"))
    let cases = try Shell.run("CASEROOM_LANG=en '\(bin)' cases", environment: env)
    #expect(cases.out.contains("\nbundled cases: \(prefix.path)/share/caseroom/cases\n"), "\(cases.out)")
    let version = try Shell.run("'\(bin)' --version", environment: env)
    #expect(version.out.wholeMatch(of: #/\d+\.\d+\.\d+ \(commit ([0-9a-f]{12}(-dirty)?|unknown)\)\n/#) != nil)
    if let head = try Shell.gitHead() { #expect(version.out.contains("(commit \(head)"), "\(version.out) vs \(head)") }
    let libraries = try Shell.run("ldd '\(bin)'")
    #expect(libraries.out.contains("libncursesw"))
    #expect(!libraries.out.contains("libswiftCore") && !libraries.out.contains("libFoundation"), "\(libraries.out)")
    // A .docx through the helper in libexec/caseroom/.
    let docx = CLI.repository.appendingPathComponent("Tests/Fixtures/handouts/libreoffice-saved-shenpi.docx").path
    let imported = try Shell.run("'\(bin)' import '\(docx)'", environment: env)
    #expect(imported.status == 0 && imported.out.contains("缘起") && imported.out.contains("难题"), "\(imported.err)")
  }

  @Test(
    "man -l renders caseroom(1) in English and Chinese, written from the commands, and caseroom-keys(7), from the keymaps"
  )
  func manPages() throws {
    let prefix = try Self.installed()
    let env = ["MANWIDTH": "80", "LANG": "C.UTF-8"]
    let one = try Shell.run("man -l '\(prefix.path)/share/man/man1/caseroom.1'", environment: env)
    #expect(one.status == 0)
    #expect(one.err == "", "\(one.err)")
    #expect(one.out.hasPrefix("CASEROOM(1)"))
    #expect(one.out.contains("案例研讨室"), "\(one.out.prefix(400))")
    for command in [
      "read", "cases", "outline", "show", "search", "import", "check", "export", "review", "where", "keys",
    ] {
      #expect(one.out.contains("\n   \(command)\n"), "caseroom(1) has no '\(command)'")
    }
    let zh = try Shell.run("man -l '\(prefix.path)/share/man/zh_CN/man1/caseroom.1'", environment: env)
    #expect(zh.status == 0 && zh.err == "", "\(zh.err)")
    #expect(zh.out.hasPrefix("CASEROOM(1)") && zh.out.contains("案例研讨室") && zh.out.contains("\n描述\n"))
    #expect(zh.out.contains("在全屏阅读器里打开一个案例"), "\(zh.out.prefix(2000))")
    let seven = try Shell.run("man -l '\(prefix.path)/share/man/man7/caseroom-keys.7'", environment: env)
    #expect(seven.status == 0)
    #expect(seven.err == "", "\(seven.err)")
    #expect(seven.out.hasPrefix("CASEROOM-KEYS(7)"))
    #expect(seven.out.contains("\n       j ↓    line down\n"))
    #expect(seven.out.contains("\n       q Ctrl-C\n              quit\n"))
    let chinese = try Shell.run("man -l '\(prefix.path)/share/man/zh_CN/man7/caseroom-keys.7'", environment: env)
    #expect(chinese.status == 0 && chinese.err == "", "\(chinese.err)")
    #expect(chinese.out.contains("\n       j ↓    下移一行\n"))
  }

  @Test("the completion scripts load (bash -n, zsh -n, fish -n) and complete subcommands where each shell looks")
  func completions() throws {
    let prefix = try Self.installed()
    let share = prefix.appendingPathComponent("share").path
    let bash = try Shell.run("bash -n '\(share)/bash-completion/completions/caseroom'")
    #expect(bash.status == 0, "\(bash.err)")
    let offered = try Shell.run(
      """
      shopt -s extglob; source '\(share)/bash-completion/completions/caseroom'
      COMP_LINE='caseroom ca'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(caseroom ca); COMP_CWORD=1
      _caseroom caseroom ca caseroom; printf '%s\\n' "${COMPREPLY[@]}"
      """)
    #expect(offered.out == "cases\n", "\(offered.err)")
    if (try Shell.run("command -v zsh")).status == 0 {
      let zsh = try Shell.run("zsh -n '\(share)/zsh/site-functions/_caseroom'")
      #expect(zsh.status == 0, "\(zsh.err)")
      let dump = try CLI.temporaryDirectory().appendingPathComponent("zcompdump").path
      let found = try Shell.run(
        "zsh -f -c 'fpath=(\(share)/zsh/site-functions $fpath); autoload -Uz compinit; compinit -u -d \(dump); print -r -- ${_comps[caseroom]}'"
      )
      #expect(found.out == "_caseroom\n", "\(found.err)")
    }
    if (try Shell.run("command -v fish")).status == 0 {
      let fish = try Shell.run("fish --no-execute '\(share)/fish/vendor_completions.d/caseroom.fish'")
      #expect(fish.status == 0, "\(fish.err)")
      // fish looks in $XDG_DATA_DIRS/fish/vendor_completions.d; the script asks the program itself.
      let found = try Shell.run(
        "fish -c 'complete -C \"caseroom ca\"'",
        environment: [
          "XDG_DATA_DIRS": share, "PATH": "\(prefix.path)/bin:/usr/bin:/bin", "HOME": try Self.cleanUser()["HOME"]!,
        ])
      #expect(found.out.hasPrefix("cases\t"), "\(found.out)\(found.err)")
    }
  }

  @Test("--uninstall removes exactly what install.sh put there: the folder is empty again, a user's file stays")
  func uninstall() throws {
    _ = try Self.installed()
    let prefix = try CLI.temporaryDirectory()
    #expect(try Self.install(prefix).status == 0)
    #expect(Self.files(under: prefix) == Self.installedFiles)
    // Installing again over it is fine, and still removable.
    #expect(try Self.install(prefix).status == 0)
    let removed = try Self.install(prefix, "--uninstall")
    #expect(removed.status == 0, "\(removed.err)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.path) == [])

    // A case the instructor added beside the bundled one is not install.sh's to remove.
    #expect(try Self.install(prefix).status == 0)
    let mine = prefix.appendingPathComponent("share/caseroom/cases/mine.case.md")
    try "mine".write(to: mine, atomically: true, encoding: .utf8)
    #expect(try Self.install(prefix, "--uninstall").status == 0)
    #expect(Self.files(under: prefix) == ["share/caseroom/cases/mine.case.md"])

    // A prefix install.sh made itself goes too, with the parents it made; nothing installed: a plain error.
    let made = prefix.appendingPathComponent("new/prefix")
    #expect(try Self.install(made).status == 0)
    #expect(try Self.install(made, "--uninstall").status == 0)
    #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent("new").path))
    let nothing = try Self.install(made, "--uninstall")
    #expect(nothing.status == 1)
    #expect(nothing.err.hasPrefix("install.sh: nothing to remove: no \(made.path)/share/caseroom/install-manifest"))
  }

  /// `Scripts/package-deb.sh --output <a temporary folder>`, once per test run: the .deb's path.
  static let sharedDeb: Result<String, InstallFailed> = {
    do {
      _ = try installed()
      let out = try CLI.temporaryDirectory()
      let made = try Shell.run("Scripts/package-deb.sh --output '\(out.path)'", in: CLI.repository)
      let deb = made.out.split(separator: "\n").last.map(String.init) ?? ""
      guard made.status == 0, deb.hasPrefix(out.path + "/caseroom_"), deb.hasSuffix(".deb") else {
        return .failure(InstallFailed(description: "package-deb.sh failed:\n\(made.out)\n\(made.err)"))
      }
      return .success(deb)
    } catch {
      return .failure(InstallFailed(description: "\(error)"))
    }
  }()

  @Test("package-deb.sh: a .deb with the same files under /usr, depending on ncursesw and git, clean for lintian")
  func debianPackage() throws {
    let deb = try Self.sharedDeb.get()
    let contents = try Shell.run("dpkg-deb --contents '\(deb)' | awk '{print $6}' | grep -v '/$' | sort")
    #expect(
      contents.out.split(separator: "\n") == [
        "./usr/bin/caseroom",
        "./usr/libexec/caseroom/caseroom-documents",
        "./usr/share/bash-completion/completions/caseroom",
        "./usr/share/caseroom/cases/twelve-golden-projects.case.md",
        "./usr/share/doc/caseroom/changelog.Debian.gz",
        "./usr/share/doc/caseroom/copyright",
        "./usr/share/fish/vendor_completions.d/caseroom.fish",
        "./usr/share/lintian/overrides/caseroom",
        "./usr/share/man/man1/caseroom.1.gz",
        "./usr/share/man/man7/caseroom-keys.7.gz",
        "./usr/share/man/zh_CN/man1/caseroom.1.gz",
        "./usr/share/man/zh_CN/man7/caseroom-keys.7.gz",
        "./usr/share/zsh/vendor-completions/_caseroom",
      ])
    let depends = try Shell.run("dpkg-deb --field '\(deb)' Depends").out
    #expect(depends.contains("libncursesw6") && depends.hasSuffix(", git\n"), "\(depends)")
    let version = try Shell.run("dpkg-deb --field '\(deb)' Version").out
    if let head = try Shell.gitHead() {
      #expect(version.contains("+git") && version.contains(".\(head)"), "\(version)")
    }

    // Unpacked (no chroot or container here to install it into): the binary finds its case under /usr/share.
    let root = try CLI.temporaryDirectory()
    #expect(try Shell.run("dpkg-deb -x '\(deb)' '\(root.path)'").status == 0)
    let outline = try Shell.run("'\(root.path)/usr/bin/caseroom' outline", environment: try Self.cleanUser())
    #expect(outline.out.hasPrefix("中国十二金工程"), "\(outline.err)")
    let docx = CLI.repository.appendingPathComponent("Tests/Fixtures/handouts/libreoffice-saved-shenpi.docx").path
    let imported = try Shell.run("'\(root.path)/usr/bin/caseroom' import '\(docx)'", environment: try Self.cleanUser())
    #expect(imported.status == 0 && imported.out.contains("缘起"), "\(imported.err)")
    let man = try Shell.run(
      "man -l '\(root.path)/usr/share/man/man7/caseroom-keys.7.gz'", environment: ["MANWIDTH": "80", "LANG": "C.UTF-8"])
    #expect(man.status == 0 && man.err == "" && man.out.hasPrefix("CASEROOM-KEYS(7)"))

    if (try Shell.run("command -v lintian")).status == 0 {
      let lint = try Shell.run("lintian '\(deb)' 2>&1 | grep -v 'running with root privileges'")
      #expect(lint.out == "", "lintian: \(lint.out)")
    }
  }

  /// Opt-in (`CASEROOM_TEST_DEB_CHROOT=1`): it fetches a minimal Debian from
  /// the archive with debootstrap (about 35 s and 100 MB), as root.
  @Test(
    "the .deb installs with apt into a clean Debian chroot, which fetches its dependencies; it runs there, and purges clean",
    .enabled(if: ProcessInfo.processInfo.environment["CASEROOM_TEST_DEB_CHROOT"] == "1"))
  func debianPackageInChroot() throws {
    let deb = try Self.sharedDeb.get()
    let root = try CLI.temporaryDirectory().appendingPathComponent("debian")
    defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    let codename = try Shell.run(". /etc/os-release && echo $VERSION_CODENAME").out
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let strap = try Shell.run("debootstrap --variant=minbase \(codename) '\(root.path)' http://deb.debian.org/debian")
    try #require(strap.status == 0, "debootstrap: \(strap.out.suffix(2000))\(strap.err.suffix(2000))")
    try FileManager.default.copyItem(atPath: "/etc/resolv.conf", toPath: root.path + "/etc/resolv.conf.caseroom")
    #expect(
      try Shell.run(
        "mv '\(root.path)/etc/resolv.conf.caseroom' '\(root.path)/etc/resolv.conf'; cp '\(deb)' '\(root.path)/tmp/caseroom.deb'"
      ).status == 0)
    // A mount namespace of its own: /proc (which Swift needs for the arguments) goes away with it.
    let script = """
      export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin
      apt-get update -qq && apt-get install -y -qq /tmp/caseroom.deb >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
      cd / && caseroom --version && caseroom outline | head -1 && caseroom cases | head -2
      dpkg -s libncursesw6 git >/dev/null && echo dependencies installed
      apt-get purge -y -qq caseroom >/dev/null 2>&1 && ls /usr/bin/caseroom /usr/share/caseroom 2>&1 | wc -l
      """
    let run = try Shell.run(
      "unshare --mount --pid --fork --mount-proc='\(root.path)/proc' chroot '\(root.path)' /bin/bash -c '\(script)'")
    #expect(run.status == 0, "\(run.out)\(run.err)")
    let lines = run.out.split(separator: "\n").map(String.init)
    let version = try Shell.run("dpkg-deb --field '\(deb)' Version").out.split(separator: "+").first ?? ""
    #expect(lines.first?.hasPrefix("\(version) (commit ") == true, "\(run.out)")
    #expect(
      lines.dropFirst() == [
        "中国十二金工程 — 我国十二金工程  [twelve-golden-projects]",
        "ID                      TITLE           SECTIONS  QUESTIONS  FROM",
        "twelve-golden-projects  中国十二金工程        17          3  bundled", "dependencies installed", "2",
      ], "\(run.out)\(run.err)")
  }
}
