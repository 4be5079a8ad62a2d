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

  /// `path` is run with `arguments` (the first is its name) and exactly `environment`.
  public static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws(StartError)
    -> Result
  {
    var outPipe: [Int32] = [-1, -1]
    var errPipe: [Int32] = [-1, -1]
    guard pipe(&outPipe) == 0 else { throw StartError(description: String(cString: strerror(errno))) }
    guard pipe(&errPipe) == 0 else {
      let e = errno
      close(outPipe[0])
      close(outPipe[1])
      throw StartError(description: String(cString: strerror(e)))
    }
    // Not inherited by other children started meanwhile (the child gets them through dup2).
    for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    // The child starts with the default signal handling and mask, whatever ours are.
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
    close(outPipe[1])
    close(errPipe[1])
    guard spawned == 0 else {
      close(outPipe[0])
      close(errPipe[0])
      throw StartError(description: String(cString: strerror(spawned)))
    }
    var out = Data()
    var err = Data()
    var fds = [
      pollfd(fd: outPipe[0], events: Int16(POLLIN), revents: 0),
      pollfd(fd: errPipe[0], events: Int16(POLLIN), revents: 0),
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
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
    let exited = status & 0x7F == 0
    return Result(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), out: out, err: err)
  }
}
