/// Words any Chinese text uses, whatever its subject: pronouns, connectives,
/// the verbs and nouns of any essay (进行、通过、问题、方面、需要…). The case
/// may use them often enough to count as its terms, and every answer uses
/// them, so they tell no answer from another: a key term is never one of
/// them, nor begins or ends with a pronoun or connective (`通过信息`,
/// `一个平台`; `信息化建设` stays).
enum GenericWords {
  static let all: Set<String> = [
    "我们", "你们", "他们", "它们", "自己", "大家", "我国", "本身", "其中", "这个", "那个", "这些", "那些", "这样", "那样", "这种", "那种",
    "一个", "一些", "一种", "一定", "一直", "一样", "一方面", "另一方面", "一步", "进一步", "各个", "各种", "各级", "每个", "所有", "其他",
    "进行", "通过", "问题", "方面", "需要", "可以", "能够", "应该", "应当", "必须", "可能", "已经", "正在", "开始", "成为", "作为", "具有",
    "存在", "包括", "得到", "取得", "认为", "觉得", "表示", "提出", "实现", "提高", "加强", "发展", "建设", "工作", "情况", "内容", "方式",
    "方法", "过程", "结果", "原因", "目的", "意义", "作用", "影响", "部分", "基本", "主要", "重要", "目前", "当前", "现在", "今后", "以后",
    "以前", "之前", "之后", "时候", "时间", "相关", "有关", "关于", "对于", "由于", "因为", "所以", "因此", "但是", "可是", "然而", "虽然",
    "如果", "只有", "只要", "不仅", "而且", "并且", "或者", "还是", "就是", "也是", "都是", "以及", "同时", "之间", "之一", "不断", "不够",
    "没有", "非常", "比较", "更加", "逐步", "很多", "许多", "比如", "例如", "以上", "以下", "如何", "怎么", "什么", "为了", "其实", "确实",
    "真正", "充分", "积极", "有效", "全面", "有利于", "提供", "实施", "推进", "推动", "促进", "完善", "解决", "改进", "需求",
    "使用", "人员", "政府", "全部", "城市", "体现", "完成", "规范", "管理", "数据", "部门", "核心", "集中", "作战", "地方", "国家", "安全",
  ]

  /// Numerals: a term of a numeral and a measure word (`一期`, `二期`, `三级`) is a count, not a term.
  static let numerals: Set<Character> = Set("一二三四五六七八九十百千万两几第")
  static let measures: Set<Character> = Set("期次级批类项种条个年月日位家")

  /// The pronouns and connectives no term begins or ends with.
  static let edges: Set<String> = [
    "我们", "你们", "他们", "它们", "我国", "这个", "那个", "这些", "那些", "这种", "一个", "一些", "一种", "进行", "通过", "需要", "可以",
    "能够", "应该", "应当", "必须", "已经", "以及", "因此", "所以", "但是", "如果", "而且", "并且", "或者", "对于", "关于", "由于", "其中",
    "其他", "各种", "各个", "各级", "不断", "逐步", "进一步", "有利于", "非常", "比较", "更加", "就是", "也是", "都是",
  ]

  /// Whether a term is a generic word, or begins or ends with a pronoun or connective.
  static func isGeneric(_ term: String) -> Bool {
    if all.contains(term) { return true }
    let chars = Array(term)
    if chars.count == 2, numerals.contains(chars[0]), measures.contains(chars[1]) { return true }
    guard chars.count > 2 else { return false }
    for n in 2...min(3, chars.count - 1) {
      if edges.contains(String(chars.prefix(n))) || edges.contains(String(chars.suffix(n))) { return true }
    }
    return false
  }
}
