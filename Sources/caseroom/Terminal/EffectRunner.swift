import CaseroomApp
import CaseroomEngine
import Dispatch
import FoundationEssentials
import Glibc

/// Performs screens' effects off the drawing thread: one serial worker per
/// lane (git has its own, so saves are not held up behind a sync). Each
/// result is queued and one byte is written to a self-pipe, whose read end
/// (`wakeFD`) the run loop waits on beside the terminal — a key and a result
/// wake it alike, and any poll-based wait (timers, inotify) can add it.
/// A lane's worker is made at its first effect, not before the first frame
/// (a reader that only reads may never need one).
final class EffectRunner: @unchecked Sendable {
  private let lock = ThreadLock()
  private var results: [EffectResult] = []
  /// The lanes' workers, made when first needed (used from the run loop's thread only).
  private var files: DispatchQueue?
  private var git: DispatchQueue?
  /// Read end: readable while results are waiting. Write end: poked by workers.
  let wakeFD: Int32
  private let pokeFD: Int32

  init() {
    var fds: [Int32] = [-1, -1]
    if pipe(&fds) == 0 {
      for fd in fds {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
      }
    }
    wakeFD = fds[0]
    pokeFD = fds[1]
  }

  /// The lane's worker, made now if this is its first effect. The labels are
  /// literals: a label made by interpolating the lane goes through the
  /// runtime's reflection (`String(describing:)`), 0.4 ms at the first use.
  private func queue(_ lane: Effect.Lane) -> DispatchQueue {
    switch lane {
    case .files:
      if let files { return files }
      let q = DispatchQueue(label: "caseroom.effects.files")
      files = q
      return q
    case .git:
      if let git { return git }
      let q = DispatchQueue(label: "caseroom.effects.git")
      git = q
      return q
    }
  }

  deinit {
    close(wakeFD)
    close(pokeFD)
  }

  /// Performs an effect on its lane's worker; its result (if any) is queued and the loop woken.
  func submit(_ effect: Effect) {
    queue(effect.lane).async { [self] in
      guard let result = effect.perform() else { return }
      lock.withLock { results.append(result) }
      var byte: UInt8 = 1
      _ = write(pokeFD, &byte, 1)  // a full pipe is fine: the loop is due to wake anyway
    }
  }

  /// The results waiting, oldest first (the pipe is drained).
  func take() -> [EffectResult] {
    var buffer = [UInt8](repeating: 0, count: 64)
    while read(wakeFD, &buffer, buffer.count) > 0 {}
    return lock.withLock {
      defer { results.removeAll() }
      return results
    }
  }

  /// Waits until every effect submitted so far is done (the program ends after).
  func finish() {
    for q in [files, git] { q?.sync {} }
  }
}
