#!/usr/bin/env python3
"""Writes the eleventh round's held-out hand-outs (issue 25): ten shapes not yet in the corpus, written
blind by an engineer who does not read the importer's rules, scored once on the rules of main 4c710e5
("before") and once by the lead after the next change ("after"), with no rule tuned on them.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-11.py

Each expected outline is the hand-out as a teacher reads it, with the conventions of rounds 7, 8 and 9
(their generators' docstrings) and these: a hand-out in traditional characters is read as it is written
(its words are not converted), and 壹、貳、參 are its top numbers, 一、 under them its second level; a
government document (红头文件) quoted as the case's material is part of the section that quotes it — its
header line, 文号, title, 主送, numbered items written in the run of a paragraph (`一、服务时间。…`), 附件
lines and signature are that section's text, not sections, questions or steps; a chat record (name and time
lines, messages, `[图片]`) is the text of the section that holds it, a message's own `1.` lines or `？` never
the hand-out's items; Word endnotes are the back matter `注释`, as footnotes are; a textbook's 案例背景,
案例描述, 案例分析 and 案例启示 are content sections (the analysis is the book's, not a role); a Word table
used only to lay the page out in two columns is read cell by cell, the left column before the right; an English
case with a teacher's Chinese objectives, questions and plan keeps its English headings and title; legal-style
numbered paragraphs (`2.1 …`, a sentence or more) are paragraphs of the heading they are under (`2. 基本案情`),
and under a role's heading they are its items; a phone's long screenshot read by OCR (status bar, the viewer's
file line) is read as the hand-out, the phone's lines joined into the hand-out's paragraphs (a short line ends
one); several short cases each under `案例一　…` are level-1 sections titled by their names (`案例一` is their
number, as `第一章` or `Part 1` is), each case's `思考：` questions are the hand-out's questions in reading order;
Typora's `[TOC]` is a table of contents; a 【案例导入】 box (a one-cell Word table) is a section named 案例导入,
a 【案例思考】 box the questions. Where counting a section's paragraphs is a matter of taste (a quoted document,
a chat record), its count is left out (null).
"""
import os
import tempfile

from handoutgen import (NO_OUTLINE, cjk_document, expect, finish, fodt, fodt_converted, lines, path, save_converted,
                        soffice, write)


