import Foundation
import Glibc
import Testing

@testable import CaseroomEngine

@Suite("Work done ahead on a thread of its own (Prefetch)")
struct PrefetchTests {
  @Test("the value is made on another thread while the caller goes on, and is the same at every ask")
  func otherThread() {
    let caller = pthread_self()
    let started = ThreadLock()
    started.lock()
    let prefetch = Prefetch { () -> Bool in
      // Waits until the caller has gone on past the start: proof that it runs beside it.
      started.lock()
      started.unlock()
      return pthread_equal(pthread_self(), caller) == 0
    }
    started.unlock()
    #expect(prefetch.value, "made on a thread other than the caller's")
    #expect(prefetch.value)
  }

  @Test("ProcessEnvironment holds the variables getenv finds")
  func environment() {
    for name in ["PATH", "HOME"] {
      #expect(ProcessEnvironment.variables[name] == getenv(name).map { String(cString: $0) })
    }
    #expect(ProcessEnvironment.variables["CASEROOM_SURELY_UNSET_VARIABLE"] == nil)
  }
}
