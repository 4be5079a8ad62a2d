#!/usr/bin/env python3
"""Writes the fifth round's held-out hand-outs (issue 25, third session): five shapes not yet in the
corpus, written before any rule was changed and scored once before and once after the changes.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-5.py
"""
from handoutgen import cjk_document, expect, field, finish, html_converted, lines, pandoc, path, save_converted, write

# N市's night-time economy.
G = [
    "N市地处长江下游，夏季炎热，市民习惯在晚饭后外出纳凉。过去，老城区的几条街道自发形成了夜市，摊贩沿街摆摊，卖小吃、衣服和日用品。",
    "2019年，N市提出发展“夜间经济”，在全市规划了十二个夜间消费集聚区，延长地铁和公交的运营时间，并允许符合条件的餐饮店在门前外摆。",
    "夜市的繁荣带来了新的矛盾。附近居民投诉油烟和噪音，夜里十一点以后仍然人声鼎沸；一些摊位占用盲道和消防通道，城管部门每晚都要出动劝导。",
    "为了平衡发展与秩序，城管部门推出了“分时分区”管理：晚上六点到十点在划定区域内允许摆摊，十点以后开始收摊，十一点前完成清扫。",
    "一年后，全市夜间消费额比上年增长了两成多，摊贩的投诉量却下降了三成。但一些老摊主反映，划定区域的摊位要摇号，自己摆了十几年的位置被别人摇走了。",
    "一位城管队员说：“以前我们是赶摊，现在是管摊、帮摊。规矩讲清楚了，摊主自己也会互相提醒，我们省了不少力气。”",
]
# P市's shared bikes (English-Chinese mixed, as a hand-out for an international MPA class).
H = [
    "2016年底，多家共享单车企业在P市投放车辆，短短半年内全市单车数量超过六十万辆，远远超过了实际需求。Operators competed for market share by subsidies，一元骑一个月的优惠随处可见。",
    "大量单车堆放在地铁站口和人行道上，有的被扔进河道、挂上树梢。市民一方面享受到了便利，另一方面也抱怨“车比人多”，城市管理部门疲于清理。",
    "2017年，P市交通委出台指导意见，对共享单车实行总量控制，要求企业按照运营规模配备运维人员，并接入市里的监管平台，实时上传车辆位置数据。",
    "监管平台上线后，交通委按月对企业进行服务质量考核（service quality assessment），考核结果与下一年的投放配额挂钩，排名靠后的企业要削减车辆。",
    "到2019年，全市共享单车数量减少到三十万辆左右，日均骑行量却保持稳定。有企业认为配额制度限制了竞争，也有学者担心考核指标过于看重停放秩序。",
    "一位企业运维经理说：“过去我们拼的是投放速度，现在拼的是运维效率。The data does not lie，哪个区域乱停多了，平台上一眼就能看到。”",
]

# 1. LibreOffice: a page written in a word processor with bold short lines as headings (no numbering
# anywhere), the teaching note before the body, questions typed as 1. 2. 3. in plain paragraphs.
html = """<html><head><meta charset="utf-8"><title>夜间经济</title></head><body>
<p align="center"><b><font size="5">点亮夜晚：N市夜间经济的治理</font></b></p>
<p align="center"><b><font size="4">教学说明</font></b></p>
<p><b>教学目标</b></p>
<p>通过本案例，理解城市管理中发展与秩序的平衡，以及柔性执法的作用。</p>
<p><b>讨论问题</b></p>
<p>1. 夜市给城市带来了哪些好处和问题？</p>
<p>2. “分时分区”管理为什么能减少投诉？</p>
<p>3. 摊位摇号是否公平？</p>
<p><b>时间安排</b></p>
<p>课前阅读案例（30分钟）；</p>
<p>课堂讨论与总结（60分钟）。</p>
<p align="center"><b><font size="4">案例正文</font></b></p>
<p><b>夜市的兴起</b></p><p>%s</p><p>%s</p>
<p><b>管理的难题</b></p><p>%s</p><p>%s</p>
<p><b>新的探索</b></p><p>%s</p><p>%s</p>
</body></html>""" % tuple(G)
html_converted(html, "lo-bold", "docx:MS Word 2007 XML", path("libreoffice-bold-note-first-yejian", "docx"))
expect("libreoffice-bold-note-first-yejian", "点亮夜晚：N市夜间经济的治理",
       ["通过本案例，理解城市管理中发展与秩序的平衡，以及柔性执法的作用。"],
       [("夜市的兴起", 2, 2), ("管理的难题", 2, 2), ("新的探索", 2, 2)],
       ["夜市给城市带来了哪些好处和问题？", "“分时分区”管理为什么能减少投诉？", "摊位摇号是否公平？"],
       ["课前阅读案例（30分钟）；", "课堂讨论与总结（60分钟）。"])


