#!/usr/bin/env python3
"""Writes the seventh TUNING round of hand-outs (issue 25, fourth session) and their expected outlines.

Shapes real Chinese teaching cases have, written from what such hand-outs look like (not from any
held-out file): the 中国管理案例共享中心 standard (案例正文 + 案例使用说明 with its eight parts), a
目录 at the top with dotted leaders and page numbers or repeating every heading, 【案例摘要】/【关键词】
and a 【思考题】 block, numbered exhibits (附表1, 图1) with captions, 注释 endnotes, WPS's spaced-out
headings and odd blank lines, an Ivey (毅伟) translation with its copyright line and exhibits, questions
numbered 1) 2), 一是…二是… inside paragraphs (also at the start of a wrapped line), a 参考答案 part after
the questions, a LibreOffice .docx in 第一部分/第二部分, a LibreOffice PDF with a 目录 page, a LibreOffice
PDF set in two columns. These are
TUNING hand-outs: the rules are written while looking at them (none is in heldout.list).

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-tuning-7.py
"""
import os
import tempfile

import handoutgen as g

HERE = os.path.dirname(os.path.abspath(__file__))

# --- Pools of case text (new topics: grid governance, tutoring, a river, retail, tax) ---------------

G = [
    "T街道位于M市老城区，辖区面积四点二平方公里，常住人口九万余人。2017年起，街道将辖区划分为八十六个网格，每个网格配备一名专职网格员，负责信息采集、矛盾排查和政策宣传。",
    "网格化管理推行之初效果明显，许多过去无人过问的小事有了着落。但随着各部门纷纷把工作“下沉”到网格，网格员的任务清单从最初的十几项增加到一百多项，填表、拍照、录系统占去了大部分时间。",
    "一位网格员说：“我们每天在手机上要点几十个应用，真正入户走访的时间反而少了。居民有事找我们，我们却常常在办公室补台账。”",
    "2021年，T街道开始给网格做“减法”：清理进网格事项，统一数据采集平台，规定未经街道审核的任务一律不得下派网格员。半年后，网格员每天用于填报的时间减少了一半。",
    "然而，“减法”也遇到了阻力。一些部门认为，取消网格代办后自己的工作难以落地；也有居民反映，网格员走访多了，但办事仍要跑部门。街道在加与减之间仍在摸索。",
]
E = [
    "K区是M市的教育大区，校外培训机构一度超过六百家。家长们一方面抱怨孩子负担过重，另一方面又担心不报班会让孩子落后，形成了“剧场效应”。",
    "2021年，K区按照上级要求开展校外培训治理，对学科类培训机构实行非营利登记和政府指导价，同时压减培训时长，严禁节假日开展学科类培训。",
    "治理之后，大部分学科类机构转型或关闭，但一些培训转入地下，以“家政服务”“众筹私教”等名义继续存在。区教育局联合市场监管部门开展了多轮专项检查。",
    "与此同时，学校的课后服务承担起更多责任。K区推行“五加二”课后服务，教师延时工作带来的补贴和轮休问题又成为新的难题。",
]
R = [
    "清水河流经N县城区，全长四十二公里。由于沿岸养殖场和小作坊排污，河水一度发黑发臭，沿河群众多次上访。",
    "N县建立了县、乡、村三级河长体系，县长担任总河长，并在村一级聘请了一百二十名民间河长，负责日常巡河和信息报送。",
    "经过三年治理，清水河主要断面水质由劣五类提升到四类，但上游邻县的来水水质仍不稳定，跨界协调成为新的难题。",
]

ROUND = g.NAMES  # the names this script writes
write, lines, expect = g.write, g.lines, g.expect


wrap, docx_blocks = g.wrap, g.docx_blocks


def pandoc(name, markdown):
    g.pandoc(markdown, g.path(name, "docx"))


