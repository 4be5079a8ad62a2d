/// A correction made to the source text of a case.
public struct Erratum: Sendable, Equatable, Codable {
  /// Id of the section where the correction is.
  public var section: String
  /// The text as the source has it.
  public var was: String
  /// The text as corrected.
  public var now: String
  /// Why, when it is not obvious.
  public var note: String?

  public init(section: String, was: String, now: String, note: String? = nil) {
    self.section = section
    self.was = was
    self.now = now
    self.note = note
  }
}
