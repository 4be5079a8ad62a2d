#!/usr/bin/env python3
"""Writes the fourth round's held-out hand-outs (issue 25): written after the third round's rules,
and scored once without any rule changed for them (the honest held-out number for those rules).

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-4.py
"""
from handoutgen import cjk_document, expect, finish, lines, pandoc, path, save_converted, write

F = [
    "2016年以后，网约车在K市迅速普及，高峰时段全市在线车辆超过两万辆。网约车方便了市民出行，也冲击了传统出租车行业，出租车司机多次集体停运表达不满。",
    "2017年，K市出台网约车管理实施细则，要求网约车车辆和驾驶员取得营运证和从业资格证，车辆轴距、排量和使用年限也有明确标准。",
    "细则实施后，符合条件的车辆不足三成，大量兼职司机面临退出。平台企业认为标准过高，一些专家也批评细则把网约车当作出租车来管。",
    "交通运输部门随后调整了执法方式，对平台企业实行数据对接和信用监管，把执法的重点从街头查车转向平台责任。",
    "到2020年，K市取得双证的网约车超过一万二千辆，乘客投诉量比三年前下降了四成。但司机收入下降、平台抽成过高等新问题又引起了社会关注。",
    "一位交通执法人员说：“过去我们在路上拦车，司机跑、我们追。现在更多是看数据，哪个平台合规率低，就约谈哪个平台。”",
]

# 1. A .txt with 1、 headings, 案例：-labelled title, an 附件1： exhibit table after the plan.
write("arabic-dun-headings-wangyueche", "txt", lines(
    "案例：K市网约车监管的变迁",
    "1、教学目的",
    "（1）了解网约车监管政策的演变；",
    "（2）理解信用监管与平台责任。",
    "2、案例正文",
    F[0], F[1], F[2], F[3], F[4], F[5],
    "3、思考题",
    "（1）K市的细则为什么引起争议？",
    "（2）平台责任能否替代街头执法？",
    "4、课堂安排",
    "（1）阅读案例；",
    "（2）分组讨论。",
    "附件1：K市网约车主要数据",
    "年份\t双证车辆\t乘客投诉",
    "2017\t2100\t5300",
    "2020\t12400\t3100"))
expect("arabic-dun-headings-wangyueche", "K市网约车监管的变迁",
       ["了解网约车监管政策的演变；", "理解信用监管与平台责任。"],
       [("案例正文", 1, 6), ("附件1：K市网约车主要数据", 1, 3)],
       ["K市的细则为什么引起争议？", "平台责任能否替代街头执法？"],
       ["阅读案例；", "分组讨论。"])


# 2. python-docx with English-first bilingual heading styles.
import docx
d = docx.Document()
d.add_paragraph("Regulating Ride-hailing in K City", style="Title")
d.add_paragraph("K市网约车监管", style="Subtitle")
d.add_paragraph("Teaching Objectives 教学目标", style="Heading 1")
d.add_paragraph("了解网约车监管政策的演变；", style="List Number")
d.add_paragraph("理解信用监管的作用。", style="List Number")
d.add_paragraph("The Case 案例正文", style="Heading 1")
d.add_paragraph("Background 背景", style="Heading 2")
d.add_paragraph(F[0]); d.add_paragraph(F[1])
d.add_paragraph("Controversy 争议", style="Heading 2")
d.add_paragraph(F[2]); d.add_paragraph(F[3])
d.add_paragraph("Questions 思考题", style="Heading 1")
d.add_paragraph("细则的标准是否过高？", style="List Number")
d.add_paragraph("数据监管有哪些局限？", style="List Number")
d.add_paragraph("Class Plan 课堂安排", style="Heading 1")
d.add_paragraph("阅读", style="List Bullet")
d.add_paragraph("讨论", style="List Bullet")
d.save(path("docx-english-first-wangyueche", "docx"))
expect("docx-english-first-wangyueche", "Regulating Ride-hailing in K City",
       ["了解网约车监管政策的演变；", "理解信用监管的作用。"],
       [("Background 背景", 2, 2), ("Controversy 争议", 2, 2)],
       ["细则的标准是否过高？", "数据监管有哪些局限？"], ["阅读", "讨论"], subtitle="K市网约车监管")


# 3. A PDF printed by LibreOffice with a footer on every page, the teaching note first, then the case.
from docx.shared import Pt
d = cjk_document(11)
d.sections[0].footer.paragraphs[0].text = "公共管理案例库 · 内部使用"
d.add_paragraph("网约车新政：K市的监管之路", style="Title")
d.add_paragraph("教学目的", style="Heading 1")
d.add_paragraph("通过本案例，理解新业态监管中政府、平台与从业者之间的关系。")
d.add_paragraph("思考题", style="Heading 1")
d.add_paragraph("1．细则的争议焦点是什么？")
d.add_paragraph("2．信用监管为什么有效？")
d.add_paragraph("课堂安排", style="Heading 1")
d.add_paragraph("1．阅读；")
d.add_paragraph("2．讨论。")
d.add_paragraph("案例正文", style="Heading 1")
d.add_paragraph("一、出台细则", style="Heading 2")
for p in [F[0] + F[1] + F[2], F[2] + F[0] + F[1], F[1] + F[2] + F[0]]:
    d.add_paragraph(p).paragraph_format.first_line_indent = Pt(22)
d.add_paragraph("二、转向平台", style="Heading 2")
for p in [F[3] + F[4] + F[5], F[5] + F[3] + F[4], F[4] + F[5] + F[3]]:
    d.add_paragraph(p).paragraph_format.first_line_indent = Pt(22)
save_converted(d, "note-first", "pdf", path("pdf-footer-note-first-wangyueche", "pdf"))
expect("pdf-footer-note-first-wangyueche", "网约车新政：K市的监管之路",
       ["通过本案例，理解新业态监管中政府、平台与从业者之间的关系。"],
       [("出台细则", 2, 3), ("转向平台", 2, 3)],
       ["细则的争议焦点是什么？", "信用监管为什么有效？"], ["阅读；", "讨论。"])


# 4. pandoc .docx from Markdown with bold paragraphs as headings and a nested list of questions.
md = lines(
    "**K市网约车监管案例**", "",
    "**【教学目的】**了解网约车监管的演变。", "",
    "**【案例正文】**", "",
    F[0], "", F[1], "", F[2], "", F[4], "",
    "**【思考题】**", "",
    "1. 网约车应当按出租车管理吗？", "2. 平台应当承担哪些责任？", "",
    "**【课堂安排】**", "",
    "1. 阅读；", "2. 讨论；", "3. 总结。")
pandoc(md, path("pandoc-bold-brackets-wangyueche", "docx"))
expect("pandoc-bold-brackets-wangyueche", "K市网约车监管案例",
       ["了解网约车监管的演变。"],
       [("案例正文", 1, 4)],
       ["网约车应当按出租车管理吗？", "平台应当承担哪些责任？"], ["阅读；", "讨论；", "总结。"])

finish()