# 1. The 中国管理案例共享中心 standard: 摘要/关键词, 案例正文, 案例使用说明 with its eight parts (.txt).
write("share-center-note-wangge", "txt", lines(
    "街道网格化治理的“加减法”",
    "——以M市T街道为例",
    "摘要：本案例描述了M市T街道推行网格化治理、又为网格员减负的过程，展示了基层治理中“加法”与“减法”的张力。",
    "关键词：网格化治理；基层减负；整体性治理",
    "案例正文",
    "一、引言", G[0],
    "二、网格的“加法”", G[1], G[2],
    "三、基层的“减法”", G[3],
    "四、尾声", G[4],
    "案例使用说明",
    "一、教学目的与用途",
    "1．本案例适用于《公共管理学》《地方政府学》等课程中基层治理专题的教学。",
    "2．通过本案例的学习，使学员理解网格化治理的逻辑与限度。",
    "二、启发思考题",
    "1．T街道为什么要给网格做“减法”？",
    "2．网格员的角色应当如何定位？",
    "3．数字平台能否替代网格员的入户走访？",
    "三、分析思路",
    "本案例可以沿着“问题—措施—效果—反思”的思路展开，先分析网格任务膨胀的原因，再讨论减负措施的得失。",
    "四、理论依据与分析",
    "（一）整体性治理理论",
    "整体性治理强调以公众需求为中心，通过协调与整合解决碎片化问题。网格化管理是整合的一种尝试，但也可能成为新的碎片。",
    "（二）基层负担的形成机制",
    "压力型体制下，上级部门倾向于把任务层层下派，而基层缺少拒绝的权力，这是网格员负担加重的制度原因。",
    "五、背景信息",
    "截至2022年，全国已有三百多个城市推行网格化管理，多地出台了为基层减负的文件。",
    "六、关键要点",
    "1．网格化治理的边界在哪里；",
    "2．技术平台与人的关系。",
    "七、建议课堂计划",
    "1．课前阅读案例；",
    "2．分组讨论（40分钟）；",
    "3．全班交流（30分钟）；",
    "4．教师总结（10分钟）。",
    "八、其他教学支持材料",
    "M市关于规范网格事项准入的通知（2021年）。"))
expect("share-center-note-wangge", "街道网格化治理的“加减法”",
       ["本案例适用于《公共管理学》《地方政府学》等课程中基层治理专题的教学。", "通过本案例的学习，使学员理解网格化治理的逻辑与限度。"],
       [("摘要", 1, 1), ("关键词", 1, 1), ("引言", 2, 1), ("网格的“加法”", 2, 2), ("基层的“减法”", 2, 1), ("尾声", 2, 1),
        ("分析思路", 2, 1), ("整体性治理理论", 3, 1), ("基层负担的形成机制", 3, 1), ("背景信息", 2, 1), ("关键要点", 2, 2),
        ("其他教学支持材料", 2, 1)],
       ["T街道为什么要给网格做“减法”？", "网格员的角色应当如何定位？", "数字平台能否替代网格员的入户走访？"],
       ["课前阅读案例；", "分组讨论（40分钟）；", "全班交流（30分钟）；", "教师总结（10分钟）。"],
       subtitle="以M市T街道为例")

# 2. A 目录 with dotted leaders and page numbers before the body (python-docx .docx).
docx_blocks(os.path.join(HERE, "toc-dotted-wangge.docx"), [
    ("Title", "T街道网格减负记"),
    ("Normal", "目录"),
    ("Normal", "教学目标……………………………………1"),
    ("Normal", "一、网格的由来……………………………1"),
    ("Normal", "二、任务的膨胀……………………………2"),
    ("Normal", "三、减负的尝试……………………………3"),
    ("Normal", "思考题…………………………………………4"),
    ("Normal", "课堂安排……………………………………4"),
    ("Heading 1", "教学目标"),
    ("Normal", "理解基层治理中任务下沉与减负之间的矛盾。"),
    ("Heading 1", "一、网格的由来"), ("Normal", G[0]),
    ("Heading 1", "二、任务的膨胀"), ("Normal", G[1]), ("Normal", G[2]),
    ("Heading 1", "三、减负的尝试"), ("Normal", G[3]), ("Normal", G[4]),
    ("Heading 1", "思考题"),
    ("Normal", "1．网格员的负担从何而来？"),
    ("Normal", "2．减负会不会让部门的工作落空？"),
    ("Heading 1", "课堂安排"),
    ("Normal", "课前阅读，课上分组讨论，最后由教师总结。"),
])
expect("toc-dotted-wangge", "T街道网格减负记",
       ["理解基层治理中任务下沉与减负之间的矛盾。"],
       [("网格的由来", 1, 1), ("任务的膨胀", 1, 2), ("减负的尝试", 1, 2)],
       ["网格员的负担从何而来？", "减负会不会让部门的工作落空？"],
       ["课前阅读，课上分组讨论，最后由教师总结。"])

