extension String {
  /// UTF-8 offset of the first occurrence of `needle`, comparing bytes
  /// (no Unicode equivalence, no locale); 0 for an empty needle.
  public func utf8Offset(of needle: String) -> Int? {
    var haystack = self
    var needle = needle
    return haystack.withUTF8 { h in
      needle.withUTF8 { n -> Int? in
        guard !n.isEmpty else { return 0 }
        guard n.count <= h.count else { return nil }
        let first = n[0]
        var i = 0
        while i <= h.count - n.count {
          if h[i] == first {
            var j = 1
            while j < n.count && h[i + j] == n[j] { j += 1 }
            if j == n.count { return i }
          }
          i += 1
        }
        return nil
      }
    }
  }
}
