import FoundationEssentials

/// File names for `export --each DIR`: one file per group, named after it
/// (letters and digits of any script kept, anything else `_`, at most 40
/// characters), `-2`, `-3`… when two names come out the same.
public enum EachGroupFile {
  public static func name(for group: String, extension ext: String, taken: inout Set<String>) -> String {
    var safe = ""
    for c in group.unicodeScalars.prefix(40) {
      let ok =
        (c.isLetter || c.isDecimalDigit || c == "-")
        && c.value > 0x20 && !(0xD800...0xDFFF).contains(c.value)
      safe.unicodeScalars.append(ok ? c : "_")
    }
    if safe.isEmpty || safe.allSatisfy({ $0 == "_" }) { safe = "group" }
    var candidate = "\(safe).\(ext)"
    var n = 2
    while taken.contains(candidate.lowercased()) {
      candidate = "\(safe)-\(n).\(ext)"
      n += 1
    }
    taken.insert(candidate.lowercased())
    return candidate
  }
}