# 3. A 目录 at the top that repeats every heading, no page numbers (.txt).
write("toc-repeats-peixun", "txt", lines(
    "K区校外培训治理",
    "目  录",
    "一、教学目的",
    "二、案例正文",
    "（一）“剧场效应”",
    "（二）治理的展开",
    "（三）新的难题",
    "三、思考题",
    "四、课堂安排",
    "",
    "一、教学目的",
    "了解校外培训治理的政策工具，认识“减负”政策执行中的困难。",
    "二、案例正文",
    "（一）“剧场效应”", E[0],
    "（二）治理的展开", E[1], E[2],
    "（三）新的难题", E[3],
    "三、思考题",
    "1．为什么家长会陷入“剧场效应”？",
    "2．培训转入地下说明了什么？",
    "四、课堂安排",
    "1．阅读案例；",
    "2．讨论；",
    "3．总结。"))
expect("toc-repeats-peixun", "K区校外培训治理",
       ["了解校外培训治理的政策工具，认识“减负”政策执行中的困难。"],
       [("“剧场效应”", 2, 1), ("治理的展开", 2, 2), ("新的难题", 2, 1)],
       ["为什么家长会陷入“剧场效应”？", "培训转入地下说明了什么？"],
       ["阅读案例；", "讨论；", "总结。"])

# 4. 【案例摘要】【关键词】, a 【思考题】 block with questions 1) 2) 3), 【教学安排】 (.txt).
write("bracket-blocks-hechang", "txt", lines(
    "清水河的河长们",
    "【案例摘要】本案例记述了N县建立三级河长体系、聘请民间河长治理清水河的过程。",
    "【关键词】河长制；民间河长；跨界治理",
    "【教学目的】",
    "理解河长制的运行机制及其在跨界治理中的局限。",
    "一、一条黑臭的河", R[0],
    "二、河长上岗", R[1],
    "三、水清了，难题还在", R[2],
    "【思考题】",
    "1) 民间河长能发挥什么作用？",
    "2) 河长制为什么难以解决跨界污染？",
    "3) 你会如何设计跨县的协调机制？",
    "【教学安排】",
    "课前阅读案例，课上分组讨论后全班交流。"))
expect("bracket-blocks-hechang", "清水河的河长们",
       ["理解河长制的运行机制及其在跨界治理中的局限。"],
       [("案例摘要", 1, 1), ("关键词", 1, 1), ("一条黑臭的河", 1, 1), ("河长上岗", 1, 1), ("水清了，难题还在", 1, 1)],
       ["民间河长能发挥什么作用？", "河长制为什么难以解决跨界污染？", "你会如何设计跨县的协调机制？"],
       ["课前阅读案例，课上分组讨论后全班交流。"])

# 5. Exhibits with captions (附表1 over a pipe table, 图1 under a figure's place) and 注释 endnotes (.md).
write("exhibits-notes-peixun", "md", lines(
    "# K区校外培训治理的得与失", "",
    "## 教学目标", "",
    "- 掌握政策工具的分类；", "- 理解政策执行中的替代行为。", "",
    "## 一、背景", "",
    E[0] + "①", "",
    "附表1　K区校外培训机构数量（2019—2022年）", "",
    "| 年份 | 机构数 | 其中学科类 |", "|---|---|---|",
    "| 2019 | 612 | 405 |", "| 2022 | 138 | 21 |", "",
    "## 二、治理", "",
    E[1], "",
    "图1　K区校外培训治理的部门分工", "",
    E[2] + "②", "",
    "## 三、课后服务", "",
    E[3], "",
    "## 思考题", "",
    "1. 政府指导价会带来哪些影响？", "2. 如何看待“地下培训”？", "",
    "## 课堂安排", "",
    "1. 阅读；", "2. 讨论。", "",
    "## 注释", "",
    "① 数据来自K区教育局。", "② 见《K区校外培训专项检查通报》。"))
