/// The role of a heading the importer found, from its title: the case
/// format's names (`Role.recognise`), then a few more that teachers use
/// (思考与讨论题, 教学目的与要求, 课堂教学计划…).
enum ImportRoles {
  /// Names a heading line may start with, per role (the case format's and more).
  static let names: [(Role, [[Unicode.Scalar]])] = {
    let extra: [Role: [String]] = [
      .objectives: ["教学目的与要求", "培训目标", "学习目的", "学习要点"],
      .questions: [
        "思考讨论题", "讨论与思考", "课堂讨论题", "分析与讨论", "讨论思考题", "启发思考", "案例思考", "课前思考", "课后思考", "思考与练习", "延伸思考",
      ],
      .arrangement: ["教学进度安排", "课堂教学计划", "时间安排", "课堂流程"],
    ]
    return Role.names.map { role, list in
      (role, (list + (extra[role] ?? [])).map { Array($0.unicodeScalars) })
    }
  }()

  /// Words that label a question set in the text (`思考：…？`) besides the questions' names: words that ask the
  /// reader to think or discuss (lower case). `问：` (an interview's question) is none.
  static let askingWords: [[Unicode.Scalar]] = [
    "思考", "讨论", "想一想", "议一议", "请思考", "提问", "小思考", "课堂讨论", "小组讨论", "question", "think", "discuss",
    "discussion", "reflection", "exercise",
  ].map { Array($0.unicodeScalars) }

  /// Whether `word` (case aside) is one of the asking words (`思考`, `Discussion`).
  static func isAskingWord<C: Collection>(_ word: C) -> Bool where C.Element == Unicode.Scalar {
    let lower = word.map { (0x41...0x5A).contains($0.value) ? Unicode.Scalar($0.value + 32)! : $0 }
    return askingWords.contains { $0.elementsEqual(lower) }
  }

  /// Words a task opens with: it asks the reader to do something (`请…`, `分析…`, `结合案例谈谈…`).
  static let doingWords: [[Unicode.Scalar]] = [
    "请", "分析", "讨论", "比较", "评价", "评析", "说明", "谈谈", "试", "结合", "如何", "为什么", "你认为", "假如", "如果你是", "设计",
    "提出", "阐述", "找出", "概括", "总结", "归纳", "列出", "判断", "思考", "论述", "辨析",
  ].map { Array($0.unicodeScalars) }

  /// Whether an item (its text after its number) asks the reader to do something, by its opening word.
  static func asksToDo<C: Collection>(_ item: C) -> Bool where C.Element == Unicode.Scalar {
    let head = Array(item.prefix(5))
    return doingWords.contains { w in head.count >= w.count && head[..<w.count].elementsEqual(w) }
  }

  /// Words that name a part as work set for the class (讨论任务, 小组任务, 任务单, 研讨问题, Tasks): what its items
  /// ask or say to do are the questions, whatever else its name says.
  static let taskWords: [[Unicode.Scalar]] = ["任务", "研讨", "讨论", "task", "Task", "TASK"].map {
    Array($0.unicodeScalars)
  }

  /// Whether a part's title names work set for the class (a task, a discussion).
  static func namesTask(_ title: String) -> Bool {
    let t = Array(simplified(title).unicodeScalars)
    return t.count <= 20 && taskWords.contains { w in (0...max(0, t.count - w.count)).contains { t.has(w, at: $0) } }
  }

  /// Words that give a short title its role wherever they are in it.
  static let keywords: [(Role, [String])] = [
    (.objectives, ["教学目的", "教学目标", "学习目标", "案例目标", "课程目标", "教学要求"]),
    (.questions, ["思考题", "讨论题", "课前思考", "课后思考", "思考与讨论", "讨论与思考", "讨论问题", "启发思考", "复习题", "分析题", "思考问题", "讨论话题"]),
    (
      .arrangement,
      [
        "课堂安排", "教学安排", "课时安排", "课堂计划", "教学计划", "课堂流程", "时间安排", "教学进度", "课堂设计", "教学环节", "教学过程", "教学步骤",
        "教学流程", "课堂组织", "课程安排", "时间分配", "课时分配", "学时分配", "教学进程", "课堂进程",
      ]
    ),
  ]

