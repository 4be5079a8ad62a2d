import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

/// The HTML deck opened in a real headless browser (Debian's chromium).
@Suite("HTML export in a headless browser", .serialized)
struct ExportBrowserTests {
  static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static let canary = "caseroom-canary.invalid"

  /// A class of three groups; one tries to inject a script and to load a resource.
  func makeDeck() throws -> (URL, URL) {
    let dir = try CLI.temporaryDirectory()
    let sessions = dir.appendingPathComponent("sessions")
    let c = try CaseFormat.load(CLI.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    let store = SessionStore(directory: sessions)
    let answers: [(String, [String])] = [
      ("第一组", ["我们单位属于金税工程。", "基本吻合。", "需要加强数据共享。"]),
      ("第二组", ["金盾工程。", "", "统一标准。"]),
      (
        "<script>document.title='PWNED'</script>三组",
        [
          "<script>document.title='PWNED'</script>注入",
          "<img src=\"http://\(Self.canary)/a.png\" onerror=\"document.title='PWNED'\">",
          "<link rel=stylesheet href=\"http://\(Self.canary)/b.css\">",
        ]
      ),
    ]
    for (name, texts) in answers {
      var s = Session(case: c, group: .init(name: name, members: ["成员甲"]))
      for (i, t) in texts.enumerated() { s.answers[i].text = t }
      try store.save(s, to: store.url(caseId: c.id, group: name))
    }
    let deck = dir.appendingPathComponent("deck.html")
    let r = try CLI.run(["export", "--all", "--sessions", sessions.path, "--format", "html", "-o", deck.path])
    #expect(r.status == 0, "\(r.err)")
    return (dir, deck)
  }

  func browser(_ args: [String]) throws -> CLI.Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Self.chromium!)
    p.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--hide-scrollbars",
      ] + args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return CLI.Result(status: p.terminationStatus, out: String(decoding: data, as: UTF8.self), err: "")
  }

  @Test("the DOM holds every group's answers and the injected script did not run")
  func dom() throws {
    try #require(Self.chromium != nil, "chromium is installed by Scripts/test.sh")
    let (_, deck) = try makeDeck()
    let dom = try browser(["--dump-dom", deck.absoluteString]).out
    #expect(dom.contains("<title>中国十二金工程 — 全班 All groups</title>"), "the title was not changed by a script")
    #expect(!dom.contains("PWNED</title>"))
    for text in ["我们单位属于金税工程。", "基本吻合。", "需要加强数据共享。", "金盾工程。", "统一标准。"] {
      #expect(dom.contains(text), "\(text)")
    }
    #expect(dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;注入"))
    #expect(!dom.contains("<img"))
    #expect(dom.contains("（未作答 no answer）"))
    #expect(dom.contains("class=\"slide title active\""), "the deck's own script ran and showed the first slide")
  }

  @Test("a screenshot of the first slide is not blank")
  func screenshot() throws {
    try #require(Self.chromium != nil)
    let (dir, deck) = try makeDeck()
    let shot = dir.appendingPathComponent("deck.png")
    let blankHTML = dir.appendingPathComponent("blank.html")
    try "<html><body></body></html>".write(to: blankHTML, atomically: true, encoding: .utf8)
    let blankShot = dir.appendingPathComponent("blank.png")
    _ = try browser(["--window-size=1280,720", "--screenshot=\(shot.path)", deck.absoluteString])
    _ = try browser(["--window-size=1280,720", "--screenshot=\(blankShot.path)", blankHTML.absoluteString])
    let size = try FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int ?? 0
    let blank = try FileManager.default.attributesOfItem(atPath: blankShot.path)[.size] as? Int ?? 0
    #expect(size > 3 * blank, "a slide with text compresses far worse than a blank page (\(size) vs \(blank) bytes)")
  }

  @Test("opening the deck requests nothing from the network")
  func noNetwork() throws {
    try #require(Self.chromium != nil)
    let (dir, deck) = try makeDeck()
    // A logging proxy: every request the browser makes goes through it.
    let log = dir.appendingPathComponent("proxy.log")
    let script = """
      import socket, sys, time
      s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1', 0)); s.listen(50)
      print(s.getsockname()[1], flush=True)
      s.settimeout(0.5); end = time.time() + 8
      with open(sys.argv[1], 'w') as f:
          while time.time() < end:
              try:
                  c, _ = s.accept(); c.settimeout(1)
                  try: f.write(c.recv(2048).split(b'\\r\\n')[0].decode('latin1') + '\\n'); f.flush()
                  except Exception: pass
                  c.close()
              except socket.timeout: pass
      """
    let proxy = Process()
    proxy.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    proxy.arguments = ["python3", "-c", script, log.path]
    let out = Pipe()
    proxy.standardOutput = out
    try proxy.run()
    var portText = ""
    while !portText.contains("\n") {
      let d = out.fileHandleForReading.availableData
      if d.isEmpty { break }
      portText += String(decoding: d, as: UTF8.self)
    }
    let port = portText.trimmingCharacters(in: .whitespacesAndNewlines)
    _ = try browser(["--proxy-server=http://127.0.0.1:\(port)", "--dump-dom", deck.absoluteString])
    proxy.waitUntilExit()
    let requests = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    #expect(!requests.contains(Self.canary), "the page requested: \(requests)")
    // And the file names no resource at all.
    let html = try String(contentsOf: deck, encoding: .utf8)
    #expect(
      !html.contains(" src=\"") && !html.contains(" href=\"") && !html.contains("url(") && !html.contains("@import"))
  }

  @Test("printing gives one slide per page")
  func printing() throws {
    try #require(Self.chromium != nil)
    let (dir, deck) = try makeDeck()
    let pdf = dir.appendingPathComponent("deck.pdf")
    _ = try browser(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", deck.absoluteString])
    let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
    let pages = try NSRegularExpression(pattern: "/Type\\s*/Page[^s]").numberOfMatches(
      in: bytes, range: NSRange(bytes.startIndex..., in: bytes))
    let slides =
      try String(contentsOf: deck, encoding: .utf8).components(separatedBy: "<section class=\"slide").count - 1
    #expect(slides == 1 + 3 + 3 * 3, "a title, a slide per question, an answer per group per question")
    #expect(pages == slides)
  }
}
