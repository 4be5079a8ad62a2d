/// A write failed because the folder it was to go in is not there (or is no folder): said by naming the
/// folder, not the temporary file that could not be made in it.
public struct MissingFolder: Error, Equatable, Sendable {
  public let path: String
  public init(path: String) { self.path = path }
}
