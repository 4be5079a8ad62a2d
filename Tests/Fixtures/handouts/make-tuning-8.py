#!/usr/bin/env python3
"""Writes the eighth TUNING round of hand-outs (issue 25, fifth session) and their expected outlines.

Shapes real teachers bring that the corpus lacked, each made the way such a file is made: a university
template .docx (a running header, a cover table of course facts, then the case); Word multilevel list
numbering on heading styles, the numbers only in numbering.xml; LibreOffice PDFs whose heading levels differ
only by font size; a PDF with a running head and `第 N 页 共 M 页` at each foot; Word footnotes on several
PDF pages; a case in two parts (A)/(B) with questions after each; questions and plan in Word tables; a
CNKI-style 【摘要】【关键词】 paper with [1] references; a chat paste with a blank line after every line; a
Notion export (emoji headings, a property block, a table, footnotes with no blank line before them); a
Yuque export (anchors before headings, bold headings); a hand-out forwarded by e-mail (the header and the
teacher's note above a rule); a .docx with headings formatted by hand (bold, larger). These are TUNING hand-outs: rules are written
while looking at them (none is in heldout.list).

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei poppler-utils
    python3 Tests/Fixtures/handouts/make-tuning-8.py
"""
import os
import tempfile

import handoutgen as g

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = g.NAMES
write, lines, expect = g.write, g.lines, g.expect

# --- Pools of case text (new topics: waste sorting, rural guesthouses, medical insurance) ------------
L = [
    "P市自2019年起在全市推行生活垃圾强制分类，要求居民将垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类，定时定点投放。",
    "推行之初，许多小区设置了“桶边督导”，由志愿者和物业人员在投放点值守，指导居民破袋投放厨余垃圾。居民对定时投放颇有怨言，上班族尤其不便。",
    "为了提高参与率，一些街道引入积分奖励，居民正确投放可以兑换日用品；另一些街道则对违规投放的单位和个人处以罚款。两种做法的效果差别很大。",
    "三年后，P市的厨余垃圾分出率从不足百分之五提高到百分之二十以上，但后端处理能力不足，部分分好的垃圾又被混装运走，挫伤了居民的积极性。",
]
M = [
    "W村地处山区，距县城六十公里，过去村民靠种植玉米和外出务工为生。2016年，一位返乡青年把自家老屋改成民宿，周末客房常常一房难求。",
    "此后，村里陆续开出了四十多家民宿，村集体成立合作社，统一接待、统一定价，并把闲置农房流转给外来投资者改造。",
    "民宿的兴起带来了收入，也带来了矛盾：外来投资者与村民在收益分配上争执不断，停车、垃圾和噪声问题让老人们不胜其烦。",
    "2022年，县里出台民宿管理办法，对消防、卫生和经营许可提出了统一要求，一些小民宿因达不到标准而停业。",
]
Y = [
    "2020年，Q省开始推行医保支付方式改革，对住院费用按病种分值付费，医院在一个病种上花得越多，结余越少。",
    "改革后，一些医院出现了推诿重症病人、分解住院的现象；也有医院借机规范诊疗，缩短了平均住院日。",
    "省医保局随后建立了病种分值的动态调整机制，并通过大数据监控发现异常的住院记录，对违规医院扣减分值。",
]


def docx_document():
    import docx
    return docx.Document()


def add_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    return t


def converted(d, stem, fmt, out):
    """Saves a python-docx document and converts it with headless LibreOffice in a profile of its own
    (another LibreOffice running on the machine makes a shared profile's conversion fail)."""
    import subprocess
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, stem + ".docx")
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"), "--headless",
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(os.path.join(tmp, stem + "." + fmt.split(":")[0]), out)


def libreoffice_pdf(d, stem, name):
    converted(d, stem, "pdf", g.path(name, "pdf"))


def heading_sizes(d, sizes):
    """Sets the heading styles' font sizes (points) and takes away their colour: the levels differ by size alone."""
    from docx.shared import Pt, RGBColor
    for style, pt in sizes.items():
        s = d.styles[style]
        s.font.size = Pt(pt)
        s.font.bold = True
        s.font.color.rgb = RGBColor(0, 0, 0)
        s.font.name = "WenQuanYi Zen Hei"


