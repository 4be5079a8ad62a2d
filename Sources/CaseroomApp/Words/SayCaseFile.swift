import CaseroomEngine

/// What is wrong with a case file (`CaseError`, from the case parser and its
/// header's YAML reader), in the interface's language: the place as
/// compilers give it (`file:line:column`), then the words.
extension Say {
  /// One problem of a case file, with its place.
  public static func caseError(_ e: CaseError) -> String { e.place + ": " + caseProblem(e.what) }

  /// The problem alone (after its place).
  public static func caseProblem(_ what: CaseError.What) -> String {
    switch what {
    case .unreadable(let kind): return fileProblem(kind)
    case .nulByte(let offset):
      return say("含有 NUL 字节（偏移 \(offset)）：不是文本文件", "contains a NUL byte (offset \(offset)): not a text file")
    case .notUTF8(let offset?):
      return say(
        "不是 UTF-8 文本（偏移 \(offset) 附近有无效字节）；请把文件存为 UTF-8",
        "not UTF-8 text (invalid byte near offset \(offset)); save the file as UTF-8")
    case .notUTF8(nil): return say("不是 UTF-8 文本；请把文件存为 UTF-8", "not UTF-8 text; save the file as UTF-8")
    case .bundledCaseMissing(let folders):
      let looked = folders.joined(separator: ", ")
      return say(
        "没有找到自带的案例（找过：\(looked)）；请把 CASEROOM_CASES 设为放它的文件夹",
        "the bundled case was not found (looked in \(looked)); set CASEROOM_CASES to the folder that holds it")
    case .controlCharacters(let heading, let shown):
      return controlCharacters(heading: heading, shown.joined(separator: " "))
    default: return caseHeaderProblem(what) ?? caseBodyProblem(what)
    }
  }

  /// A problem of the `---` header; nil for any other.
  static func caseHeaderProblem(_ what: CaseError.What) -> String? {
    switch what {
    case .noHeader:
      return say(
        "案例文件应以 '---' 文件头（id、title）开始；没有找到",
        "a case file starts with a '---' header (id, title); none found")
    case .headerNotClosed:
      return say("'---' 文件头没有用第二行 '---' 结束", "the '---' header is never closed with a second '---' line")
    case .header(let problem): return say("文件头：", "header: ") + headerProblem(problem)
    case .headerNotKeys: return say("文件头：应为 'key: value' 行", "header: expected 'key: value' lines")
    case .noId: return say("文件头没有 'id'", "the header has no 'id'")
    case .noTitle: return say("文件头没有 'title'", "the header has no 'title'")
    case .unsupportedFormat(let found, let reads):
      let given = found ?? "?"
      return say(
        "不支持的格式“\(given)”：这个版本读 \(reads)", "unsupported format '\(given)': this version reads \(reads)")
    case .idNotValid: return say("'id' 只能用字母、数字、'-'、'_' 或 '.'", "'id' must be letters, digits, '-', '_' or '.'")
    case .titleNotText: return say("'title' 应是文字", "'title' must be text")
    case .errataNotList: return say("'errata' 应是列表", "'errata' must be a list")
    case .unknownHeaderKey(let key, let expected):
      let keys = expected.joined(separator: ", ")
      return say(
        "文件头没有“\(key)”这一项：可用的是 \(keys)", "unknown header key '\(key)': expected \(keys)")
    case .erratumIncomplete:
      return say("每条勘误都要有 'section'、'was' 和 'now'", "each erratum needs 'section', 'was' and 'now'")
    case .erratumUnknownSection(let section):
      return say("勘误指向不存在的一节“\(section)”", "erratum refers to unknown section '\(section)'")
    case .erratumNotInSection(let was, let now, let section):
      return say(
        "勘误“\(was)”→“\(now)”：改正后的文字不在“\(section)”一节里",
        "erratum '\(was)' → '\(now)': the corrected text is not in section '\(section)'")
    default: return nil
    }
  }

