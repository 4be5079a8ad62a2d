#!/usr/bin/env python3
"""Writes the third round's held-out hand-outs (issue 25): shapes the importer was never tuned on,
written before any rule was changed for them, from two new pools of case text.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui
    python3 Tests/Fixtures/handouts/make-heldout-3.py

Each is added to heldout.list (make-corpus.py keeps them there when it rewrites the list).
"""
from handoutgen import expect, finish, html_converted, lines, pandoc, path, write

D = [
    "R市境内河网密布，大小河道两千余条。过去，河道管理分属水利、环保、城建等多个部门，出了问题常常相互推诿，群众形象地说“九龙治水，水却越治越脏”。",
    "2017年，R市全面推行河长制，由各级党政负责人担任河长，市、县、乡、村四级共设河长三千二百余名，每条河道都在岸边竖起了公示牌，写明河长姓名和联系电话。",
    "河长制推行之初，一些基层河长把巡河当作任务，巡河记录写得整整齐齐，河道里的垃圾却没有减少。市里随后上线了巡河App，要求河长巡河时上传定位和照片。",
    "为了调动群众参与，R市招募了一批“民间河长”，由退休教师、渔民和志愿者担任，他们发现问题后可以直接在App上派单，由责任部门限期处理。",
    "三年后，全市劣五类水体基本消除，城区黑臭水体全部完成整治。但也有基层干部反映，河长的考核指标越来越多，一个乡镇干部往往要兼任五六条河的河长。",
    "一位乡镇河长说：“河长制把责任落到了人头上，这是好事。可河道的问题很多出在上游，出在企业，光靠我们乡镇巡河，很多事是管不了的。”",
]
E = [
    "M区有建成于上世纪八九十年代的老旧小区一百三十多个，普遍存在管线老化、没有电梯、停车难等问题，居住在其中的老年人比例超过三成。",
    "2019年，M区启动老旧小区综合改造，改造内容分为基础类、完善类和提升类三类，基础类由财政兜底，完善类和提升类则鼓励居民出资、社会资本参与。",
    "改造中最难的是加装电梯。一楼居民担心采光和噪音，高楼层居民则急于上下楼方便，同一个单元的居民意见常常难以统一，有的单元协商了两年也没有结果。",
    "为此，街道引入了“居民议事会”，由社区工作者、居民代表和设计单位一起开会，逐户听取意见，并对一楼居民给予一定补偿。",
    "到2021年底，M区累计完成改造小区九十二个，加装电梯二百一十部。居民满意度调查显示，对改造效果表示满意的居民占百分之八十七。",
    "一位社区书记感慨：“改造不只是修房子，更是把邻里重新聚在一起。议事会开得多了，大家有事愿意商量了，这比加一部电梯还难得。”",
]

# 1. python-docx: headings typed as bold lines in the Normal style (no heading styles), the title
# centred, a real table inside the body after its caption, questions in Word's automatic numbering.
def bold_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()

    def bold(text, centre=False):
        p = d.add_paragraph()
        p.add_run(text).bold = True
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    bold("河长制下的R市治水", centre=True)
    bold("一、教学目标与要求")
    d.add_paragraph("了解河长制的责任结构；", style="List Number")
    d.add_paragraph("思考基层治理中的责任下沉问题。", style="List Number")
    bold("二、案例正文")
    bold("（一）从“九龙治水”到河长制")
    d.add_paragraph(D[0])
    d.add_paragraph(D[1])
    bold("（二）巡河与民间河长")
    d.add_paragraph(D[2])
    d.add_paragraph(D[3])
    d.add_paragraph("表1　R市河长制推行前后主要指标")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["指标", "2017年", "2020年"], ["劣五类水体（条）", "46", "3"], ["黑臭水体（条）", "21", "0"]]):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    bold("（三）成效与困惑")
    d.add_paragraph(D[4])
    d.add_paragraph(D[5])
    bold("三、课后思考题")
    d.add_paragraph("河长制为什么能改变“九龙治水”的局面？", style="List Number 2")
    d.add_paragraph("乡镇河长“管不了”的问题应当如何解决？", style="List Number 2")
    bold("四、教学环节设计")
    d.add_paragraph("案例导入（10分钟）", style="List Bullet")
    d.add_paragraph("小组讨论（40分钟）", style="List Bullet")
    d.add_paragraph("总结提升（20分钟）", style="List Bullet")
    d.save(path)