expect("exhibits-notes-peixun", "K区校外培训治理的得与失",
       ["掌握政策工具的分类；", "理解政策执行中的替代行为。"],
       [("背景", 1, 5), ("治理", 1, 3), ("课后服务", 1, 1), ("注释", 1, 2)],
       ["政府指导价会带来哪些影响？", "如何看待“地下培训”？"],
       ["阅读；", "讨论。"])

# 6. WPS: spaced-out role names, ideographic spaces after the numbers, doubled blank lines (.txt).
write("wps-spaced-hechang", "txt",
      "\ufeff清水河治理记\r\n\r\n\r\n"
      "教　学　目　的\r\n\r\n　　了解河长制的由来和运行方式。\r\n\r\n\r\n"
      "案　例　正　文\r\n\r\n"
      "一、　问题的由来\r\n\r\n　　" + R[0] + "  \r\n\r\n\r\n"
      "二、　河长制的推行\r\n\r\n　　" + R[1] + "\r\n\r\n　　" + R[2] + "\r\n\r\n\r\n"
      "思　考　题\r\n\r\n"
      "1．河长制的优势是什么？\r\n\r\n2．跨界污染应当怎样治理？\r\n\r\n\r\n"
      "课　堂　安　排\r\n\r\n　　课前阅读，课上讨论。\r\n")
expect("wps-spaced-hechang", "清水河治理记",
       ["了解河长制的由来和运行方式。"],
       [("问题的由来", 2, 1), ("河长制的推行", 2, 2)],
       ["河长制的优势是什么？", "跨界污染应当怎样治理？"],
       ["课前阅读，课上讨论。"])

# 7. An Ivey (毅伟) translation: author and copyright lines, unnumbered headings, exhibits, the note after (pandoc .docx).
pandoc("ivey-translation-lingshou", lines(
    "% 一家连锁超市的数字化抉择", "",
    "作者：王明、刘芳", "",
    "版权所有 © 2020，毅伟商学院基金会。未经书面许可，不得以任何形式复制本案例。", "",
    "2020年3月的一个早晨，Y超市总经理陈立坐在办公室里，面前摆着两份方案：一份是自建线上平台，一份是与外卖平台合作。董事会要求他在一周内做出选择。", "",
    "# 公司背景", "",
    "Y超市成立于1998年，在华东地区拥有一百二十家门店，年销售额约八十亿元。生鲜是它的主打品类，占销售额的四成以上。", "",
    "# 两个方案", "",
    "自建平台可以掌握用户数据，但需要投入大量资金和技术人员；与外卖平台合作上线快，但要支付高额佣金，用户也不属于自己。", "",
    "陈立知道，无论选择哪一个方案，门店的拣货和配送流程都要重新设计。", "",
    "# 附件1　Y超市2017—2019年主要经营数据", "",
    "| 年份 | 门店数 | 销售额（亿元） |", "|---|---|---|", "| 2017 | 96 | 62 |", "| 2019 | 120 | 80 |", "",
    "# 教学说明", "",
    "## 教学目标", "",
    "1. 理解传统零售企业数字化转型的路径选择；", "2. 学会用成本收益方法比较方案。", "",
    "## 讨论问题", "",
    "1. 你会建议陈立选择哪个方案？为什么？", "2. 数字化转型对门店员工意味着什么？", "",
    "## 课堂安排", "",
    "1. 小组讨论（30分钟）；", "2. 全班辩论（40分钟）。"))