  /// A problem of the body: its headings, comments and text.
  static func caseBodyProblem(_ what: CaseError.What) -> String {
    switch what {
    case .noSections: return say("案例没有任何一节（'#' 标题）", "the case has no sections ('#' headings)")
    case .textBeforeFirstHeading:
      return say(
        "第一个标题前有文字；案例应以 '#' 标题开始", "text before the first heading; start the case with a '#' heading")
    case .commentNotClosed: return say("注释 '<!--' 没有用 '-->' 结束", "comment '<!--' is never closed with '-->'")
    case .headingWithoutTitle: return say("标题没有文字", "heading without a title")
    case .headingLevelSkipped(let level, let parent):
      let hashes = String(repeating: "#", count: parent + 1)
      return say(
        "第 \(level) 级标题放在第 \(parent) 级下面：请用 \(hashes)",
        "heading level \(level) under level \(parent): use \(hashes)")
    case .duplicateSectionId(let id, let first):
      return say(
        "节 id“\(id)”重复了（第 \(first) 行已用过）", "duplicate section id '\(id)' (first used on line \(first))")
    case .sectionIdNotValid(let id):
      return say(
        "节 id“\(id)”无效：只能用字母、数字、'-'、'_' 或 '.'",
        "invalid section id '\(id)': use letters, digits, '-', '_' or '.'")
    case .unknownRole(let name, let expected):
      let roles = expected.joined(separator: ", ")
      return say("没有“\(name)”这种角色：可用的是 \(roles)", "unknown role '\(name)': expected one of \(roles)")
    case .unknownHeadingAttribute(let attribute):
      return say(
        "不认识的标题属性“\(attribute)”：应为 {#id} 或 {role=…}",
        "unknown heading attribute '\(attribute)': expected {#id} or {role=…}")
    default: return "\(what)"
    }
  }

  /// Why the header's YAML cannot be read.
  public static func headerProblem(_ problem: HeaderYAML.Problem) -> String {
    switch problem {
    case .strayLine:
      return say(
        "这一行不属于上面任何一项（检查缩进）", "this line does not belong to anything above it (check its indentation)")
    case .tabIndent: return say("这一行用制表符缩进：YAML 要用空格缩进", "a tab indents this line: YAML is indented with spaces")
    case .directive: return say("案例文件头不用 YAML 指令（%）", "YAML directives (%) are not used in a case header")
    case .indentedPastKeys: return say("这一行比上面的键缩进得多", "this line is indented more than the keys above it")
    case .indentedPastItems:
      return say("这一行比上面的列表项缩进得多", "this line is indented more than the list items above it")
    case .listItemAmongKeys:
      return say("这里应是 'key: value' 行，却是列表项", "a list item where a 'key: value' line was expected")
    case .notKeyValue: return say("应为 'key: value' 行", "expected a 'key: value' line")
    case .keyTwice(let key): return say("键“\(key)”出现了两次", "the key '\(key)' is given twice")
    case .keyInText:
      return say(
        "文字值里有一行 'key: value'：请像上面的键那样缩进，或给文字加引号",
        "a 'key: value' line inside a text value: indent it like the keys above, or quote the text")
    case .colonInText:
      return say("文字值里有 ': '：请给值加引号（\"…\"）", "': ' inside a text value: put the value in quotes (\"…\")")
    case .textAfterQuote:
      return say(
        "右引号后面还有文字：请把整个值放在引号里", "text after the closing quote: put all of the value inside the quotes")
    case .quoteNotClosed: return say("这个引号没有结束", "this quote is never closed")
    case .blockIndicator(let indicator):
      return say(
        "'\(indicator)' 后面只能跟 -、+ 或一个数字", "after '\(indicator)' only -, + or a digit may follow")
    case .textAfterBracket: return say("右括号后面还有文字", "text after the closing bracket")
    case .bracketNotClosed(let bracket): return say("这个 '\(bracket)' 没有结束", "this '\(bracket)' is never closed")
    case .anchorOrTag(let mark):
      return say(
        "案例文件头不用 YAML 锚点、别名和标签（\(mark)）", "YAML anchors, aliases and tags (\(mark)) are not used in a case header")
    case .badEscape(let letter): return say("引号里的 \\\(letter) 转义不完整", "a bad \\\(letter) escape in quotes")
    case .unknownEscape(let letter):
      return say(
        "引号里有不认识的转义 \\\(letter)（反斜杠本身写作 \\\\）",
        "an unknown escape \\\(letter) in quotes (write \\\\ for a backslash)")
    case .flowSeparator(let closing, let found):
      return say(
        "应为 ',' 或 '\(closing)'，却是 '\(found)'", "expected ',' or '\(closing)' in a flow collection, found '\(found)'")
    case .flowKeyNotText: return say("{ } 里的键应是文字", "a key in { } must be text")
    }
  }

  /// Why a case file in the library is not offered (after its file's name).
  public static func caseNotOfferedBecause(_ problem: CaseLibrary.Problem) -> String {
    switch problem {
    case .notACase(let e):
      let words = caseProblem(e.what)
      if e.line > 0 && e.column > 0 {
        return say("第 \(e.line) 行第 \(e.column) 列：\(words)", "line \(e.line), column \(e.column): \(words)")
      }
      return e.line > 0 ? say("第 \(e.line) 行：\(words)", "line \(e.line): \(words)") : words
    case .noText: return say("没有可读的正文", "no text to read")
    case .sameId(let first, let id): return say("与 \(first) 的 id 相同（id：\(id)）", "the same id as \(first) (id: \(id))")
    }
  }
}
