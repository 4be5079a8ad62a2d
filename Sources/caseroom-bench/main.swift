import CaseroomApp
import CaseroomDocuments
import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Glibc

/// Times the engine in-process (run it in release: `swift run -c release caseroom-bench`).
/// Prints the median and p99 of repeated runs.

let filter = CommandLine.arguments.dropFirst().first

/// `caseroom-bench generate DIR`: the data at scale, deterministic (see Scripts/bench.sh).
if filter == "generate", CommandLine.arguments.count > 2 {
  let fixedDate = Date(timeIntervalSince1970: 1_800_000_000)
  let out = URL(fileURLWithPath: CommandLine.arguments[2])
  try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
  let c = try BundledCase.load()
  // 2,000 sections (~10 KB each) built from the case's text, with its questions: ~20 MB.
  var sections: [Section] = []
  let projects = c.contentSections
  for n in 1...2000 {
    var s = projects[(n - 1) % projects.count]
    let text = s.paragraphs
    s.paragraphs = (0..<5).flatMap { _ in text }
    s.id = "s\(n)"
    s.number = "（\(HeadingNumber.chinese(n))）"
    s.level = 2
    sections.append(s)
  }
  let big = Case(
    id: "big", title: c.title + "（大）",
    sections: [Section(id: "content", number: "一、", title: "案例内容", level: 1)] + sections
      + c.sections.filter { $0.role == .questions })
  try CaseFormat.write(big).write(to: out.appendingPathComponent("big.case.md"), atomically: true, encoding: .utf8)
  // The raw text for the importer: the seed's body repeated, flattened, ~20 MB.
  let seedURL = try BundledCase.url().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/Fixtures/twelve-golden-projects.txt")
  let seed = try String(contentsOf: seedURL, encoding: .utf8)
  let body = String(seed.split(separator: "\n", maxSplits: 1)[1])
  let raw = "中国十二金工程（大）\n" + String(repeating: body, count: 20_000_000 / body.utf8.count)
  try raw.write(to: out.appendingPathComponent("big-raw.txt"), atomically: true, encoding: .utf8)
  // A 20 MB .docx for `caseroom import` as a whole process (Scripts/bench-process.py).
  try writeBenchDocx(to: out.appendingPathComponent("big.docx"), seedBody: body)
  // 500 groups, 3 answers of 2–5 KB, citations and annotations; one group with a 200 KB answer.
  let store = SessionStore(directory: out.appendingPathComponent("sessions"))
  let sentence = "十二金工程推动了我国电子政务的发展，各部门的业务系统逐步联网。"
  for g in 1...500 {
    var s = Session(
      case: c, group: .init(name: "第\(HeadingNumber.chinese(g))组", members: ["甲", "乙", "丙"]), now: fixedDate)
    for q in 0..<3 { s.answers[q].text = String(repeating: sentence, count: 22 + (g * 7 + q * 13) % 34) }
    s.answers[1].citations = [
      .init(
        anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"),
        createdAt: fixedDate)
    ]
    s.annotations = [
      .init(
        anchor: .init(section: "golden-shield", paragraph: 2, quote: "全国犯罪信息中心"), note: "核心",
        createdAt: fixedDate)
    ]
    try store.save(s, to: store.url(caseId: c.id, group: s.group.name))
  }
  var long = Session(case: c, group: .init(name: "长答案组", members: ["丁"]), now: fixedDate)
  long.answers[1].text = Array(repeating: String(repeating: "电子政务的发展需要统一规划、统一标准。", count: 20), count: 190).joined(
    separator: "\n")
  try SessionStore(directory: out.appendingPathComponent("long")).save(
    long, to: out.appendingPathComponent("long/long.session.json"))
  print("generated in \(out.path)")
  exit(0)
}

/// Runs `body` `runs` times (`prepare` before each, untimed) and prints the median and p99,
/// and the first run's time too when `first` is set (a fresh process's cold start).
func measure(
  _ name: String, runs: Int, unit: (Double) -> String = { Printf.text("%.3f ms", $0 * 1000) },
  first: Bool = false, before prepare: () -> Void = {}, _ body: () -> Void
) {
  if let filter, !name.contains(filter) { return }
  var times: [Double] = []
  for _ in 0..<runs {
    prepare()
    let t = DispatchTime.now().uptimeNanoseconds
    body()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9)
  }
  let firstRun = first ? "  first \(unit(times[0]))" : ""
  times.sort()
  let median = times[times.count / 2]
  let p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
  print(
    "\(name.padding(toLength: 56, withPad: " ", startingAt: 0))\(firstRun)  median \(unit(median))  p99 \(unit(p99))  (\(runs) runs)"
  )
}

