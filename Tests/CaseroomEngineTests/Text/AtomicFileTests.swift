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
