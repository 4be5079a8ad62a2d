import CaseroomEngine
import FoundationEssentials
import Glibc

/// Watches the files and folders the current screen follows
/// (`Screen.watched`) while the run loop waits. With inotify, the loop polls
/// `fd` together with the terminal: nothing wakes the program until a
/// watched thing changes. A file is watched through its folder, its name
/// picked out of the folder's events (a save replaces the file by a rename,
/// which a watch on the file itself would lose); a folder is watched itself.
/// What inotify cannot watch (no inotify, no such folder yet, the system's
/// limit of watches reached) is looked at with a `stat` once a second.
final class FileWatch {
  /// The inotify descriptor to poll, or -1 (none: everything by `stat`).
  let fd: Int32
  /// The paths watched now, as the screen gave them.
  private(set) var paths: [String] = []
  /// Watch descriptor → the names looked for in its folder (nil: any name, the folder itself is watched).
  private var folders: [Int32: Set<String>?] = [:]
  /// The paths looked at by `stat`, with what it said last time, and when to look again.
  private var stamps: [String: FileStamp?] = [:]
  private(set) var nextLook: Date?
  /// How often what inotify does not watch is looked at.
  static let lookEvery: TimeInterval = 1
  /// What changes a watched folder: an entry made, removed, renamed in or
  /// out, or a file written and closed (not a touch: readers' presence).
  static let events = UInt32(
    IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF)
  /// A watched folder removed or renamed (IN_IGNORED follows, as it does a watch given up here).
  static let gone = UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)

  /// `inotify: false` watches everything by `stat` (as where the system has no inotify).
  init(inotify: Bool = true) {
    fd = inotify ? inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC)) : -1
  }

  deinit { if fd >= 0 { close(fd) } }

  /// Watches these paths from now on; nothing changes when they are the ones watched.
  func watch(_ wanted: [String], now: Date = Date()) {
    guard wanted != paths else { return }
    paths = wanted
    for wd in folders.keys { inotify_rm_watch(fd, wd) }
    folders = [:]
    stamps = [:]
    for path in wanted where !add(path) { stamps[path] = FileStamp.of(URL(fileURLWithPath: path)) }
    nextLook = stamps.isEmpty ? nil : now.addingTimeInterval(Self.lookEvery)
  }

  /// Adds an inotify watch for a path: the folder itself, or a file's folder
  /// for the file's name. False when inotify cannot watch it.
  private func add(_ path: String) -> Bool {
    guard fd >= 0 else { return false }
    var info = stat()
    if stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
      let wd = inotify_add_watch(fd, path, Self.events | UInt32(IN_ONLYDIR))
      guard wd >= 0 else { return false }
      folders[wd] = .some(nil)
      return true
    }
    let url = URL(fileURLWithPath: path)
    let wd = inotify_add_watch(fd, url.deletingLastPathComponent().path, Self.events | UInt32(IN_ONLYDIR))
    guard wd >= 0 else { return false }
    // The same folder watched for the folder itself keeps any name (`.some(nil)`:
    // assigning a nil `Set?` here would remove the folder's watch instead).
    if let names = folders[wd] {
      if let names { folders[wd] = .some(names.union([url.lastPathComponent])) }
    } else {
      folders[wd] = .some([url.lastPathComponent])
    }
    return true
  }

  /// Reads what inotify has to say: whether a watched thing changed. A
  /// watched folder removed or renamed counts as a change, and everything is
  /// watched afresh at the next `watch`; the IN_IGNORED of a watch given up
  /// here (no longer in `folders`) is not a change, else watching afresh
  /// would wake the loop for ever. Lost events (the queue overflowed) are one.
  func takeEvents() -> Bool {
    guard fd >= 0 else { return false }
    var changed = false
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { break }
      var at = 0
      while at + 16 <= n {
        let (wd, mask, length) = buffer.withUnsafeBytes {
          (
            $0.loadUnaligned(fromByteOffset: at, as: Int32.self),
            $0.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self),
            Int($0.loadUnaligned(fromByteOffset: at + 12, as: UInt32.self))
          )
        }
        let nameBytes = buffer[(at + 16)..<min(n, at + 16 + length)].prefix { $0 != 0 }
        at += 16 + length
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
          changed = true
          continue
        }
        guard let names = folders[wd] else { continue }
        if mask & Self.gone != 0 {
          changed = true
          folders[wd] = nil
          paths = []  // watched afresh
          continue
        }
        if let names, !names.contains(String(decoding: nameBytes, as: UTF8.self)) { continue }
        // A folder made in a watched one may be a watched path that did not exist yet (watched
        // through its parent until now): everything is watched afresh, that folder itself too.
        if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { paths = [] }
        changed = true
      }
    }
    return changed
  }

  /// At `nextLook`: a `stat` of what inotify does not watch; whether any of it changed.
  func look(now: Date = Date()) -> Bool {
    guard let due = nextLook, now >= due else { return false }
    nextLook = now.addingTimeInterval(Self.lookEvery)
    var changed = false
    for (path, stamp) in stamps {
      let current = FileStamp.of(URL(fileURLWithPath: path))
      if current != stamp {
        stamps[path] = current
        changed = true
      }
    }
    return changed
  }
}