/// What the reader does to show a case's last section: open it, size the
/// state once the terminal is known, move to the end, draw.
func openAtEnd(_ url: URL, index: CaseIndex?) -> ReaderState {
  let (c, _) = try! CaseFormat.open(url, index: index)
  var state = ReaderState(document: c, rows: 0, cols: 0)
  state = state.moved(to: Anchor(section: state.sections.count - 1))
  state.resize(rows: 40, cols: 120)
  _ = state.render()
  return state
}

/// `caseroom-bench open FILE [RUNS]`: opening one case file, alone in a fresh process:
/// scanning it, from its index, and from its index to the reader's first frame at its end.
if filter == "open", CommandLine.arguments.count > 2 {
  let url = URL(fileURLWithPath: CommandLine.arguments[2])
  let runs = CommandLine.arguments.count > 3 ? max(1, Int(CommandLine.arguments[3]) ?? 50) : 50
  let index = CaseIndex(
    directory: FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-bench-open-\(getpid())"))
  defer { try? FileManager.default.removeItem(at: index.directory) }
  _ = try CaseFormat.open(url, index: index)  // makes the index
  // The previous run's case is let go before the clock starts.
  var kept: Any?
  let name = url.lastPathComponent
  measure("open \(name): scan for headings", runs: runs, first: true, before: { kept = nil }) {
    kept = try! CaseFormat.open(url)
  }
  measure("open \(name): from its index", runs: runs, first: true, before: { kept = nil }) {
    kept = try! CaseFormat.open(url, index: index)
  }
  measure("open \(name): from its index to the first frame", runs: runs, first: true, before: { kept = nil }) {
    kept = openAtEnd(url, index: index)
  }
  _ = kept
  exit(0)
}

/// A big case in the case format: the bundled case's content sections repeated to about `bytes`.
func bigCase(_ c: Case, bytes: Int) -> String {
  var sections: [Section] = []
  var size = 0
  var n = 0
  while size < bytes {
    for s in c.contentSections {
      n += 1
      var copy = s
      copy.id = "s\(n)"
      copy.number = "（\(HeadingNumber.chinese(min(n, 9999)))）"
      copy.level = 1
      sections.append(copy)
      size += s.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
    }
  }
  sections += c.sections.filter { $0.role == .questions }
  return CaseFormat.write(Case(id: "big", title: c.title, sections: sections))
}

let bundledURL = try BundledCase.url()
let bundledText = try String(contentsOf: bundledURL, encoding: .utf8)
let bundled = try CaseFormat.parse(bundledText)

measure("parse bundled case", runs: 200) { _ = try! CaseFormat.parse(bundledText) }
measure("layout whole bundled case at 80 columns", runs: 200) {
  for s in bundled.readingSections { _ = SectionLayout(s, width: 80) }
}
measure("parse + layout bundled case at 80", runs: 200) {
  let c = try! CaseFormat.parse(bundledText)
  for s in c.readingSections { _ = SectionLayout(s, width: 80) }
}
measure("reader: open bundled case to first frame", runs: 100) {
  let c = try! CaseFormat.parse(bundledText)
  _ = ReaderState(document: c, rows: 24, cols: 80).render()
}

/// Per-key timings of the reader on a case.
func readerKeys(_ c: Case, label: String) {
  var state = ReaderState(document: c, rows: 40, cols: 120)
  _ = state.render()
  func key(_ name: String, _ keys: [Key], runs: Int = 200) {
    measure("reader \(label): \(name)", runs: runs) {
      for k in keys { state.handle(k) }
      _ = state.render()
    }
  }
  key("j (line down)", [.char("j")])
  key("Space (page down, on into next sections)", [.char(" ")])
  key("] (next section)", [.char("]")])
  key("G (end of section)", [.char("G")])
  state.handle(.char("/"))
  for k in Key.typing("金盾") { state.handle(k) }
  measure("reader \(label): search 金盾 (Enter)", runs: 1) {
    state.handle(.enter)
    _ = state.render()
  }
  key("n (next hit, across sections)", [.char("n")])
  var flip = false
  measure("reader \(label): resize (re-layout)", runs: 100) {
    flip.toggle()
    state.resize(rows: flip ? 24 : 40, cols: flip ? 80 : 120)
    _ = state.render()
  }
  key("[ (previous section)", [.char("[")])
  key("jump to the last section (t G Enter)", [.char("t"), .char("G"), .enter], runs: 50)
  key("jump to the first section (t g Enter)", [.char("t"), .char("g"), .enter], runs: 50)
}
readerKeys(bundled, label: "bundled")

/// Editor and session on a 200 KB answer.
/// A fixed clock for the benchmarks (the screens take time as a parameter).
let benchNow = Date(timeIntervalSince1970: 1_800_000_000)

func editorBench(_ bundled: Case) {
  let para = String(repeating: "电子政务的发展需要统一规划、统一标准。", count: 20)
  let answer = Array(repeating: para, count: 190).joined(separator: "\n")
  var session = Session(case: bundled, group: .init(name: "基准组", members: ["甲", "乙"]))
  session.answers[1].text = answer
  var w = Workspace(reader: ReaderState(document: bundled, rows: 40, cols: 120), session: session)
  w.handle(.char("a"), now: benchNow)
  w.handle(.char("2"), now: benchNow)
  print("answer: \(answer.utf8.count / 1024) KB")
  func key(_ name: String, _ k: Key) {
    measure("editor 200 KB: \(name)", runs: 300) {
      w.handle(k, now: benchNow)
      _ = w.render()
    }
  }
  key("insert a character", .char("字"))
  key("backspace", .backspace)
  key("move across a line (→)", .right)
  key("move down a line", .down)
  let tenKB = String(repeating: "粘贴的文字，", count: 570)
  // Each paste is undone (untimed), so every run pastes into the same 200 KB answer.
  var pasted = false
  measure(
    "editor 200 KB: paste 10 KB (one key: a bracketed paste)", runs: 100,
    before: {
      if pasted {
        w.handle(.ctrl("z"), now: benchNow)
        _ = w.render()
      }
    }
  ) {
    w.handle(.paste(tenKB), now: benchNow)
    _ = w.render()
    pasted = true
  }
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-bench-\(getpid())")
  let store = SessionStore(directory: dir)
  let url = store.url(caseId: bundled.id, group: "基准组")
  measure("session save with 200 KB of answers (fsync)", runs: 30) {
    try! store.save(w.sessionToSave(now: Date()), to: url)
  }
  try? FileManager.default.removeItem(at: dir)
}
if filter == nil || filter == "paste" {
  // `caseroom-bench paste [MB…]`: other sizes.
  let sizes = CommandLine.arguments.dropFirst(2).compactMap(Double.init)
  pasteBench(bundled, sizesMB: sizes.isEmpty ? [1, 10, 100] : sizes)
  if filter == "paste" { exit(0) }
}
editorBench(bundled)
groupBench(bundled)
idleBench(bundled)

/// The class at scale: 500 groups, 3 answers of 2–5 KB each.
func classBench(_ bundled: Case) {
  if let filter, !"review 500 export 500".contains(filter) { return }
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-class-\(getpid())")
  let store = SessionStore(directory: dir)
  let sentence = "十二金工程推动了我国电子政务的发展，各部门的业务系统逐步联网。"
  for g in 0..<500 {
    var s = Session(case: bundled, group: .init(name: "第\(g + 1)组", members: ["甲", "乙", "丙"]))
    for q in 0..<3 { s.answers[q].text = String(repeating: sentence, count: 25 + (g * 7 + q * 13) % 40) }
    s.answers[1].citations = [
      .init(anchor: .init(section: "golden-tax", paragraph: 0, quote: "是我国电子政务的核心系统之一"), createdAt: Date())
    ]
    try! store.save(s, to: store.url(caseId: bundled.id, group: s.group.name))
  }
  var all: ClassSessions?
  measure("review: open 500 sessions + summary grid", runs: 5) {
    all = ClassSessions.load(case: bundled, from: [dir])
    _ = Summary(all!)
  }
  measure("export: 500 groups to one HTML deck", runs: 5) {
    _ = ExportFormat.html.render(ExportDocument(bundled, sessions: all!.sessions), all: true)
  }
  reviewRefreshBench(bundled, store, all!)
  try? FileManager.default.removeItem(at: dir)
}

/// The live review over 500 groups: what looking at the folders costs every
/// second — nothing changed, one group's save (that file read again), and
/// the screen's whole tick (look, count, order, draw the grid); then the
/// same with every group writing (500 live locks to check).
func reviewRefreshBench(_ bundled: Case, _ store: SessionStore, _ loaded: ClassSessions) {
  var all = loaded
  let names = all.sessions.map(\.group.name)
  var n = 0
  /// One group saves, as the workspace saves (untimed).
  func oneSave() {
    n += 1
    let name = names[(n * 37) % names.count]
    let url = store.url(caseId: bundled.id, group: name)
    var s = all.session(named: name)!
    s.answers[0].text += "又写了一句。"
    s.revision += n
    try! store.save(s, to: url)
  }
  for locks in [false, true] {
    var held: [SessionLock] = []
    if locks {
      for name in names {
        if case .acquired(let lock, _) = SessionLock.acquire(for: store.url(caseId: bundled.id, group: name)) {
          held.append(lock)
        }
      }
    }
    let label = locks ? ", all writing" : ""
    _ = all.refresh()
    measure("review: look at 500 groups, none changed\(label)", runs: 200) { _ = all.refresh() }
    measure("review: look at 500 groups, one saved\(label)", runs: 100, before: oneSave) {
      let r = all.refresh()
      precondition(r.reread.count == 1, "\(r.reread)")
    }
    var state = ReviewState(all: all, review: Review(caseId: bundled.id), rows: 40, cols: 120, now: benchNow)
    state.handle(.char("l"), now: benchNow)
    state.handle(.char("s"), now: benchNow)  // sorted by 字数: a save may move its group
    var now = benchNow
    measure("review screen: a tick after a save (500)\(label)", runs: 100, before: oneSave) {
      now = now.addingTimeInterval(1)
      _ = state.update(.tick, now: now)
      _ = state.render()
    }
    for lock in held { lock.release() }
  }
}
classBench(bundled)

/// The class's insight over 500 groups whose answers use the case's own
/// words and cite 3–9 sentences each from all over the case (in memory):
/// tallied afresh (the case's terms found too), then one group's session
/// changed and re-tallied, the insight made again.
func insightBench(_ c: Case) {
  if let filter, !"insight 500".contains(filter) { return }
  let t0 = Date(timeIntervalSince1970: 1_800_000_000)
  var sentences: [(Session.Anchor, String)] = []
  for s in c.contentSections {
    for (p, para) in s.paragraphs.enumerated() {
      for r in Sentences.ranges(in: para.text) {
        let u = Array(para.text.utf8)
        let text = String(decoding: u[r], as: UTF8.self)
        guard text.count > 12 else { continue }
        sentences.append(
          (Session.Anchor(section: s.id, paragraph: p, quote: String(text.dropFirst(2).prefix(10))), text))
      }
    }
  }
  var sessions: [Session] = []
  for g in 0..<500 {
    var s = Session(case: c, group: .init(name: "第\(g + 1)组", members: ["甲", "乙", "丙"]), now: t0)
    for q in 0..<3 {
      var text = ""
      for k in 0..<(20 + (g * 7 + q * 13) % 30) { text += sentences[(g * 31 + q * 17 + k * 11) % sentences.count].1 }
      s.answers[q].text = text
      s.answers[q].citations = (0..<(1 + (g + q) % 3)).map {
        .init(anchor: sentences[(g * 13 + q * 5 + $0 * 29) % 60].0, createdAt: t0)
      }
    }
    s.reading = [c.contentSections[g % c.contentSections.count].id: .init(seconds: 60, finished: true)]
    sessions.append(s)
  }
  let all = ClassSessions(document: c, sessions: sessions)
  /// This thread's CPU time, in seconds: on a machine shared with other work the wall clock
  /// counts their time too, so the insight rows give both.
  func cpu() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
  func cpuMedian(_ runs: Int, before: () -> Void = {}, _ body: () -> Void) -> String {
    var times: [Double] = []
    for _ in 0..<runs {
      before()
      let t = cpu()
      body()
      times.append(cpu() - t)
    }
    times.sort()
    return String(format: "%.3f ms", times[times.count / 2] * 1000)
  }
  var tally: InsightTally?
  measure("insight: 500 groups tallied afresh (case terms too)", runs: 10) {
    var t = InsightTally(all)
    _ = t.insight()
    tally = t
  }
  var changing = all
  var n = 0
  var current = sessions
  measure(
    "insight: one changed session re-tallied (500 groups)", runs: 100,
    before: {
      n += 1
      let i = (n * 37) % current.count
      current[i].answers[n % 3].text += sentences[n % sentences.count].1
      current[i].answers[n % 3].citations.append(.init(anchor: sentences[n % 60].0, createdAt: t0))
      changing = ClassSessions(document: c, sessions: current)
    }
  ) {
    tally!.update(changing, changed: [current[(n * 37) % current.count].group.name])
    _ = tally!.insight()
  }
  let afresh = cpuMedian(5) {
    var t = InsightTally(all)
    _ = t.insight()
  }
  let one = cpuMedian(
    50,
    before: {
      n += 1
      let i = (n * 37) % current.count
      current[i].answers[n % 3].text += sentences[n % sentences.count].1
      changing = ClassSessions(document: c, sessions: current)
    }
  ) {
    tally!.update(changing, changed: [current[(n * 37) % current.count].group.name])
    _ = tally!.insight()
  }
  print("insight: CPU time (this thread) median: tallied afresh \(afresh), one changed session \(one)")
}
insightBench(bundled)

let seed = try String(
  contentsOf: bundledURL.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
    "Tests/Fixtures/twelve-golden-projects.txt"), encoding: .utf8)
