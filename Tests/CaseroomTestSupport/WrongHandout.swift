/// A hand-out the importer gets wrong, for the import review's tests (model and terminal): a table of
/// contents under a name the importer does not know (`目　次　表`) taken for parts, a spaced-out 想　一　想
/// (not a name of questions) whose questions come out as body text.
public enum WrongHandout {
  public static let text = """
    乡村振兴中的合作社
    目　次　表
    一、教学目的
    二、案例正文
    三、思考题
    四、课堂安排
    一、教学目的
    1．了解农民专业合作社的组织形式。
    2．理解合作社与村集体经济的关系。
    二、案例正文
    （一）合作社的成立
    2015年，清水村的十二户农民在村支书的带领下成立了种植合作社，以土地入股的方式流转了全村三分之一的耕地，统一种植有机蔬菜，由合作社负责对接超市和电商平台，社员按入股的土地面积和劳动天数参与分红，第一年每户平均增收八千元。
    （二）合作社的发展
    合作社在第三年扩大到六十户，建起了冷库和分拣车间，并注册了自己的商标。
    （三）合作社的困境
    2020年以后，电商平台压价，冷库的电费和人工成本上升，合作社连续两年亏损。
    想　一　想
    合作社为什么能在头三年快速发展？
    合作社的困境说明了什么问题？
    村集体应当在合作社中扮演什么角色？
    """
}
