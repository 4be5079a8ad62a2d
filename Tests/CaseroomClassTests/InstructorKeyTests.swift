import CaseroomEngine
import CaseroomSession
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomClass

/// The instructor on a new machine, without the key at first: told what to
/// do instead of being taken for a student; with the key copied to its
/// default place, or given by `class init --signing-key`, signing again.
extension LaptopSyncTests {
  @Test(
    "the instructor's new machine without the key: phase and release refused with what to do; the key copied or given: signed again, trusted by the students"
  )
  func instructorOnANewMachine() throws {
    let (dir, bare, instructor, laptops) = try classroom(["王小明"])
    let student = laptops[0]
    try sync(student)
    let newHome = dir.appendingPathComponent("home-new-machine")
    try FileManager.default.createDirectory(at: newHome, withIntermediateDirectories: true)
    let machine = Laptop(clone: dir.appendingPathComponent("instructor-new"), home: newHome, member: "老师")
    try ClassFixtures.git(["clone", "--quiet", bare.path, machine.clone.path], in: dir)
    let classJSON = machine.clone.appendingPathComponent("class.json")
    let before = try RegularFile.read(classJSON)
    // Without the key: refused, saying what to do; nothing written.
    for command in [["class", "phase"], ["class", "release"]] {
      let r = try ClassFixtures.caseroom(command + ["--class", machine.clone.path], environment: machine.environment)
      #expect(r.status == 1, "\(command)")
      #expect(r.err.contains("this clone has not the instructor's signing key"), "\(r.err)")
      #expect(r.err.contains("~/.ssh/caseroom-instructor"), "\(r.err)")
      #expect(r.err.contains("caseroom class init \(machine.clone.path) --signing-key KEY"), "\(r.err)")
    }
    #expect(try RegularFile.read(classJSON) == before)
    var r = try ClassFixtures.caseroom(["class", "init", machine.clone.path], environment: machine.environment)
    #expect(r.status == 1)
    #expect(r.err.contains("this clone has not the instructor's signing key"), "\(r.err)")
    // A key that is not the class's is refused, naming the class's.
    let other = dir.appendingPathComponent("other-key")
    _ = try ClassFixtures.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", other.path], in: dir)
    r = try ClassFixtures.caseroom(
      ["class", "init", machine.clone.path, "--signing-key", other.path], environment: machine.environment)
    #expect(r.status == 1)
    #expect(r.err.contains("is not the class's key: class.json records ssh-ed25519 "), "\(r.err)")
    // The key copied to its default place: the next instructor's command takes it and says so.
    let key = instructor.home.appendingPathComponent(".ssh/caseroom-instructor")
    let ssh = newHome.appendingPathComponent(".ssh")
    try FileManager.default.createDirectory(at: ssh, withIntermediateDirectories: true)
    for suffix in ["", ".pub"] {
      try FileManager.default.copyItem(
        atPath: key.path + suffix, toPath: ssh.appendingPathComponent("caseroom-instructor" + suffix).path)
    }
    chmod(ssh.appendingPathComponent("caseroom-instructor").path, 0o600)
    r = try ClassFixtures.caseroom(["class", "phase", "--class", machine.clone.path], environment: machine.environment)
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("this clone signs as the instructor from now on"), "\(r.err)")
    let synced = try sync(machine)
    #expect(synced.out.contains("committed: class files: class.json"), "\(synced.out)")
    // The students take the phase as the instructor's.
    try sync(student)
    #expect(try ClassFolder(root: student.clone).load().current?.number == 1)
    var watch = ClassFileWatch(url: student.clone.appendingPathComponent("class.json"))
    let seen = watch.poll()
    #expect(seen?.current?.number == 1)
    #expect(!watch.distrusted)
    // From elsewhere: class init --signing-key gives a clone the key.
    let third = Laptop(clone: dir.appendingPathComponent("instructor-third"), home: newHome, member: "老师")
    try ClassFixtures.git(["clone", "--quiet", bare.path, third.clone.path], in: dir)
    try FileManager.default.moveItem(at: ssh, to: dir.appendingPathComponent("kept-ssh"))
    r = try ClassFixtures.caseroom(
      [
        "class", "init", third.clone.path, "--signing-key",
        dir.appendingPathComponent("kept-ssh/caseroom-instructor").path,
      ],
      environment: third.environment)
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("this clone signs as the instructor from now on"), "\(r.out)")
    r = try ClassFixtures.caseroom(["class", "phase", "--class", third.clone.path], environment: third.environment)
    #expect(r.status == 0, "\(r.err)")
    #expect(try sync(third).out.contains("committed: class files: class.json"))
    try sync(student)
    #expect(try ClassFolder(root: student.clone).load().current?.number == 2)
  }

  @Test("a student's sync that puts edits of class.json aside says what the instructor would do")
  func studentEditsSayWhatToDo() throws {
    let (_, _, _, laptops) = try classroom(["王小明"])
    let l = laptops[0]
    try sync(l)
    var file = try ClassFolder(root: l.clone).load()
    file.phases[0].title = "改过"
    try ClassFolder(root: l.clone).save(file)
    let r = try sync(l)
    #expect(r.out.contains("your edits put aside in .caseroom-aside/"), "\(r.out)")
    #expect(r.err.contains("if you are the instructor, copy ~/.ssh/caseroom-instructor"), "\(r.err)")
  }
}
