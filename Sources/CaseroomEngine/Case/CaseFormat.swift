import FoundationEssentials
import Glibc

/// The case file format (`.case.md`): Markdown-like text with a YAML header.
///
/// ```
/// ---
/// format: caseroom.case/1
/// id: twelve-golden-projects
/// title: 中国十二金工程
/// errata:
///   - section: golden-insurance
///     was: 会融卡
///     now: 金融卡
/// ---
///
/// # 一、教学目的 {#objectives}
///
/// 1. 了解中国电子政务的发展历程。
///
/// # 二、案例内容
///
/// ## （一）金宏工程 {#golden-macro}
///
/// “金宏工程”（即宏观经济管理信息系统）作为……
/// ```
///
/// - `#` starts a top-level part, `##` a subsection, and so on. `{#id}` gives
///   the section a stable id, `{role=questions}` overrides the role guessed
///   from the heading name.
/// - Paragraphs are separated by blank lines; the lines of one paragraph are
///   joined (without a space between Chinese characters).
/// - `1. ` (or `1．`, `1、`) and `- ` start list items: objectives, questions
///   and class-plan steps are written as items.
/// - `<!-- … -->` is a comment; a line starting with `\` is taken literally.
///
/// See `docs/CASE-FORMAT.md` for the full description.
public enum CaseFormat {
  /// The format's name and version, written in the header.
  public static let formatName = "caseroom.case/1"
  /// The file name extension of case files.
  public static let fileExtension = "case.md"

  /// Reads a case file. `file` names it in error messages.
  /// Throws `CaseErrors` listing every problem found.
  public static func parse(_ text: String, file: String = "<case>") throws -> Case {
    try parse(SourceBytes(text), file: file)
  }

  /// Reads a case file from disk, checking first that all of it is UTF-8 text.
  public static func load(_ url: URL) throws -> Case {
    try parse(SourceBytes.text(contentsOf: url.path), file: url.path)
  }

  /// Opens a case file as fast as its size allows, for the reader: the
  /// header and the headings are read and checked now, each section's text
  /// when it is first shown. Check `source.encodingProblem` afterwards to
  /// learn whether all of the text is UTF-8 (invalid bytes show as U+FFFD).
  ///
  /// With an `index`, the structure of a big file is kept there, and opening
  /// the same file again reads the index instead of the file.
  public static func open(_ url: URL, index: CaseIndex? = nil) throws -> (Case, SourceBytes) {
    try open(path: url.path, index: index)
  }

  /// `open` of the file at `path` (the reader's start makes no URL).
  public static func open(path: String, index: CaseIndex? = nil) throws -> (Case, SourceBytes) {
    let source = try SourceBytes(contentsOf: path)
    if let index, let stamp = source.stamp, let known = index.load(stamp, source) { return (known, source) }
    var parser = CaseParser(source: source, file: path)
    let (c, structure) = try parser.run()
    if let index, let stamp = source.stamp { index.store(structure, stamp) }
    return (c, source)
  }

  /// Reads the structure of a case from its bytes; sections read their text lazily.
  public static func parse(_ source: SourceBytes, file: String) throws -> Case {
    var parser = CaseParser(source: source, file: file)
    return try parser.run().0
  }
}