expect("ivey-translation-lingshou", "一家连锁超市的数字化抉择",
       ["理解传统零售企业数字化转型的路径选择；", "学会用成本收益方法比较方案。"],
       [("作者", 1, 1), ("引言", 1, 2), ("公司背景", 1, 1), ("两个方案", 1, 2), ("附件1　Y超市2017—2019年主要经营数据", 1, 3)],
       ["你会建议陈立选择哪个方案？为什么？", "数字化转型对门店员工意味着什么？"],
       ["小组讨论（30分钟）；", "全班辩论（40分钟）。"])

# 8. Questions numbered 1) 2), then a 参考答案 part answering them 1) 2) (.txt).
write("answers-after-questions-peixun", "txt", lines(
    "校外培训治理中的政策执行",
    "教学目的",
    "分析政策执行中的“上有政策、下有对策”现象。",
    "案例",
    E[1], E[2],
    "思考题",
    "1) 地下培训为什么屡禁不止？",
    "2) 执法部门应当怎样分工？",
    "课堂安排",
    "课上先分组讨论，再由各组汇报。",
    "参考答案",
    "1) 需求仍在，供给转入地下；查处成本高、证据难取。",
    "2) 教育部门认定培训性质，市场监管部门查处收费，街道负责摸排线索。"))
expect("answers-after-questions-peixun", "校外培训治理中的政策执行",
       ["分析政策执行中的“上有政策、下有对策”现象。"],
       [("案例", 1, 2), ("参考答案", 1, 2)],
       ["地下培训为什么屡禁不止？", "执法部门应当怎样分工？"],
       ["课上先分组讨论，再由各组汇报。"])

# 9. 一是…二是…三是… in paragraphs, some at the start of a line wrapped at 30 characters (.txt).
p1 = "T街道的“减法”主要有三条：一是清理进网格事项，将一百多项任务压减到三十项；二是统一数据采集平台，关停重复的应用；三是建立准入审核，未经街道同意的任务不得下派。"
p2 = "居民的反映也有两方面：一是网格员上门多了，邻里纠纷化解得更快；二是办事仍要跑部门，网格员能帮的有限。"
body = wrap("　　" + p1, 30) + wrap("　　" + p2, 30)
write("yishi-erishi-wangge", "txt", lines(
    "网格减负的三条措施",
    "一、教学目的",
    "认识基层减负措施的作用与局限。",
    "二、案例正文",
    *wrap("　　" + G[1], 30),
    *body,
    "三、思考题",
    "1）三条措施中哪一条最关键？",
    "2）减负之后，网格员的职责应当是什么？",
    "四、课堂安排",
    "阅读案例后分组讨论。"))
expect("yishi-erishi-wangge", "网格减负的三条措施",
       ["认识基层减负措施的作用与局限。"],
       [("案例正文", 1, 3)],
       ["三条措施中哪一条最关键？", "减负之后，网格员的职责应当是什么？"],
       ["阅读案例后分组讨论。"])

# 10. A LibreOffice .docx in 第一部分/第二部分 (an MPA hand-out), a captioned table, 注释 after (python-docx, re-saved).
src = os.path.join(tempfile.mkdtemp(), "mpa.docx")
docx_blocks(src, [
    ("Title", "清水河跨界治理"),
    ("Heading 1", "第一部分　案例正文"),
    ("Heading 2", "一、上游与下游"), ("Normal", R[0] + "[1]"), ("Normal", R[2]),
    ("Normal", "表1　清水河主要断面水质（2019—2022年）"),
    ("table", [["断面", "2019年", "2022年"], ["城关", "劣五类", "四类"], ["出境", "五类", "四类"]]),
    ("Heading 2", "二、协调的尝试"), ("Normal", R[1]),
    ("Heading 1", "第二部分　案例使用说明"),
    ("Heading 2", "一、教学目的"),
    ("Normal", "理解跨界环境治理中的府际协调。"),
    ("Heading 2", "二、思考题"),
    ("Normal", "1．上下游之间的利益如何平衡？"),
    ("Normal", "2．生态补偿能否解决跨界污染？"),
    ("Heading 2", "三、课堂安排"),
    ("Normal", "1．阅读案例；"), ("Normal", "2．分组讨论；"), ("Normal", "3．教师点评。"),
    ("Heading 1", "注释"),
    ("Normal", "[1] 数据来自N县生态环境局。"),
])
g.soffice(src, "docx", os.path.join(HERE, "libreoffice-parts-hechang.docx"))
expect("libreoffice-parts-hechang", "清水河跨界治理",
       ["理解跨界环境治理中的府际协调。"],
       [("上游与下游", 2, 6), ("协调的尝试", 2, 1), ("注释", 1, 1)],
       ["上下游之间的利益如何平衡？", "生态补偿能否解决跨界污染？"],
       ["阅读案例；", "分组讨论；", "教师点评。"])

