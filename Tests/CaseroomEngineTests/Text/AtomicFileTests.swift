import Foundation
import Testing

@testable import CaseroomEngine

@Suite("Atomic file writes: temporary file, rename, optional .bak")
struct AtomicFileTests {
  static func directory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("a write replaces the file whole; the old version is kept as .bak only when asked")
  func backups() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let kept = dir.appendingPathComponent("kept.json")
    try AtomicFile.write(Data("一".utf8), to: kept, keepBackup: true)
    #expect(!FileManager.default.fileExists(atPath: kept.path + ".bak"), "nothing to keep the first time")
    try AtomicFile.write(Data("二".utf8), to: kept, keepBackup: true)
    #expect(try Data(contentsOf: kept) == Data("二".utf8))
    #expect(try Data(contentsOf: URL(fileURLWithPath: kept.path + ".bak")) == Data("一".utf8))
    let plain = dir.appendingPathComponent("plain.txt")
    try AtomicFile.write(Data("一".utf8), to: plain, keepBackup: false)
    try AtomicFile.write(Data("二".utf8), to: plain, keepBackup: false)
    #expect(try Data(contentsOf: plain) == Data("二".utf8))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
        "kept.json", "kept.json.bak", "plain.txt",
      ])
  }

  @Test("the directory is made when asked, and a failure names the file and the reason")
  func directories() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let deep = dir.appendingPathComponent("a/b/c.txt")
    #expect(throws: FileWriteError.self) { try AtomicFile.write(Data("x".utf8), to: deep, keepBackup: false) }
    do {
      try AtomicFile.write(Data("x".utf8), to: deep, keepBackup: false)
    } catch {
      #expect(error.description == "\(deep.path): cannot create a temporary file: No such file or directory")
    }
    try AtomicFile.write(Data("x".utf8), to: deep, keepBackup: false, createDirectory: true)
    #expect(try Data(contentsOf: deep) == Data("x".utf8))
    #expect(throws: FileWriteError.self) {
      try AtomicFile.write(
        Data("x".utf8), to: URL(fileURLWithPath: "/proc/caseroom/x"), keepBackup: false, createDirectory: true)
    }
  }
}

@Suite("Atomic file writes in shared folders: no planted file or link is written through; modes")
struct AtomicFileSharingTests {
  func mode(_ path: String) -> (mode: mode_t, gid: gid_t) {
    var info = stat()
    stat(path, &info)
    return (info.st_mode & 0o7777, info.st_gid)
  }

  /// The process's umask, read without changing it (tests run in parallel).
  static func umask() -> mode_t {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") } ?? "Umask: 0022"
    return mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) ?? 0o022
  }

  @Test("the temporary file's name cannot be guessed: a link planted at the old name (pid) is not followed")
  func plantedLink() throws {
    let dir = try AtomicFileTests.directory()
    let victim = dir.appendingPathComponent("victim.txt")
    try Data("victim".utf8).write(to: victim)
    let target = dir.appendingPathComponent("s.session.json")
    // What an attacker in a group-writable folder could plant before.
    symlink(victim.path, dir.appendingPathComponent(".s.session.json.tmp-\(getpid())").path)
    for _ in 0..<20 { try AtomicFile.write(Data("mine".utf8), to: target, keepBackup: true, mode: .owner) }
    #expect(try Data(contentsOf: victim) == Data("victim".utf8))
    #expect(try Data(contentsOf: target) == Data("mine".utf8))
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == [".s.session.json.tmp-\(getpid())", "s.session.json", "s.session.json.bak", "victim.txt"])
  }

  @Test("a target that is a symbolic link is refused, never replaced or written through")
  func symlinkTarget() throws {
    let dir = try AtomicFileTests.directory()
    let victim = dir.appendingPathComponent("victim.txt")
    try Data("victim".utf8).write(to: victim)
    let link = dir.appendingPathComponent("s.session.json")
    symlink(victim.path, link.path)
    do {
      try AtomicFile.write(Data("mine".utf8), to: link, keepBackup: true)
      Issue.record("wrote through a link")
    } catch {
      #expect(error.message.contains("symbolic link"))
    }
    #expect(try Data(contentsOf: victim) == Data("victim".utf8))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == victim.path)
    #expect(throws: FileWriteError.self) { try AtomicFile.write(Data("x".utf8), to: dir, keepBackup: false) }
  }

  @Test("private files are 0600; in a setgid class folder 0660 with the folder's group; backups too")
  func modes() throws {
    let dir = try AtomicFileTests.directory()
    let plain = dir.appendingPathComponent("a.session.json")
    try AtomicFile.write(Data("1".utf8), to: plain, keepBackup: true, mode: .owner)
    try AtomicFile.write(Data("2".utf8), to: plain, keepBackup: true, mode: .owner)
    #expect(mode(plain.path).mode == 0o600)
    #expect(mode(plain.path + ".bak").mode == 0o600)
    let ordinary = dir.appendingPathComponent("export.html")
    try AtomicFile.write(Data("x".utf8), to: ordinary, keepBackup: false)
    #expect(mode(ordinary.path).mode == 0o666 & ~Self.umask(), "ordinary files follow the umask")

    let classFolder = dir.appendingPathComponent("class")
    try FileManager.default.createDirectory(at: classFolder, withIntermediateDirectories: true)
    // Another group than ours, when we may give the folder one (root may).
    let group: gid_t = getuid() == 0 ? 100 : getgid()
    chown(classFolder.path, uid_t.max, group)
    #expect(chmod(classFolder.path, 0o2775) == 0)
    #expect(FileMode.isClassFolder(classFolder.path))
    let shared = classFolder.appendingPathComponent("b.session.json")
    try AtomicFile.write(Data("1".utf8), to: shared, keepBackup: true, mode: .owner)
    try AtomicFile.write(Data("2".utf8), to: shared, keepBackup: true, mode: .owner)
    #expect(mode(shared.path).mode == 0o660)
    #expect(mode(shared.path).gid == mode(classFolder.path).gid)
    #expect(mode(shared.path + ".bak").mode == 0o660)
  }
}

@Suite("Reading the user's files: only regular files")
struct RegularFileTests {
  @Test("a directory, a FIFO and a missing file are refused in one line; a FIFO is never opened")
  func kinds() throws {
    let dir = try AtomicFileTests.directory()
    let fifo = dir.appendingPathComponent("f.session.json")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let started = Date()
    #expect(throws: FileReadError(path: fifo.path, .notRegular(.fifo))) { try RegularFile.read(fifo) }
    #expect(Date().timeIntervalSince(started) < 1, "no wait for a writer")
    #expect(throws: FileReadError(path: dir.path, .directory)) { try RegularFile.read(dir) }
    let missing = dir.appendingPathComponent("none")
    #expect(throws: FileReadError(path: missing.path, .missing)) { try RegularFile.read(missing) }
    #expect(
      FileReadError(path: fifo.path, .notRegular(.fifo)).description
        == "\(fifo.path): is a FIFO, not a regular file (not opened)")
    #expect(FileReadError(path: dir.path, .directory).description == "\(dir.path): is a directory, not a file")
    let file = dir.appendingPathComponent("ok")
    try Data("文字".utf8).write(to: file)
    #expect(try RegularFile.read(file) == Data("文字".utf8))
  }
}
