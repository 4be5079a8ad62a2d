#!/usr/bin/env python3
"""Writes the seventh round's held-out hand-outs (issue 25, fourth session): ten shapes not yet in the
corpus, written by an engineer who does not read the importer's rules, scored once on the rules of the
time ("before") and once after the next change ("after"), with no rule tuned on them.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-7.py

Each expected outline is the hand-out as a teacher reads it. Conventions kept from the earlier rounds:
a section is listed only when it holds text of its own; a heading's number is not part of its title;
a table's caption and each of its rows (header included) count as paragraphs; footnotes and endnotes
(a .docx's or a PDF's footnotes, Markdown's [^1] notes, an 注释 list) are one back-matter section
`注释` at level 1 after the body; 摘要/案例摘要 and 关键词 are front-matter sections at level 1;
a table of contents (目录) and a WeChat page's chrome are not part of the outline.
"""
import os
import tempfile

from handoutgen import (DECIMAL_OUTLINE, NO_OUTLINE, PAGE_FOOTER, cjk_document, expect, finish, fodt, fodt_converted,
                        lines, pandoc, path, save_converted, soffice, write)

# V市's one-stop online government services (一网通办).
J = [
    "V市过去的政务服务分散在四十多个部门的办事大厅，群众办一件事往往要在几个大厅之间来回跑，同样的身份证复印件要交好几次。市民热线里，有关“办事难”的投诉每年都有上万件。",
    "2019年，V市成立大数据管理局，提出“一网通办”的改革目标：凡是能在网上办的事项，一律上网；凡是能共享的材料，一律不再让群众提交。",
    "改革首先从梳理事项开始。各部门上报的政务服务事项有三千多项，名称、条件和材料各不相同。大数据局用了半年时间逐项核对，把它们统一成一张事项清单。",
    "第二步是打通数据。户籍、社保、不动产等数据分别存放在不同部门的系统里，有的部门担心数据安全，不愿意共享。市里出台了数据共享管理办法，明确“以共享为原则，不共享为例外”。",
    "到2021年底，全市百分之九十的事项实现网上可办，企业开办时间压缩到半天，群众办事平均少交材料百分之六十。一些老年人却反映，手机上的操作太复杂，还是愿意到窗口来办。",
    "一位大数据局的干部说：“技术上的问题都好解决，难的是部门之间的边界。每打通一个系统，都要开十几次协调会。”",
]
# W县's cut in the apps and chat groups that burden community workers (指尖上的形式主义).
K = [
    "W县某乡镇的一名社区干部，手机里装了十二个政务App，加入了六十多个工作群。每天早上一睁眼，就要在几个App上打卡、签到、上传工作照片。",
    "这些App大多由上级部门分别开发，各自要求基层按时填报数据，同一户居民的信息常常要在不同系统里重复录入。社区干部把这种现象称为“指尖上的形式主义”。",
    "2020年，W县开展基层减负专项整治，对面向基层的政务App和工作群进行全面清理，能合并的合并，能取消的取消，并规定未经审批不得新开发面向基层的App。",
    "县里还建设了统一的基层数据平台，各部门需要的数据从平台中提取，原则上不再要求基层重复填报。平台上线后，社区干部每周填表的时间从十多个小时减少到三个小时左右。",
    "清理之后，全县面向基层的政务App从四十七个减少到九个，工作群减少了七成。但也有部门反映，数据平台的更新不及时，急需的数据还是要临时找社区要。",
    "一位社区书记说：“减负不是不干活，而是把时间用在居民身上。以前天天对着手机，现在可以多走几户人家了。”",
]
# 稻香斋, a century-old pastry shop, selling by live stream (a business case).
M = [
    "稻香斋是一家有一百二十年历史的糕点老字号，在T市老城区有八家门店。多年来，稻香斋主要依靠门店销售和节日礼盒，顾客以中老年人为主。",
    "2020年春节前后，门店客流骤减，礼盒订单大量取消。总经理周敏决定尝试直播带货，由门店店长轮流出镜，介绍糕点的做法和老店的故事。",
    "第一场直播只有三百多人观看，卖出四十多单。团队复盘后发现，观众最感兴趣的不是打折，而是后厨师傅现场制作的过程。此后，直播间搬进了后厨。",
    "为了适应线上销售，稻香斋调整了产品结构，推出小包装和保质期更长的新品，并与物流公司合作建设了冷链配送。线上订单的比重在一年内上升到三成。",
    "转型也带来了内部矛盾。一些老师傅认为直播“不务正业”，门店店长则担心线上分流了门店业绩。公司随后调整了考核办法，把线上销售按区域计入门店业绩。",
    "周敏说：“老字号的招牌是老的，做生意的办法不能老。可是越往前走，越要想清楚什么不能变。”",
]
# X县's village affairs published on a mini-program (阳光村务).
N = [
    "X县地处山区，全县有一百八十多个行政村。过去，村里的集体资金使用、低保评定等事项信息不公开，村民有意见也不知道向谁反映，信访中涉及村务的问题占了四成。",
    "2021年，X县推出“阳光村务”小程序，把村级小微权力清单、集体资金收支和惠民资金发放情况全部上网，村民用手机就能随时查看，有疑问可以在线留言。",
    "小程序推广之初，使用的人并不多。留在村里的多是老年人，不少人不会用智能手机。一些村干部也有顾虑，担心账目公开后引来更多质疑。",
    "县纪委和县民政局组织驻村干部和大学生志愿者逐户上门，教村民使用小程序，并把村民留言的回复情况纳入村干部考核，要求在三个工作日内答复。",
    "一年后，小程序注册用户超过六万人，村民留言五千多条，办结率达到百分之九十五。涉及村务的信访量比上一年下降了三成。",
    "一位村支书说：“以前开村民大会，账本念一遍，大家听不明白也不好意思问。现在账目都在手机上，村民随时看、随时问，我们做事反而更踏实了。”",
]