def multilevel_numbering(d, levels):
    """Adds a Word multilevel list to numbering.xml (`levels`: (format, lvlText) per level; the levels below the
    first "legal", as Word's 第1章/1.1 chapter list has them) and returns its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = d.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/>{"<w:isLgl/>" if i else ""}<w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    numbering.insert(0, abstract)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
    numbering.append(num)
    return 77


def numbered(p, num_id, level):
    """Gives a paragraph Word's automatic number (numPr) at `level`: no number in its text."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


# 1. A university template .docx: a running header, the title, a cover table of course facts, then the case.
d = docx_document()
d.sections[0].header.paragraphs[0].text = "某某大学公共管理学院 MPA教学案例"
d.add_paragraph("P市生活垃圾分类的“最后一公里”", style="Title")
add_table(d, [["课程名称", "公共政策分析"], ["适用对象", "MPA研究生"], ["案例类型", "决策型"], ["建议学时", "2学时"]])
d.add_paragraph("一、教学目的", style="Heading 1")
d.add_paragraph("理解政策执行中的激励工具与强制工具。")
d.add_paragraph("二、案例正文", style="Heading 1")
d.add_paragraph("（一）强制分类的开始", style="Heading 2")
d.add_paragraph(L[0])
d.add_paragraph(L[1])
d.add_paragraph("（二）积分与罚款", style="Heading 2")
d.add_paragraph(L[2])
d.add_paragraph("（三）前端与后端", style="Heading 2")
d.add_paragraph(L[3])
d.add_paragraph("三、思考题", style="Heading 1")
d.add_paragraph("1．积分奖励与罚款各有什么利弊？")
d.add_paragraph("2．后端处理能力不足会怎样影响居民的行为？")
d.add_paragraph("四、课堂安排", style="Heading 1")
d.add_paragraph("课前阅读，课上分组讨论，教师总结。")
d.save(g.path("university-cover-table-laji", "docx"))
expect("university-cover-table-laji", "P市生活垃圾分类的“最后一公里”",
       ["理解政策执行中的激励工具与强制工具。"],
       [("课程名称", 1, 1), ("适用对象", 1, 1), ("案例类型", 1, 1), ("建议学时", 1, 1), ("强制分类的开始", 2, 2), ("积分与罚款", 2, 1), ("前端与后端", 2, 1)],
       ["积分奖励与罚款各有什么利弊？", "后端处理能力不足会怎样影响居民的行为？"],
       ["课前阅读，课上分组讨论，教师总结。"])

# 2. Word multilevel list numbering on the headings (第一章 / 1.1), the numbers only in numbering.xml;
#    the roles are unnumbered Heading 1 paragraphs after the body.
d = docx_document()
d.add_paragraph("W村民宿的兴与忧", style="Title")
num = multilevel_numbering(d, [("chineseCounting", "第%1章"), ("decimal", "%1.%2")])
for level, text, body in [
        (0, "民宿的兴起", []), (1, "返乡青年的老屋", [M[0]]), (1, "合作社", [M[1]]),
        (0, "民宿的烦恼", []), (1, "收益之争", [M[2]]), (1, "统一标准", [M[3]])]:
    p = d.add_paragraph(text, style="Heading 1" if level == 0 else "Heading 2")
    numbered(p, num, level)
    for b in body:
        d.add_paragraph(b)
d.add_paragraph("教学目标", style="Heading 1")
d.add_paragraph("认识乡村旅游中村集体、村民与投资者之间的利益关系。")
d.add_paragraph("讨论问题", style="Heading 1")
d.add_paragraph("合作社在民宿发展中起了什么作用？", style="List Number")
d.add_paragraph("统一标准对小民宿公平吗？", style="List Number")
d.add_paragraph("教学安排", style="Heading 1")
d.add_paragraph("阅读案例（课前）；", style="List Bullet")
d.add_paragraph("分组讨论（45分钟）；", style="List Bullet")
d.add_paragraph("全班交流（30分钟）。", style="List Bullet")
d.save(g.path("docx-multilevel-chapters-minsu", "docx"))
expect("docx-multilevel-chapters-minsu", "W村民宿的兴与忧",
       ["认识乡村旅游中村集体、村民与投资者之间的利益关系。"],
       [("返乡青年的老屋", 2, 1), ("合作社", 2, 1), ("收益之争", 2, 1), ("统一标准", 2, 1)],
       ["合作社在民宿发展中起了什么作用？", "统一标准对小民宿公平吗？"],
       ["阅读案例（课前）；", "分组讨论（45分钟）；", "全班交流（30分钟）。"])

