/// Where two versions of a text differ: the bytes they share at the start
/// (`head`) and at the end (`tail`), both on character boundaries, the
/// stretch between them being what changed. UTF-8 bytes, one pass each way.
public struct ChangedStretch: Equatable, Sendable {
  public var head: Int
  public var tail: Int

  public init(from old: [UInt8], to new: [UInt8]) {
    func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
    var head = 0
    while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
    while head > 0, head < new.count, isContinuation(new[head]) { head -= 1 }
    var tail = 0
    while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] {
      tail += 1
    }
    while tail > 0, isContinuation(new[new.count - tail]) { tail -= 1 }
    self.head = head
    self.tail = tail
  }
}
