import CaseroomApp
import CaseroomEngine
import CaseroomSession
import Foundation

/// A big paste as a terminal sends it (issue 23): bracketed, arriving in
/// reads of 4 KB. For each size, how long the decoder holds the loop at a
/// time (the longest stretch between two moments the loop could answer a
/// key), the whole paste's cost per MB (linear: the same for every size),
/// what the editor does with it (inserted up to the limit, refused over it),
/// and how long the next typed key takes.
func pasteBench(_ bundled: Case, sizesMB: [Double]) {
  let oneLine = ProcessInfo.processInfo.environment["PASTE_ONE_LINE"] != nil
  let line = String(repeating: "十二金工程推动了我国电子政务的发展，", count: 8) + (oneLine ? "" : "\r")
  for mb in sizesMB {
    let bytes = Int(mb * 1_000_000)
    let body = String(repeating: line, count: max(1, bytes / line.utf8.count))
    let scalars = Array(("\u{1B}[200~" + body + "\u{1B}[201~").unicodeScalars.map(\.value))
    var w = Workspace(
      reader: ReaderState(document: bundled, rows: 40, cols: 120),
      session: Session(case: bundled, group: .init(name: "基准组", members: ["甲"])))
    w.handle(.char("a"), now: benchNow)
    w.handle(.enter, now: benchNow)
    var decoder = KeyDecoder()
    var keys: [Key] = []
    var longest = 0.0
    let start = DispatchTime.now().uptimeNanoseconds
    var i = 0
    while i < scalars.count {
      let t = DispatchTime.now().uptimeNanoseconds
      for c in scalars[i..<min(i + 4096, scalars.count)] { keys += decoder.feed(c) }
      longest = max(longest, Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9)
      i += 4096
    }
    let decoded = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let t = DispatchTime.now().uptimeNanoseconds
    for k in keys { w.handle(k, now: benchNow) }
    _ = w.render()
    let handled = Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
    let k = DispatchTime.now().uptimeNanoseconds
    w.handle(.char("字"), now: benchNow)
    _ = w.render()
    let typed = Double(DispatchTime.now().uptimeNanoseconds - k) / 1e9
    let inserted = w.currentSession.answers[0].text.utf8.count
    let what = inserted > 1000 ? "inserted \(inserted / 1000) KB" : "refused"
    let size = String(format: "%g MB", mb).padding(toLength: 7, withPad: " ", startingAt: 0)
    print(
      "paste \(size) decode \(String(format: "%.0f ms (%.1f ms/MB)", decoded * 1000, decoded * 1000 / mb)), "
        + "longest hold \(String(format: "%.1f ms", longest * 1000)), "
        + "\(what) in \(String(format: "%.1f ms", handled * 1000)), next key \(String(format: "%.1f ms", typed * 1000))"
    )
  }
}