# 3. A LibreOffice PDF whose headings carry no numbers: levels differ only by font size (18 / 15 pt, body 11).
d = g.cjk_document(11)
heading_sizes(d, {"Title": 22, "Heading 1": 18, "Heading 2": 15})
d.add_paragraph("Q省医保支付方式改革", style="Title")
d.add_paragraph("教学目的", style="Heading 1")
d.add_paragraph("理解支付方式改革对医院行为的影响。")
d.add_paragraph("改革的由来", style="Heading 1")
d.add_paragraph("按病种分值付费", style="Heading 2")
d.add_paragraph(Y[0])
d.add_paragraph("医院的反应", style="Heading 2")
d.add_paragraph(Y[1])
d.add_paragraph("监管的跟进", style="Heading 1")
d.add_paragraph(Y[2])
d.add_paragraph("思考题", style="Heading 1")
d.add_paragraph("1．按病种付费为什么会引起推诿病人？")
d.add_paragraph("2．大数据监管能否替代对医院的信任？")
d.add_paragraph("课堂安排", style="Heading 1")
d.add_paragraph("课前阅读，课上讨论，最后总结。")
libreoffice_pdf(d, "sizes", "pdf-font-size-levels-yibao")
expect("pdf-font-size-levels-yibao", "Q省医保支付方式改革",
       ["理解支付方式改革对医院行为的影响。"],
       [("按病种分值付费", 2, 1), ("医院的反应", 2, 1), ("监管的跟进", 1, 1)],
       ["按病种付费为什么会引起推诿病人？", "大数据监管能否替代对医院的信任？"],
       ["课前阅读，课上讨论，最后总结。"])

# 4. A LibreOffice PDF of several pages: a running head (the school's line) and `第 N 页 共 M 页` at each foot,
#    headings `一、` over `（一）` typed in the text.
d = g.cjk_document(14)
d.sections[0].header.paragraphs[0].text = "公共管理案例教学资料"
foot = d.sections[0].footer.paragraphs[0]
foot.add_run("第 ")
g.field(foot, "PAGE")
foot.add_run(" 页 共 ")
g.field(foot, "NUMPAGES")
foot.add_run(" 页")
d.add_paragraph("垃圾分类里的基层治理")
d.add_paragraph("一、教学目的")
d.add_paragraph("认识基层治理中动员居民的方式。")
d.add_paragraph("二、案例")
d.add_paragraph("（一）定时定点")
for t in [L[0], L[1], L[0], L[1], L[0], L[1]]:
    d.add_paragraph(t)
d.add_paragraph("（二）奖与罚")
for t in [L[2], L[3], L[2], L[3], L[2], L[3]]:
    d.add_paragraph(t)
d.add_paragraph("三、思考题")
d.add_paragraph("1．桶边督导能否长期坚持？")
d.add_paragraph("2．积分奖励的钱应当由谁出？")
d.add_paragraph("四、课堂安排")
d.add_paragraph("阅读、讨论、总结。")
libreoffice_pdf(d, "pages", "pdf-running-head-page-of-laji")
expect("pdf-running-head-page-of-laji", "垃圾分类里的基层治理",
       ["认识基层治理中动员居民的方式。"],
       [("定时定点", 2, 6), ("奖与罚", 2, 6)],
       ["桶边督导能否长期坚持？", "积分奖励的钱应当由谁出？"],
       ["阅读、讨论、总结。"])