  /// The role a title names by its meaning: a name or a keyword in its leading
  /// Chinese words, whatever follows them (an English name, a colon, a bracket, a subtitle) or
  /// comes before them in English.
  static func recognise(_ title: String) -> Role? {
    let title = simplified(title)
    if let role = Role.recognise(title) { return role }
    var words = Array(title.unicodeScalars.trimming(isBlank))
    // An English name alone (`Discussion Questions`, `Class Plan:`).
    if let (role, n) = englishName(words),
      words[n...].allSatisfy({ isBlank($0) || $0 == ":" || $0 == "：" })
    {
      return role
    }
    // English first (`Teaching Objectives 教学目标`): the Chinese after the English name.
    if let start = Scalars.afterLatinName(words) { words = Array(words[start...]) }
    let core = Array(words.prefix { Scalars.isHan($0) })
    guard core.count >= 2 && core.count <= 12 else { return nil }
    if let role = Role.recognise(String(String.UnicodeScalarView(core))) { return role }
    for (role, words) in keywordScalars {
      for word in words where (0...max(0, core.count - word.count)).contains(where: { core.has(word, at: $0) }) {
        return role
      }
    }
    for (role, list) in names where list.contains(core) { return role }
    return nil
  }

  /// Traditional characters (繁體, as Taiwan, Hong Kong and Macau write) of the words the role and part names
  /// use, each to its simplified form: a name is read through this mapping, so 教學目標, 思考題, 課堂安排 and
  /// 討論問題 are the names they spell, with no second list of names.
  static let simplifiedOf: [Unicode.Scalar: Unicode.Scalar] = {
    let pairs =
      "與与習习內内況况劃划發发後后啟启啓启復复學学時时標标練练組组織织紹绍節节計计討讨訓训議议論论設设話话請请課课資资過过進进"
      + "問问間间題题驟骤環环點点說说説说參参獻献註注釋释錄录關关鍵键應应導导實实戰战劃划階阶段段將将與与"
    var map: [Unicode.Scalar: Unicode.Scalar] = [:]
    let s = Array(pairs.unicodeScalars)
    for k in stride(from: 0, to: s.count - 1, by: 2) { map[s[k]] = s[k + 1] }
    return map
  }()

  /// `title` with its traditional characters of role and part names in their simplified form.
  static func simplified(_ title: String) -> String {
    guard title.unicodeScalars.contains(where: { simplifiedOf[$0] != nil }) else { return title }
    return String(String.UnicodeScalarView(title.unicodeScalars.map { simplifiedOf[$0] ?? $0 }))
  }

  /// English names of the roles, for a class taught in English or a bilingual hand-out (lower case).
  static let english: [(Role, [String])] = [
    (
      .objectives,
      [
        "learning objectives", "teaching objectives", "learning goals", "teaching goals", "learning outcomes",
        "objectives",
      ]
    ),
    (.questions, ["discussion questions", "questions for discussion", "study questions", "questions", "question"]),
    (.arrangement, ["class plan", "teaching plan", "lesson plan", "class schedule", "teaching schedule", "schedule"]),
  ]

  static let englishScalars = english.map { role, names in (role, names.map { Array($0.unicodeScalars) }) }

  /// The role an English name at the start of `s` names (case aside), and the name's length: the
  /// name ends the text or is followed by a blank, a colon or Chinese.
  static func englishName<C: RandomAccessCollection>(_ s: C) -> (Role, Int)?
  where C.Element == Unicode.Scalar, C.Index == Int {
    guard let first = s.first, Scalars.isLatin(first) else { return nil }
    func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
      (0x41...0x5A).contains(c.value) ? Unicode.Scalar(c.value + 32)! : c
    }
    for (role, names) in englishScalars {
      for name in names where name.count <= s.count {
        guard zip(s.prefix(name.count), name).allSatisfy({ lower($0) == $1 }) else { continue }
        let after = s.startIndex + name.count
        if after == s.endIndex || isBlank(s[after]) || s[after] == ":" || s[after] == "：" || Scalars.isHan(s[after]) {
          return (role, name.count)
        }
      }
    }
    return nil
  }

  static let keywordScalars = keywords.map { role, words in (role, words.map { Array($0.unicodeScalars) }) }
}
