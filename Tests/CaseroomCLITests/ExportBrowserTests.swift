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
    #expect(dom.contains("第二组 · 未作答"), "第二组's unanswered question on a slide of its own")
    #expect(
      dom.contains("<section class=\"cr-slide cr-active\" data-kind=\"title\""),
      "the deck's own script ran and showed the first slide")
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

  @Test("printing gives one landscape page per slide")
  func printing() throws {
    try #require(Self.chromium != nil)
    let (dir, deck) = try makeDeck()
    let pdf = dir.appendingPathComponent("deck.pdf")
    _ = try browser(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", deck.absoluteString])
    let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
    let pages = try NSRegularExpression(pattern: "/Type\\s*/Page[^s]").numberOfMatches(
      in: bytes, range: NSRange(bytes.startIndex..., in: bytes))
    let slides =
      try String(contentsOf: deck, encoding: .utf8).components(separatedBy: "<section class=\"cr-slide").count - 1
    #expect(
      slides == 1 + 3 + (3 * 3 - 1) + 1,
      "a title, a slide per question, an answer per group per question answered, one for 第二组's unanswered")
    #expect(pages == slides)
    #expect(try Self.landscape(bytes), "the pages are landscape")
    #expect(try Self.a4(bytes), "the pages are A4 (842 × 595 pt)")
  }

  /// Whether every page's MediaBox in a PDF is A4 landscape (297 × 210 mm: 841.89 × 595.28 pt).
  static func a4(_ pdf: String) throws -> Bool {
    let boxes = try NSRegularExpression(pattern: "/MediaBox\\s*\\[\\s*([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)")
      .matches(in: pdf, range: NSRange(pdf.startIndex..., in: pdf))
    guard !boxes.isEmpty else { return false }
    return boxes.allSatisfy { m in
      let n = (1...4).map { Double(pdf[Range(m.range(at: $0), in: pdf)!])! }
      return abs(n[2] - n[0] - 841.89) < 2 && abs(n[3] - n[1] - 595.28) < 2
    }
  }

  @Test("the insight slide in Chromium: bars drawn to their share, nothing past the slide, at 1280×720 and in print")
  func insightSlide() throws {
    try #require(Self.chromium != nil)
    let (dir, _) = try makeDeck()
    let sessions = dir.appendingPathComponent("sessions")
    // Citations: 第一组 and 第二组 cite 金税工程's first sentence for question 1, 第一组 also a long one.
    let c = try CaseFormat.load(CLI.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    let store = SessionStore(directory: sessions)
    for (name, quotes) in [("第一组", ["是我国电子政务的核心系统之一", "国务院直属的7个宏观经济管理部门"]), ("第二组", ["是我国电子政务的核心系统之一"])] {
      let url = store.url(caseId: c.id, group: name)
      var s = try store.load(url)
      s.answers[0].citations = quotes.map { q in
        let section = q.hasPrefix("国务院") ? "golden-macro" : "golden-tax"
        return .init(anchor: .init(section: section, paragraph: 0, quote: q), createdAt: Date())
      }
      try store.save(s, to: url)
    }
    let deck = dir.appendingPathComponent("insight.html")
    let r = try CLI.run([
      "export", "--all", "--insight", "--sessions", sessions.path, "--format", "html", "-o", deck.path,
    ])
    #expect(r.status == 0, "\(r.err)")
    let html = try String(contentsOf: deck, encoding: .utf8)
    #expect(html.contains("data-kind=\"insight\""))
    // Measure the first insight slide in a 1280×720 frame: each bar's width against its track, the slide's bottom.
    let srcdoc = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    let page = """
      <!DOCTYPE html><html><body style="margin:0">
      <iframe id="deck" style="width:1280px;height:720px;border:0;display:block" srcdoc="\(srcdoc)"></iframe>
      <pre id="measure"></pre><script>
      var frame = document.getElementById('deck');
      frame.onload = function () {
        var w = frame.contentWindow, d = frame.contentDocument;
        var slides = Array.prototype.slice.call(d.querySelectorAll('.cr-slide'));
        var n = slides.findIndex(function (s) { return s.getAttribute('data-kind') === 'insight'; });
        d.dispatchEvent(new w.KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
        for (var k = 0; k < n; k++) d.dispatchEvent(new w.KeyboardEvent('keydown', { key: ' ', bubbles: true }));
        var s = d.querySelector('.cr-slide.cr-active');
        var out = ['kind ' + s.getAttribute('data-kind'), 'height ' + Math.ceil(s.getBoundingClientRect().height),
          'scroll ' + s.scrollHeight + ' ' + s.clientHeight, 'fit ' + (s.style.getPropertyValue('--fit') || '1')];
        var bottom = 0;
        s.querySelectorAll('*').forEach(function (e) { bottom = Math.max(bottom, e.getBoundingClientRect().bottom); });
        out.push('bottom ' + Math.ceil(bottom));
        s.querySelectorAll('.cr-bar-row').forEach(function (row) {
          var bar = row.querySelector('.cr-bar').getBoundingClientRect().width;
          var track = row.querySelector('.cr-bar-track').getBoundingClientRect().width;
          out.push('bar ' + (bar / track).toFixed(3) + ' ' + row.querySelector('.cr-bar-n').textContent);
          // The section label: on screen, not clipped (what is drawn at its middle is the label itself).
          var cite = row.querySelector('cite'), r = cite.getBoundingClientRect();
          var hit = d.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
          out.push('section ' + cite.textContent + ' ' + (r.height > 0 && hit === cite && cite.scrollWidth <= cite.clientWidth + 1 ? 'shown' : 'cut'));
        });
        document.getElementById('measure').textContent = out.join('\\n');
      };
      </script></body></html>
      """
    let measured = dir.appendingPathComponent("measure-insight.html")
    try page.write(to: measured, atomically: true, encoding: .utf8)
    let lines = try DeckLayoutBrowserTests().run(measured)
    #expect(lines.first == "kind insight", "\(lines)")
    let bars = lines.filter { $0.hasPrefix("bar ") }
    #expect(bars == ["bar 0.667 2 组", "bar 0.333 1 组"], "\(lines)")
    #expect(
      lines.filter { $0.hasPrefix("section ") } == ["section （二）金税工程 shown", "section （一）金宏工程 shown"],
      "each section label shown, the long sentence's too: \(lines)")
    let scroll = lines.first { $0.hasPrefix("scroll ") }!.split(separator: " ").compactMap { Int($0) }
    #expect(scroll[0] <= scroll[1] + 1, "nothing past the slide: \(lines)")
    let bottom = Int(lines.first { $0.hasPrefix("bottom ") }!.split(separator: " ")[1])!
    #expect(bottom <= 720)
    #expect(lines.contains("fit 1") || lines.contains("fit 1.00"), "no text shrunk: \(lines)")
    // Printed: every slide on an A4 landscape page.
    let pdf = dir.appendingPathComponent("insight.pdf")
    _ = try browser(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", deck.absoluteString])
    let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
    let pages = try NSRegularExpression(pattern: "/Type\\s*/Page[^s]").numberOfMatches(
      in: bytes, range: NSRange(bytes.startIndex..., in: bytes))
    #expect(pages == html.components(separatedBy: "<section class=\"cr-slide").count - 1)
    #expect(try Self.a4(bytes))
  }

  /// Whether every page's MediaBox in a PDF is wider than tall.
  static func landscape(_ pdf: String) throws -> Bool {
    let boxes = try NSRegularExpression(pattern: "/MediaBox\\s*\\[\\s*([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)")
      .matches(in: pdf, range: NSRange(pdf.startIndex..., in: pdf))
    guard !boxes.isEmpty else { return false }
    return boxes.allSatisfy { m in
      let n = (1...4).map { Double(pdf[Range(m.range(at: $0), in: pdf)!])! }
      return n[2] - n[0] > n[3] - n[1]
    }
  }
}

