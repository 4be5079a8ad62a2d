import CaseroomEngine
import FoundationEssentials

/// One group's work on one case: its answers to the discussion questions,
/// with citations, its annotations, marks, reading position and progress.
/// Saved as one pretty-printed JSON file with sorted keys (`caseroom.session/1`).
public struct Session: Codable, Equatable, Sendable {
  public static let schemaName = "caseroom.session/1"

  public var schema: String = Session.schemaName
  /// The case this session is about, and a hash of its text when last opened.
  public var caseId: String
  public var caseHash: String
  public var group: Group
  /// One answer per discussion question, in the case's order.
  public var answers: [Answer]
  public var annotations: [Annotation] = []
  /// Marks set in the reader (`m<letter>`), by letter.
  public var marks: [String: Anchor] = [:]
  /// Where the group stopped reading.
  public var position: Anchor?
  /// Per section id: seconds spent reading and whether its end was reached.
  public var reading: [String: Progress] = [:]
  public var createdAt: Date
  public var updatedAt: Date
  /// Incremented at every save.
  public var revision: Int = 0
  /// Notes being written when the session was last saved, one per writer
  /// (kept so that a signal, a crash or a dropped connection loses no words
  /// of them): by member name in a group writing together, `""` for a reader
  /// that is no member. Absent when no note is being written.
  public var drafts: [String: Draft]?
  /// The single note draft of sessions of older versions: read, then moved
  /// into `drafts` (under `""`) by `decode`; never written.
  public var draft: Draft?
  /// Per member: what each added (characters per answer, notes, citations,
  /// sections read). Absent in sessions of older versions: a group's reader
  /// adds it on its first save.
  public var participation: [String: Participation]?
  /// Logins remembered as members of the group (login → member): a reader
  /// started by that login is that member without asking again.
  public var logins: [String: String]?

  public struct Group: Codable, Equatable, Sendable {
    public var name: String
    public var members: [String]
    public init(name: String, members: [String] = []) {
      self.name = name
      self.members = members
    }
  }

  public struct Answer: Codable, Equatable, Sendable {
    /// The question as the case words it (so the file reads on its own).
    public var question: String
    public var text: String = ""
    public var citations: [Citation] = []
    public var updatedAt: Date?
    /// The member who last wrote in it (nil: not written by a group's reader of this version).
    public var writer: String?
    public init(
      question: String, text: String = "", citations: [Citation] = [], updatedAt: Date? = nil, writer: String? = nil
    ) {
      self.question = question
      self.text = text
      self.citations = citations
      self.updatedAt = updatedAt
      self.writer = writer
    }
  }

  /// A place in the case, anchored by section id, paragraph and quoted text,
  /// so that a corrected case file moves it along with its text.
  public struct Anchor: Codable, Equatable, Hashable, Sendable {
    public var section: String
    public var paragraph: Int
    /// The passage itself (a sentence or a paragraph); empty for a bare position.
    public var quote: String
    /// UTF-8 offset in the paragraph, for positions.
    public var offset: Int?
    public init(section: String, paragraph: Int, quote: String = "", offset: Int? = nil) {
      self.section = section
      self.paragraph = paragraph
      self.quote = quote
      self.offset = offset
    }
  }

  public struct Citation: Codable, Equatable, Sendable {
    public var anchor: Anchor
    public var createdAt: Date
    public init(anchor: Anchor, createdAt: Date) {
      self.anchor = anchor
      self.createdAt = createdAt
    }
  }

  public struct Annotation: Codable, Equatable, Sendable {
    public var anchor: Anchor
    public var note: String
    public var createdAt: Date
    /// The member who last wrote it (nil: not known).
    public var writer: String?
    public init(anchor: Anchor, note: String, createdAt: Date, writer: String? = nil) {
      self.anchor = anchor
      self.note = note
      self.createdAt = createdAt
      self.writer = writer
    }
  }

  public struct Progress: Codable, Equatable, Sendable {
    public var seconds: Double = 0
    public var finished: Bool = false
    public init(seconds: Double = 0, finished: Bool = false) {
      self.seconds = seconds
      self.finished = finished
    }
  }

