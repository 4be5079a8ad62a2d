import CaseroomEngine
import Foundation

/// One self-contained HTML file: a slide deck driven by ←/→, Space and
/// PgUp/PgDn, printing one slide per page. No network request of any kind
/// (inline CSS and script, no web fonts; a CJK font stack that ends in the
/// system's sans-serif). Every piece of user text is HTML-escaped.
enum HTMLDeck {
  static func render(_ d: ExportDocument, all: Bool) -> String {
    var slides: [String] = []
    let who = all ? "全班 All groups" : (d.groups.first?.name ?? "")
    var title = "<h1>\(e(d.case.title))</h1><h2>\(e(who))</h2>"
    if all {
      title +=
        "<ul class=\"groups\">"
        + d.groups.map { g in
          "<li>\(e(g.name))\(g.members.isEmpty ? "" : "<span class=\"members\">（\(e(g.members.joined(separator: "、")))）</span>")</li>"
        }.joined() + "</ul>"
    } else if let g = d.groups.first, !g.members.isEmpty {
      title += "<p class=\"members\">成员 Members：\(e(g.members.joined(separator: "、")))</p>"
    }
    slides.append(slide(title, kind: "title"))
    for (q, question) in d.case.questions.enumerated() {
      if all { slides.append(slide("<h1>思考题 \(q + 1)</h1><p class=\"question\">\(e(question))</p>", kind: "question")) }
      for g in d.groups {
        let a = g.answers[q]
        var s =
          all
          ? "<h2>\(e(g.name)) · 思考题 \(q + 1)</h2><p class=\"question small\">\(e(question))</p>"
          : "<h2>思考题 \(q + 1)</h2><p class=\"question\">\(e(question))</p>"
        let body = a.text.trimmingCharacters(in: .whitespacesAndNewlines)
        s += "<div class=\"answer\" data-group=\"\(e(g.name))\" data-question=\"\(q + 1)\">"
        s +=
          body.isEmpty
          ? "<p class=\"empty\">（未作答 no answer）</p>"
          : body.split(separator: "\n").map { "<p>\(e(String($0)))</p>" }.joined()
        s += "</div>"
        if let score = a.score { s += "<p class=\"score\">评分 Score：\(score)/\(d.scaleMax ?? 5)</p>" }
        if let c = a.comment { s += "<p class=\"comment\">点评 Comment：\(e(c))</p>" }
        if !a.citations.isEmpty {
          s +=
            "<div class=\"citations\">"
            + a.citations.map { p in
              "<blockquote\(p.orphaned ? " class=\"orphaned\"" : "")><p>\(e(p.quote))</p><cite>\(p.orphaned ? "（引文已失效 orphaned）" : e(p.title ?? p.section))</cite></blockquote>"
            }.joined() + "</div>"
        }
        slides.append(slide(s, kind: "answer"))
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
      <title>\(e(d.case.title + " — " + who))</title>
      <style>\(css)</style>
      </head>
      <body>
      <main id="deck">
      \(slides.joined(separator: "\n"))
      </main>
      <footer id="counter"></footer>
      <script>\(script)</script>
      </body>
      </html>

      """
  }

  static func slide(_ html: String, kind: String) -> String {
    "<section class=\"slide \(kind)\">\(html)</section>"
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

  static let css = """
    :root { --fg: #1b1b1b; --bg: #fdfdfb; --accent: #8a1c1c; --dim: #666; }
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; background: var(--bg); color: var(--fg); }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif; line-height: 1.7; }
    .slide { display: none; min-height: 100vh; padding: 6vh 8vw; font-size: clamp(18px, 2.6vw, 40px); }
    .slide.active { display: block; }
    .slide h1 { font-size: 2.2em; color: var(--accent); margin: 0 0 .4em; }
    .slide h2 { font-size: 1.5em; margin: 0 0 .5em; }
    .question { font-weight: bold; border-left: .25em solid var(--accent); padding-left: .6em; text-indent: 0; }
    .question.small { font-size: .8em; color: var(--dim); }
    .answer p { margin: .4em 0; text-indent: 2em; }
    .empty { color: var(--dim); font-style: italic; text-indent: 0 !important; }
    blockquote { margin: .6em 0; padding: .3em 1em; border-left: .2em solid #bbb; color: #333; font-size: .85em; }
    blockquote cite { display: block; color: var(--dim); font-style: normal; font-size: .85em; }
    blockquote.orphaned cite { color: var(--accent); }
    .score, .comment { color: var(--accent); font-size: .85em; }
    .members { color: var(--dim); }
    #counter { position: fixed; right: 1em; bottom: .6em; color: var(--dim); font-size: 14px; }
    @media print {
      .slide { display: block !important; min-height: auto; height: auto; page-break-after: always; break-after: page; padding: 2cm; font-size: 18pt; }
      #counter { display: none; }
    }
    """

  static let script = """
    (function () {
      var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
      var counter = document.getElementById('counter');
      var i = 0;
      function show(n) {
        i = Math.max(0, Math.min(slides.length - 1, n));
        slides.forEach(function (s, k) { s.classList.toggle('active', k === i); });
        counter.textContent = (i + 1) + ' / ' + slides.length;
        if (location.hash !== '#' + (i + 1)) history.replaceState(null, '', '#' + (i + 1));
      }
      document.addEventListener('keydown', function (ev) {
        if (ev.key === 'ArrowRight' || ev.key === 'PageDown' || ev.key === ' ' || ev.key === 'Enter') { show(i + 1); ev.preventDefault(); }
        else if (ev.key === 'ArrowLeft' || ev.key === 'PageUp' || ev.key === 'Backspace') { show(i - 1); ev.preventDefault(); }
        else if (ev.key === 'Home') { show(0); } else if (ev.key === 'End') { show(slides.length - 1); }
      });
      document.addEventListener('click', function (ev) { show(ev.clientX > window.innerWidth / 3 ? i + 1 : i - 1); });
      var start = parseInt((location.hash || '#1').slice(1), 10);
      show(isNaN(start) ? 0 : start - 1);
    })();
    """
}