/// The deck as a projector shows it: every slide of a deck that holds a
/// 5,000-character answer fits the screen, at 1280×720 and 1920×1080; the keys.
@Suite("The HTML deck fit to project (headless Chromium)", .serialized)
struct DeckLayoutBrowserTests {
  /// A class of three: one group's first answer is about 5,000 characters in
  /// paragraphs of several lengths (one of about 2,800), with cited passages,
  /// a score and a comment; one group has not answered.
  func makeLongDeck() throws -> (URL, URL, Int) {
    let dir = try CLI.temporaryDirectory()
    let sessions = dir.appendingPathComponent("sessions")
    let c = try CaseFormat.load(CLI.repository.appendingPathComponent("Cases/twelve-golden-projects.case.md"))
    let store = SessionStore(directory: sessions)
    let sentence = "电子政务的发展需要统一规划、统一标准，CTAIS 与 2.5Gbps 的网络也要跟上。"
    let long = [3, 70, 10, 35, 6].map { String(repeating: sentence, count: $0) }.joined(separator: "\n")
    for (name, texts) in [("长答案组", [long, "第二题。", "第三题。"]), ("第二组", ["短答案。", "", "好"]), ("第三组", ["", "", ""])] {
      var s = Session(case: c, group: .init(name: name, members: ["成员甲", "成员乙"]))
      for (i, t) in texts.enumerated() { s.answers[i].text = t }
      if name == "长答案组" {
        s.answers[0].citations = (0..<3).map { _ in
          .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"), createdAt: Date())
        }
      }
      try store.save(s, to: store.url(caseId: c.id, group: name))
    }
    // The instructor's review file (caseroom.review/1), written as the review screen writes it.
    let reviewFile = dir.appendingPathComponent("x.review.json")
    let comment = String(repeating: "论证清楚，引用恰当。", count: 8)
    let review: [String: Any] = [
      "schema": "caseroom.review/1", "caseId": c.id, "scaleMax": 5, "order": [], "updatedAt": "2027-01-15T08:00:00Z",
      "feedback": ["长答案组": ["1": ["score": 4, "comment": comment, "updatedAt": "2027-01-15T08:00:00Z"]]],
    ]
    try JSONSerialization.data(withJSONObject: review).write(to: reviewFile)
    let deck = dir.appendingPathComponent("deck.html")
    let e = try CLI.run([
      "export", "--all", "--sessions", sessions.path, "--format", "html", "--feedback", "all", "--review",
      reviewFile.path, "-o", deck.path,
    ])
    #expect(e.status == 0, "\(e.err)")
    return (dir, deck, long.filter { !$0.isWhitespace }.count)
  }