# 1. python-docx: Word's heading styles with automatic numbering linked to the styles (一、 on Heading 1,
# （一） on Heading 2, from numbering.xml: the numbers are not in the text), 案例摘要 and 关键词 as bold
# labels, an exhibit 附表1 with its caption and a Word table inside the body, the roles as numbered
# Heading 1 parts after the body (教学目的与用途, 启发思考题, 建议课堂计划).
def word_outline_numbering(d):
    """Adds a two-level Chinese outline list to numbering.xml and links Heading 1 and 2 to it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    numbering.insert(numbering.index(numbering.xpath("./w:num")[0]), abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    for style, level in [("Heading 1", 0), ("Heading 2", 1)]:
        ppr = d.styles[style].element.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="70"/></w:numPr>'))


def labelled(d, label, text):
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)


d = cjk_document(11)
word_outline_numbering(d)
d.add_paragraph("“一网通办”背后的流程再造", style="Title")
labelled(d, "案例摘要：", "本案例记述了V市推进“一网通办”改革的过程，以及事项梳理、数据共享和适老服务中遇到的难题。")
labelled(d, "关键词：", "一网通办；流程再造；数据共享")
d.add_paragraph("改革缘起", style="Heading 1")
d.add_paragraph(J[0]); d.add_paragraph(J[1])
d.add_paragraph("流程再造", style="Heading 1")
d.add_paragraph("统一事项清单", style="Heading 2")
d.add_paragraph(J[2]); d.add_paragraph(J[5])
d.add_paragraph("打通数据壁垒", style="Heading 2")
d.add_paragraph(J[3]); d.add_paragraph(J[1])
d.add_paragraph("附表1　V市“一网通办”改革前后主要指标")
t = d.add_table(rows=4, cols=3)
t.style = "Table Grid"
for r, row in enumerate([["指标", "2019年", "2021年"], ["网上可办事项比例", "35%", "90%"],
                         ["企业开办时间", "5个工作日", "0.5个工作日"], ["平均提交材料", "8份", "3份"]]):
    for c, cell in enumerate(row):
        t.cell(r, c).text = cell
d.add_paragraph("成效与隐忧", style="Heading 1")
d.add_paragraph(J[4]); d.add_paragraph(J[5])
d.add_paragraph("教学目的与用途", style="Heading 1")
d.add_paragraph("本案例适用于《电子政务》《公共管理学》课程。")
d.add_paragraph("通过本案例，帮助学员理解数字政府建设中流程再造与部门协同的关系。")
d.add_paragraph("启发思考题", style="Heading 1")
d.add_paragraph("V市为什么要先梳理事项清单，再打通数据？", style="List Number")
d.add_paragraph("部门不愿共享数据的原因有哪些？", style="List Number")
d.add_paragraph("“一网通办”怎样兼顾不会用手机的老年人？", style="List Number")
d.add_paragraph("建议课堂计划", style="Heading 1")
d.add_paragraph("课前：阅读案例，登录本地政务服务网站试办一件事。")
d.add_paragraph("课中：分组讨论启发思考题（60分钟），各组汇报（20分钟）。")
d.add_paragraph("课后：每组提交一页改进建议。")
d.save(path("docx-outline-numbering-yiwangtongban", "docx"))
expect("docx-outline-numbering-yiwangtongban", "“一网通办”背后的流程再造",
       ["本案例适用于《电子政务》《公共管理学》课程。", "通过本案例，帮助学员理解数字政府建设中流程再造与部门协同的关系。"],
       [("案例摘要", 1, 1), ("关键词", 1, 1), ("改革缘起", 1, 2), ("统一事项清单", 2, 2), ("打通数据壁垒", 2, 7),
        ("成效与隐忧", 1, 2)],
       ["V市为什么要先梳理事项清单，再打通数据？", "部门不愿共享数据的原因有哪些？", "“一网通办”怎样兼顾不会用手机的老年人？"],
       ["课前：阅读案例，登录本地政务服务网站试办一件事。", "课中：分组讨论启发思考题（60分钟），各组汇报（20分钟）。",
        "课后：每组提交一页改进建议。"])


# 2. LibreOffice: an OpenDocument text saved as .docx, its headings numbered 1. and 1.1 by the outline
# numbering of Heading 1 and 2 (LibreOffice writes that into numbering.xml and the styles), a 【思考题】
# block with （1） questions at the end of each part, the teaching advice as the last numbered part.
fodt_converted(fodt([
    ("title", "指尖上的减负：W县清理政务App的探索"),
    ("h1", "问题的出现"), ("p", K[0]), ("p", K[1]),
    ("plain", "【思考题】"), ("plain", "（1）社区干部为什么要装这么多App、进这么多工作群？"),
    ("h1", "专项整治"),
    ("h2", "清理App和工作群"), ("p", K[2]),
    ("h2", "统一数据平台"), ("p", K[3]),
    ("plain", "【思考题】"), ("plain", "（1）统一的数据平台为什么能减少重复填报？"),
    ("h1", "成效与新问题"), ("p", K[4]), ("p", K[5]),
    ("plain", "【思考题】"), ("plain", "（1）怎样防止清理之后App和工作群“回潮”？"),
    ("plain", "（2）数据平台更新不及时的问题应当怎样解决？"),
    ("h1", "教学建议"),
    ("h2", "教学目标"), ("p", "帮助学员认识基层负担的来源，理解数字化工具在减负与增负之间的两面性。"),
    ("h2", "课时安排"), ("plain", "第一课时：阅读案例，分组讨论各部分的思考题。"),
    ("plain", "第二课时：各组汇报，教师总结。"),
], DECIMAL_OUTLINE), "jianfu", "docx:MS Word 2007 XML", path("libreoffice-outline-thinking-jianfu", "docx"))
expect("libreoffice-outline-thinking-jianfu", "指尖上的减负：W县清理政务App的探索",
       ["帮助学员认识基层负担的来源，理解数字化工具在减负与增负之间的两面性。"],
       [("问题的出现", 1, 2), ("清理App和工作群", 2, 1), ("统一数据平台", 2, 1), ("成效与新问题", 1, 2)],
       ["社区干部为什么要装这么多App、进这么多工作群？", "统一的数据平台为什么能减少重复填报？",
        "怎样防止清理之后App和工作群“回潮”？", "数据平台更新不及时的问题应当怎样解决？"],
       ["第一课时：阅读案例，分组讨论各部分的思考题。", "第二课时：各组汇报，教师总结。"])


# 3. pandoc: the layout of the 中国管理案例共享中心 — a title and subtitle, # 案例正文 and # 案例使用说明,
# the note's seven parts (一、教学目的与用途 … 七、建议课堂计划) with 分析思路, 理论依据与分析, 背景信息 and
# 关键要点 as content, the questions as a 1) list, the plan as a numbered list after a lead-in sentence.
pandoc(lines(
    "---", "title: 老字号遇上直播间", "subtitle: 稻香斋的数字化转型", "---", "",
    "# 案例正文", "",
    "## 一、百年老店的困境", "", M[0], "",
    "## 二、走进直播间", "", M[1], "", M[2], "", M[3], "",
    "## 三、转型中的烦恼", "", M[4], "", M[5], "",
    "# 案例使用说明", "",
    "## 一、教学目的与用途", "",
    "1. 理解传统企业数字化转型的动因与路径；", "2. 分析转型中组织内部的利益冲突与协调机制。", "",
    "## 二、启发思考题", "",
    "1) 稻香斋为什么选择直播，而不是入驻外卖平台？",
    "2) 直播间搬进后厨说明了什么？",
    "3) 如果你是周敏，怎样说服反对直播的老师傅？", "",
    "## 三、分析思路", "",
    "本案例可以沿着“动因—行动—冲突—调整”的顺序展开分析，重点讨论转型中哪些东西变了、哪些东西不能变。", "",
    "## 四、理论依据与分析", "",
    "组织变革理论认为，变革的阻力往往来自既有的利益格局和身份认同。老师傅的疑虑既有收入方面的考虑，也有对手艺价值的担忧。", "",
    "考核办法的调整，实际上是通过重新分配利益来降低变革阻力。", "",
    "## 五、背景信息", "",
    "2020年以后，许多老字号企业开始尝试直播和社群营销，但真正实现线上盈利的并不多。", "",
    "## 六、关键要点", "",
    "- 转型的起点是顾客需求，而不是渠道本身；", "- 内部利益的协调决定了转型能走多远。", "",
    "## 七、建议课堂计划", "",
    "本案例可以作为专门的案例讨论课来进行，整个案例课的课堂时间控制在90分钟以内。", "",
    "1. 课前：布置学员阅读案例，观看一场老字号的直播。",
    "2. 课中：分组讨论（40分钟），小组汇报（30分钟），教师总结（20分钟）。",
    "3. 课后：每人写一份转型建议书。"), path("pandoc-case-centre-daoxiangzhai", "docx"))
expect("pandoc-case-centre-daoxiangzhai", "老字号遇上直播间",
       ["理解传统企业数字化转型的动因与路径；", "分析转型中组织内部的利益冲突与协调机制。"],
       [("百年老店的困境", 2, 1), ("走进直播间", 2, 3), ("转型中的烦恼", 2, 2), ("分析思路", 2, 1),
        ("理论依据与分析", 2, 2), ("背景信息", 2, 1), ("关键要点", 2, 2)],
       ["稻香斋为什么选择直播，而不是入驻外卖平台？", "直播间搬进后厨说明了什么？", "如果你是周敏，怎样说服反对直播的老师傅？"],
       ["课前：布置学员阅读案例，观看一场老字号的直播。", "课中：分组讨论（40分钟），小组汇报（30分钟），教师总结（20分钟）。",
        "课后：每人写一份转型建议书。"], subtitle="稻香斋的数字化转型")


# 4. A LibreOffice PDF from python-docx: two levels of numbering typed in the text, 一、 over 1． (full-width
# stop), in Heading 1 and 2 styles; a part with a lead-in paragraph before its numbered parts; the roles
# as 四、五、六、 after the body, questions and steps as （1）.
d = cjk_document(12)
d.add_paragraph("X县的“阳光村务”小程序", style="Title")
d.add_paragraph("一、改革背景", style="Heading 1")
d.add_paragraph("1．信访压力", style="Heading 2")
d.add_paragraph(N[0] + N[5])
d.add_paragraph("2．村务不公开的老问题", style="Heading 2")
d.add_paragraph(N[5] + N[0])
d.add_paragraph("二、阳光村务小程序", style="Heading 1")
d.add_paragraph("X县的做法可以概括为三步：先把权力和账目搬上网，再把村民教会，最后把村民的意见纳入考核。")
d.add_paragraph("1．上线", style="Heading 2")
d.add_paragraph(N[1] + N[2])
d.add_paragraph("2．推广难题", style="Heading 2")
d.add_paragraph(N[2] + N[1])
d.add_paragraph("3．上门教学", style="Heading 2")
d.add_paragraph(N[3] + N[4])
d.add_paragraph("三、成效", style="Heading 1")
d.add_paragraph(N[4] + N[3])
d.add_paragraph(N[5])
d.add_paragraph("四、教学目标", style="Heading 1")
d.add_paragraph("理解数字技术在村务公开和基层监督中的作用与局限。")
d.add_paragraph("五、思考题", style="Heading 1")
d.add_paragraph("（1）村务公开为什么要借助手机小程序？")
d.add_paragraph("（2）怎样让不会用智能手机的老人也能参与监督？")
d.add_paragraph("（3）把留言回复纳入考核，会不会让村干部疲于应付？")
d.add_paragraph("六、课堂安排", style="Heading 1")
d.add_paragraph("（1）课前阅读案例；")
d.add_paragraph("（2）分组讨论与全班交流。")
save_converted(d, "cunwu", "pdf", path("pdf-two-level-cunwu", "pdf"))
expect("pdf-two-level-cunwu", "X县的“阳光村务”小程序",
       ["理解数字技术在村务公开和基层监督中的作用与局限。"],
       [("信访压力", 2, 1), ("村务不公开的老问题", 2, 1), ("阳光村务小程序", 1, 1), ("上线", 2, 1),
        ("推广难题", 2, 1), ("上门教学", 2, 1), ("成效", 1, 2)],
       ["村务公开为什么要借助手机小程序？", "怎样让不会用智能手机的老人也能参与监督？", "把留言回复纳入考核，会不会让村干部疲于应付？"],
       ["课前阅读案例；", "分组讨论与全班交流。"])


# 5. A LibreOffice PDF from an OpenDocument text: the title and a 目录 page (contents lines with dotted
# leaders and page numbers), then the teaching note first (教学说明 with 一、二、三、), then 案例正文 with
# its own 一、二、三、, a page number centred in the footer of every page.
fodt_converted(fodt([
    ("title", "数据多跑路，群众少跑腿"),
    ("plain", "——一个城市的“一网通办”改革"),
    ("title", "目　录"),
    ("toc1", ("教学说明", 2)), ("toc2", ("一、教学目标", 2)), ("toc2", ("二、讨论题", 2)), ("toc2", ("三、教学安排", 2)),
    ("toc1", ("案例正文", 2)), ("toc2", ("一、改革缘起", 2)), ("toc2", ("二、事项清单与数据共享", 2)),
    ("toc2", ("三、成效与隐忧", 3)),
    ("break", "教学说明"),
    ("h2", "一、教学目标"), ("p", "通过本案例，理解数字政府建设中“以数据共享为原则”的制度安排及其难点。"),
    ("h2", "二、讨论题"),
    ("plain", "1．改革为什么从梳理事项清单开始？"),
    ("plain", "2．“不共享为例外”的例外应当由谁来认定？"),
    ("plain", "3．网上办事普及以后，窗口还有必要保留吗？"),
    ("h2", "三、教学安排"),
    ("plain", "1．课前阅读案例（三十分钟）；"), ("plain", "2．课堂讨论（一小时）；"), ("plain", "3．教师总结（一刻钟）。"),
    ("h1", "案例正文"),
    ("h2", "一、改革缘起"), ("p", J[0] + J[1]), ("p", J[1] + J[0]),
    ("h2", "二、事项清单与数据共享"), ("p", J[2] + J[3]), ("p", J[3] + J[2]), ("p", J[5]),
    ("h2", "三、成效与隐忧"), ("p", J[4] + J[5]), ("p", J[4]),
], NO_OUTLINE, PAGE_FOOTER), "mulu", "pdf", path("pdf-contents-page-yiwangtongban", "pdf"))
expect("pdf-contents-page-yiwangtongban", "数据多跑路，群众少跑腿",
       ["通过本案例，理解数字政府建设中“以数据共享为原则”的制度安排及其难点。"],
       [("改革缘起", 2, 2), ("事项清单与数据共享", 2, 3), ("成效与隐忧", 2, 2)],
       ["改革为什么从梳理事项清单开始？", "“不共享为例外”的例外应当由谁来认定？", "网上办事普及以后，窗口还有必要保留吗？"],
       ["课前阅读案例（三十分钟）；", "课堂讨论（一小时）；", "教师总结（一刻钟）。"],
       subtitle="一个城市的“一网通办”改革")


# 6. A LibreOffice PDF from a pandoc .odt: footnotes at the foot of the pages (their numbers as superscripts
# in the text), an English caption (Exhibit 1) over a small table inside the body, 教学目的 before the body.
tmp = tempfile.mkdtemp()
pandoc(lines(
    "---", "title: 稻香斋：一家老字号的直播转型", "---", "",
    "# 教学目的", "",
    "帮助学员理解传统企业在数字化转型中的战略选择与组织调整。", "",
    "# 一、老店的困境", "",
    M[0].replace("糕点老字号，", "糕点老字号[^1]，") + M[5] + M[0], "",
    M[5] + M[0], "",
    "# 二、直播带货", "",
    M[1] + M[2] + M[1], "",
    M[2] + M[3].replace("三成。", "三成[^2]。") + M[2], "",
    "Exhibit 1　稻香斋销售结构（%）", "",
    "| 年份 | 门店 | 线上 |", "|---|---|---|", "| 2019 | 96 | 4 |", "| 2021 | 70 | 30 |", "",
    "# 三、内部矛盾", "",
    M[4].replace("考核办法，", "考核办法[^3]，") + M[5] + M[4], "",
    M[5] + M[4] + M[3], "",
    "# 四、思考题", "",
    "1. 稻香斋的直播为什么在搬进后厨以后才有了起色？", "2. 线上销售计入门店业绩的办法有什么利弊？", "",
    "# 五、课堂安排", "",
    "1. 课前阅读；", "2. 分组讨论；", "3. 全班交流。", "",
    "[^1]: 稻香斋创立于1903年，2006年被认定为“中华老字号”。",
    "[^2]: 数据由稻香斋财务部提供。",
    "[^3]: 见《稻香斋门店考核办法（2021年修订）》。"), os.path.join(tmp, "footnotes.odt"))
soffice(os.path.join(tmp, "footnotes.odt"), "pdf", path("pdf-footnotes-daoxiangzhai", "pdf"))
expect("pdf-footnotes-daoxiangzhai", "稻香斋：一家老字号的直播转型",
       ["帮助学员理解传统企业在数字化转型中的战略选择与组织调整。"],
       [("老店的困境", 1, 2), ("直播带货", 1, 6), ("内部矛盾", 1, 2), ("注释", 1, 3)],
       ["稻香斋的直播为什么在搬进后厨以后才有了起色？", "线上销售计入门店业绩的办法有什么利弊？"],
       ["课前阅读；", "分组讨论；", "全班交流。"])


# 7. A .txt copied from a WeChat article: the account's line under the title, blank lines between
# paragraphs, 【案例摘要】 first, headings as a number on a line of its own (01) and the name on the next,
# the roles in 【】 at the end with 1) items, the page's closing lines (END, 点个在看) after them.
write("wechat-article-cunwu", "txt", lines(
    "“阳光村务”上了手机：X县的村务公开改革",
    "原创 基层治理观察 基层治理观察 2023-06-08 07:30 发表于浙江",
    "",
    "【案例摘要】本案例记述了X县用小程序公开村务的过程，以及推广中遇到的“数字鸿沟”和干部顾虑。",
    "",
    "01",
    "村务为什么要公开",
    "",
    N[0],
    "",
    "02",
    "小程序上线",
    "",
    N[1],
    "",
    N[2],
    "",
    "03",
    "把村民教会",
    "",
    N[3],
    "",
    "04",
    "效果如何",
    "",
    N[4],
    "",
    N[5],
    "",
    "【教学目的】",
    "",
    "帮助学员理解数字技术在基层治理中的作用与局限。",
    "",
    "【思考题】",
    "",
    "1) 村务公开为什么要借助手机？",
    "2) 怎样让不会用手机的老人也能参与监督？",
    "3) 留言回复纳入考核，会不会让村干部疲于应付？",
    "",
    "【课堂安排】",
    "",
    "1) 课前阅读（20分钟）",
    "2) 分组讨论（40分钟）",
    "3) 全班交流（30分钟）",
    "",
    "- END -",
    "",
    "喜欢本文，就点个“在看”吧"))
expect("wechat-article-cunwu", "“阳光村务”上了手机：X县的村务公开改革",
       ["帮助学员理解数字技术在基层治理中的作用与局限。"],
       [("案例摘要", 1, 1), ("村务为什么要公开", 1, 1), ("小程序上线", 1, 2), ("把村民教会", 1, 1), ("效果如何", 1, 2)],
       ["村务公开为什么要借助手机？", "怎样让不会用手机的老人也能参与监督？", "留言回复纳入考核，会不会让村干部疲于应付？"],
       ["课前阅读（20分钟）", "分组讨论（40分钟）", "全班交流（30分钟）"])


# 8. A .txt copied from a WPS document: the title centred with full-width spaces, a —— subtitle, paragraphs
# indented with two full-width spaces, trailing spaces, 一、 headings with a full-width space after 、,
# role names spaced out (教　学　目　的, 思　考　题), full-width １． items, [1] markers in the text and an
# endnote list under 注　　释.
write("wps-spaced-roles-jianfu", "txt", lines(
    "　　　　　　“指尖上的形式主义”怎么减？",
    "　　　　　　　　——W县基层减负的实践",
    "一、　问题的由来",
    "　　" + K[0],
    "　　" + K[1].replace("形式主义”。", "形式主义”[1]。") + "  ",
    "二、　整治的做法",
    "　　" + K[2],
    "　　" + K[3] + " ",
    "三、　效果与争议",
    "　　" + K[4].replace("减少了七成。", "减少了七成[2]。"),
    "　　" + K[5],
    "教　学　目　的",
    "　　帮助学员认识“指尖上的形式主义”的成因，思考数字化工具如何真正为基层减负。",
    "思　考　题",
    "１．　为什么上级部门都愿意开发自己的App？",
    "２．　统一数据平台能否从根本上解决重复填报？",
    "３．　你所在的单位有没有类似的问题？",
    "课　时　安　排",
    "第一课时：阅读案例，分组讨论。",
    "第二课时：全班交流，教师总结。",
    "注　　释",
    "[1]　该说法最早见于2019年中央有关部门的通知。",
    "[2]　数据来自W县委办公室2021年的总结材料。"))
expect("wps-spaced-roles-jianfu", "“指尖上的形式主义”怎么减？",
       ["帮助学员认识“指尖上的形式主义”的成因，思考数字化工具如何真正为基层减负。"],
       [("问题的由来", 1, 2), ("整治的做法", 1, 2), ("效果与争议", 1, 2), ("注释", 1, 2)],
       ["为什么上级部门都愿意开发自己的App？", "统一数据平台能否从根本上解决重复填报？", "你所在的单位有没有类似的问题？"],
       ["第一课时：阅读案例，分组讨论。", "第二课时：全班交流，教师总结。"],
       subtitle="W县基层减负的实践")


# 9. Markdown with setext headings (=== and ---), a 目录 of links at the top, the teaching note before the
# body with its roles as labels (教学目标：, 思考题：, 课堂安排：) and 1) items, the body's parts as ### under
# a setext 案例正文.
write("markdown-setext-contents-daoxiangzhai", "md", lines(
    "老字号的直播间",
    "==============",
    "",
    "目录",
    "",
    "- [教学说明](#教学说明)",
    "- [案例正文](#案例正文)",
    "  - [一、百年老店](#一百年老店)",
    "  - [二、直播间搬进后厨](#二直播间搬进后厨)",
    "  - [三、新品与冷链](#三新品与冷链)",
    "  - [四、老师傅的疑虑](#四老师傅的疑虑)",
    "",
    "教学说明",
    "--------",
    "",
    "教学目标：理解老字号企业数字化转型中“变”与“不变”的关系。",
    "",
    "思考题：",
    "",
    "1) 稻香斋的直播为什么一开始不成功？",
    "2) 推出新品和建设冷链对稻香斋意味着什么？",
    "3) 怎样看待老师傅说直播“不务正业”？",
    "",
    "课堂安排：",
    "",
    "1) 课前阅读案例；",
    "2) 课上分组讨论，每组汇报五分钟。",
    "",
    "案例正文",
    "--------",
    "",
    "### 一、百年老店",
    "", M[0], "",
    "### 二、直播间搬进后厨",
    "", M[1], "", M[2], "",
    "### 三、新品与冷链",
    "", M[3], "",
    "### 四、老师傅的疑虑",
    "", M[4], "", M[5]))
expect("markdown-setext-contents-daoxiangzhai", "老字号的直播间",
       ["理解老字号企业数字化转型中“变”与“不变”的关系。"],
       [("百年老店", 2, 1), ("直播间搬进后厨", 2, 2), ("新品与冷链", 2, 1), ("老师傅的疑虑", 2, 2)],
       ["稻香斋的直播为什么一开始不成功？", "推出新品和建设冷链对稻香斋意味着什么？", "怎样看待老师傅说直播“不务正业”？"],
       ["课前阅读案例；", "课上分组讨论，每组汇报五分钟。"])


# 10. Markdown exported from an online document (飞书/语雀): numbered ## 1. headings, the summary in a
# > quote, bold 关键词, an exhibit as a bold caption over a pipe table, Markdown footnotes ([^1]) in
# the text with their notes at the end, the questions in one paragraph with ① ② ③, the plan as - items.
write("markdown-export-footnotes-yiwangtongban", "md", lines(
    "# 数据跑路，群众少跑腿：V市“一网通办”改革",
    "",
    "> 案例摘要：本案例记述了V市“一网通办”改革从梳理事项到打通数据的过程，以及改革中部门协同和适老服务的难题。",
    "",
    "**关键词**：一网通办；数据共享；数字政府",
    "",
    "## 1. 改革缘起",
    "",
    J[0].replace("上万件。", "上万件[^1]。"),
    "",
    J[1],
    "",
    "## 2. 事项清单与数据共享",
    "",
    J[2],
    "",
    J[3],
    "",
    "**附表1　V市“一网通办”改革前后对比**",
    "",
    "| 指标 | 2019年 | 2021年 |",
    "| :--- | :---: | :---: |",
    "| 网上可办事项比例 | 35% | 90% |",
    "| 企业开办时间 | 5个工作日 | 0.5个工作日 |",
    "| 平均提交材料 | 8份 | 3份 |",
    "",
    "## 3. 成效与隐忧",
    "",
    J[4],
    "",
    J[5].replace("协调会。”", "协调会。”[^2]"),
    "",
    "## 4. 教学目的",
    "",
    "帮助学员理解数字政府建设中流程再造、数据共享与部门协同的关系。",
    "",
    "## 5. 思考题",
    "",
    "请结合案例思考：①V市为什么要先梳理事项清单？②部门不愿共享数据的原因是什么？③改革怎样兼顾老年人的办事习惯？",
    "",
    "## 6. 课堂安排",
    "",
    "- 课前：阅读案例，查阅本地的政务服务网站。",
    "- 课中：分组讨论思考题（60分钟）。",
    "- 课后：每组提交一页分析报告。",
    "",
    "[^1]: 数据来自V市12345市民热线2018年度报告。",
    "[^2]: 根据作者2022年在V市的访谈整理。"))
expect("markdown-export-footnotes-yiwangtongban", "数据跑路，群众少跑腿：V市“一网通办”改革",
       ["帮助学员理解数字政府建设中流程再造、数据共享与部门协同的关系。"],
       [("案例摘要", 1, 1), ("关键词", 1, 1), ("改革缘起", 1, 2), ("事项清单与数据共享", 1, 7), ("成效与隐忧", 1, 2),
        ("注释", 1, 2)],
       ["V市为什么要先梳理事项清单？", "部门不愿共享数据的原因是什么？", "改革怎样兼顾老年人的办事习惯？"],
       ["课前：阅读案例，查阅本地的政务服务网站。", "课中：分组讨论思考题（60分钟）。", "课后：每组提交一页分析报告。"])

finish()