# 5. Word footnotes on several pages of a PDF (pandoc .docx with [^n] notes, printed by LibreOffice).
note_md = lines(
    "---", "title: 山村民宿的规矩", "---", "",
    "# 教学目标", "", "理解乡村治理中正式规则与村规民约的关系。", "",
    "# 一、老屋变民宿", "",
    M[0] + "[^1]", "", M[1], "", M[0], "", M[1], "",
    "# 二、新规矩", "",
    M[2] + "[^2]", "", M[3], "", M[2], "", M[3] + "[^3]", "",
    "# 思考题", "", "1. 村规民约能否约束外来投资者？", "2. 统一标准应当怎样兼顾小民宿？", "",
    "# 课堂安排", "", "课前阅读，课上讨论。", "",
    "[^1]: 据W村合作社2021年的统计。", "",
    "[^2]: 见县文旅局的调查报告。", "",
    "[^3]: 《W县民宿管理办法（试行）》，2022年。", "")
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "notes.docx")
g.pandoc(note_md, src)
import docx as _docx
from docx.shared import Pt
nd = _docx.Document(src)
nd.styles["Normal"].font.name = "WenQuanYi Zen Hei"
for s in nd.styles:
    try:
        if s.font is not None:
            s.font.name = "WenQuanYi Zen Hei"
    except Exception:
        pass
for s in nd.styles:
    if s.name in ("Body Text", "First Paragraph", "Compact"):
        s.font.size = Pt(16)
libreoffice_pdf(nd, "notes", "pdf-footnotes-pages-minsu")
expect("pdf-footnotes-pages-minsu", "山村民宿的规矩",
       ["理解乡村治理中正式规则与村规民约的关系。"],
       [("老屋变民宿", 1, 4), ("新规矩", 1, 4), ("注释", 1, 3)],
       ["村规民约能否约束外来投资者？", "统一标准应当怎样兼顾小民宿？"],
       ["课前阅读，课上讨论。"], dropped=0)

# 6. A case in two parts, (A) and (B), each with its own questions after it (.txt).
write("two-part-ab-yibao", "txt", lines(
    "Q省的医保改革",
    "教学目的：理解支付方式改革的激励效应及其修正。",
    "案例（A）：改革启动",
    Y[0],
    "讨论题：",
    "1．按病种分值付费想解决什么问题？",
    "2．你预计医院会如何应对？",
    "案例（B）：改革之后",
    Y[1],
    Y[2],
    "讨论题：",
    "3．医院的反应是否在意料之中？",
    "4．动态调整机制能否纠正扭曲？",
    "课堂安排：先发（A）讨论，再发（B）讨论，最后总结。"))
expect("two-part-ab-yibao", "Q省的医保改革",
       ["理解支付方式改革的激励效应及其修正。"],
       [("案例（A）：改革启动", 1, 1), ("案例（B）：改革之后", 1, 2)],
       ["按病种分值付费想解决什么问题？", "你预计医院会如何应对？", "医院的反应是否在意料之中？", "动态调整机制能否纠正扭曲？"],
       ["先发（A）讨论，再发（B）讨论，最后总结。"])

# 7. Questions and the class plan in Word tables (python-docx, re-saved by LibreOffice as WPS users do).
d = docx_document()
d.add_paragraph("积分换来的分类", style="Title")
d.add_paragraph("教学目标", style="Heading 1")
d.add_paragraph("理解正向激励在基层治理中的作用与成本。")
d.add_paragraph("案例正文", style="Heading 1")
d.add_paragraph(L[1])
d.add_paragraph(L[2])
d.add_paragraph("思考题", style="Heading 1")
add_table(d, [["序号", "问题"], ["1", "积分奖励为什么能提高参与率？"], ["2", "积分的成本由谁承担？"], ["3", "奖励停了以后居民还会分类吗？"]])
d.add_paragraph("课堂安排", style="Heading 1")
d.add_paragraph("课前阅读案例，课上分组讨论后由各组汇报。")
converted(d, "tables", "docx:MS Word 2007 XML", g.path("docx-question-table-laji", "docx"))
expect("docx-question-table-laji", "积分换来的分类",
       ["理解正向激励在基层治理中的作用与成本。"],
       [("案例正文", 1, 2)],
       ["积分奖励为什么能提高参与率？", "积分的成本由谁承担？", "奖励停了以后居民还会分类吗？"],
       ["课前阅读案例，课上分组讨论后由各组汇报。"])

