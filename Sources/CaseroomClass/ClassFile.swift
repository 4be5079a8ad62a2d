import CaseroomEngine
import FoundationEssentials

/// A class's own file, `class.json` in the class folder: the case the class
/// reads, the phases of its class plan (课堂安排), and the phase running now
/// with its end time. The instructor writes it (`caseroom class init`,
/// `caseroom class phase`); every reader polls it (`ClassFileWatch`).
public struct ClassFile: Codable, Equatable, Sendable {
  public static let schemaName = "caseroom.class/1"
  public static let fileName = "class.json"

  /// One phase of the class plan.
  public struct Phase: Codable, Equatable, Sendable {
    /// A short name for the status bar (`个人阅读、分组讨论`).
    public var title: String
    /// The plan's item as the case words it.
    public var text: String
    /// Minutes the plan gives it (`（20分钟）` in the item), if it says.
    public var minutes: Int?

    public init(title: String, text: String, minutes: Int? = nil) {
      self.title = title
      self.text = text
      self.minutes = minutes
    }

    /// Whether this is the phase in which groups present (小组发言, 各组汇报, 展示 — not 点评发言):
    /// the presenter times each group's turn then.
    public var isPresentations: Bool {
      ["组发言", "汇报", "展示", "陈述"].contains { title.contains($0) }
    }
  }

  /// The phase running now.
  public struct Current: Codable, Equatable, Sendable {
    /// 1-based, as `caseroom class phase N` counts.
    public var number: Int
    public var startedAt: Date
    /// When it is planned to end; nil for a phase without a time.
    public var endsAt: Date?

    public init(number: Int, startedAt: Date, endsAt: Date? = nil) {
      self.number = number
      self.startedAt = startedAt
      self.endsAt = endsAt
    }
  }

  public var schema: String = ClassFile.schemaName
  public var caseId: String
  public var caseTitle: String
  /// The case file, relative to the class folder (`init` copies the case
  /// there, so every student can read it and a repository carries it).
  public var caseFile: String
  public var phases: [Phase]
  public var current: Current?
  public var updatedAt: Date
  /// The instructor's SSH public key (`ssh-ed25519 AAAA…`): in a class
  /// repository, `class.json` and released feedback are trusted only when a
  /// commit signed with it wrote them (`ClassSigning`). Nil: an unsigned class.
  public var instructorKey: String?

  public init(case c: Case, caseFile: String, now: Date) {
    caseId = c.id
    caseTitle = c.title
    self.caseFile = caseFile
    phases = ClassFile.phases(from: c)
    updatedAt = now
  }

  /// The phase running now, if any.
  public var currentPhase: Phase? {
    guard let current, current.number >= 1, current.number <= phases.count else { return nil }
    return phases[current.number - 1]
  }
}

// MARK: - JSON

extension ClassFile {
  public func json() throws -> Data { try JSONCoding.encoder().encode(self) }

  /// Reads `class.json`'s bytes; errors name the file.
  public static func decode(_ data: Data, file: String) throws(ClassError) -> ClassFile {
    let c: ClassFile
    do {
      c = try JSONCoding.decoder().decode(ClassFile.self, from: data)
    } catch {
      throw ClassError(file: file, .notAClassFile(ErrorText.words(error)))
    }
    guard c.schema == schemaName else {
      throw ClassError(file: file, .otherSchema(c.schema, expected: schemaName))
    }
    guard !c.phases.isEmpty else { throw ClassError(file: file, .noPhases) }
    return c
  }
}
