import CWidth
import FoundationEssentials
import Glibc

/// The bytes of a case file, read once and never changed: the case's index
/// points into them, and sections decode their paragraphs from them when
/// first needed.
///
/// Files are memory-mapped, so opening a 20 MB case costs no more than
/// mapping it; `detach()` later moves the bytes into memory of our own, after
/// which the file may change on disk (even be truncated) without affecting us.
public final class SourceBytes: @unchecked Sendable {
  // Immutable after init (detach() swaps the memory under the same addresses and bytes).
  public let bytes: UnsafeBufferPointer<UInt8>
  private let mapped: Bool
  /// Which version of which file the bytes are (nil for text given in memory).
  let stamp: CaseIndex.Stamp?
  private let detachLock = ThreadLock()
  private var detached = false
  /// What `cr_utf8_problem` says of the bytes, once known (`detach()` finds it as it copies).
  private var problem: Int??

  /// The UTF-8 of a string (a leading byte-order mark is kept; the parser skips it).
  public init(_ text: String) {
    let count = text.utf8.count
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, 1))
    _ = storage.initialize(from: text.utf8)
    bytes = UnsafeBufferPointer(rebasing: storage[0..<count])
    mapped = false
    stamp = nil
  }

  /// Maps the file at `path`. Throws a `CaseError` naming the file when it is
  /// missing, a directory, or unreadable.
  public init(contentsOf path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      let e = errno
      if e == ENOENT { throw CaseError(file: path, .unreadable(.missing)) }
      throw CaseError(file: path, .unreadable(.unreadable(SystemError(e))))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw CaseError(file: path, .unreadable(.unreadable(.last)))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw CaseError(file: path, .unreadable(.directory))
    }
    let size = Int(info.st_size)
    stamp = CaseIndex.Stamp(path: path, info)
    if (info.st_mode & S_IFMT) == S_IFREG && size > 0,
      let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED
    {
      bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
      mapped = true
      return
    }
    // Empty files, pipes and files that cannot be mapped: read them.
    var data = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 { throw CaseError(file: path, .unreadable(.unreadable(.last))) }
      if n == 0 { break }
      data.append(contentsOf: chunk[0..<n])
    }
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(data.count, 1))
    _ = storage.initialize(from: data)
    bytes = UnsafeBufferPointer(rebasing: storage[0..<data.count])
    mapped = false
  }

  /// Maps the file at `path` and checks that all of it is UTF-8 text: the
  /// error names the line of the first bad byte.
  public static func text(contentsOf path: String) throws -> SourceBytes {
    let source = try SourceBytes(contentsOf: path)
    if let problem = source.encodingProblem(file: path) { throw problem }
    return source
  }

  deinit {
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    } else {
      UnsafeMutablePointer(mutating: bytes.baseAddress)?.deallocate()
    }
  }

  public var count: Int { bytes.count }

  /// Moves the mapped bytes into memory of our own, at the same addresses (a
  /// no-op for bytes already in memory): afterwards the file can be rewritten
  /// or truncated while the case is open. Returns whether that is so. The
  /// copy is checked as UTF-8 as it is made, for `encodingProblem`.
  @discardableResult
  public func detach() -> Bool {
    detachLock.lock()
    defer { detachLock.unlock() }
    guard mapped && !detached, let base = bytes.baseAddress else { return !mapped || detached }
    var at = -1
    detached = cr_detach_pages(UnsafeMutableRawPointer(mutating: base), bytes.count, &at) == 0
    if detached { problem = .some(at < 0 ? nil : at) }
    return detached
  }

  /// The offset of the first byte that is not UTF-8 text, or nil.
  private func firstProblem(_ base: UnsafePointer<UInt8>) -> Int? {
    detachLock.lock()
    let known = problem
    detachLock.unlock()
    if let known { return known }
    let at = cr_utf8_problem(base, bytes.count)
    return at < 0 ? nil : Int(at)
  }

  /// The text of `range`; invalid UTF-8 becomes U+FFFD (the whole file is
  /// checked with `encodingProblem`).
  public func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The text of `range` when it is valid UTF-8.
  public func validString(_ range: Range<Int>) -> String? {
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    guard let base = slice.baseAddress, cr_utf8_problem(base, slice.count) < 0 else {
      return slice.isEmpty ? "" : nil
    }
    return String(decoding: slice, as: UTF8.self)
  }

  /// Where the first byte that is not UTF-8 text is (an invalid sequence or
  /// a NUL byte), or nil when the whole file is text.
  public func encodingProblem(file: String) -> CaseError? {
    guard let base = bytes.baseAddress, let offset = firstProblem(base) else { return nil }
    var line = 1
    var p = UnsafeRawPointer(base)
    let end = UnsafeRawPointer(base + offset)
    while p < end, let q = memchr(p, 0x0A, end - p) {
      line += 1
      p = UnsafeRawPointer(q) + 1
    }
    if bytes[offset] == 0 {
      return CaseError(file: file, line: line, .nulByte(offset: offset))
    }
    return CaseError(file: file, line: line, .notUTF8(offset: offset))
  }
}
