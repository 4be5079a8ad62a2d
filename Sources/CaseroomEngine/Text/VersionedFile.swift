import FoundationEssentials

/// A JSON file that names its format and version in `"schema"`:
/// `caseroom.session/1`, `caseroom.review/1`, `caseroom.class/1`, `caseroom.feedback/1`.
public protocol VersionedJSON: Decodable {
  /// The schema this caseroom reads and writes.
  static var schemaName: String { get }
  /// The schema the file names.
  var schema: String { get }
}

/// The one loader of caseroom's versioned JSON files: the bytes, then the
/// JSON's syntax (with its line), then the schema's name and version, then
/// the value's shape. What goes wrong comes back as a value that names the
/// file, the schema wanted and the one found (`VersionedFileError`); the app
/// words it (`Say.versionedFile`).
public enum VersionedFile {
  /// Reads and decodes a file.
  public static func read<T: VersionedJSON>(_ type: T.Type, from url: URL) -> Result<T, VersionedFileError> {
    let data: Data
    do {
      data = try RegularFile.read(url)
    } catch {
      return .failure(VersionedFileError(file: url.path, schema: T.schemaName, .unreadable(error.kind)))
    }
    return decode(type, from: data, file: url.path)
  }

  /// Decodes a file's bytes (`file` names it in the error).
  public static func decode<T: VersionedJSON>(_ type: T.Type, from data: Data, file: String) -> Result<
    T, VersionedFileError
  > {
    func failure(_ problem: VersionedFileError.Problem, line: Int = 1) -> Result<T, VersionedFileError> {
      .failure(VersionedFileError(file: file, line: line, schema: T.schemaName, problem))
    }
    let decoder = JSONCoding.decoder()
    // The common case first: a good file is decoded once.
    if let value = try? decoder.decode(T.self, from: data), value.schema == T.schemaName { return .success(value) }
    if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return failure(.empty) }
    if let problem = JSONSyntax.problem(in: data) { return failure(.notJSON(problem), line: problem.line) }
    guard let probe = try? decoder.decode(SchemaProbe.self, from: data) else { return failure(.notAnObject) }
    guard let schema = probe.schema else { return failure(.noSchema) }
    guard schema == T.schemaName else {
      let sameKind = VersionedFileError.kind(of: schema) == VersionedFileError.kind(of: T.schemaName)
      return failure(sameKind ? .otherVersion(found: schema) : .otherKind(found: schema))
    }
    do {
      return .success(try decoder.decode(T.self, from: data))
    } catch let DecodingError.keyNotFound(key, ctx) {
      return failure(.missing(key.stringValue, at: path(ctx)))
    } catch let DecodingError.typeMismatch(_, ctx) {
      return failure(.wrongType(at: path(ctx), ctx.debugDescription))
    } catch let DecodingError.valueNotFound(_, ctx) {
      return failure(.null(at: path(ctx)))
    } catch let DecodingError.dataCorrupted(ctx) {
      return failure(.badValue(at: path(ctx), ctx.debugDescription))
    } catch {
      return failure(.badValue(at: "the top level", "\(error)"))
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

  /// Where in the JSON a value is: `.answers[2].text`.
  static func path(_ ctx: DecodingError.Context) -> String {
    let p = ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    return p.isEmpty ? "the top level" : p
  }
}

/// Why a versioned JSON file could not be read: the file, the line, the
/// schema this caseroom reads, and what is wrong — as data. `message` is the
/// English of the layers below; the app words it in the interface's language
/// (`Say.versionedFile`).
public struct VersionedFileError: FileProblem, Equatable, Sendable {
  public enum Problem: Equatable, Sendable {
    /// The bytes could not be read.
    case unreadable(FileReadError.Kind)
    /// Nothing in it (or only blanks).
    case empty
    /// Not valid JSON (or cut short): where and what.
    case notJSON(JSONSyntax.Problem)
    /// JSON, but not an object.
    case notAnObject
    /// A JSON object without a `"schema"`: some other file.
    case noSchema
    /// The schema of another kind of file (`caseroom.review/1` where a session was wanted).
    case otherKind(found: String)
    /// The same kind, in a version this caseroom does not read (written by a newer one).
    case otherVersion(found: String)
    /// The schema is right, the shape is not: a field missing, of the wrong type, null, or a bad value.
    case missing(String, at: String)
    case wrongType(at: String, String)
    case null(at: String)
    case badValue(at: String, String)
  }

  public var file: String
  public var line: Int
  /// The schema this caseroom reads (`caseroom.session/1`).
  public var schema: String
  public var problem: Problem

  public init(file: String, line: Int = 1, schema: String, _ problem: Problem) {
    self.file = file
    self.line = problem.isAboutTheBytes ? 0 : line
    self.schema = schema
    self.problem = problem
  }

  /// The kind of file a schema names: `caseroom.session` of `caseroom.session/1`.
  public static func kind(of schema: String) -> Substring {
    schema.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? Substring(schema)
  }

  /// The version a schema names: `1` of `caseroom.session/1` (empty without one).
  public static func version(of schema: String) -> Substring {
    let parts = schema.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    return parts.count > 1 ? parts[1] : ""
  }

  /// The kind of file wanted, in a word: `session` of `caseroom.session/1`.
  public var noun: String {
    let kind = Self.kind(of: schema)
    return String(kind.hasPrefix("caseroom.") ? kind.dropFirst("caseroom.".count) : kind)
  }

  /// The English of the layers below (logs, tests; the app words it itself).
  public var message: String {
    switch problem {
    case .unreadable(let kind): return FileReadError(path: file, kind).message
    case .empty: return "not valid JSON: the file is empty"
    case .notJSON(let p):
      if p.what == "the text ends before the JSON does" {
        return "not valid JSON: the file ends at line \(p.line) before its JSON does (truncated?)"
      }
      return "not valid JSON: \(p.description)"
    case .notAnObject: return "not a \(noun): expected a JSON object"
    case .noSchema: return "not a \(noun): no \"schema\""
    case .otherKind(let found): return "schema \"\(found)\" is not \(schema) (another kind of file)"
    case .otherVersion(let found): return "schema \"\(found)\" is not \(schema) (written by a newer caseroom?)"
    case .missing(let key, let at): return "missing \"\(key)\" at \(at)"
    case .wrongType(let at, let detail): return "wrong type at \(at): \(detail)"
    case .null(let at): return "null at \(at)"
    case .badValue(let at, let detail): return "bad value at \(at): \(detail)"
    }
  }
}

extension VersionedFileError.Problem {
  /// About the file as a whole (it could not be read): no line.
  var isAboutTheBytes: Bool {
    if case .unreadable = self { return true }
    return false
  }
}
