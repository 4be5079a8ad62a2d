import CaseroomEngine
import CaseroomReview
import CaseroomSession
import Foundation
import Testing

@testable import CaseroomClass

/// The one loader of versioned JSON files (`VersionedFile`): a session, the
/// review, the class file and released feedback are refused the same way,
/// with the file, the schema wanted and the one found, as data.
@Suite("One versioned-file loader: session, review, class file, feedback")
struct VersionedFileTests {
  /// Each kind's loader, given bytes: the loader's refusal (nil: accepted).
  static let loaders: [(schema: String, refusal: @Sendable (Data, String) -> VersionedFileError?)] = [
    (Session.schemaName, { data, file in Self.refusal { _ = try Session.decode(data, file: file) } }),
    (ClassFile.schemaName, { data, file in Self.refusal { _ = try ClassFile.decode(data, file: file) } }),
    (
      Review.schemaName,
      { data, file in
        let url = URL(fileURLWithPath: file)
        try? data.write(to: url)
        return Self.refusal { _ = try Review.load(url, caseId: "c") }
      }
    ),
    (
      ReleasedFeedback.schemaName,
      { data, file in
        let url = URL(fileURLWithPath: file)
        try? data.write(to: url)
        return Self.refusal { _ = try ReleasedFeedback.load(url) }
      }
    ),
  ]

  static func refusal(_ body: () throws -> Void) -> VersionedFileError? {
    do {
      try body()
      return nil
    } catch let e as SessionError {
      return e.unreadable
    } catch let e as ReviewFileError {
      return e.unreadable
    } catch let e as ClassError {
      return e.unreadable
    } catch {
      return nil
    }
  }

  @Test("every kind: empty, cut short, not an object, no schema, another kind, a newer version — each named alike")
  func everyKind() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseroom-versioned-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (schema, refusal) in Self.loaders {
      let kind = VersionedFileError.kind(of: schema)
      let file = dir.appendingPathComponent("\(kind).json").path
      let cases: [(String, VersionedFileError.Problem, Int)] = [
        ("", .empty, 1),
        ("{\"schema\": \"\(schema)\", ", .notJSON(.init(line: 1, column: 0, what: "")), 1),
        ("\n[1, 2]", .notAnObject, 1),
        ("{\"name\": \"package.json\"}", .noSchema, 1),
        ("{\"schema\": \"something.else/1\"}", .otherKind(found: "something.else/1"), 1),
        ("{\"schema\": \"\(kind)/9\"}", .otherVersion(found: "\(kind)/9"), 1),
      ]
      for (text, problem, line) in cases {
        let e = try #require(refusal(Data(text.utf8), file), "\(schema) accepted \(text)")
        #expect(e.file == file)
        #expect(e.schema == schema, "the error names the schema wanted")
        #expect(e.line >= line)
        if case .notJSON = problem {
          guard case .notJSON(let p) = e.problem else {
            Issue.record("\(schema): \(e.problem) for \(text)")
            continue
          }
          #expect(p.what == "the text ends before the JSON does")
        } else {
          #expect(e.problem == problem, "\(schema): \(text)")
        }
        #expect(e.description.hasPrefix(file + ":"), "\(e)")
      }
    }
  }

  @Test("a newer version names the version found and the one read; another kind names both schemas")
  func versions() {
    let e = VersionedFileError(file: "g.json", schema: "caseroom.session/1", .otherVersion(found: "caseroom.session/2"))
    #expect(VersionedFileError.version(of: "caseroom.session/2") == "2")
    #expect(
      e.description
        == "g.json:1: schema \"caseroom.session/2\" is not caseroom.session/1 (written by a newer caseroom?)")
    let other = VersionedFileError(file: "g.json", schema: "caseroom.session/1", .otherKind(found: "caseroom.review/1"))
    #expect(other.message.contains("caseroom.review/1") && other.message.contains("caseroom.session/1"))
  }

  @Test("a file that cannot be read has no line: the loader says why")
  func unreadable() {
    let missing = URL(fileURLWithPath: "/proc/caseroom-cannot-exist/x.review.json")
    guard case .failure(let e) = VersionedFile.read(Review.self, from: missing) else {
      Issue.record("read a missing file")
      return
    }
    #expect(e.problem == .unreadable(.missing) && e.line == 0)
    #expect(e.description == "\(missing.path): no such file")
  }
}