# 1. A hand-out from Taiwan in traditional characters (python-docx, 標楷體-like bold typed headings): a
# course label line over the title, 壹、貳、參、肆 parts, the case body's 一、二、三 under 貳, the objectives
# and questions written as 一、二、 items under their 壹/參 headings, the plan as `1.` lines.
def taiwan():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = cjk_document(12)

    def bold(text, size=None, centre=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = d.add_paragraph("公共政策個案教學講義（115學年度第1學期）")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold("社會住宅蓋在我家旁邊？臺北市大同區基地的鄰避爭議", 16, True)
    bold("壹、學習目標")
    d.add_paragraph("一、瞭解鄰避現象的成因與常見的類型。")
    d.add_paragraph("二、分析地方政府與居民溝通、協商的策略。")
    bold("貳、個案內容")
    bold("一、政策背景")
    d.add_paragraph("臺北市房價長期高漲，青年與弱勢家庭租屋不易。市政府於2014年提出「只租不售」的社會住宅政策，"
                    "預計八年內興建兩萬戶，並優先利用市有閒置土地。")
    d.add_paragraph("大同區的一處市有停車場被選為基地之一，規劃興建三百戶社會住宅，一樓設置托嬰中心與長照據點，"
                    "市府認為可以同時回應居住與照顧的需要。")
    bold("二、居民的反對")
    d.add_paragraph("計畫公布後，鄰近社區的居民組成自救會，認為社會住宅會帶來治安問題、拉低房價，"
                    "也擔心施工期間停車位消失、交通更加擁擠。")
    d.add_paragraph("自救會在說明會上拉布條抗議，並向市議員陳情。有居民說：「我們不反對社會住宅，"
                    "只是不要蓋在這裡。」也有里長公開支持，認為地方需要年輕人進來。")
    bold("三、協商與轉折")
    d.add_paragraph("都市發展局前後召開了六次說明會，把設計圖放大張貼在里辦公處，並邀請居民參觀已完工的社會住宅。"
                    "市府也承諾保留一百個公共停車位，並把部分一樓空間規劃為社區活動中心。")
    d.add_paragraph("2019年基地動工，反對聲音逐漸減少。完工後第一年，入住者與原有居民合辦了社區市集，"
                    "但仍有少數居民認為市府的承諾沒有完全兌現。")
    bold("參、討論問題")
    d.add_paragraph("一、居民反對社會住宅的理由，哪些是合理的？")
    d.add_paragraph("二、市府的溝通策略中，哪一項最能化解疑慮？為什麼？")
    d.add_paragraph("三、如果你是都市發展局局長，會如何回應「不要蓋在這裡」？")
    bold("肆、教學時間分配")
    d.add_paragraph("1. 個案導讀：10分鐘")
    d.add_paragraph("2. 分組討論：40分鐘")
    d.add_paragraph("3. 綜合講評：20分鐘")
    d.save(path("docx-traditional-taiwan-shezhai", "docx"))


taiwan()
expect("docx-traditional-taiwan-shezhai", "社會住宅蓋在我家旁邊？臺北市大同區基地的鄰避爭議",
       ["瞭解鄰避現象的成因與常見的類型。", "分析地方政府與居民溝通、協商的策略。"],
       [("政策背景", 2, 2), ("居民的反對", 2, 2), ("協商與轉折", 2, 2)],
       ["居民反對社會住宅的理由，哪些是合理的？", "市府的溝通策略中，哪一項最能化解疑慮？為什麼？",
        "如果你是都市發展局局長，會如何回應「不要蓋在這裡」？"],
       ["個案導讀：10分鐘", "分組討論：40分鐘", "綜合講評：20分鐘"])


# 2. A government notice (红头文件) pasted into Word as the case's material and printed to PDF by LibreOffice:
# the hand-out's own 一、二、三 parts, and inside 二 the notice itself: its red header line, 文号, title, 主送,
# run-in items 一、…四、, 附件 lines, the issuing office and date; 思考题 `1．`, 课堂安排 as three 第X阶段 lines.
def red_header():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    d = cjk_document(11)

    def para(text, centre=False, right=False, bold=False, size=None, red=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if red:
            r.font.color.rgb = RGBColor(0xCC, 0, 0)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    d.add_paragraph("“双减”之后的课后服务：X县的一纸通知", style="Title")
    d.add_paragraph("教学目的", style="Heading 1")
    d.add_paragraph("理解政策执行中“上级要求”与“基层条件”之间的张力，学会从政策文本出发分析执行中的问题。")
    d.add_paragraph("一、案例背景", style="Heading 1")
    d.add_paragraph("2021年7月，国家出台减轻义务教育阶段学生作业负担和校外培训负担的意见，要求学校普遍开展课后服务，"
                    "服务结束时间原则上不早于当地正常下班时间。")
    d.add_paragraph("X县是一个农业县，全县有中小学八十七所，其中一半以上是乡村学校。许多学校的教师本来就不够，"
                    "不少学生住得远，每天要坐校车往返。")
    d.add_paragraph("二、案例材料：X县的通知", style="Heading 1")
    d.add_paragraph("以下是X县教育局2022年秋季学期开学前印发的通知（节选）：")
    para("X县教育局文件", centre=True, bold=True, size=22, red=True)
    para("X教发〔2022〕31号", centre=True)
    para("关于全面开展中小学课后服务工作的通知", centre=True, bold=True, size=15)
    para("各乡镇中心学校，县直各中小学：")
    d.add_paragraph("为深入贯彻落实“双减”工作要求，切实提升课后服务水平，经研究，现就有关事项通知如下：")
    d.add_paragraph("一、服务时间。各校课后服务每周5天，每天不少于2小时，结束时间不早于下午5时30分。")
    d.add_paragraph("二、服务内容。课后服务以指导学生完成作业为主，同时开展体育、艺术、科普等活动，不得讲授新课。")
    d.add_paragraph("三、收费标准。课后服务按每生每学期300元收取服务费，家庭经济困难学生予以减免。")
    d.add_paragraph("四、工作要求。各校要确保参加率达到90%以上，县教育局将把课后服务纳入学校年度考核。")
    d.add_paragraph("附件：1．X县中小学课后服务工作考核办法")
    d.add_paragraph("2．X县课后服务家长意愿调查表")
    para("X县教育局", right=True)
    para("2022年8月25日", right=True)
    d.add_paragraph("三、执行中的问题", style="Heading 1")
    d.add_paragraph("通知下发后，县城学校很快开展起来，但乡村学校遇到了困难。一些学校的校车下午四点半就要发车，"
                    "课后服务延长到五点半，住得远的学生就回不了家。")
    d.add_paragraph("教师们也有怨言：课后服务每天多出两个小时，补助每课时只有二十元，一些老师说“比上课还累”。")
    d.add_paragraph("最受争议的是“参加率达到90%以上”的要求。有家长反映，班主任在家长群里挨个催报名，"
                    "“说是自愿，其实不报不行”。一个学期后，县教育局取消了参加率考核。")
    d.add_paragraph("思考题", style="Heading 1")
    d.add_paragraph("1．X县的通知哪些地方考虑了本县实际，哪些地方没有？")
    d.add_paragraph("2．“参加率达到90%以上”这一要求是怎样在执行中变形的？")
    d.add_paragraph("3．如果由你来修改这份通知，你会改哪几处？")
    d.add_paragraph("课堂安排", style="Heading 1")
    d.add_paragraph("第一阶段（15分钟）：学生阅读通知原文，标出有疑问的条款。")
    d.add_paragraph("第二阶段（40分钟）：分组讨论思考题。")
    d.add_paragraph("第三阶段（25分钟）：各组汇报，教师总结。")
    save_converted(d, "kehoufuwu", "pdf", path("pdf-red-header-notice-kehoufuwu", "pdf"))


red_header()
expect("pdf-red-header-notice-kehoufuwu", "“双减”之后的课后服务：X县的一纸通知",
       ["理解政策执行中“上级要求”与“基层条件”之间的张力，学会从政策文本出发分析执行中的问题。"],
       [("案例背景", 1, 2), ("案例材料：X县的通知", 1, None), ("执行中的问题", 1, 3)],
       ["X县的通知哪些地方考虑了本县实际，哪些地方没有？", "“参加率达到90%以上”这一要求是怎样在执行中变形的？",
        "如果由你来修改这份通知，你会改哪几处？"],
       ["第一阶段（15分钟）：学生阅读通知原文，标出有疑问的条款。", "第二阶段（40分钟）：分组讨论思考题。",
        "第三阶段（25分钟）：各组汇报，教师总结。"])


# 3. A .txt whose case text is a WeChat group's chat record, copied from a forwarded chat (a name and time on
# a line, the message on the next lines, `[图片]`, a recall notice, a date divider), between 【】 labelled parts.
write("wechat-group-chat-banfei", "txt", lines(
    "一个家长群里的“班费风波”",
    "【教学目标】",
    "1. 理解家校沟通中信任是怎样建立和失去的；",
    "2. 分析网络社群中公共事务的议事规则。",
    "【案例背景】",
    "M市某小学四年级三班有学生四十五人，班级家长群由班主任王老师建立，群里除了家长，还有几位任课老师。"
    "开学初，家委会提出每位家长交二百元班费，用于购买图书和组织活动。",
    "【群聊记录】",
    "以下是9月5日晚家长群里的聊天记录（经当事人同意，已隐去姓名）：",
    "—————  2023年9月5日  —————",
    "家委会-李妈妈 20:13",
    "各位家长晚上好！本学期班费每人200元，主要用于：",
    "1. 班级图书角购书",
    "2. 六一和元旦的班级活动",
    "3. 期末奖品",
    "请在本周五前接龙交齐，谢谢配合！",
    "陈爸爸 20:21",
    "想问一下，上学期的班费用了多少，有账目吗？",
    "家委会-李妈妈 20:24",
    "[图片]",
    "上学期的支出都在这里了，还剩一百多元，已经并入本学期。",
    "陈爸爸 20:30",
    "图片看不清，能不能发一份电子表格？另外图书角的书是谁选的？",
    "“张妈妈”撤回了一条消息",
    "赵奶奶 20:35",
    "我们家孩子是奶奶带，不会转账，能交现金吗？",
    "王老师 20:41",
    "各位家长，班费的事由家委会负责，老师不参与收支。请大家有问题私聊家委会，群里尽量不要刷屏，以免影响其他家长看通知。",
    "陈爸爸 20:43",
    "这是公共的事，为什么要私聊？",
    "【后续】",
    "当晚有六位家长退出了家长群。第二天，家委会在群里发布了上学期的详细账目，并提出成立三人的班费监督小组，由家长自愿报名。",
    "一个月后，班费交齐了四十二份。王老师在学期总结里写道：“家长群不是通知栏，是一个需要规则的小社会。”",
    "【讨论题】",
    "1. 陈爸爸的提问为什么会引起群里的紧张？",
    "2. 王老师“请私聊”的做法是否妥当？",
    "3. 家长群应当有哪些议事规则？",
    "【课堂安排】",
    "1. 课前阅读案例，回顾自己所在的一个微信群的规则；",
    "2. 课上分组讨论（40分钟）；",
    "3. 各组提出一份“家长群公约”，全班交流（30分钟）。"))
expect("wechat-group-chat-banfei", "一个家长群里的“班费风波”",
       ["理解家校沟通中信任是怎样建立和失去的；", "分析网络社群中公共事务的议事规则。"],
       [("案例背景", 1, 1), ("群聊记录", 1, None), ("后续", 1, 2)],
       ["陈爸爸的提问为什么会引起群里的紧张？", "王老师“请私聊”的做法是否妥当？", "家长群应当有哪些议事规则？"],
       ["课前阅读案例，回顾自己所在的一个微信群的规则；", "课上分组讨论（40分钟）；", "各组提出一份“家长群公约”，全班交流（30分钟）。"])


# 4. A textbook-chapter case (案例背景 / 案例描述 / 案例分析 / 案例启示, then 思考与讨论) written in LibreOffice
# with endnotes, saved as .docx: unnumbered Heading 1 parts, Word endnotes (word/endnotes.xml), no objectives and
# no plan.
def endnotes():
    text = fodt([
        ("title", "守住乡愁：S村传统村落的保护与活化"),
        ("h1", "案例背景"),
        ("p", "S村位于皖南山区，始建于南宋，现存明清古民居一百二十余栋，2012年被列入第一批中国传统村落名录。^[中国传统村落名录由住房和城乡建设部等部门自2012年起分批公布。]"),
        ("p", "和许多山村一样，S村的年轻人大多外出打工，常住人口不足四百人。不少老宅长年无人居住，梁柱腐朽，屋顶漏雨，几栋清代民居在暴雨中倒塌。"),
        ("h1", "案例描述"),
        ("p", "2015年，县政府引入一家旅游公司，与村集体签订了三十年的经营协议，由公司统一修缮老宅、收取门票，村民按房屋面积获得分红。"),
        ("p", "修缮后的S村游客大增，但村民很快有了意见：门票收入的大头归了公司，村民分红每年只有几百元；一些老宅被改成了民宿和商铺，原来的住户搬进了村外的新房。^[据村委会统计，2018年S村门票收入约一千二百万元，村民分红总额约九十万元。]"),
        ("p", "2019年，村里的几位老人自发成立了“老屋守护队”，劝阻随意改建的行为，并向县里反映问题。县政府随后修订了协议，提高了村集体的分成比例，并规定老宅修缮必须经过专家审核。^[修订后的协议约定，门票收入的百分之二十归村集体所有。]"),
        ("h1", "案例分析"),
        ("p", "S村的困境在于保护与发展由谁主导。公司主导带来了资金和客流，却让村民成了旁观者；村民缺少话语权，保护就容易变成“只留房子不留人”。"),
        ("p", "老屋守护队的出现说明，村民并非不关心保护，而是缺少参与的渠道。政府修订协议，实际上是在公司和村民之间重新划分权利。"),
        ("h1", "案例启示"),
        ("p", "传统村落保护不只是修房子，更要留住村民的生活。政府在引入社会资本时，应当保障村集体和村民的收益权和参与权。"),
        ("p", "保护规则要在事前定清楚，而不是等到问题出现以后再修补。"),
        ("h1", "思考与讨论"),
        ("plain", "1．S村引入旅游公司的做法有哪些利弊？"),
        ("plain", "2．“老屋守护队”在保护中起了什么作用？"),
        ("plain", "3．你认为传统村落应当由谁来保护？"),
    ], NO_OUTLINE).replace('text:note-class="footnote"', 'text:note-class="endnote"')
    fodt_converted(text, "chuantongcunluo", "docx:MS Word 2007 XML", path("libreoffice-endnotes-textbook-cunluo", "docx"))


endnotes()
expect("libreoffice-endnotes-textbook-cunluo", "守住乡愁：S村传统村落的保护与活化",
       [],
       [("案例背景", 1, 2), ("案例描述", 1, 3), ("案例分析", 1, 2), ("案例启示", 1, 2), ("注释", 1, 3)],
       ["S村引入旅游公司的做法有哪些利弊？", "“老屋守护队”在保护中起了什么作用？", "你认为传统村落应当由谁来保护？"],
       [])


# 5. python-docx: a hand-out laid out with a borderless two-column Word table (one row): the case in the wide
# left cell (bold typed 一、 headings and paragraphs), a sidebar in the right cell (学习目标, 思考题 and 课堂安排,
# each a bold line over its items); the title above the table.
def layout_table():
    from docx.shared import Cm
    d = cjk_document(10.5)
    d.add_paragraph("预制菜进校园：一份午餐合同引发的争论", style="Title")
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width, right.width = Cm(11.5), Cm(4.5)

    def add(cell, text, bold=False, first=False):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        r = p.add_run(text)
        r.bold = bold

    add(left, "一、一份新合同", bold=True, first=True)
    add(left, "E市某区的中小学午餐原来由各校食堂自己做。2023年，区教育局通过招标选定一家配餐企业，为全区三十所学校统一供应午餐，"
              "部分菜品是在中央厨房预先加工、到校后加热的预制菜。")
    add(left, "教育局的理由是：学校食堂人手紧张、卫生管理难，统一配餐可以降低成本，也便于监管。")
    add(left, "二、家长的担忧", bold=True)
    add(left, "开学不久，有家长在网上发帖，说孩子带回来的午餐照片“颜色发暗、像隔夜菜”。帖子很快传开，"
              "不少家长担心预制菜的营养和添加剂，要求恢复学校食堂。")
    add(left, "也有家长表示理解：预制菜不等于不安全，关键是看标准和监管。一位营养师指出，国家对学生餐并没有专门针对预制菜的规定。")
    add(left, "三、陪餐与公开", bold=True)
    add(left, "区教育局随后组织家长代表到中央厨房参观，并推行校长和家长代表陪餐制度，每周在学校公众号公开菜谱和检测报告。"
              "一个学期后，家长满意度调查显示，表示满意的家长占百分之六十八。")
    add(right, "学习目标", bold=True, first=True)
    add(right, "1．理解公共服务外包中的监管责任；")
    add(right, "2．分析信息公开在化解公众疑虑中的作用。")
    add(right, "思考题", bold=True)
    add(right, "1．区教育局选择统一配餐的理由是否充分？")
    add(right, "2．家长的担忧从何而来？")
    add(right, "3．陪餐和公开能否替代标准？")
    add(right, "课堂安排", bold=True)
    add(right, "小组讨论（30分钟）")
    add(right, "角色扮演听证会（40分钟）")
    add(right, "教师总结（10分钟）")
    d.save(path("docx-layout-table-sidebar-yuzhicai", "docx"))


layout_table()
expect("docx-layout-table-sidebar-yuzhicai", "预制菜进校园：一份午餐合同引发的争论",
       ["理解公共服务外包中的监管责任；", "分析信息公开在化解公众疑虑中的作用。"],
       [("一份新合同", 1, 2), ("家长的担忧", 1, 2), ("陪餐与公开", 1, 1)],
       ["区教育局选择统一配餐的理由是否充分？", "家长的担忧从何而来？", "陪餐和公开能否替代标准？"],
       ["小组讨论（30分钟）", "角色扮演听证会（40分钟）", "教师总结（10分钟）"])


# 6. An English case (bought from a case collection) with the teacher's Chinese objectives, questions and plan
# after it, written in LibreOffice and printed to PDF: English title and Heading 1 parts, English paragraphs that
# wrap over several lines, then 教学目标, 思考题 (`1．`) and 课堂安排 in Chinese.
fodt_converted(fodt([
    ("title", "Brewing Change: A Coffee Cooperative in Pu'er"),
    ("h1", "Background"),
    ("p", "Pu'er in southern Yunnan is best known for its tea, but since the 1990s its hillsides have also grown more than half of China's coffee. "
          "Most of it was sold as cheap green beans to international traders, and the farmers' income rose and fell with the world price."),
    ("p", "In 2012, when the world price fell below the cost of growing, many families in Mangfei village stopped picking their coffee and left to work in the cities."),
    ("h1", "The Cooperative"),
    ("p", "In 2015, Li Wei, a returning graduate, persuaded forty households to form a cooperative. Members agreed to pick only ripe red cherries, to process them together "
          "and to sell under one name. The cooperative borrowed money to build a small washing station."),
    ("p", "Quality improved quickly. In 2018 a sample from the cooperative scored 84 points in a national competition, and specialty roasters began to ask for it."),
    ("h1", "A Buyer from Shanghai"),
    ("p", "In 2021 a coffee chain from Shanghai offered to buy the whole harvest for five years at twice the market price, on one condition: the cooperative would sell to no one else "
          "and follow the chain's rules on picking and drying."),
    ("p", "Some members wanted to sign at once. Others feared that the cooperative would lose its own name and its other customers, and that the chain could walk away after five years."),
    ("h1", "教学目标"),
    ("plain", "1．理解农民合作社在农产品价值链中的作用；"),
    ("plain", "2．分析长期订单中的议价能力与风险分担。"),
    ("h1", "思考题"),
    ("plain", "1．合作社为什么能让芒飞村的咖啡卖出更高的价格？"),
    ("plain", "2．如果你是合作社的理事长，会不会接受上海客户的条件？"),
    ("plain", "3．地方政府在这件事上能做些什么？"),
    ("h1", "课堂安排"),
    ("plain", "课前：阅读英文案例，查找生词；"),
    ("plain", "课上：分组辩论“签还是不签”（45分钟），教师总结（15分钟）。"),
], NO_OUTLINE), "coffee", "pdf", path("pdf-english-case-chinese-questions-kafei", "pdf"))
expect("pdf-english-case-chinese-questions-kafei", "Brewing Change: A Coffee Cooperative in Pu'er",
       ["理解农民合作社在农产品价值链中的作用；", "分析长期订单中的议价能力与风险分担。"],
       [("Background", 1, 2), ("The Cooperative", 1, 2), ("A Buyer from Shanghai", 1, 2)],
       ["合作社为什么能让芒飞村的咖啡卖出更高的价格？", "如果你是合作社的理事长，会不会接受上海客户的条件？", "地方政府在这件事上能做些什么？"],
       ["课前：阅读英文案例，查找生词；", "课上：分组辩论“签还是不签”（45分钟），教师总结（15分钟）。"])


# 7. A law school's hand-out with legal-style numbered paragraphs, written in LibreOffice and printed to PDF:
# `1. 教学目的` … `6. 课堂安排` as bold unstyled lines, and under each its paragraphs numbered 1.1, 2.1, 2.2…
# (sentences, not headings): under 教学目的 the objectives, under 讨论问题 the questions, under 课堂安排 the steps.
def legal():
    b = [("title", "健身房闭店之后：一起预付式消费纠纷")]
    parts = [
        ("1. 教学目的", ["1.1 通过本案，理解预付式消费中经营者的义务与消费者的救济途径。",
                        "1.2 掌握合同解除与违约责任的基本分析方法。"]),
        ("2. 基本案情", ["2.1 2022年3月，原告王某在被告某健身公司开设的门店办理了为期两年的会员卡，一次性支付会费六千八百元，"
                        "双方签订的会员协议约定门店每日营业，会员可随时使用器械和参加团体课程。",
                        "2.2 2022年11月，该门店以“装修升级”为由停业，门口张贴通知称会员可到十公里外的另一家门店消费。"
                        "王某多次要求退还剩余会费，被告以协议中“会费一经缴纳概不退还”的条款为由拒绝。",
                        "2.3 2023年2月，王某向人民法院提起诉讼，请求解除会员协议，并由被告退还剩余期限对应的会费。"]),
        ("3. 争议焦点", ["3.1 门店停业后，被告安排会员到其他门店消费，是否构成对合同的适当履行。",
                        "3.2 “会费一经缴纳概不退还”的条款是否有效。"]),
        ("4. 裁判结果", ["4.1 法院认为，会员协议约定的履行地点是原告办卡的门店，被告单方停业，使原告无法实现合同目的，原告有权解除合同。",
                        "4.2 “概不退还”的条款是被告提供的格式条款，不合理地免除了经营者的责任、排除了消费者的主要权利，应属无效。"
                        "法院判决解除协议，被告按剩余期限退还会费三千九百元。"]),
        ("5. 讨论问题", ["5.1 被告安排会员转到其他门店消费，为什么不能视为履行了合同？",
                        "5.2 格式条款在什么情况下无效？",
                        "5.3 如果健身公司已经“跑路”，消费者还有哪些救济途径？"]),
        ("6. 课堂安排", ["6.1 课前：学生阅读案情，检索相关法律条文。",
                        "6.2 课上：分组模拟原告、被告代理人陈述意见（50分钟），教师点评（20分钟）。"]),
    ]
    for head, paras in parts:
        b.append(("h1", head))
        b += [("plain", x) for x in paras]
    fodt_converted(fodt(b, NO_OUTLINE), "yufuka", "pdf", path("pdf-legal-numbered-paragraphs-yufuka", "pdf"))


legal()
expect("pdf-legal-numbered-paragraphs-yufuka", "健身房闭店之后：一起预付式消费纠纷",
       ["通过本案，理解预付式消费中经营者的义务与消费者的救济途径。", "掌握合同解除与违约责任的基本分析方法。"],
       [("基本案情", 1, 3), ("争议焦点", 1, 2), ("裁判结果", 1, 2)],
       ["被告安排会员转到其他门店消费，为什么不能视为履行了合同？", "格式条款在什么情况下无效？", "如果健身公司已经“跑路”，消费者还有哪些救济途径？"],
       ["课前：学生阅读案情，检索相关法律条文。", "课上：分组模拟原告、被告代理人陈述意见（50分钟），教师点评（20分钟）。"])


# 8. A .txt a student got by OCR of the teacher's long screenshot (长图) of the hand-out on a phone: the phone's
# status bar and the file viewer's line at the top, the text in lines of at most 17 characters as the phone
# showed them (the larger title's at 12; a paragraph's or an item's last line shorter), no blank lines, half-width commas and colons here and there as
# OCR reads them.
VILLAGE = [
    ("title", "“村BA”火了之后:T村的篮球场经济"),
    ("h", "教学目标"),
    ("item", "1.理解乡村文化活动在乡村振兴中的作用;"),
    ("item", "2.分析流量经济的可持续性。"),
    ("h", "一、球场上的村子"),
    ("p", "T村是黔东南的一个苗族村寨,篮球是村里几十年的传统。每年农历六月,周边村寨的球队都会来这里比赛,观众坐满了山坡。"),
    ("p", "2022年夏天,一段村民赛球的短视频在网上走红,“村BA”成了热词,来看球的游客一晚上就有上万人。"),
    ("h", "二、流量来了"),
    ("p", "游客带来了生意,村民在球场边摆摊卖烤鱼、米酒,有人把自家房子改成了民宿。县里投入资金修了看台和停车场,还请来了电视台直播。"),
    ("p", "但球赛的组织者仍是村里的篮球协会,裁判和球员都是村民,比赛不收门票。协会会长说:“球是大家的,不能拿来卖钱。”"),
    ("h", "三、热度之后"),
    ("p", "一年以后,游客开始减少。有商家提出收门票、请职业球员来提高水平,也有村民担心比赛变了味。县里在考虑把赛事交给一家文化公司运营。"),
    ("h", "讨论题"),
    ("item", "1.“村BA”为什么能火起来?"),
    ("item", "2.比赛该不该收门票、交给公司运营?"),
    ("item", "3.怎样让热度变成长久的收入?"),
    ("h", "课堂安排"),
    ("item", "分组讨论30分钟,各组汇报20分钟。"),
]


def phone_ocr():
    out = ["14:26", "令 5G 76", "<　村BA案例.docx　　…"]
    for kind, text in VILLAGE:
        width = 12 if kind == "title" else 17  # the title is set larger
        cut = [text[i:i + width] for i in range(0, len(text), width)]
        assert len(cut[-1]) < width or len(cut) == 1, text
        out += cut
    write("phone-longshot-ocr-cunba", "txt", lines(*out))


phone_ocr()
expect("phone-longshot-ocr-cunba", "“村BA”火了之后:T村的篮球场经济",
       ["理解乡村文化活动在乡村振兴中的作用;", "分析流量经济的可持续性。"],
       [("球场上的村子", 1, 2), ("流量来了", 1, 2), ("热度之后", 1, 1)],
       ["“村BA”为什么能火起来?", "比赛该不该收门票、交给公司运营?", "怎样让热度变成长久的收入?"],
       ["分组讨论30分钟,各组汇报20分钟。"])


# 9. Markdown from Typora: `[TOC]` first, a bold-labelled objective on one line, three short cases each under
# `## 案例一　…` with a bold `**思考：**` line over its own `1.` questions, the plan as a pipe table (环节 | 时间).
write("markdown-typora-three-cases-weichengnian", "md", lines(
    "[TOC]", "",
    "# 未成年人网络保护：三个小案例", "",
    "**教学目标**：理解未成年人网络保护中家庭、平台和政府各自的责任。", "",
    "## 案例一　打赏之后的退款", "",
    "十二岁的小林用母亲的手机，在一个月里给一位游戏主播打赏了两万三千元。母亲发现后联系平台要求退款，平台称账号是成年人实名注册的，无法认定是未成年人所为。", "",
    "母亲找出了小林的聊天记录和打赏时段的上课安排，平台最终退还了大部分款项。", "",
    "**思考：**", "",
    "1. 平台以“实名是成年人”为由拒绝退款，是否合理？",
    "2. 家长在这件事中有没有责任？", "",
    "## 案例二　凌晨两点的游戏", "",
    "某市一所中学的老师发现，班上几名学生上课时总是打瞌睡。了解后才知道，他们用爷爷奶奶的身份证注册了游戏账号，绕过了防沉迷系统，常常玩到凌晨。", "",
    "游戏公司随后上线了人脸识别核验，但学生们又开始在网上租用成年人的账号。", "",
    "**思考：**", "",
    "1. 防沉迷系统为什么总被绕过？", "",
    "## 案例三　班级群里的表情包", "",
    "一名初二学生的照片被同学做成表情包，在几个班级群里传播，配上了嘲笑的文字。这名学生因此拒绝上学，家长向学校和网信部门投诉。", "",
    "学校对发图的学生进行了批评教育，群主删除了表情包，但截图已经流传到了其他平台。", "",
    "**思考：**", "",
    "1. 学校在网络欺凌中应当承担什么责任？",
    "2. 已经传开的图片还能怎样处理？", "",
    "## 课堂安排", "",
    "| 环节 | 时间 |",
    "| --- | --- |",
    "| 分组阅读三个案例 | 20分钟 |",
    "| 各组选一个案例汇报 | 30分钟 |",
    "| 教师总结 | 10分钟 |"))
expect("markdown-typora-three-cases-weichengnian", "未成年人网络保护：三个小案例",
       ["理解未成年人网络保护中家庭、平台和政府各自的责任。"],
       [("打赏之后的退款", 1, 2), ("凌晨两点的游戏", 1, 2), ("班级群里的表情包", 1, 2)],
       ["平台以“实名是成年人”为由拒绝退款，是否合理？", "家长在这件事中有没有责任？", "防沉迷系统为什么总被绕过？",
        "学校在网络欺凌中应当承担什么责任？", "已经传开的图片还能怎样处理？"],
       ["分组阅读三个案例 | 20分钟", "各组选一个案例汇报 | 30分钟", "教师总结 | 10分钟"])


# 10. python-docx: a hand-out with boxes: 【学习目标】 as a bold line over `1．` lines, a 【案例导入】 box (a shaded
# one-cell Word table: the label, then a paragraph), the case's 一、二、三 parts as bold lines, a 【案例思考】 box
# with （1）（2）（3） questions, and 【课堂安排】 after it.
def boxes():
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = cjk_document(11)
    d.add_paragraph("县长进了直播间：H县农产品“带货”的得与失", style="Title")

    def bold(text):
        d.add_paragraph().add_run(text).bold = True

    def box(label, paras):
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.cell(0, 0)
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear"); shade.set(qn("w:fill"), "EDEDED")
        cell._tc.get_or_add_tcPr().append(shade)
        cell.paragraphs[0].add_run(label).bold = True
        for x in paras:
            cell.add_paragraph(x)
        d.add_paragraph()

    bold("【学习目标】")
    d.add_paragraph("1．理解地方政府在农产品营销中的角色边界；")
    d.add_paragraph("2．分析“网红式”推广的长期效果。")
    box("【案例导入】", ["2020年4月的一个晚上，H县副县长穿着当地的民族服装出现在一个电商平台的直播间，三个小时卖出了十二万斤脐橙。第二天，“县长带货”登上了热搜。"])
    bold("一、从滞销到热卖")
    d.add_paragraph("H县是一个脐橙大县，年产量四十多万吨。2020年春天，受物流不畅影响，大量脐橙积压在果农手里，收购价跌到每斤一元以下。")
    d.add_paragraph("县里决定借助直播平台打开销路，由分管农业的副县长出镜，县电商中心负责选品和发货。")
    bold("二、直播之后")
    d.add_paragraph("首场直播以后，H县又组织了二十多场直播，县里的干部轮流上阵。一些乡镇也开始给干部下达带货任务，有的干部只好自己掏钱买下。")
    d.add_paragraph("直播订单集中爆发，县电商中心的分拣和发货跟不上，一些消费者收到的脐橙有磕伤和腐烂，差评一度占到一成以上。")
    bold("三、回到市场")
    d.add_paragraph("2021年起，H县不再组织干部直播，转而培训本地的年轻主播，制定脐橙的分级标准，并建设县级冷链仓储中心。")
    box("【案例思考】", ["（1）县长直播带货，是政府的“越位”还是“到位”？", "（2）给干部下达带货任务说明了什么问题？",
                        "（3）H县后来的做法和直播相比，有什么不同？"])
    bold("【课堂安排】")
    d.add_paragraph("1．观看一段县长直播的视频（10分钟）；")
    d.add_paragraph("2．分组讨论案例思考题（40分钟）；")
    d.add_paragraph("3．各组汇报，教师总结（30分钟）。")
    d.save(path("docx-boxed-lead-in-zhibo", "docx"))


boxes()
expect("docx-boxed-lead-in-zhibo", "县长进了直播间：H县农产品“带货”的得与失",
       ["理解地方政府在农产品营销中的角色边界；", "分析“网红式”推广的长期效果。"],
       [("案例导入", 1, 1), ("从滞销到热卖", 1, 2), ("直播之后", 1, 2), ("回到市场", 1, 1)],
       ["县长直播带货，是政府的“越位”还是“到位”？", "给干部下达带货任务说明了什么问题？", "H县后来的做法和直播相比，有什么不同？"],
       ["观看一段县长直播的视频（10分钟）；", "分组讨论案例思考题（40分钟）；", "各组汇报，教师总结（30分钟）。"])

finish()