bold_docx(path("docx-bold-headings-hezhangzhi", "docx"))
expect("docx-bold-headings-hezhangzhi", "河长制下的R市治水",
       ["了解河长制的责任结构；", "思考基层治理中的责任下沉问题。"],
       [("从“九龙治水”到河长制", 2, 2), ("巡河与民间河长", 2, 6), ("成效与困惑", 2, 2)],
       ["河长制为什么能改变“九龙治水”的局面？", "乡镇河长“管不了”的问题应当如何解决？"],
       ["案例导入（10分钟）", "小组讨论（40分钟）", "总结提升（20分钟）"])


# 2. LibreOffice: a web page saved as .docx (as teachers save a page from a course site): <h1>..<h3>,
# <ol> lists in automatic numbering, a 参考资料 list after the plan.
html = """<html><head><meta charset="utf-8"><title>老旧小区改造</title></head><body>
<h1>老旧小区改造中的协商：M区的做法</h1>
<h2>教学目的 Teaching Objectives</h2>
<ol><li>了解老旧小区改造的政策框架；</li><li>理解居民协商在公共事务中的作用。</li></ol>
<h2>案例正文</h2>
<h3>改造的缘起</h3><p>%s</p><p>%s</p>
<h3>加装电梯的难题</h3><p>%s</p><p>%s</p>
<h3>成效</h3><p>%s</p><p>%s</p>
<h2>讨论题 Questions for Discussion</h2>
<ol><li>改造费用应当如何在政府和居民之间分担？</li><li>一楼居民的补偿是否合理？</li><li>居民议事会能否推广到其他公共事务？</li></ol>
<h2>课堂安排 Class Plan</h2>
<ol><li>课前阅读案例；</li><li>分组讨论；</li><li>全班交流。</li></ol>
<h2>参考资料</h2>
<ol><li>住房和城乡建设部：《关于全面推进城镇老旧小区改造工作的指导意见》，2020年。</li><li>M区住建局：《老旧小区改造工作总结》，2021年。</li></ol>
</body></html>""" % tuple(E)
html_converted(html, "lo-page", "docx:MS Word 2007 XML", path("libreoffice-web-page-laojiu", "docx"))
expect("libreoffice-web-page-laojiu", "老旧小区改造中的协商：M区的做法",
       ["了解老旧小区改造的政策框架；", "理解居民协商在公共事务中的作用。"],
       [("改造的缘起", 2, 2), ("加装电梯的难题", 2, 2), ("成效", 2, 2), ("参考资料", 1, 2)],
       ["改造费用应当如何在政府和居民之间分担？", "一楼居民的补偿是否合理？", "居民议事会能否推广到其他公共事务？"],
       ["课前阅读案例；", "分组讨论；", "全班交流。"])


# 3. pandoc: 第一部分 案例正文 / 第二部分 案例使用说明, the teaching note's own 一、二、三、, questions as an
# automatic list, the plan's stages as 第一阶段…, and an analysis section (分析思路) that is content.
md = lines(
    "---", "title: 河长制：R市的实践", "---", "",
    "# 第一部分　案例正文", "",
    "## 一、背景", "", D[0], "", D[1], "",
    "## 二、推行", "", D[2], "", D[3], "",
    "## 三、问题", "", D[4], "", D[5], "",
    "# 第二部分　案例使用说明", "",
    "## 一、教学目的", "", "本案例用于《地方政府管理》课程，帮助学员理解责任制在基层治理中的作用与边界。", "",
    "## 二、启发思考题", "",
    "1. 河长制的责任是怎样层层落实的？", "2. 民间河长的作用有多大？", "3. 怎样减轻基层河长的负担？", "",
    "## 三、分析思路", "", "可以从责任、激励和协同三个角度分析河长制的运行。", "",
    "## 四、课堂计划", "",
    "第一阶段（15分钟）：介绍案例背景。", "",
    "第二阶段（45分钟）：分组讨论启发思考题。", "",
    "第三阶段（20分钟）：各组汇报，教师点评。")
