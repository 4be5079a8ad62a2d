import Foundation

/// Small file systems for tests that need a real full disk or a read-only
/// folder. Root ignores permissions, so a read-only folder needs a read-only
/// mount; mounting needs root. Where it cannot be done, `tmpfs` returns false
/// and the test falls back to what it can check.
enum Mounts {
  static func run(_ args: [String]) -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/mount")
    p.arguments = args
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }

  /// Mounts a tmpfs of `size` (e.g. "64k") at `dir`.
  static func tmpfs(at dir: URL, size: String) -> Bool {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
    return run(["-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", dir.path])
  }

  static func remountReadOnly(_ dir: URL) -> Bool { run(["-o", "remount,ro", dir.path]) }

  static func unmount(_ dir: URL) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/umount")
    p.arguments = [dir.path]
    try? p.run()
    p.waitUntilExit()
  }

  /// Fills the file system holding `dir` until a write fails.
  static func fill(_ dir: URL) {
    let fd = open(dir.appendingPathComponent("filler").path, O_WRONLY | O_CREAT, 0o600)
    defer { close(fd) }
    let chunk = [UInt8](repeating: 0x78, count: 4096)
    while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
  }
}
