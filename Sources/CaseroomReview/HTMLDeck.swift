import CaseroomEngine
import FoundationEssentials

/// One self-contained HTML file: a slide deck for a projector. No network
/// request of any kind (inline CSS and script, no web fonts; a CJK font
/// stack that ends in the system's sans-serif). Every piece of user text is
/// HTML-escaped.
///
/// - The deck's own classes all begin with `cr-` and a slide's kind is an
///   attribute (`data-kind`), so no style of a slide reaches the parts
///   inside it; only answer paragraphs are indented.
/// - Sizes are in a unit of 1 % of a 16:9 slide's width (`--u`), so the
///   slides that `SlidePlan` cut to fit a 16:9 screen fit any screen; a long
///   answer continues on the following slides, marked （续）. Should a slide
///   still overflow (a font much wider than planned), the script shrinks its
///   text until it fits.
/// - Keys: Space, →, PgDn and Enter go on; ←, PgUp and Backspace go back;
///   Home and End; a number then Enter jumps to that slide. A click on the
///   right two thirds goes on, on the left third back.
/// - Printing is on A4 landscape, one slide per page (`@page`), as a
///   Chinese school prints.
enum HTMLDeck {
  static func render(_ d: ExportDocument, all: Bool, labels l: DeckLabels = .bilingual) -> String {
    let who = d.who(all: all, l)
    let slides = SlidePlan.slides(d, all: all).map { html($0, d, all: all, l) }
    return """
      <!DOCTYPE html>
      <html lang="\(l.htmlLang)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
      <title>\(e(d.case.title + " — " + who))</title>
      <style>\(css)</style>
      </head>
      <body>
      <main id="cr-deck">
      \(slides.joined(separator: "\n"))
      </main>
      <footer id="cr-counter"></footer>
      <script>\(script)</script>
      </body>
      </html>

      """
  }

