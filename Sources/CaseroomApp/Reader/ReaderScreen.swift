import CaseroomSession
import FoundationEssentials

/// Reading without a group: the reader on its own, its place remembered per
/// user in the reading positions file when it quits (or is ended by a signal).
public struct ReaderScreen: Screen {
  public internal(set) var reader: ReaderState
  var positions: ReadingPositions
  /// Where the positions are kept (nil: not remembered).
  let positionsURL: URL?

  public init(reader: ReaderState, positions: ReadingPositions, positionsURL: URL?) {
    self.reader = reader
    self.positions = positions
    self.positionsURL = positionsURL
  }

  public var rows: Int { reader.rows }
  public var altKeys: Set<Key> { reader.altKeys }
  public var cols: Int { reader.cols }

  /// Reading alone watches no file: only the reading clock needs ticks.
  public func nextTick(after now: Date) -> Date? { reader.nextTick(after: now) }

  public mutating func update(_ event: ScreenEvent, now: Date) -> Transition {
    reader.now = now
    switch event {
    case .key(let key): reader.handle(key)
    case .tick, .changed, .done: break
    case .resize(let rows, let cols): reader.resize(rows: rows, cols: cols)
    case .notice(let text): reader.show(message: text)
    case .terminate: return Transition(.quit, effects: remember())
    case .suspend: return Transition(.stay, effects: remember())
    }
    reader.tick(now: now)
    if reader.wantsQuit { return Transition(.quit, effects: remember()) }
    if reader.wantsFullRedraw {
      reader.wantsFullRedraw = false
      return .redrawAll
    }
    return .stay
  }

  public func render(into frame: inout Frame) { reader.draw(into: &frame) }

  /// Keeps the reader's place for next time: the positions file is written as the program ends.
  mutating func remember() -> [Effect] {
    positions.cases[reader.document.id] = reader.place
    return positionsURL.map { [.savePositions(positions, $0)] } ?? []
  }
}
