import CaseroomTestSupport
import Foundation
import Testing

/// The hint bar in a real xterm (not tmux), with xterm's default palette and
/// bold drawn bright, on a virtual display with a CJK font: the keys and
/// their names must be readable (4.5:1 at least) in the pixels themselves.
@Suite("Colours in a real xterm (Xvfb)", .serialized)
struct RealTerminalColourTests {
  static let tool = BuiltBinary.repository.deletingLastPathComponent().appendingPathComponent("shared/tools/xterm-shot")

  /// The two commonest colours of a region of a PNG (text and its background), via ImageMagick.
  func colours(_ png: URL, x: Int, y: Int, width: Int, height: Int) throws -> [UInt32] {
    let out = try run([
      "/usr/bin/convert", png.path, "-crop", "\(width)x\(height)+\(x)+\(y)", "-format", "%c", "histogram:info:-",
    ])
    let counted: [(Int, UInt32)] = out.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, let n = Int(parts[0].trimmingCharacters(in: .whitespaces)),
        let hash = parts[1].split(separator: " ").first(where: { $0.hasPrefix("#") }),
        let rgb = UInt32(hash.dropFirst().prefix(6), radix: 16)
      else { return nil }
      return (n, rgb)
    }
    return counted.sorted { $0.0 > $1.0 }.prefix(2).map(\.1)
  }

  func run(_ argv: [String], environment: [String: String] = [:]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  func luminance(_ rgb: UInt32) -> Double {
    func channel(_ v: UInt32) -> Double {
      let c = Double(v) / 255
      return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF) + 0.0722 * channel(rgb & 0xFF)
  }

  func contrast(_ a: UInt32, _ b: UInt32) -> Double {
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  @Test("the hint bar's keys and their names reach 4.5:1 in xterm's own pixels")
  func hintBar() throws {
    guard FileManager.default.isExecutableFile(atPath: Self.tool.path), getuid() == 0 else {
      print("skipped: shared/tools/xterm-shot is not beside the repository, or not root (it installs xterm and Xvfb)")
      return
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-xterm-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let png = dir.appendingPathComponent("shot.png")
    // Started with no signal blocked (as the tmux tests start tmux): the tool's
    // Xvfb and xterm must end when it ends them.
    try Tmux.spawnAndWait(
      [
        Self.tool.path, "--size", "80x24", "--wait", "3", png.path, "--", "env", "TERM=xterm", "LANG=C.UTF-8",
        "XDG_STATE_HOME=\(dir.path)", "CASEROOM_SESSIONS=\(dir.path)/s", BuiltBinary.url.path, "--no-group",
      ], output: dir.appendingPathComponent("tool.log").path)
    try #require(FileManager.default.fileExists(atPath: png.path), "no screenshot")
    let size = try run(["/usr/bin/convert", png.path, "-format", "%w %h", "info:"]).split(separator: " ")
      .compactMap { Int($0) }
    try #require(size.count == 2)
    let (cell, line) = (Double(size[0]) / 80, Double(size[1]) / 24)
    let y = Int(23 * line) + 2
    let h = Int(line) - 4
    // Columns 1–4: the key 空格 (in its box); 6–9: its name 翻页, on the bar.
    for (name, from, to) in [("the key 空格", 1, 5), ("its name 翻页", 6, 10)] {
      let c = try colours(
        png, x: Int(Double(from) * cell) + 1, y: y, width: Int(Double(to - from) * cell) - 2, height: h)
      try #require(c.count == 2, "\(name): \(c)")
      let ratio = contrast(c[0], c[1])
      #expect(ratio >= 4.5, "\(name): #\(String(c[0], radix: 16)) on #\(String(c[1], radix: 16)) is \(ratio):1")
    }
  }
}