measure("import the seed", runs: 100) { _ = CaseImporter.run(seed) }

// A real PDF (issue 25): 51 pages through pdftotext, then the importer.
let fiftyPages = bundledURL.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
  "Tests/Fixtures/bench/fifty-pages.pdf")
if PdfText.tool != nil {
  measure("import a 51-page PDF, pdftotext included", runs: 5, unit: seconds) {
    _ = try! CaseImporter.importing(ImportSource.read(fiftyPages))
  }
} else {
  print("import a 51-page PDF: skipped, pdftotext is not installed (apt-get install poppler-utils)")
}
try importShapesBench()
if let filter, !"20 MB".contains(filter) && !filter.contains("20") { exit(0) }
let big = bigCase(bundled, bytes: 20_000_000)
let mb = Double(big.utf8.count) / 1e6
print(Printf.text("big case: %.1f MB", mb))
let bigURL = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-bench-big-\(getpid()).case.md")
try big.write(to: bigURL, atomically: true, encoding: .utf8)
defer { try? FileManager.default.removeItem(at: bigURL) }
let benchIndex = CaseIndex(
  directory: FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-bench-index-\(getpid())"))
defer { try? FileManager.default.removeItem(at: benchIndex.directory) }
// Each run's case is let go before the next run's clock starts (unmapping 20 MB is not opening).
var kept: Any?
measure("open 20 MB case file: scan for headings", runs: 20, before: { kept = nil }) {
  kept = try! CaseFormat.open(bigURL)
}
_ = try CaseFormat.open(bigURL, index: benchIndex)
measure("open 20 MB case file: from its index", runs: 20, before: { kept = nil }) {
  kept = try! CaseFormat.open(bigURL, index: benchIndex)
}
measure("load 20 MB case file: headings + UTF-8 check", runs: 5, before: { kept = nil }) {
  kept = try! CaseFormat.load(bigURL)
}
func parseAll() -> Case {
  let c = try! CaseFormat.parse(big)
  for s in c.sections { _ = s.paragraphs }
  return c
}
measure("parse 20 MB case: every section's paragraphs", runs: 3) { _ = parseAll() }
let bc = parseAll()
measure("layout 20 MB case at 80", runs: 3, unit: { Printf.text("%.2f s = %.1f MB/s", $0, mb / $0) }) {
  for s in bc.readingSections { _ = SectionLayout(s, width: 80) }
}
for (name, index) in [("scanning", nil), ("index", benchIndex)] {
  measure("reader 20 MB: open to first frame, last section (\(name))", runs: 20, before: { kept = nil }) {
    kept = openAtEnd(bigURL, index: index)
  }
}
kept = nil
let rawBig = String(
  repeating: String(seed.split(separator: "\n", maxSplits: 1)[1]), count: Int(20_000_000 / seed.utf8.count))
measure("import 20 MB raw text", runs: 3, unit: { Printf.text("%.2f s", $0) }) {
  _ = CaseImporter.run("标题\n" + rawBig)
}
// Real files (issue 25): a 20 MB .docx, a 50-page PDF through pdftotext.
let repository = bundledURL.deletingLastPathComponent().deletingLastPathComponent()
let docxURL = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-bench-\(getpid()).docx")
if filter == nil || "import a 20 MB .docx".contains(filter!) {
  try writeBenchDocx(to: docxURL, seedBody: String(seed.split(separator: "\n", maxSplits: 1)[1]))
}
measure("read a 20 MB .docx's text (no import)", runs: 3, unit: seconds) {
  _ = try! DocxReader.text(of: docxURL)
}
measure("import a 20 MB .docx (20 MB of document.xml, pictures)", runs: 3, unit: seconds) {
  _ = try! CaseImporter.importing(ImportSource.read(docxURL))
}
// On a shared machine the wall time is the load's as much as the program's: the CPU time beside it.
measureCPU("import a 20 MB .docx: CPU time a run (read + import)", runs: 3) {
  _ = try! CaseImporter.importing(ImportSource.read(docxURL))
}
try? FileManager.default.removeItem(at: docxURL)
measure("search 20 MB case for 金盾", runs: 3) { _ = CaseSearch.search(bc, "金盾") }
readerKeys(try! CaseFormat.open(bigURL).0, label: "20 MB")
