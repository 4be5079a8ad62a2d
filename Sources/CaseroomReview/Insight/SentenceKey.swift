/// One sentence of the case: the section (its place in the case's sections),
/// the paragraph in it and the sentence in the paragraph (`Sentences`), all
/// 0-based. Ordered as the case reads.
public struct SentenceKey: Hashable, Comparable, Codable, Sendable {
  public var section: Int
  public var paragraph: Int
  public var sentence: Int

  public init(section: Int, paragraph: Int, sentence: Int) {
    self.section = section
    self.paragraph = paragraph
    self.sentence = sentence
  }

  public static func < (a: SentenceKey, b: SentenceKey) -> Bool {
    (a.section, a.paragraph, a.sentence) < (b.section, b.paragraph, b.sentence)
  }
}
