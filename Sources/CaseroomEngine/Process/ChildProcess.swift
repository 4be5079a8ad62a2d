import FoundationEssentials
import Glibc

/// Runs a program to its end with `posix_spawn`, its input empty and its
/// output and error collected (Foundation's `Process` would bring ICU into
/// the binary). Both pipes are read as they fill, so a child that writes a
/// lot to either never blocks.
public struct ChildProcess {
  public struct Result: Sendable {
    /// The exit status, or 128 + the signal that ended it.
    public var status: Int32
    public var out: Data
    public var err: Data
  }

  public struct StartError: Error, CustomStringConvertible {
    public var description: String
  }

  /// Counts the processes started while it is set (`$started.withValue`):
  /// tests measure what an operation spawns, each in its own task.
  public final class Count: @unchecked Sendable {
    private let lock = ThreadLock()
    private var n = 0
    public init() {}
    public var value: Int { lock.withLock { n } }
    func add() { lock.withLock { n += 1 } }
  }
  @TaskLocal public static var started: Count?

  /// `path` is run with `arguments` (the first is its name) and exactly `environment`.
  public static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws(StartError)
    -> Result
  {
    started?.add()
    let (outPipe, errPipe) = try pipes()
    let pid: pid_t
    do {
      pid = try spawn(path, arguments, environment: environment, out: outPipe[1], err: errPipe[1])
      close(outPipe[1])
      close(errPipe[1])
    } catch {
      for fd in outPipe + errPipe { close(fd) }
      throw error
    }
    let (out, err) = readBoth(out: outPipe[0], err: errPipe[0])
    return Result(status: exitStatus(pid), out: out, err: err)
  }

  /// Two pipes, for the child's output and its error; not inherited by other
  /// children started meanwhile (the child gets them through dup2).
  static func pipes() throws(StartError) -> ([Int32], [Int32]) {
    var outPipe: [Int32] = [-1, -1]
    var errPipe: [Int32] = [-1, -1]
    guard pipe(&outPipe) == 0 else { throw StartError(description: String(cString: strerror(errno))) }
    guard pipe(&errPipe) == 0 else {
      let e = errno
      close(outPipe[0])
      close(outPipe[1])
      throw StartError(description: String(cString: strerror(e)))
    }
    for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return (outPipe, errPipe)
  }

  /// Starts the child with its input from /dev/null, its output and error
  /// to `out` and `err`, and the default signal handling and mask, whatever ours are.
  static func spawn(_ path: String, _ arguments: [String], environment: [String: String], out: Int32, err: Int32)
    throws(StartError) -> pid_t
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, out, 1)
    posix_spawn_file_actions_adddup2(&actions, err, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var all = sigset_t()
    sigfillset(&all)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw StartError(description: String(cString: strerror(spawned))) }
    return pid
  }

  /// Reads both pipes as they fill until each is closed (a child that
  /// writes a lot to either never blocks), and closes them.
  static func readBoth(out outFD: Int32, err errFD: Int32) -> (Data, Data) {
    var out = Data()
    var err = Data()
    var fds = [
      pollfd(fd: outFD, events: Int16(POLLIN), revents: 0),
      pollfd(fd: errFD, events: Int16(POLLIN), revents: 0),
    ]
    var buffer = [UInt8](repeating: 0, count: 65536)
    while fds.contains(where: { $0.fd >= 0 }) {
      if poll(&fds, nfds_t(fds.count), -1) < 0 {
        if errno == EINTR { continue }
        break
      }
      for i in fds.indices where fds[i].fd >= 0 && fds[i].revents != 0 {
        let n = read(fds[i].fd, &buffer, buffer.count)
        if n > 0 {
          if i == 0 { out.append(buffer, count: n) } else { err.append(buffer, count: n) }
        } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
          close(fds[i].fd)
          fds[i].fd = -1
        }
      }
    }
    for f in fds where f.fd >= 0 { close(f.fd) }
    return (out, err)
  }

  /// Waits for the child: its exit status, or 128 + the signal that ended it.
  static func exitStatus(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
    let exited = status & 0x7F == 0
    return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }
}