  /// A new, empty session for a group on a case.
  public init(case c: Case, group: Group, now: Date = Date()) {
    caseId = c.id
    caseHash = Session.hash(of: c)
    self.group = group
    answers = c.questions.map { Answer(question: $0) }
    createdAt = now
    updatedAt = now
  }

  /// FNV-1a (64-bit) over the case's text, as hex: tells whether the case
  /// changed since the session was written.
  public static func hash(of c: Case) -> String {
    var h = FNV1a()
    func feed(_ s: String) {
      h.feed(s)
      h.feed(0x0A)
    }
    for s in c.sections {
      feed(s.id)
      feed(s.heading)
      for p in s.paragraphs { feed(p.text) }
    }
    return h.hex()
  }

  /// The answer to question `q` of the case; an empty one when the session has
  /// none yet (the case gained a question since it was written).
  public func answer(_ q: Int, of c: Case) -> Answer {
    q < answers.count ? answers[q] : Answer(question: c.questions[q])
  }

  /// Makes the answers match the case's questions (a case may have gained one).
  public mutating func conform(to c: Case) {
    for (i, q) in c.questions.enumerated() where i >= answers.count {
      answers.append(Answer(question: q))
    }
  }
}

// MARK: - JSON

extension Session {
  /// The file's bytes: pretty-printed, sorted keys, ISO-8601 dates (`JSONCoding`).
  public func json() throws -> Data { try JSONCoding.encoder().encode(self) }

  /// Reads a session file's bytes; errors name the problem and, where JSON
  /// is broken, the position.
  public static func decode(_ data: Data, file: String) throws -> Session {
    // The common case first: a good file is decoded once.
    let decoder = JSONCoding.decoder()
    if var s = try? decoder.decode(Session.self, from: data), s.schema == schemaName {
      s.moveOldDraft()
      return s
    }
    if let problem = JSONSyntax.problem(in: data) {
      let (line, text) = SessionError.position(problem, data: data)
      throw SessionError(file: file, line: line, kind: .corrupt, message: "not valid JSON: \(text)")
    }
    guard let probe = try? decoder.decode(SchemaProbe.self, from: data) else {
      throw SessionError(file: file, line: 1, kind: .corrupt, message: "not a session: expected a JSON object")
    }
    guard let schema = probe.schema else {
      throw SessionError(file: file, line: 1, kind: .foreign, message: "not a session: no \"schema\"")
    }
    guard schema == schemaName else {
      let kind: SessionError.Kind = schema.hasPrefix("caseroom.session/") ? .futureSchema : .foreign
      throw SessionError(
        file: file, line: 1, kind: kind,
        message:
          "schema \"\(schema)\" is not \(schemaName)\(kind == .futureSchema ? " (written by a newer caseroom?)" : "")")
    }
    do {
      return try decoder.decode(Session.self, from: data)
    } catch let DecodingError.keyNotFound(key, ctx) {
      throw SessionError(file: file, line: 1, kind: .corrupt, message: "missing \"\(key.stringValue)\" at \(path(ctx))")
    } catch let DecodingError.typeMismatch(_, ctx) {
      throw SessionError(
        file: file, line: 1, kind: .corrupt, message: "wrong type at \(path(ctx)): \(ctx.debugDescription)")
    } catch let DecodingError.valueNotFound(_, ctx) {
      throw SessionError(file: file, line: 1, kind: .corrupt, message: "null at \(path(ctx))")
    } catch let DecodingError.dataCorrupted(ctx) {
      throw SessionError(
        file: file, line: 1, kind: .corrupt, message: "bad value at \(path(ctx)): \(ctx.debugDescription)")
    }
  }

  /// A JSON object's `schema`, when it is a string.
  private struct SchemaProbe: Decodable {
    var schema: String?
    private enum Key: String, CodingKey { case schema }
    init(from decoder: any Decoder) throws {
      let object = try decoder.container(keyedBy: Key.self)
      schema = try? object.decodeIfPresent(String.self, forKey: .schema)
    }
  }

  static func path(_ ctx: DecodingError.Context) -> String {
    let p = ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    return p.isEmpty ? "the top level" : p
  }
}