# 8. A CNKI-style paper used as a case: 【摘要】【关键词】, 一、 headings, [1] references at the end (.txt).
write("cnki-abstract-refs-minsu", "txt", lines(
    "乡村民宿发展中的利益协调",
    "——基于W村的案例研究",
    "【摘要】本文以W村为例，描述了民宿兴起后村集体、村民与外来投资者之间的利益冲突及其协调过程。",
    "【关键词】乡村旅游；民宿；利益协调",
    "一、引言",
    M[0],
    "二、合作社的兴起",
    M[1] + "[1]",
    "三、冲突与规范",
    M[2],
    M[3] + "[2]",
    "四、教学目的",
    "理解乡村振兴中的利益协调机制。",
    "五、思考题",
    "1．合作社为什么能统一定价？",
    "2．外来投资者与村民的矛盾应当怎样化解？",
    "六、课堂安排",
    "课前阅读，课上辩论。",
    "参考文献",
    "[1] 张三. 乡村旅游合作社研究[J]. 农村经济, 2020(3): 12-18.",
    "[2] 李四. 民宿规范化管理的地方实践[J]. 旅游学刊, 2022(5): 30-37."))
expect("cnki-abstract-refs-minsu", "乡村民宿发展中的利益协调",
       ["理解乡村振兴中的利益协调机制。"],
       [("摘要", 1, 1), ("关键词", 1, 1), ("引言", 1, 1), ("合作社的兴起", 1, 1), ("冲突与规范", 1, 2),
        ("参考文献", 1, 2)],
       ["合作社为什么能统一定价？", "外来投资者与村民的矛盾应当怎样化解？"],
       ["课前阅读，课上辩论。"],
       subtitle="基于W村的案例研究")

# 9. A paste from a chat tool: a blank line after every line, two or three between parts, paragraphs cut
#    where the sender pressed Enter (.txt).
chat = ["医保改革案例（周三课用）", "", "",
        "教学目的", "", "了解医保支付方式改革的目标与难点。", "", "", "",
        "一、改革的背景", "", Y[0], "", "", "二、医院怎么应对", "", Y[1], "", Y[2], "", "", "",
        "三、思考题", "", "1、改革为什么会带来推诿病人？", "", "2、监管应当从哪里入手？", "", "", "",
        "四、课堂安排", "", "分组讨论，每组汇报五分钟。", "", ""]
write("chat-paste-blank-lines-yibao", "txt", "\n".join(chat) + "\n")
expect("chat-paste-blank-lines-yibao", "医保改革案例（周三课用）",
       ["了解医保支付方式改革的目标与难点。"],
       [("改革的背景", 1, 1), ("医院怎么应对", 1, 2)],
       ["改革为什么会带来推诿病人？", "监管应当从哪里入手？"],
       ["分组讨论，每组汇报五分钟。"])

# 10. A Notion export: `# title`, a property block, emoji headings, a table, a callout, footnote
#     definitions right after the last line (no blank line before them).
write("notion-export-laji", "md", lines(
    "# 垃圾分类的积分与罚款", "",
    "课程: 公共政策分析", "标签: 基层治理, 政策工具", "创建时间: 2023年9月1日 10:20", "",
    "## 🎯 教学目标", "",
    "- 比较激励型与强制型政策工具；", "- 理解政策执行中的前后端衔接。", "",
    "## 📖 案例正文", "",
    "### 1. 强制分类", "",
    L[0] + "[^1]", "",
    "### 2. 两种做法", "",
    L[2], "",
    "| 做法 | 街道数 | 分出率 |", "| --- | --- | --- |", "| 积分 | 12 | 18% |", "| 罚款 | 9 | 22% |", "",
    "### 3. 后端的短板", "",
    L[3] + "[^2]", "",
    "## 💡 思考题", "",
    "1. 积分与罚款哪一种更可持续？", "2. 前端分类与后端处理应当怎样衔接？", "",
    "## 🗓️ 课堂安排", "",
    "1. 课前阅读（学生自学）", "2. 分组讨论（40分钟）", "3. 教师总结（10分钟）",
    "[^1]: P市城市管理委员会，2019年。",
    "[^2]: 据P市统计年鉴。"))
expect("notion-export-laji", "垃圾分类的积分与罚款",
       ["比较激励型与强制型政策工具；", "理解政策执行中的前后端衔接。"],
       [("课程", 1, 1), ("标签", 1, 1), ("创建时间", 1, 1), ("强制分类", 2, 1), ("两种做法", 2, 4), ("后端的短板", 2, 1),
        ("注释", 1, 2)],
       ["积分与罚款哪一种更可持续？", "前端分类与后端处理应当怎样衔接？"],
       ["课前阅读（学生自学）", "分组讨论（40分钟）", "教师总结（10分钟）"],
       dropped=None)