  /// A page that shows the deck in a frame of exactly `width`×`height` CSS
  /// pixels (the deck's own file, as `srcdoc`), steps through every slide
  /// with the deck's keys and writes, per slide, its index, height, scroll
  /// height, client height, the lowest bottom of anything in it, its text's
  /// scale and kind; then the slide shown after each of a few keys.
  func measured(_ deck: URL, width: Int, height: Int) throws -> URL {
    let html = try String(contentsOf: deck, encoding: .utf8)
    let srcdoc = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    let page = """
      <!DOCTYPE html><html><body style="margin:0">
      <iframe id="deck" style="width:\(width)px;height:\(height)px;border:0;display:block" srcdoc="\(srcdoc)"></iframe>
      <pre id="measure"></pre><script>
      var frame = document.getElementById('deck');
      frame.onload = function () {
        var w = frame.contentWindow, d = frame.contentDocument;
        var slides = d.querySelectorAll('.cr-slide');
        function key(k) { d.dispatchEvent(new w.KeyboardEvent('keydown', { key: k, bubbles: true })); }
        function at() { return Array.prototype.indexOf.call(slides, d.querySelector('.cr-slide.cr-active')); }
        var out = ['viewport ' + w.innerWidth + 'x' + w.innerHeight + ' slides ' + slides.length];
        key('Home');
        for (var n = 0; n < slides.length; n++) {
          var s = d.querySelector('.cr-slide.cr-active');
          var bottom = 0;
          s.querySelectorAll('*').forEach(function (e) { bottom = Math.max(bottom, e.getBoundingClientRect().bottom); });
          out.push(['slide', at(), Math.ceil(s.getBoundingClientRect().height), s.scrollHeight, s.clientHeight,
            Math.ceil(bottom), s.style.getPropertyValue('--fit') || '1', s.getAttribute('data-kind')].join(' '));
          key(n % 3 === 0 ? ' ' : n % 3 === 1 ? 'ArrowRight' : 'PageDown');
        }
        var keys = ['Home', '1', '2', 'Enter', 'End', 'PageUp', 'ArrowLeft', 'Backspace', 'PageDown', ' ', 'ArrowRight', '3', 'Escape', 'Home'];
        out.push('keys ' + keys.map(function (k) { key(k); return at(); }).join(' '));
        document.getElementById('measure').textContent = out.join('\\n');
      };
      </script></body></html>
      """
    let url = deck.deletingLastPathComponent().appendingPathComponent("measured-\(width)x\(height).html")
    try page.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  func run(_ page: URL) throws -> [String] {
    let dom = try ExportBrowserTests().browser([
      "--window-size=2000,1200", "--virtual-time-budget=3000", "--dump-dom", page.absoluteString,
    ]).out
    guard let start = dom.range(of: "<pre id=\"measure\">"),
      let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
    else { return [] }
    return dom[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
  }

  @Test("no slide is taller than the screen, and nothing in it runs past it", arguments: [(1280, 720), (1920, 1080)])
  func fits(_ width: Int, _ height: Int) throws {
    try #require(ExportBrowserTests.chromium != nil, "chromium is installed by Scripts/test.sh")
    let (_, deck, characters) = try makeLongDeck()
    #expect(characters >= 4_900)
    let html = try String(contentsOf: deck, encoding: .utf8)
    #expect(html.contains("长答案组 · 思考题 1（续）"))
    let lines = try run(try measured(deck, width: width, height: height))
    try #require(lines.first?.hasPrefix("viewport \(width)x\(height) ") == true, "\(lines.first ?? "no output")")
    let count = Int(lines[0].split(separator: " ").last!)!
    let slides = lines.filter { $0.hasPrefix("slide ") }.map { $0.split(separator: " ").map(String.init) }
    #expect(slides.count == count)
    #expect(slides.map { Int($0[1])! } == Array(0..<count), "Space, → and PgDn step through every slide")
    var continued = 0
    for s in slides {
      let (h, scroll, client, bottom, fit) = (Int(s[2])!, Int(s[3])!, Int(s[4])!, Int(s[5])!, Double(s[6])!)
      #expect(h <= height, "slide \(s[1]) is \(h) px tall at \(width)×\(height)")
      #expect(scroll <= client + 1, "slide \(s[1]) overflows: \(scroll) > \(client)")
      #expect(bottom <= height, "slide \(s[1]): content ends at \(bottom)")
      #expect(fit >= 0.9, "slide \(s[1]) needed its text shrunk to \(fit): the plan should have cut it")
      if s[7] == "answer" { continued += 1 }
    }
    // Answers written: 长答案组's three and 第二组's two (第二组's second and 第三组's three are on one slide per group).
    #expect(continued >= 5 + 9, "the long answer is on ten slides or more")
    #expect(slides.filter { $0[7] == "unanswered" }.count == 2)
  }

  @Test("keys: Home, a number then Enter, End, PgUp, ←, Backspace, PgDn, Space, →; Esc drops a number")
  func keys() throws {
    try #require(ExportBrowserTests.chromium != nil)
    let (_, deck, _) = try makeLongDeck()
    let lines = try run(try measured(deck, width: 1280, height: 720))
    let count = Int(lines.first?.split(separator: " ").last ?? "0") ?? 0
    let keys = lines.first { $0.hasPrefix("keys ") }?.split(separator: " ").dropFirst().map { Int($0)! } ?? []
    let last = count - 1
    #expect(keys == [0, 0, 0, 11, last, last - 1, last - 2, last - 3, last - 2, last - 1, last, last, last, 0])
  }
}
