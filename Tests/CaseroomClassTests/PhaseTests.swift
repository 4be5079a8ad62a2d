import CaseroomEngine
import Foundation
import Testing

@testable import CaseroomClass

@Suite("Phases: starting, advancing, extending; the status at a given time; noticing class.json changed")
struct PhaseTests {
  let t0 = ClassFixtures.t0
  var file: ClassFile { ClassFile(case: ClassFixtures.bundled, caseFile: "c.case.md", now: t0) }

  @Test("phase with no number advances (the first when none runs); N starts N; --minutes without N extends")
  func control() throws {
    var f = file
    #expect(PhaseStatus(f, at: t0) == nil)
    #expect(try f.apply(phase: nil, minutes: 20, now: t0) == .started(1))
    #expect(f.current == ClassFile.Current(number: 1, startedAt: t0, endsAt: t0.addingTimeInterval(1200)))
    // Extending from the end while time is left…
    #expect(try f.apply(phase: nil, minutes: 5, now: t0.addingTimeInterval(600)) == .extended(1, minutes: 5))
    #expect(f.current?.endsAt == t0.addingTimeInterval(1500))
    // …and from now once it is over.
    try f.extend(minutes: 2, now: t0.addingTimeInterval(2000))
    #expect(f.current?.endsAt == t0.addingTimeInterval(2120))
    #expect(try f.apply(phase: nil, minutes: nil, now: t0.addingTimeInterval(3000)) == .started(2))
    #expect(f.current == ClassFile.Current(number: 2, startedAt: t0.addingTimeInterval(3000), endsAt: nil))
    #expect(try f.apply(phase: 3, minutes: 15, now: t0.addingTimeInterval(4000)) == .started(3))
    #expect(throws: ClassError.self) { try f.apply(phase: nil, minutes: nil, now: t0) }
    #expect(throws: ClassError.self) { try f.apply(phase: 4, minutes: nil, now: t0) }
    #expect(throws: ClassError.self) { try f.apply(phase: 1, minutes: 0, now: t0) }
    f.stop(now: t0)
    #expect(f.current == nil)
    #expect(throws: ClassError.self) { try f.extend(minutes: 5, now: t0) }
  }

  @Test("where the phase is at any moment: minutes rounded up, then over (the app words it: PhaseWordsTests)")
  func status() throws {
    var f = file
    try f.start(phase: 1, minutes: 12, now: t0)
    func at(_ seconds: Double) -> PhaseStatus? { PhaseStatus(f, at: t0.addingTimeInterval(seconds)) }
    #expect(at(0)?.minutesLeft == 12 && at(0)?.remaining == 720)
    #expect(at(1)?.minutesLeft == 12)
    #expect(at(60)?.minutesLeft == 11)
    #expect(at(661)?.minutesLeft == 1 && at(661)?.isOver == false)
    #expect(at(720)?.isOver == true && at(720)?.minutesLeft == 0)
    #expect(at(720 + 185)?.remaining == -185)
    let s = try #require(PhaseStatus(f, at: t0.addingTimeInterval(100)))
    #expect(s.number == 1 && s.count == 3 && s.minutesLeft == 11 && !s.isOver && s.phase.title == "个人阅读、分组讨论")
    try f.start(phase: 2, now: t0)
    #expect(at(5000)?.phase.title == "小组发言")
    #expect(PhaseStatus(f, at: t0)?.remaining == nil)
  }

  @Test("class.json round-trips, and a file of another schema or without phases is refused naming it")
  func json() throws {
    var f = file
    try f.start(phase: 2, minutes: 10, now: t0)
    #expect(try ClassFile.decode(f.json(), file: "class.json") == f)
    var other = f
    other.schema = "caseroom.class/2"
    #expect(throws: ClassError.self) { try ClassFile.decode(other.json(), file: "class.json") }
    other = f
    other.phases = []
    #expect(throws: ClassError.self) { try ClassFile.decode(other.json(), file: "class.json") }
    #expect(throws: ClassError.self) { try ClassFile.decode(Data("{".utf8), file: "class.json") }
  }

  @Test("a reader polling class.json notices each write with one stat, even two writes in one second")
  func watch() throws {
    let dir = try ClassFixtures.directory()
    let folder = try ClassFolder.create(
      at: dir.appendingPathComponent("c"), case: ClassFixtures.bundled, caseSource: ClassFixtures.caseURL)
    var watch = ClassFileWatch(url: folder.classFile)
    #expect(watch.changed())
    let first = watch.poll()
    #expect(first != nil && first?.current == nil)
    #expect(!watch.changed())
    let unchanged = watch.poll()
    #expect(unchanged == nil)
    var f = try folder.load()
    try f.start(phase: 1, minutes: 20, now: t0)
    try folder.save(f)
    #expect(watch.changed())
    let started = watch.poll()
    #expect(started?.current?.number == 1)
    try f.extend(minutes: 5, now: t0)
    try folder.save(f)
    let extended = watch.poll()
    #expect(extended?.current?.endsAt == t0.addingTimeInterval(1500))
    let again = watch.poll()
    #expect(again == nil)
    // Gone or damaged: nothing new, the last good version is kept.
    try Data("{".utf8).write(to: folder.classFile)
    let damaged = watch.poll()
    #expect(damaged == nil)
    #expect(watch.file?.current?.number == 1)
  }
}