# 11. A Yuque (语雀) export: an anchor before each heading, bold lines as the parts' headings, `> ` notes.
write("yuque-export-minsu", "md", lines(
    "<a name=\"top\"></a>", "# W村民宿调查", "",
    "<a name=\"jxmb\"></a>", "## 教学目标", "",
    "认识乡村旅游发展中的集体行动问题。", "",
    "<a name=\"alzw\"></a>", "## 案例正文", "",
    "**一、老屋的新生**", "",
    M[0], "",
    "**二、合作社**", "",
    M[1], "",
    "> 说明：文中数字由村合作社提供。", "",
    "**三、矛盾**", "",
    M[2], "", M[3], "",
    "<a name=\"sk\"></a>", "## 思考题", "",
    "1. 合作社的统一定价会不会损害个别农户？", "2. 政府的统一标准应当怎样执行？", "",
    "<a name=\"ap\"></a>", "## 课堂安排", "",
    "课前阅读，课上讨论。"))
expect("yuque-export-minsu", "W村民宿调查",
       ["认识乡村旅游发展中的集体行动问题。"],
       [("老屋的新生", 2, 1), ("合作社", 2, 2), ("矛盾", 2, 2)],
       ["合作社的统一定价会不会损害个别农户？", "政府的统一标准应当怎样执行？"],
       ["课前阅读，课上讨论。"])

# 12. A hand-out forwarded by e-mail and pasted from the mail program: the header's fields, the teacher's note,
#     a rule line, then the case (.txt).
write("email-forward-laji", "txt", lines(
    "发件人：王老师 <wang@example.edu.cn>", "发送时间：2023年3月2日 9:15", "收件人：公共管理2022级MPA", "主题：周五课的案例材料", "",
    "各位同学：", "", "附上周五讨论的案例，请提前阅读。", "", "王老师", "",
    "----------", "",
    "垃圾分类的积分账本", "",
    "一、教学目的", "理解正向激励在基层治理中的成本。", "",
    "二、案例正文", L[1], "", L[2], "", L[3], "",
    "三、思考题", "1．积分奖励的钱从哪里来？", "2．奖励停了以后居民还会分类吗？", "",
    "四、课堂安排", "课前阅读，课上讨论。"))
expect("email-forward-laji", "垃圾分类的积分账本",
       ["理解正向激励在基层治理中的成本。"],
       [("案例正文", 1, 3)],
       ["积分奖励的钱从哪里来？", "奖励停了以后居民还会分类吗？"],
       ["课前阅读，课上讨论。"], dropped=7)

# 13. A .docx whose headings are formatted by hand in the Normal style: bold and larger (16 pt, then 14 pt),
#     the body in the default size, no heading style anywhere (python-docx).
d = docx_document()
from docx.shared import Pt as _Pt


def by_hand(text, size):
    r = d.add_paragraph().add_run(text)
    r.bold = True
    r.font.size = _Pt(size)


by_hand("乡村民宿的治理难题", 20)
by_hand("教学目标", 16)
d.add_paragraph("理解乡村治理中村集体、村民与投资者的关系。")
by_hand("民宿的兴起", 16)
by_hand("返乡青年", 14)
d.add_paragraph(M[0])
by_hand("合作社", 14)
d.add_paragraph(M[1])
by_hand("规范与冲突", 16)
d.add_paragraph(M[2])
d.add_paragraph(M[3])
by_hand("思考题", 16)
d.add_paragraph("1．合作社为什么能统一定价？")
d.add_paragraph("2．统一标准对小民宿公平吗？")
by_hand("课堂安排", 16)
d.add_paragraph("课前阅读，课上讨论。")
d.save(g.path("docx-sizes-by-hand-minsu", "docx"))
expect("docx-sizes-by-hand-minsu", "乡村民宿的治理难题",
       ["理解乡村治理中村集体、村民与投资者的关系。"],
       [("返乡青年", 2, 1), ("合作社", 2, 1), ("规范与冲突", 1, 2)],
       ["合作社为什么能统一定价？", "统一标准对小民宿公平吗？"],
       ["课前阅读，课上讨论。"])

if __name__ == "__main__":
    print("\n".join(ROUND))
