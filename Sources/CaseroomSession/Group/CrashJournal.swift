import CaseroomEngine
import FoundationEssentials
import Glibc

/// What a reader typed since its last save, kept against a crash: a save
/// waits for a pause in the typing, and a `kill -9` (or a lost terminal)
/// before it would lose the last second. Every edit of an answer or a note
/// appends the field as it now is (`everyEdit`) to a file of this
/// process's own beside the save drafts; a save that leaves nothing unsaved
/// empties it. Appended without `fsync`: a killed process's writes are in
/// the page cache and reach the disk all the same (a power cut is the
/// session file's backups' affair).
///
/// It is not a second way back: at the next start the journals of readers
/// that ended without saving become the session's `SaveDraft` (`gathered`),
/// which the start offers — restore (a three-way merge with the file), keep
/// for later, drop — as it offers a failed save's.
public enum CrashJournal {
  /// Every edit of a text this long or shorter is written (an answer of a few
  /// pages: a few kilobytes a key); a longer text at most every `every`
  /// (the last edit within that of its key).
  public static let everyEdit = 64 * 1024
  public static let every: TimeInterval = 0.1

  /// One edit: the answer or the note a member writes, as it is now.
  public struct Entry: Codable, Equatable, Sendable {
    public var member: String
    /// An answer (0-based), its text, and its text as last saved or read (the merge's base).
    public var answer: Int?
    public var text: String?
    public var base: String?
    /// A note being written (as the session keeps it: `Session.Draft`).
    public var note: Session.Draft?
    public var at: Date

    public static func answer(_ q: Int, text: String, base: String, member: String, at: Date) -> Entry {
      Entry(member: member, answer: q, text: text, base: base, note: nil, at: at)
    }

    public static func note(_ d: Session.Draft, member: String, at: Date) -> Entry {
      Entry(member: member, answer: nil, text: nil, base: nil, note: d, at: at)
    }
  }

  /// This process's journal for a session file: `<the draft's name>.<pid>.journal`.
  public static func url(for sessionFile: URL, in directory: URL, pid: Int32 = getpid()) -> URL {
    URL(fileURLWithPath: prefix(for: sessionFile, in: directory) + "\(pid).journal")
  }

  /// The path every journal of a session file starts with.
  static func prefix(for sessionFile: URL, in directory: URL) -> String {
    let draft = SaveDraft.url(for: sessionFile, in: directory).path
    return String(draft.dropLast(".draft.json".count)) + "."
  }

  /// Appends an edit (one JSON line; the file made `0600` the first time).
  public static func append(_ entry: Entry, to url: URL) throws(FileWriteError) {
    guard var line = try? JSONCoding.encoder(.compact).encode(entry) else { return }
    line.append(0x0A)
    var fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    if fd < 0 && errno == ENOENT {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    }
    guard fd >= 0 else { throw FileWriteError(path: url.path, .createTemporary, SystemError(errno)) }
    defer { close(fd) }
    let e = AtomicFile.writeAll(fd, line)
    if e != 0 { throw FileWriteError(path: url.path, .write, SystemError(e)) }
  }

  /// Everything typed is saved: the journal goes.
  public static func clear(_ url: URL) { unlink(url.path) }

  /// The edits a journal holds, in order (a line cut short by the crash is skipped).
  public static func read(_ url: URL) -> [Entry] {
    guard let data = try? RegularFile.read(url) else { return [] }
    let decoder = JSONCoding.decoder()
    return data.split(separator: 0x0A).compactMap { try? decoder.decode(Entry.self, from: Data($0)) }
  }

  /// The journals of a session file whose processes have ended (a live one is another terminal's, at work).
  public static func left(for sessionFile: URL, in directory: URL) -> [URL] {
    let prefix = prefix(for: sessionFile, in: directory)
    let folder = URL(fileURLWithPath: prefix).deletingLastPathComponent()
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
    let stem = URL(fileURLWithPath: prefix).lastPathComponent
    return names.sorted().compactMap { name in
      guard name.hasPrefix(stem), name.hasSuffix(".journal"),
        let pid = Int32(name.dropFirst(stem.count).dropLast(".journal".count)), !LocalProcess.isAlive(pid)
      else { return nil }
      return folder.appendingPathComponent(name)
    }
  }

  /// The journals left for a session file (`left`) made into its save draft,
  /// with what the file holds now: each answer's last text over its base,
  /// each member's last note; written where a failed save's draft goes (over
  /// it, with it: a draft already there takes the later edits), the journals
  /// removed. Nil when they hold nothing the file does not (each journal is
  /// removed then too); nothing is removed when the draft cannot be written.
  public static func gathered(
    for sessionFile: URL, session: Session, in directory: URL, existing: SaveDraft?
  ) -> (url: URL, draft: SaveDraft)? {
    let journals = left(for: sessionFile, in: directory)
    guard !journals.isEmpty else { return nil }
    // In time order (to the second), each journal's own order kept within a second.
    let entries = journals.flatMap(read).enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
      .map(\.element)
    var base = existing?.base ?? session
    var mine = existing?.session ?? session
    var changed = false
    /// Who typed each answer brought back (the last to type in it).
    var typedBy: [Int: String] = [:]
    for e in entries {
      if let q = e.answer, let text = e.text, q >= 0, q < mine.answers.count, mine.answers[q].text != text {
        if existing == nil, let b = e.base { base.answers[q].text = b }
        mine.answers[q].text = text
        typedBy[q] = e.member
        changed = true
      }
      // A note finished and saved since (killed before its journal was emptied) is no draft any more.
      let finished = e.note.map { d in mine.annotations.contains { $0.anchor == d.anchor && $0.note == d.text } }
      if let d = e.note, finished != true, mine.noteDraft(of: e.member) != d {
        mine.setNoteDraft(d, of: e.member)
        changed = true
      }
    }
    guard changed, let last = entries.last else {
      journals.forEach(clear)
      return nil
    }
    credit(typedBy, in: &mine, over: base)
    var draft = SaveDraft(
      file: sessionFile, member: last.member, base: base, session: mine, savedAt: last.at,
      reason: existing?.reason ?? "")
    draft.crashed = true
    guard let url = try? draft.write(in: directory) else { return nil }
    journals.forEach(clear)
    return (url, draft)
  }

  /// The answers brought back are their typists': each the answer's writer,
  /// and what each typed counted in their participation (as a save would have).
  static func credit(_ typedBy: [Int: String], in mine: inout Session, over base: Session) {
    for member in Set(typedBy.values).sorted() {
      var theirs = base
      theirs.participation = mine.participation
      for (q, m) in typedBy where m == member && q < theirs.answers.count {
        theirs.answers[q].text = mine.answers[q].text
        mine.answers[q].writer = member
      }
      theirs.recordParticipation(of: member, since: base, sectionsRead: [])
      mine.participation = theirs.participation
    }
  }
}