pandoc(md, path("pandoc-two-parts-hezhangzhi", "docx"))
expect("pandoc-two-parts-hezhangzhi", "河长制：R市的实践",
       ["本案例用于《地方政府管理》课程，帮助学员理解责任制在基层治理中的作用与边界。"],
       [("背景", 2, 2), ("推行", 2, 2), ("问题", 2, 2), ("分析思路", 2, 1)],
       ["河长制的责任是怎样层层落实的？", "民间河长的作用有多大？", "怎样减轻基层河长的负担？"],
       ["第一阶段（15分钟）：介绍案例背景。", "第二阶段（45分钟）：分组讨论启发思考题。", "第三阶段（20分钟）：各组汇报，教师点评。"])


# 4. Markdown from a chat tool with numbered # headings (## 1 背景, ### 1.1 …), bold labelled questions
# (**问题1**：…) and a pipe table in the body.
write("markdown-pipe-table-laojiu", "md", lines(
    "# M区老旧小区改造",
    "",
    "## 1 教学目标",
    "",
    "1. 了解老旧小区改造的三类内容；",
    "2. 理解居民协商的作用。",
    "",
    "## 2 案例正文",
    "",
    "### 2.1 改造内容",
    "",
    E[0], "", E[1], "",
    "| 类别 | 内容 | 资金来源 |",
    "| --- | --- | --- |",
    "| 基础类 | 水电气管线 | 财政 |",
    "| 完善类 | 加装电梯、停车 | 居民与财政 |",
    "",
    "### 2.2 加装电梯",
    "",
    E[2], "", E[3], "",
    "### 2.3 成效",
    "",
    E[4], "", E[5], "",
    "## 3 讨论问题",
    "",
    "**问题1**：基础类改造为什么由财政兜底？",
    "",
    "**问题2**：怎样让一楼居民同意加装电梯？",
    "",
    "## 4 课堂安排",
    "",
    "- 阅读（20分钟）",
    "- 讨论（50分钟）"))
expect("markdown-pipe-table-laojiu", "M区老旧小区改造",
       ["了解老旧小区改造的三类内容；", "理解居民协商的作用。"],
       [("改造内容", 2, 5), ("加装电梯", 2, 2), ("成效", 2, 2)],
       ["基础类改造为什么由财政兜底？", "怎样让一楼居民同意加装电梯？"],
       ["阅读（20分钟）", "讨论（50分钟）"])


# 5. A .txt with 第一章 chapters and 一、 sections under them, roles in 【】 at the end, a date list in
# the body written as 2019年3月，… at line starts, and a wrapped two-line question.
write("chapters-laojiu", "txt", lines(
    "M区老旧小区改造案例",
    "第一章　改造的背景",
    "一、小区现状", E[0],
    "二、政策出台", E[1],
    "第二章　改造的过程",
    "一、加装电梯", E[2],
    "2019年9月，第一部加装电梯在春晖小区投入使用。",
    "2020年6月，区里出台加装电梯补贴办法。",
    "二、居民议事会", E[3],
    "第三章　成效与启示", E[4], E[5],
    "【教学目的】",
    "1. 了解老旧小区改造的组织方式；",
    "2. 理解协商民主在社区治理中的作用。",
    "【思考题】",
    "1. 为什么加装电梯比其他改造更难？",
    "2. 居民议事会为什么能够化解分歧？它的局限在",
    "哪里？",
    "【课堂安排】",
    "1. 阅读案例；",
    "2. 分组讨论；",
    "3. 教师总结。"))
expect("chapters-laojiu", "M区老旧小区改造案例",
       ["了解老旧小区改造的组织方式；", "理解协商民主在社区治理中的作用。"],
       [("小区现状", 2, 1), ("政策出台", 2, 1), ("加装电梯", 2, 3),
        ("居民议事会", 2, 1), ("成效与启示", 1, 2)],
       ["为什么加装电梯比其他改造更难？", "居民议事会为什么能够化解分歧？它的局限在哪里？"],
       ["阅读案例；", "分组讨论；", "教师总结。"])

finish()