# 2. python-docx: no heading styles, 一、 headings typed in the Normal style, the body named 案例描述
# with （一） parts, the questions as a numbered Word table (序号 | 思考题).
import docx
d = docx.Document()
d.add_paragraph("N市夜间经济的“分时分区”管理", style="Title")
d.add_paragraph("一、教学目的")
d.add_paragraph("了解夜间经济的政策背景；")
d.add_paragraph("理解柔性执法与街头秩序。")
d.add_paragraph("二、案例描述")
d.add_paragraph("（一）夜市的兴起")
d.add_paragraph(G[0]); d.add_paragraph(G[1])
d.add_paragraph("（二）矛盾与应对")
d.add_paragraph(G[2]); d.add_paragraph(G[3])
d.add_paragraph("（三）成效与新问题")
d.add_paragraph(G[4]); d.add_paragraph(G[5])
d.add_paragraph("三、思考题")
t = d.add_table(rows=4, cols=2)
t.style = "Table Grid"
for r, row in enumerate([["序号", "思考题"], ["1", "夜间经济为什么需要政府规划？"],
                         ["2", "城管部门的角色发生了什么变化？"], ["3", "怎样对待摆摊多年的老摊主？"]]):
    for c, cell in enumerate(row):
        t.cell(r, c).text = cell
d.add_paragraph("四、课堂安排")
d.add_paragraph("1．小组讨论（40分钟）；")
d.add_paragraph("2．全班交流（30分钟）。")
d.save(path("docx-question-table-yejian", "docx"))
expect("docx-question-table-yejian", "N市夜间经济的“分时分区”管理",
       ["了解夜间经济的政策背景；", "理解柔性执法与街头秩序。"],
       [("夜市的兴起", 2, 2), ("矛盾与应对", 2, 2), ("成效与新问题", 2, 2)],
       ["夜间经济为什么需要政府规划？", "城管部门的角色发生了什么变化？", "怎样对待摆摊多年的老摊主？"],
       ["小组讨论（40分钟）；", "全班交流（30分钟）。"])


# 3. A PDF printed by LibreOffice: English-Chinese mixed headings (Chinese first and English first),
# a running header and a page number in the footer of every page, three pages.
from docx.shared import Pt
d = cjk_document(11)
d.sections[0].header.paragraphs[0].text = "MPA Case Series 公共管理案例"
fp = d.sections[0].footer.paragraphs[0]
field(fp, "PAGE")
d.add_paragraph("Bike-sharing in P City 共享单车的治理", style="Title")
d.add_paragraph("1 Learning Objectives 学习目标", style="Heading 1")
d.add_paragraph("理解新业态中总量控制与质量考核的作用；")
d.add_paragraph("认识数据监管的长处与局限。")
d.add_paragraph("2 案例正文 The Case", style="Heading 1")
d.add_paragraph("2.1 Boom 野蛮生长", style="Heading 2")
for p in [H[0] + H[1] + H[0], H[1] + H[0] + H[1], H[0] + H[1] + H[1]]:
    d.add_paragraph(p).paragraph_format.first_line_indent = Pt(22)
d.add_paragraph("2.2 Regulation 总量控制与考核", style="Heading 2")
for p in [H[2] + H[3] + H[2], H[3] + H[2] + H[3], H[2] + H[3] + H[3]]:
    d.add_paragraph(p).paragraph_format.first_line_indent = Pt(22)