  static func html(_ slide: SlidePlan.Slide, _ d: ExportDocument, all: Bool, _ l: DeckLabels) -> String {
    switch slide {
    case .title(let groups, let members, let more):
      var s = "<h1 class=\"cr-title\">\(e(d.case.title))\(more ? l.continued : "")</h1>"
      s += "<h2 class=\"cr-who\">\(e(all ? d.who(all: true, l) : (groups.first?.name ?? "")))</h2>"
      if let members {
        if !members.isEmpty { s += "<p class=\"cr-members\">\(l.members)\(e(members.joined(separator: "、")))</p>" }
      } else {
        s +=
          "<ul class=\"cr-groups\">"
          + groups.map { g in
            "<li>\(e(g.name))\(g.members.isEmpty ? "" : "<span class=\"cr-members\">（\(e(g.members.joined(separator: "、")))）</span>")</li>"
          }.joined() + "</ul>"
      }
      return section(s, kind: "title")
    case .question(let number, let text):
      return section(
        "<h1 class=\"cr-title\">\(l.question(number))</h1><p class=\"cr-question-text\">\(e(text))</p>",
        kind: "question")
    case .answer(let g, let number, let paragraphs, let citations, let feedback, let more):
      let a = g.answers[number - 1]
      let heading =
        (all ? "\(g.name) · \(l.question(number))" : l.question(number)) + (more ? l.continued : "")
        + (a.conflicted ? l.conflict : "")
      var s = "<header class=\"cr-head\"><h2 class=\"cr-heading\">\(e(heading))</h2>"
      s += "<p class=\"cr-asked\">\(e(a.question))</p></header>"
      s += "<div class=\"cr-body\" data-group=\"\(e(g.name))\" data-question=\"\(number)\">"
      if paragraphs.isEmpty && citations.isEmpty && !more {
        s += "<p class=\"cr-empty\">\(l.noAnswer)</p>"
      }
      s += paragraphs.map { "<p class=\"cr-para\(p($0))\">\(e($0.text))</p>" }.joined()
      s += "</div>"
      if !citations.isEmpty {
        s +=
          "<div class=\"cr-cites\">"
          + citations.map { c in
            "<blockquote class=\"cr-cite\(c.orphaned ? " cr-orphaned" : "")\"><p>\(e(c.quote))</p><cite>\(c.orphaned ? l.orphaned : e(c.title ?? c.section))</cite></blockquote>"
          }.joined() + "</div>"
      }
      if feedback {
        if let score = a.scoreText(d.scaleMax) {
          s += "<p class=\"cr-score\">\(l.score)\(score)\(a.criteriaText.map { "（\(e($0))）" } ?? "")</p>"
        }
        if let c = a.comment { s += "<p class=\"cr-comment\">\(l.comment)\(e(c))</p>" }
      }
      return section(s, kind: "answer")
    case .scores(let g):
      var s = "<h2 class=\"cr-heading\">\(l.scores)\(e(g.name))</h2><ul class=\"cr-score-list\">"
      for (q, a) in g.answers.enumerated() {
        s +=
          "<li>\(l.question(q + 1))\(l.colon)\(a.scoreText(d.scaleMax) ?? "—")\(a.criteriaText.map { "（\(e($0))）" } ?? "")</li>"
      }
      let max = d.totalScale
      s += "</ul><p class=\"cr-score\">\(l.total)\(g.total ?? 0)/\(max)</p>"
      return section(s, kind: "scores")
    case .unanswered(let g, let questions):
      var s =
        "<h2 class=\"cr-heading\">\(e(all ? "\(g.name) · \(l.unanswered)" : l.unanswered))"
        + (l.unansweredAside.isEmpty ? "" : "<span class=\"cr-en\">\(l.unansweredAside)</span>") + "</h2>"
      s += "<ul class=\"cr-unanswered\">"
      s += questions.map { q in
        "<li>\(l.question(q))\(l.colon)<span class=\"cr-asked-inline\">\(e(d.case.questions[q - 1]))</span></li>"
      }.joined()
      return section(s + "</ul>", kind: "unanswered")
    case .insight(let number):
      return section(insight(number, d), kind: "insight")
    }
  }

  static func p(_ paragraph: SlidePlan.Paragraph) -> String { paragraph.continued ? " cr-cont" : "" }

  /// A question's insight slide: its most cited sentences, each with a bar
  /// (the share of the groups counted citing it) and its section under the
  /// bar, the count, the sentence (two lines at most); under them the groups
  /// citing nothing and the key terms.
  static func insight(_ number: Int, _ d: ExportDocument) -> String {
    guard let i = d.insight, number - 1 < i.questions.count else { return "" }
    let q = i.questions[number - 1]
    var s = "<header class=\"cr-head\"><h2 class=\"cr-heading\">思考题 \(number) · \(d.insightHeading)</h2>"
    s += "<p class=\"cr-asked\">\(e(q.text))</p></header>"
    s += "<p class=\"cr-insight-note\">引用最多的句子 Most cited（\(e(d.insightCounted(i.groups)))，每组只计一次）</p>"
    s += "<ol class=\"cr-bars\">"
    for k in q.top.prefix(SlidePlan.insightPassages) {
      let p = i.passages[k]
      let n = p.groups(question: number).count
      let share = i.groups > 0 ? Double(n) / Double(i.groups) * 100 : 0
      // The section under the bar, where the sentence's two lines cannot cut it off.
      s +=
        "<li class=\"cr-bar-row\"><span class=\"cr-bar-cell\"><span class=\"cr-bar-track\"><span class=\"cr-bar\" style=\"width: \(Printf.text("%.1f", share))%\"></span></span>"
      s += "<cite>\(e(p.heading))</cite></span>"
      s += "<span class=\"cr-bar-n\">\(n) 组</span>"
      s += "<span class=\"cr-bar-text\">\(e(p.text))</span></li>"
    }
    s += "</ol>"
    if q.top.isEmpty { s += "<p class=\"cr-empty\">（没有小组引用案例 no citations）</p>" }
    var foot: [String] = []
    if !q.citeNothing.isEmpty {
      foot.append(e(ExportDocument.citingNothing(q.citeNothing)))
    }
    if !q.terms.isEmpty {
      foot.append(
        "关键词 Key terms：\(e(q.terms.prefix(8).map { "\($0.term)（\($0.groups.count)）" }.joined(separator: "、")))")
    }
    if !foot.isEmpty { s += "<div class=\"cr-insight-foot\">" + foot.map { "<p>\($0)</p>" }.joined() + "</div>" }
    return s
  }

  static func section(_ html: String, kind: String) -> String {
    "<section class=\"cr-slide\" data-kind=\"\(kind)\">\(html)</section>"
  }

  /// HTML-escapes user text (and shows control characters as U+FFFD), byte by
  /// byte; bidi controls become character references (`&#x202e;`), so that
  /// the page shows them as the text meant and no raw one is ever printed.
  static func e(_ s: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 16)
    var previous: UInt8 = 0
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "&"): out += Array("&amp;".utf8)
      case UInt8(ascii: "<"): out += Array("&lt;".utf8)
      case UInt8(ascii: ">"): out += Array("&gt;".utf8)
      case UInt8(ascii: "\""): out += Array("&quot;".utf8)
      case UInt8(ascii: "'"): out += Array("&#39;".utf8)
      case 0x0A, 0x09: out.append(b)
      case 0..<0x20, 0x7F: out += [0xEF, 0xBF, 0xBD]  // U+FFFD
      case 0x80...0x9F where previous == 0xC2:
        // A C1 control (U+0080–U+009F): replace the two bytes.
        out.removeLast()
        out += [0xEF, 0xBF, 0xBD]
      default: out.append(b)
      }
      previous = b
    }
    let text = String(decoding: out, as: UTF8.self)
    guard text.unicodeScalars.contains(where: TerminalSafe.isHidden) else { return text }
    var v = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if TerminalSafe.isHidden(scalar) {
        v.append(contentsOf: "&#x\(String(scalar.value, radix: 16));".unicodeScalars)
      } else {
        v.append(scalar)
      }
    }
    return String(v)
  }

  /// The style. Sizes in `--u` (1 % of a 16:9 slide's width); `SlidePlan`
  /// plans slides from these same figures.
  static let css = """
    :root { --fg: #1b1b1b; --bg: #fdfdfb; --accent: #8a1c1c; --dim: #5e5e5e; --u: min(1vw, 1.7778vh); }
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; background: var(--bg); color: var(--fg); overflow: hidden; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif; }
    .cr-slide { --fit: 1; display: none; flex-direction: column; position: relative; width: 100vw; height: 100vh; overflow: hidden;
      padding: calc(3.5 * var(--u)) calc(5 * var(--u)) calc(6 * var(--u)); font-size: calc(2 * var(--u) * var(--fit)); line-height: 1.6; }
    .cr-slide.cr-active { display: flex; }
    .cr-slide p, .cr-slide ul, .cr-slide h1, .cr-slide h2 { margin: 0; text-indent: 0; }
    .cr-title { font-size: calc(4.2 * var(--u) * var(--fit)); line-height: 1.25; color: var(--accent); margin-bottom: calc(1 * var(--u)) !important; }
    .cr-who { font-size: calc(2.8 * var(--u) * var(--fit)); line-height: 1.3; margin-bottom: calc(1.2 * var(--u)) !important; }
    .cr-groups { list-style: none; padding: 0; columns: 3; column-gap: calc(2 * var(--u)); font-size: calc(1.8 * var(--u) * var(--fit)); line-height: 1.5; }
    .cr-groups li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .cr-members { color: var(--dim); font-size: calc(1.8 * var(--u) * var(--fit)); }
    .cr-question-text { font-size: calc(2.8 * var(--u) * var(--fit)); font-weight: bold; line-height: 1.5; border-left: calc(.4 * var(--u)) solid var(--accent); padding-left: calc(1.2 * var(--u)); }
    .cr-head { flex: none; margin-bottom: calc(1 * var(--u)); }
    .cr-heading { font-size: calc(2.6 * var(--u) * var(--fit)); line-height: 1.3; margin-bottom: calc(.3 * var(--u)) !important; }
    .cr-asked { font-size: calc(1.6 * var(--u) * var(--fit)); line-height: 1.45; color: var(--dim); border-left: calc(.3 * var(--u)) solid var(--accent); padding-left: calc(.8 * var(--u));
      display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
    .cr-body .cr-para { text-indent: 2em; }
    .cr-body .cr-para.cr-cont { text-indent: 0; }
    .cr-empty { color: var(--dim); font-style: italic; }
    .cr-cite { margin: calc(.5 * var(--u)) 0; padding: calc(.3 * var(--u)) calc(1.2 * var(--u)); border-left: calc(.3 * var(--u)) solid #bbb; color: #333;
      font-size: calc(1.7 * var(--u) * var(--fit)); line-height: 1.5; }
    .cr-cite cite { display: block; color: var(--dim); font-style: normal; font-size: calc(1.4 * var(--u) * var(--fit)); line-height: 1.4; }
    .cr-cite.cr-orphaned cite { color: var(--accent); }
    .cr-comment { white-space: pre-line; }
    .cr-score, .cr-comment { color: var(--accent); font-size: calc(1.8 * var(--u) * var(--fit)); line-height: 1.5; margin-top: calc(.6 * var(--u)) !important; }
    .cr-score-list { font-size: calc(2.2 * var(--u) * var(--fit)); padding-left: calc(2 * var(--u)); }
    .cr-en { color: var(--dim); font-size: .6em; font-weight: normal; }
    .cr-unanswered { font-size: calc(2 * var(--u) * var(--fit)); line-height: 1.5; padding-left: calc(2 * var(--u)); }
    .cr-unanswered li { margin-bottom: calc(.6 * var(--u)); }
    .cr-asked-inline { color: var(--dim); }
    .cr-insight-note { color: var(--dim); font-size: calc(1.4 * var(--u) * var(--fit)); line-height: 1.4; margin-bottom: calc(.6 * var(--u)) !important; }
    .cr-bars { list-style: none; padding: 0; margin: 0; }
    .cr-bar-row { display: grid; grid-template-columns: calc(16 * var(--u)) calc(5 * var(--u)) 1fr; align-items: start; column-gap: calc(1 * var(--u));
      margin-bottom: calc(.7 * var(--u)); font-size: calc(1.6 * var(--u) * var(--fit)); line-height: 1.45; }
    .cr-bar-track { display: block; height: calc(1.6 * var(--u)); margin-top: calc(.3 * var(--u)); background: #e8e4dc; }
    .cr-bar { display: block; height: 100%; background: var(--accent); min-width: 2px; }
    .cr-bar-n { font-weight: bold; color: var(--accent); white-space: nowrap; }
    .cr-bar-cell { display: block; min-width: 0; }
    .cr-bar-cell cite { display: block; font-style: normal; color: var(--dim); font-size: .8em; line-height: 1.4; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .cr-bar-text { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
    .cr-insight-foot { margin-top: auto; color: var(--dim); font-size: calc(1.5 * var(--u) * var(--fit)); line-height: 1.4; }
    .cr-insight-foot p { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    #cr-counter { position: fixed; right: calc(1.5 * var(--u)); bottom: calc(1 * var(--u)); color: var(--dim); font-size: calc(1.3 * var(--u)); }
    @page { size: A4 landscape; margin: 0; }
    @media print {
      html, body { height: auto; overflow: visible; }
      .cr-slide { display: flex !important; break-after: page; page-break-after: always; break-inside: avoid; }
      .cr-slide:last-child { break-after: auto; page-break-after: auto; }
      #cr-counter { display: none; }
    }
    """

  static let script = """
    (function () {
      var slides = Array.prototype.slice.call(document.querySelectorAll('.cr-slide'));
      var counter = document.getElementById('cr-counter');
      var i = 0, typed = '';
      function fit(s) {
        var f = 1;
        s.style.setProperty('--fit', f);
        while (s.scrollHeight > s.clientHeight + 1 && f > 0.45) { f -= 0.05; s.style.setProperty('--fit', f.toFixed(2)); }
      }
      function count() { counter.textContent = (i + 1) + ' / ' + slides.length + (typed ? '  → ' + typed : ''); }
      function show(n) {
        i = Math.max(0, Math.min(slides.length - 1, n));
        slides.forEach(function (s, k) { s.classList.toggle('cr-active', k === i); });
        fit(slides[i]);
        count();
        if (location.hash !== '#' + (i + 1)) history.replaceState(null, '', '#' + (i + 1));
      }
      document.addEventListener('keydown', function (ev) {
        if (ev.ctrlKey || ev.altKey || ev.metaKey) return;
        var k = ev.key;
        if (/^[0-9]$/.test(k)) { typed = (typed + k).slice(-4); count(); ev.preventDefault(); return; }
        if (k === 'Enter' && typed) { var n = parseInt(typed, 10); typed = ''; show(n - 1); ev.preventDefault(); return; }
        if (typed) { typed = ''; count(); if (k === 'Escape') return; }
        if (k === 'ArrowRight' || k === 'PageDown' || k === ' ' || k === 'Spacebar' || k === 'Enter') { show(i + 1); ev.preventDefault(); }
        else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'Backspace') { show(i - 1); ev.preventDefault(); }
        else if (k === 'Home') { show(0); ev.preventDefault(); }
        else if (k === 'End') { show(slides.length - 1); ev.preventDefault(); }
      });
      document.addEventListener('click', function (ev) { show(ev.clientX > window.innerWidth / 3 ? i + 1 : i - 1); });
      window.addEventListener('resize', function () { fit(slides[i]); });
      window.addEventListener('beforeprint', function () { slides.forEach(function (s) { s.style.setProperty('--fit', 1); }); });
      var start = parseInt((location.hash || '#1').slice(1), 10);
      show(isNaN(start) ? 0 : start - 1);
    })();
    """
}
