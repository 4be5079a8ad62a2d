import Glibc

/// A value worked out on a thread of its own while the caller does
/// something else, and waited for where it is needed: the reader decodes
/// the remembered positions (JSON, whose decoder's first use costs 0.4 ms)
/// while it reads the case's index, on the other core.
///
/// Where no thread can be started, the work is done at once, on the caller's.
public final class Prefetch<Value: Sendable>: PrefetchThread, @unchecked Sendable {
  private var result: Value?
  private let work: @Sendable () -> Value

  /// Starts `work` on a new thread.
  public init(_ work: @escaping @Sendable () -> Value) {
    self.work = work
    super.init()
    if !start() { result = work() }
  }

  override func run() { result = work() }

  /// The value, once the thread has made it (waits for it; later calls return
  /// at once). Asked for from one thread only.
  public var value: Value {
    join()
    return result!
  }
}

/// The thread of a `Prefetch` (not generic: a C thread's entry cannot be).
public class PrefetchThread: @unchecked Sendable {
  private var thread: pthread_t?

  func run() {}

  /// Starts `run` on a new thread, which holds this object until it is done; false when none can be started.
  func start() -> Bool {
    var t = pthread_t()
    let me = Unmanaged.passRetained(self).toOpaque()
    let started = pthread_create(
      &t, nil,
      { me in
        Unmanaged<PrefetchThread>.fromOpaque(me!).takeRetainedValue().run()
        return nil
      }, me)
    guard started == 0 else {
      Unmanaged<PrefetchThread>.fromOpaque(me).release()
      return false
    }
    thread = t
    return true
  }

  /// Waits for the thread to end (at once when it has, or when there is none).
  func join() {
    guard let t = thread else { return }
    pthread_join(t, nil)
    thread = nil
  }

  // The thread holds this object until its work is done: by now it has ended, or is ending.
  deinit {
    if let thread { pthread_detach(thread) }
  }
}