d.add_paragraph("2.3 Results 成效与争议", style="Heading 2")
for p in [H[4] + H[5] + H[4], H[5] + H[4] + H[5], H[4] + H[5] + H[5]]:
    d.add_paragraph(p).paragraph_format.first_line_indent = Pt(22)
d.add_paragraph("3 Discussion Questions 讨论题", style="Heading 1")
d.add_paragraph("(1) 配额制度是否限制了竞争？")
d.add_paragraph("(2) 考核指标应当包括哪些内容？")
d.add_paragraph("4 Class Plan 课堂安排", style="Heading 1")
d.add_paragraph("(1) 阅读案例；")
d.add_paragraph("(2) 分组讨论；")
d.add_paragraph("(3) 教师总结。")
save_converted(d, "mixed", "pdf", path("pdf-mixed-page-numbers-gongxiang", "pdf"))
expect("pdf-mixed-page-numbers-gongxiang", "Bike-sharing in P City 共享单车的治理",
       ["理解新业态中总量控制与质量考核的作用；", "认识数据监管的长处与局限。"],
       [("Boom 野蛮生长", 2, 3), ("Regulation 总量控制与考核", 2, 3), ("Results 成效与争议", 2, 3)],
       ["配额制度是否限制了竞争？", "考核指标应当包括哪些内容？"],
       ["阅读案例；", "分组讨论；", "教师总结。"])


# 4. pandoc from Markdown with headings as plain short paragraphs (no numbering, no bold, no #), the
# questions in an automatic list, the plan as bullets.
md = lines(
    "N市夜市调查", "",
    "教学目的", "",
    "帮助学员理解城市治理中的柔性执法。", "",
    "夜市的兴起", "", G[0], "", G[1], "",
    "扰民与占道", "", G[2], "", G[3], "",
    "分时分区之后", "", G[4], "", G[5], "",
    "思考题", "",
    "1. 夜市为什么在老城区兴起？", "2. 柔性执法有哪些边界？", "",
    "课堂安排", "",
    "- 阅读", "- 讨论", "- 总结")
pandoc(md, path("pandoc-plain-lines-yejian", "docx"))
expect("pandoc-plain-lines-yejian", "N市夜市调查",
       ["帮助学员理解城市治理中的柔性执法。"],
       [("夜市的兴起", 1, 2), ("扰民与占道", 1, 2), ("分时分区之后", 1, 2)],
       ["夜市为什么在老城区兴起？", "柔性执法有哪些边界？"], ["阅读", "讨论", "总结"])


# 5. A .txt: 第一部分 the teaching note first with its own 一、二、三, the questions as a Word table
# copied to text (序号<TAB>问题), hours as 第1课时；第二部分 the case with 一、二、三 again.
write("note-first-table-gongxiang", "txt", lines(
    "P市共享单车治理案例",
    "第一部分　教学指导",
    "一、教学目的",
    "本案例帮助学员理解城市交通新业态的监管工具。",
    "二、讨论题",
    "序号\t问题",
    "1\t共享单车为什么会过量投放？",
    "2\t总量控制和质量考核各有什么作用？",
    "3\t数据监管会带来哪些新问题？",
    "三、课时安排",
    "第1课时：阅读与小组讨论。",
    "第2课时：全班交流与教师总结。",
    "第二部分　案例正文",
    "一、车比人多", H[0], H[1],
    "二、总量控制", H[2], H[3],
    "三、效果与争议", H[4], H[5]))
expect("note-first-table-gongxiang", "P市共享单车治理案例",
       ["本案例帮助学员理解城市交通新业态的监管工具。"],
       [("车比人多", 2, 2), ("总量控制", 2, 2), ("效果与争议", 2, 2)],
       ["共享单车为什么会过量投放？", "总量控制和质量考核各有什么作用？", "数据监管会带来哪些新问题？"],
       ["第1课时：阅读与小组讨论。", "第2课时：全班交流与教师总结。"])

finish()
