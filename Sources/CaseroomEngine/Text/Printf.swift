import Glibc

/// Numbers formatted as C's `printf` does (`%.1f`, `%02d`), with the C
/// library's `vsnprintf`: `String(format:)` is Foundation's and brings ICU
/// into the binary. Numbers only: a Swift `String` is not a `%s` argument.
public enum Printf {
  public static func text(_ format: String, _ arguments: any CVarArg...) -> String {
    withVaList(arguments) { list in
      var buffer = [CChar](repeating: 0, count: 128)
      let needed = Int(vsnprintf(&buffer, buffer.count, format, list))
      guard needed >= buffer.count else { return string(buffer) }
      // Longer than the buffer (rare): again with room for all of it.
      return withVaList(arguments) { again in
        buffer = [CChar](repeating: 0, count: needed + 1)
        _ = vsnprintf(&buffer, buffer.count, format, again)
        return string(buffer)
      }
    }
  }

  private static func string(_ buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
