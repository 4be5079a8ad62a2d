import Foundation
import Testing

/// caseroom(1), written by the program from its own command definitions
/// (`caseroom manual`, from `--experimental-dump-help`), in English and in
/// Chinese; read with `man -l` as a user would.
@Suite("caseroom(1) from the command definitions, in English and Chinese")
struct ManualPageTests {
  let env = ["MANWIDTH": "80", "LANG": "C.UTF-8", "LC_ALL": ""]

  /// Every command (as `class init`), its options as typed and its abstract, from the dump.
  func definitions() throws -> [(command: String, options: [String], abstract: String)] {
    let dump = try CLI.run(["--experimental-dump-help"])
    try #require(dump.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as? [String: Any])
    var out: [(String, [String], String)] = []
    func walk(_ c: [String: Any], _ path: [String]) {
      for s in c["subcommands"] as? [[String: Any]] ?? [] {
        let name = s["commandName"] as? String ?? ""
        guard name != "help", s["shouldDisplay"] as? Bool != false else { continue }
        let options = (s["arguments"] as? [[String: Any]] ?? []).compactMap { a -> String? in
          guard a["shouldDisplay"] as? Bool != false, let p = a["preferredName"] as? [String: Any],
            let n = p["name"] as? String, !["help", "version"].contains(n)
          else { return nil }
          return (p["kind"] as? String == "short" ? "-" : "--") + n
        }
        out.append(((path + [name]).joined(separator: " "), options, s["abstract"] as? String ?? ""))
        walk(s, path + [name])
      }
    }
    walk(json["command"] as? [String: Any] ?? [:], [])
    return out
  }

  func page(_ lang: String) throws -> (roff: String, shown: String) {
    let roff = try CLI.run(["manual", "--lang", lang, "--date", "2026-12-06"])
    try #require(roff.status == 0, "\(roff.err)")
    let file = try CLI.temporaryDirectory().appendingPathComponent("caseroom.1")
    try roff.out.write(to: file, atomically: true, encoding: .utf8)
    let man = try Shell.run("man -l '\(file.path)'", environment: env)
    #expect(man.status == 0 && man.err == "", "\(man.err)")
    return (roff.out, man.out)
  }

  @Test("the English page keeps its Chinese (案例研讨室) and has every command and option of the definitions")
  func english() throws {
    let (roff, shown) = try page("en")
    #expect(shown.hasPrefix("CASEROOM(1)"))
    let lines = Set(roff.split(separator: "\n").map { $0.replacingOccurrences(of: #"\:"#, with: "") })
    #expect(shown.contains("Read and discuss a Chinese teaching case in the terminal.") && shown.contains("案例研讨室"))
    #expect(shown.contains("【合并冲突：王小明 · lap1】"), "the definitions' Chinese examples are kept")
    let commands = try definitions()
    #expect(commands.count > 15, "\(commands.map(\.command))")
    for (command, options, abstract) in commands {
      // The catalogue's summaries (Chinese and English) follow the definitions: the English is the abstract.
      #expect(
        lines.contains(#"\&"# + abstract), "caseroom(1): '\(command)' is not summed up as its definition: \(abstract)")
      let all = shown.components(separatedBy: "\n")
      guard let at = all.firstIndex(of: "   \(command)") else {
        Issue.record("caseroom(1) has no command '\(command)'")
        continue
      }
      // The command's section runs to the next heading (a line indented less than its text).
      let section = all[(at + 1)...].prefix { $0.isEmpty || $0.hasPrefix("    ") }
      for option in options {
        // The tag of an option: "       --json", "       -o, --output output".
        let tagged = section.contains {
          $0.hasPrefix("       \(option)") || $0.hasPrefix("       -") && $0.contains(", \(option)")
        }
        #expect(tagged, "caseroom(1): '\(command)' has no \(option)")
      }
    }
  }

  @Test("the Chinese page: 案例研讨室, Chinese headings and each command's summary in Chinese")
  func chinese() throws {
    let (_, shown) = try page("zh")
    #expect(shown.hasPrefix("CASEROOM(1)"))
    #expect(shown.contains("案例研讨室：在终端里阅读和讨论中文教学案例"), "\(shown.prefix(500))")
    for heading in ["名称", "概要", "描述", "命令", "环境变量", "另见"] {
      #expect(shown.contains("\n\(heading)\n"), "no \(heading)")
    }
    #expect(shown.contains("\n   class init\n"))
    #expect(shown.contains("创建班级文件夹"))
    #expect(shown.contains("用 git 同步班级仓库的克隆"))
    #expect(!shown.contains("Open a case in the full-screen reader"), "the summary is in Chinese, not English")
  }

  @Test("the page is the same for the same program and date; manual is not listed in --help")
  func stable() throws {
    let (a, _) = try page("en")
    let (b, _) = try page("en")
    #expect(a == b)
    #expect(a.hasPrefix(#".TH CASEROOM 1 "2026-12-06" "caseroom "#))
    let help = try CLI.run(["--help"])
    #expect(!help.out.contains("manual"), "\(help.out)")
  }
}