# 11. A LibreOffice PDF with a 目录 page (headings and page numbers) before the body.
src = os.path.join(tempfile.mkdtemp(), "toc.docx")
docx_blocks(src, [
    ("Title", "K区课后服务的难题"),
    ("Normal", "目录"),
    ("Normal", "一、教学目标\t1"),
    ("Normal", "二、案例正文\t1"),
    ("Normal", "三、讨论题\t2"),
    ("Normal", "四、课堂安排\t2"),
    ("break", None),
    ("Heading 1", "一、教学目标"),
    ("Normal", "认识课后服务中教师负担与家长需求的矛盾。"),
    ("Heading 1", "二、案例正文"),
    ("Normal", E[3]), ("Normal", E[0]),
    ("Heading 1", "三、讨论题"),
    ("Normal", "1．课后服务应当由谁来提供？"),
    ("Normal", "2．教师延时工作的补贴应当怎样定？"),
    ("Heading 1", "四、课堂安排"),
    ("Normal", "课前阅读，课上辩论。"),
])
g.soffice(src, "pdf", os.path.join(HERE, "pdf-toc-page-peixun.pdf"))
expect("pdf-toc-page-peixun", "K区课后服务的难题",
       ["认识课后服务中教师负担与家长需求的矛盾。"],
       [("案例正文", 1, 2)],
       ["课后服务应当由谁来提供？", "教师延时工作的补贴应当怎样定？"],
       ["课前阅读，课上辩论。"])

# 12. A LibreOffice PDF set in two columns: pdftotext -layout puts the columns' lines side by side.
def two_columns(path, blocks):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    cols = d.sections[0]._sectPr.xpath("./w:cols")
    c = cols[0] if cols else OxmlElement("w:cols")
    c.set(qn("w:num"), "2")
    c.set(qn("w:space"), "720")
    if not cols:
        d.sections[0]._sectPr.append(c)
    docx_blocks(path, blocks, d)


src = os.path.join(tempfile.mkdtemp(), "two.docx")
two_columns(src, [
    ("Title", "网格员的一天"),
    ("Heading 1", "教学目的"), ("Normal", "理解基层治理中任务下沉带来的负担。"),
    ("Heading 1", "一、网格的由来"), ("Normal", G[0]), ("Normal", G[1]),
    ("Heading 1", "二、减负"), ("Normal", G[2]), ("Normal", G[3]), ("Normal", G[4]),
    ("Heading 1", "三、邻区的做法"), ("Normal", E[0]), ("Normal", E[1]), ("Normal", E[2]), ("Normal", E[3]),
    ("Heading 1", "四、思考题"), ("Normal", "1．网格员的负担从何而来？"), ("Normal", "2．减负的边界在哪里？"),
    ("Heading 1", "五、课堂安排"), ("Normal", "1．阅读；"), ("Normal", "2．讨论。"),
])
g.soffice(src, "pdf", os.path.join(HERE, "pdf-two-columns-wangge.pdf"))
expect("pdf-two-columns-wangge", "网格员的一天",
       ["理解基层治理中任务下沉带来的负担。"],
       [("网格的由来", 1, 2), ("减负", 1, 3), ("邻区的做法", 1, 4)],
       ["网格员的负担从何而来？", "减负的边界在哪里？"],
       ["阅读；", "讨论。"])

if __name__ == "__main__":
    print("\n".join(ROUND))
