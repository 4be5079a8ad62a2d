#!/usr/bin/env python3
"""Writes the sixteenth round's held-out hand-outs (issue 25): ten hand-outs written blind by an engineer who does
not read the importer's rules, after all of the session's rule changes, scored once on main 1b14af9 with no rule
tuned on them. This round samples what teachers mostly have — a Word case with the course in the page header and a
table in the body; a Word case with its objectives last and a one-line plan; a .docx saved by LibreOffice (as WPS
users do); the PDF printed from Word with the roles in a teaching note at the end; a PDF made by pandoc from a
teacher's Markdown; a LibreOffice PDF with a table in the body and a plan in clock times; an e-mail pasted as text;
a WeChat official-account article copied from the browser; a Markdown note — and one less usual (a Markdown page
exported from 语雀 with a `[TOC]` line and `:::tips` blocks), by teachers of finance, education policy, rural
governance, criminal justice, library science, logistics, public health emergencies, media ethics, social insurance
and archives management.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-16.py

Each expected outline is the hand-out as a teacher reads it, with the conventions of rounds 7 to 15 (their
generators' docstrings) and these: a plan step written with a clock time (`14:00—14:15　…`) or a stage
(`第一阶段（15分钟）：…`) is the step as written, the time part of its words; a page header naming the course and a
footer's page number are page furniture; an e-mail's header lines (发件人, 收件人, 时间, 主题), its greeting, the
teacher's lines to the class before and after the case, and the signature are not part of the outline; a part
heading that holds no text of its own (only sub-parts) is no entry, as in rounds 7–15; a WeChat article's chrome (原创 mark, account name and date,
`阅读 … 在看 …`, 写留言) is not part of the outline; a 语雀 export's `[TOC]` line and `:::tips` / `:::` fence lines
are not words, the text inside the fence read as it stands; a table in a part is paragraphs of that part (its
caption one, each row one, the header row included); roles under a teaching note (`教学说明` over `1．教学目的` …) are
the roles, the note itself no section.
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from handoutgen import (NO_OUTLINE, PAGE_FOOTER, cjk_document, expect, field, finish, fodt, fodt_converted,
                        lines, pandoc, path, soffice, write)

import os
import tempfile


def table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c


# 1. Finance (金融风险管理): a Word .docx with the course in the page header and a PAGE field in the footer, Title,
# Heading 1 parts `一、`, a table with its caption `表1　…` in the second part, 教学目的 one paragraph first, 思考题
# typed `（1）`, 教学安排 with clock times.
def finance():
    d = cjk_document(10.5)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "《金融风险管理》课程案例"
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")
    d.add_paragraph("“秒批”的代价：J银行线上消费贷的风险暴露", style="Title")
    for style, text in [
        ("Heading 1", "教学目的"),
        ("Normal", "通过J银行与互联网平台合作发放线上消费贷的经历，理解助贷模式下的信用风险与合规风险，掌握贷后风险监测的基本指标。"),
        ("Heading 1", "一、与平台的合作"),
        ("Normal", "J银行是华东一家资产规模两千亿元的城市商业银行。2020年起，它与三家互联网平台合作，由平台负责获客和初步审核，"
                   "银行出资放款，单笔额度不超过二十万元，从申请到放款最快只要三分钟。"),
        ("Normal", "两年间，线上消费贷余额从零增长到一百八十亿元，占全行零售贷款的四成，成了分行考核中最亮眼的业务。"),
        ("Heading 1", "二、逾期率上升"),
        ("Normal", "2022年下半年起，线上消费贷的逾期率快速上升，各平台的数据如表1所示。"),
    ]:
        d.add_paragraph(text, style=style)
    d.add_paragraph("表1　三家合作平台的贷款逾期率")
    table(d, [("平台", "2022年6月", "2022年12月", "2023年6月"), ("甲平台", "1.2%", "2.8%", "4.6%"),
              ("乙平台", "0.9%", "1.6%", "2.1%"), ("丙平台", "1.5%", "3.9%", "7.3%")])
    for style, text in [
        ("Normal", "风险管理部调查后发现，丙平台为了冲规模放松了审核，部分借款人在多家机构同时借款，资金流向了股市和房地产。"),
        ("Heading 1", "三、监管的检查"),
        ("Normal", "2023年8月，监管部门现场检查时指出，J银行把核心风控环节交给了合作平台，对借款人的资金用途缺乏核实，要求限期整改。"),
        ("Normal", "行长在会上说：“规模是平台给的，风险却是我们自己的。”整改方案要在两周内上报，零售金融部和风险管理部意见并不一致。"),
        ("Heading 1", "思考题"),
        ("Normal", "（1）助贷模式下，银行和平台各自承担哪些风险？"),
        ("Normal", "（2）从表1的数据看，J银行应当怎样调整与三家平台的合作？"),
        ("Normal", "（3）如果你是风险管理部负责人，整改方案应当包括哪些内容？"),
        ("Heading 1", "教学安排"),
        ("Normal", "14:00—14:15　教师导入，回顾助贷业务流程；"),
        ("Normal", "14:15—15:00　分组讨论思考题；"),
        ("Normal", "15:00—15:30　各组汇报，教师总结。"),
    ]:
        d.add_paragraph(text, style=style)
    d.save(path("docx-course-header-table-clock-plan-finance-xiaofeidai", "docx"))


finance()
expect("docx-course-header-table-clock-plan-finance-xiaofeidai", "“秒批”的代价：J银行线上消费贷的风险暴露",
       ["通过J银行与互联网平台合作发放线上消费贷的经历，理解助贷模式下的信用风险与合规风险，掌握贷后风险监测的基本指标。"],
       [("与平台的合作", 1, 2), ("逾期率上升", 1, 7), ("监管的检查", 1, 2)],
       ["助贷模式下，银行和平台各自承担哪些风险？", "从表1的数据看，J银行应当怎样调整与三家平台的合作？",
        "如果你是风险管理部负责人，整改方案应当包括哪些内容？"],
       ["14:00—14:15　教师导入，回顾助贷业务流程；", "14:15—15:00　分组讨论思考题；", "15:00—15:30　各组汇报，教师总结。"])


# 2. Education policy (教育政策): a Word .docx, Title, Heading 1 parts without numbers, Heading 2 `（一）` under the
# second, 讨论题 in automatic numbering (List Number), a one-paragraph 课堂时间安排, and 学习目标 last, in List Bullet.
def edupolicy():
    d = cjk_document(11)
    d.add_paragraph("名校带弱校：R区集团化办学的三年", style="Title")
    for style, text in [
        ("Heading 1", "案例背景"),
        ("Normal", "R区有小学三十二所，其中老城区的几所名校每年报名人数是招生计划的三倍，而新城区的学校却招不满学生。"
                   "家长为了进名校不惜高价购买学区房，区教育局每年都收到大量投诉。"),
        ("Heading 1", "改革的推进"),
        ("Heading 2", "（一）组建教育集团"),
        ("Normal", "2020年，区教育局以五所名校为龙头组建五个教育集团，每个集团吸收三到五所薄弱学校，实行统一管理、教师流动和课程共享。"),
        ("Normal", "集团规定，名校骨干教师每三年至少要到成员校任教一年，成员校的教师则到名校跟岗学习。"),
        ("Heading 2", "（二）学区房价格的变化"),
        ("Normal", "改革第二年，老城区学区房的价格出现了回落，新城区几所成员校的报名人数明显增加。"),
        ("Heading 1", "质疑的声音"),
        ("Normal", "也有名校的家长认为，骨干教师被派到成员校，名校的教学质量受到了影响；一些成员校的校长则抱怨，学校失去了自己的办学特色，"
                   "成了名校的“分校”。区人大代表在视察后建议，对集团化办学的效果开展第三方评估。"),
        ("Heading 1", "讨论题"),
        ("List Number", "集团化办学能否真正促进教育均衡？"),
        ("List Number", "名校家长和成员校校长的担忧是否合理？"),
        ("List Number", "第三方评估应当使用哪些指标？"),
        ("Heading 1", "课堂时间安排"),
        ("Normal", "课前阅读案例；课上小组讨论35分钟，全班交流35分钟，教师总结10分钟。"),
        ("Heading 1", "学习目标"),
        ("List Bullet", "了解义务教育优质均衡发展的政策背景；"),
        ("List Bullet", "学会分析教育政策执行中不同利益相关者的诉求。"),
    ]:
        d.add_paragraph(text, style=style)
    d.save(path("docx-objectives-last-one-line-plan-edupolicy-jituan", "docx"))


edupolicy()
expect("docx-objectives-last-one-line-plan-edupolicy-jituan", "名校带弱校：R区集团化办学的三年",
       ["了解义务教育优质均衡发展的政策背景；", "学会分析教育政策执行中不同利益相关者的诉求。"],
       [("案例背景", 1, 1), ("组建教育集团", 2, 2), ("学区房价格的变化", 2, 1), ("质疑的声音", 1, 1)],
       ["集团化办学能否真正促进教育均衡？", "名校家长和成员校校长的担忧是否合理？", "第三方评估应当使用哪些指标？"],
       ["课前阅读案例；课上小组讨论35分钟，全班交流35分钟，教师总结10分钟。"])


# 3. Rural governance (乡村治理): a .docx saved by LibreOffice (as a WPS or LibreOffice user saves one): Title,
# Heading 1 教学目标 over `1．` lines, Heading 1 `一、` parts with Heading 2 `（一）`, indented body, 思考题 `1．`,
# 课堂安排 `（1）` lines, the page number in the footer.
fodt_converted(fodt([
    ("title", "一张积分卡管住了村里的事：河湾村积分制治理"),
    ("h1", "教学目标"),
    ("plain", "1．理解积分制在乡村治理中的作用和局限；"),
    ("plain", "2．分析村民自治与村规民约的关系。"),
    ("h1", "一、村庄概况"),
    ("p", "河湾村位于中部某省的丘陵地带，全村六百八十户，青壮年大多外出打工，常住人口以老人和儿童为主。"),
    ("p", "过去，村里的环境卫生、红白喜事大操大办和邻里纠纷是老大难问题，村干部开会动员，来的人总是寥寥无几。"),
    ("h1", "二、积分制的推行"),
    ("h2", "（一）积分怎么算"),
    ("p", "2021年，村两委召开村民代表大会，制定了积分细则：门前三包、参加义务劳动、调解纠纷可以加分，乱倒垃圾、大操大办要扣分。"
          "积分每月在村务公开栏公布，可以在村里的“积分超市”兑换油、米和洗衣粉。"),
    ("h2", "（二）村民的反应"),
    ("p", "头几个月，老人们积极性很高，常常为了一两分找村干部“理论”。也有在外打工的村民说，自己常年不在家，积分再多也用不上。"),
    ("h1", "三、新的问题"),
    ("p", "两年后，积分超市的物品开支每年要四万多元，村集体经济难以为继；还有村民质疑，评分的网格员给亲戚多加了分。"),
    ("h1", "思考题"),
    ("plain", "1．积分制为什么能在短期内调动村民的积极性？"),
    ("plain", "2．怎样让外出务工的村民也参与到积分制中来？"),
    ("plain", "3．积分制要长期运行，需要解决哪些问题？"),
    ("h1", "课堂安排"),
    ("plain", "（1）课前分组查阅两个地方积分制的做法；"),
    ("plain", "（2）课上分组讨论（40分钟），模拟村民代表大会修订积分细则（30分钟）；"),
    ("plain", "（3）教师总结（10分钟）。"),
], NO_OUTLINE, PAGE_FOOTER), "jifen", "docx:MS Word 2007 XML",
    path("docx-libreoffice-saved-rural-governance-jifenzhi", "docx"))
expect("docx-libreoffice-saved-rural-governance-jifenzhi", "一张积分卡管住了村里的事：河湾村积分制治理",
       ["理解积分制在乡村治理中的作用和局限；", "分析村民自治与村规民约的关系。"],
       [("村庄概况", 1, 2), ("积分怎么算", 2, 1), ("村民的反应", 2, 1), ("新的问题", 1, 1)],
       ["积分制为什么能在短期内调动村民的积极性？", "怎样让外出务工的村民也参与到积分制中来？", "积分制要长期运行，需要解决哪些问题？"],
       ["课前分组查阅两个地方积分制的做法；", "课上分组讨论（40分钟），模拟村民代表大会修订积分细则（30分钟）；", "教师总结（10分钟）。"])


# 4. Criminal justice (刑事司法): a Word case printed to PDF by LibreOffice, the school in the page header and
# `第 N 页` in the footer: Title, Heading 1 `一、` parts, then Heading 1 教学说明 with the roles as Heading 2
# `1．教学目的` (one paragraph), `2．思考题` (`（1）` lines), `3．课堂安排` (`第一阶段（15分钟）：…` lines).
def criminal():
    d = cjk_document(11)
    d.sections[0].header.paragraphs[0].text = "政法学院　刑事司法专业教学案例"
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    field(fp, "PAGE")
    fp.add_run(" 页")
    d.add_paragraph("回到社区的他：一名社区矫正对象的半年", style="Title")
    for style, text in [
        ("Heading 1", "一、判决之后"),
        ("Normal", "二十四岁的小周因帮助他人转移诈骗资金，被判处有期徒刑一年、缓刑两年，在户籍所在地的街道司法所接受社区矫正。"),
        ("Normal", "报到那天，他低着头说，最怕的是工厂知道后把他辞退，母亲一个人在家，全靠他的工资过日子。"),
        ("Heading 1", "二、矫正方案"),
        ("Normal", "司法所的矫正小组由一名社区矫正工作人员、一名社会工作者和社区民警组成。小组为他制定了个别化矫正方案："
                   "每周电话报告，每月到司法所参加一次集中教育和公益活动，手机安装定位软件。"),
        ("Normal", "社会工作者还帮他联系了企业的人事部门，说明社区矫正不影响正常工作，小周保住了工作。"),
        ("Heading 1", "三、一次违规"),
        ("Normal", "第四个月，小周未经批准跟随老板到邻省出差三天，定位软件发出越界提示。按照规定，这一违规可以给予警告，情节严重的可以提请撤销缓刑。"),
        ("Normal", "矫正小组内部意见不一：社区民警认为必须严格执行，社会工作者则认为他是被老板临时安排，主观恶意不大。"),
        ("Heading 1", "教学说明"),
        ("Heading 2", "1．教学目的"),
        ("Normal", "了解社区矫正的执行程序，理解监督管理与教育帮扶相结合的原则，学会在个案中平衡刑罚执行的严肃性与矫正对象的回归需要。"),
        ("Heading 2", "2．思考题"),
        ("Normal", "（1）社会工作者在矫正小组中发挥了什么作用？"),
        ("Normal", "（2）对小周的越界行为应当怎样处理？理由是什么？"),
        ("Normal", "（3）怎样减少社区矫正对象在就业中受到的歧视？"),
        ("Heading 2", "3．课堂安排"),
        ("Normal", "第一阶段（15分钟）：教师介绍社区矫正的法律规定；"),
        ("Normal", "第二阶段（45分钟）：分组讨论并模拟矫正小组评议会；"),
        ("Normal", "第三阶段（20分钟）：各组汇报，教师总结。"),
    ]:
        d.add_paragraph(text, style=style)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "jiaozheng.docx")
    d.save(src)
    soffice(src, "pdf", path("pdf-word-header-teaching-note-last-criminaljustice-jiaozheng", "pdf"))


criminal()
expect("pdf-word-header-teaching-note-last-criminaljustice-jiaozheng", "回到社区的他：一名社区矫正对象的半年",
       ["了解社区矫正的执行程序，理解监督管理与教育帮扶相结合的原则，学会在个案中平衡刑罚执行的严肃性与矫正对象的回归需要。"],
       [("判决之后", 1, 2), ("矫正方案", 1, 2), ("一次违规", 1, 2)],
       ["社会工作者在矫正小组中发挥了什么作用？", "对小周的越界行为应当怎样处理？理由是什么？", "怎样减少社区矫正对象在就业中受到的歧视？"],
       ["第一阶段（15分钟）：教师介绍社区矫正的法律规定；", "第二阶段（45分钟）：分组讨论并模拟矫正小组评议会；",
        "第三阶段（20分钟）：各组汇报，教师总结。"])


# 5. Library science (图书馆学): a teacher's Markdown made into .odt by pandoc and printed to PDF by LibreOffice:
# YAML title, `# 教学目标` one paragraph, `# 一、…` parts, `# 思考题` a `1.` list, `# 课堂安排` a `1.` list with
# the minutes in brackets.
tmp = tempfile.mkdtemp()
pandoc(lines(
    "---", "title: 众包能不能修古籍：省图书馆古籍数字化项目", "---", "",
    "# 教学目标", "",
    "通过省图书馆借助志愿者众包整理古籍的项目，理解公共文化服务中的公众参与，分析众包模式在质量控制上的难点。", "",
    "# 一、堆在库房里的古籍", "",
    "省图书馆藏有古籍二十六万册，其中已经数字化并能在线检索的不到三成。馆里的古籍整理人员只有九人，按现在的进度，全部完成需要四十年。", "",
    "# 二、招募志愿者", "",
    "2022年，馆里上线了一个众包平台，把古籍扫描图像切成单页，请志愿者在线录入文字、标注句读。平台上线半年，注册志愿者超过一万二千人，"
    "录入了八十万页。", "",
    "志愿者中有退休教师，也有中文系的学生，还有不少古籍爱好者，每录入一页可以获得积分，积分可以兑换馆里的文创产品。", "",
    "# 三、质量的争议", "",
    "抽查发现，志愿者录入的文字错误率约为千分之六，远高于专业人员的万分之三；有的志愿者为了积分，用识别软件批量录入后不加校对就提交。", "",
    "馆里的老专家认为古籍整理是专业工作，不应当交给外行；项目负责人则认为，可以用多人交叉校对和专家终审来控制质量。", "",
    "# 思考题", "",
    "1. 古籍数字化为什么要引入众包？",
    "2. 怎样设计志愿者的激励机制才能兼顾数量和质量？",
    "3. 你是否同意老专家的意见？", "",
    "# 课堂安排", "",
    "1. 教师介绍古籍数字化的现状（10分钟）",
    "2. 分组讨论思考题（40分钟）",
    "3. 各组汇报与教师点评（30分钟）"), os.path.join(tmp, "guji.odt"))
soffice(os.path.join(tmp, "guji.odt"), "pdf", path("pdf-pandoc-odt-markdown-library-guji", "pdf"))
expect("pdf-pandoc-odt-markdown-library-guji", "众包能不能修古籍：省图书馆古籍数字化项目",
       ["通过省图书馆借助志愿者众包整理古籍的项目，理解公共文化服务中的公众参与，分析众包模式在质量控制上的难点。"],
       [("堆在库房里的古籍", 1, 1), ("招募志愿者", 1, 2), ("质量的争议", 1, 2)],
       ["古籍数字化为什么要引入众包？", "怎样设计志愿者的激励机制才能兼顾数量和质量？", "你是否同意老专家的意见？"],
       ["教师介绍古籍数字化的现状（10分钟）", "分组讨论思考题（40分钟）", "各组汇报与教师点评（30分钟）"])


# 6. Logistics (物流管理): a LibreOffice PDF (fodt), the page number in the footer: Title, Heading 1 学习目标 one
# paragraph, Heading 1 `1　…` parts numbered by hand with a full-width space, a table with its caption in the second
# part, Heading 1 讨论问题 `①②③`, Heading 1 课堂安排 with clock times (`8:00—8:20：…`).
fodt_converted(fodt([
    ("title", "断掉的冷链：一批疫苗运输温度异常的调查"),
    ("h1", "学习目标"),
    ("plain", "理解冷链物流的温度监控要求，学会用流程分析的方法查找物流过程中的风险点。"),
    ("h1", "1　一次常规的配送"),
    ("p", "F物流公司是一家专门从事医药冷链配送的企业，为全省一百多家疾控中心和医院配送疫苗。按规定，疫苗在运输中须保持在2至8摄氏度。"),
    ("p", "去年11月，一辆冷藏车从省会仓库出发，向三个县的疾控中心配送流感疫苗，全程约三百公里。"),
    ("h1", "2　温度记录里的异常"),
    ("p", "第三站的疾控中心在验收时导出温度记录仪的数据，发现途中有一段温度超出了范围，当即拒收了这批疫苗。"),
    ("plain", "表1　冷藏车温度记录摘要"),
    ("table", [("时间", "地点", "车厢温度"), ("08:10", "省会仓库", "4.5℃"), ("11:40", "第二站卸货", "9.8℃"),
               ("12:30", "高速服务区", "11.2℃"), ("14:20", "第三站", "5.1℃")]),
    ("p", "调查发现，第二站卸货时车门开了四十分钟，司机在服务区吃午饭时又关掉了制冷机组以节省燃油。"),
    ("h1", "3　公司的整改"),
    ("p", "公司赔偿了疫苗损失，对司机作出处分，并决定给所有冷藏车加装温度实时报警系统。但运营经理担心，加装设备和增加人手会使配送成本上升一成以上。"),
    ("h1", "讨论问题"),
    ("plain", "①这次温度异常暴露了F公司冷链管理中的哪些漏洞？"),
    ("plain", "②只加装实时报警系统是否足以防止类似事件？"),
    ("plain", "③怎样在控制成本的同时保证冷链不断链？"),
    ("h1", "课堂安排"),
    ("plain", "8:00—8:20：案例回顾与温度数据分析；"),
    ("plain", "8:20—9:00：分组绘制配送流程图，标出风险点；"),
    ("plain", "9:00—9:30：各组汇报，教师总结。"),
], NO_OUTLINE, PAGE_FOOTER), "lenglian", "pdf", path("pdf-libreoffice-table-clock-plan-logistics-lenglian", "pdf"))
expect("pdf-libreoffice-table-clock-plan-logistics-lenglian", "断掉的冷链：一批疫苗运输温度异常的调查",
       ["理解冷链物流的温度监控要求，学会用流程分析的方法查找物流过程中的风险点。"],
       [("一次常规的配送", 1, 2), ("温度记录里的异常", 1, 8), ("公司的整改", 1, 1)],
       ["这次温度异常暴露了F公司冷链管理中的哪些漏洞？", "只加装实时报警系统是否足以防止类似事件？", "怎样在控制成本的同时保证冷链不断链？"],
       ["8:00—8:20：案例回顾与温度数据分析；", "8:20—9:00：分组绘制配送流程图，标出风险点；", "9:00—9:30：各组汇报，教师总结。"])


# 7. Public health emergencies (突发公共卫生事件应对): an e-mail a teacher sent to the class, pasted as text by a
# student: the mail's header lines, a greeting, a sentence about the class, then the case (title, `一、` parts,
# 思考题 `1.`), and the teacher's closing and signature. No objectives, no plan.
write("email-paste-publichealth-emergency-shiwuzhongdu", "txt", lines(
    "发件人：陈老师 <chenlin@example.edu.cn>",
    "收件人：公共卫生2022级",
    "时间：2024年4月8日 星期一 下午3:20",
    "主题：第七周案例讨论材料",
    "",
    "各位同学：",
    "",
    "周四的课我们讨论下面这个案例，请各组提前阅读并准备发言。",
    "",
    "一场婚宴之后：X县群体性食物中毒事件的应急处置",
    "",
    "一、事件经过",
    "5月2日晚，X县某镇一户村民在自家院子里操办婚宴，共六十桌。次日凌晨起，陆续有宾客出现腹痛、腹泻和发热症状，到中午已有八十多人到镇卫生院就诊。",
    "镇卫生院床位只有二十张，院长一边向县卫健局报告，一边联系县医院派救护车转运重症病人。",
    "",
    "二、应急响应",
    "县卫健局接到报告后启动了应急预案，疾控中心的流行病学调查组当天下午赶到现场，封存了剩余的饭菜，采集了病人的样本。",
    "调查发现，婚宴的凉拌菜在室温下放置了七个多小时，厨师中有一人手上有化脓性伤口。",
    "",
    "三、事后的追问",
    "事件共造成一百二十七人发病，没有死亡病例。但有村民在网上发帖说，卫生院最初以为是普通肠胃炎，报告晚了四个小时。县里随后要求各镇对农村集体聚餐实行备案管理。",
    "",
    "思考题：",
    "1. 这起事件的信息报告环节是否及时？问题出在哪里？",
    "2. 基层医疗机构在突发公共卫生事件中应当承担哪些职责？",
    "3. 农村集体聚餐备案管理能否有效预防类似事件？",
    "",
    "有问题随时在群里问我。",
    "",
    "陈琳",
    "公共卫生学院"))
expect("email-paste-publichealth-emergency-shiwuzhongdu", "一场婚宴之后：X县群体性食物中毒事件的应急处置",
       [],
       [("事件经过", 1, 2), ("应急响应", 1, 2), ("事后的追问", 1, 1)],
       ["这起事件的信息报告环节是否及时？问题出在哪里？", "基层医疗机构在突发公共卫生事件中应当承担哪些职责？",
        "农村集体聚餐备案管理能否有效预防类似事件？"],
       [])


# 8. Media ethics (新闻伦理): a WeChat official-account article copied from the browser into a .txt: the title, the
# 原创 mark with the account and the date, the case with 【】 role labels and `01` `02` `03` part headings (a number line over the part's name) as such
# accounts write them, then the page's 阅读/在看 line and 写留言.
write("wechat-article-copy-mediaethics-anfang", "txt", lines(
    "暗访镜头下的养老院：一篇调查报道引发的争议",
    "原创 新闻伦理课堂 2024-03-15 08:30 发表于湖北",
    "",
    "【教学目标】",
    "理解隐性采访的伦理边界，学会权衡公共利益与被报道者的隐私和名誉。",
    "",
    "01",
    "报道的由来",
    "",
    "去年秋天，某都市报记者接到读者来信，反映一家民办养老院护工打骂老人。记者以应聘护工的身份进入养老院工作了两周，用隐藏的摄像头拍下了护工推搡老人、克扣饭菜的画面。",
    "",
    "02",
    "报道刊发之后",
    "",
    "报道和视频刊发后引起强烈反响，民政部门随即对养老院进行检查，责令停业整顿。但视频里有几位老人的面部没有做模糊处理，其中一位老人的子女找到报社，说父亲被拍下的样子让全家难堪。",
    "",
    "养老院的负责人则起诉报社侵犯名誉权，认为报道只选取了个别护工的行为，以偏概全。",
    "",
    "03",
    "编辑部的反思",
    "",
    "报社在内部复盘时，有编辑认为暗访是揭露真相的唯一办法，也有编辑认为，记者在暗访中参与了护理工作，本身就可能给老人带来风险。",
    "",
    "【讨论题】",
    "1. 这次暗访是否符合隐性采访的使用条件？",
    "2. 报道在保护老人隐私方面有哪些疏漏？",
    "3. 记者以护工身份参与护理，存在哪些伦理风险？",
    "",
    "阅读 2386　在看 41",
    "写留言"))
expect("wechat-article-copy-mediaethics-anfang", "暗访镜头下的养老院：一篇调查报道引发的争议",
       ["理解隐性采访的伦理边界，学会权衡公共利益与被报道者的隐私和名誉。"],
       [("报道的由来", 1, 1), ("报道刊发之后", 1, 2), ("编辑部的反思", 1, 1)],
       ["这次暗访是否符合隐性采访的使用条件？", "报道在保护老人隐私方面有哪些疏漏？", "记者以护工身份参与护理，存在哪些伦理风险？"],
       [])


# 9. Social insurance (社会保障): a teacher's Markdown note: `# ` title, `## 一、…` parts with `### （一）…`, `## 思考题`
# over `1. ` items, `## 课堂安排` over `- ` lines, `## 教学目标` last over `- ` items.
write("markdown-note-objectives-last-socialinsurance-changhuxian", "md", lines(
    "# 长护险试点里的一张评估表",
    "",
    "## 一、试点的开始",
    "",
    "N市是国家长期护理保险试点城市之一，2020年起，参加职工医保的失能人员经评估达到重度失能标准，可以按月享受护理服务或护理补贴。",
    "",
    "## 二、评估中的分歧",
    "",
    "### （一）评估标准",
    "",
    "失能等级由第三方评估机构按照日常生活活动能力量表打分确定，低于四十分才能享受待遇。",
    "",
    "### （二）一位老人的复评",
    "",
    "七十八岁的孙奶奶中风后卧床，首次评估得了三十五分。一年后复评时，她在康复训练后能扶着助行器走几步，得分升到了四十五分，待遇随即停止。",
    "",
    "家属认为，老人仍然离不开人照顾，康复反而让她失去了补贴，这样的规则是在“惩罚康复”。",
    "",
    "## 三、医保局的难处",
    "",
    "医保局的工作人员解释，长护险基金的筹资水平有限，如果放宽标准，基金三年内就会出现缺口。",
    "",
    "## 思考题",
    "",
    "1. 以评分线决定待遇的做法有哪些优点和缺点？",
    "2. 怎样设计待遇规则才能不让“康复”成为失去待遇的理由？",
    "3. 长护险基金的可持续性与保障水平之间应当如何平衡？",
    "",
    "## 课堂安排",
    "",
    "- 课前：阅读长护险试点的政策文件",
    "- 课上：分组讨论40分钟，模拟复评听证会30分钟",
    "- 课后：提交一份规则修改建议",
    "",
    "## 教学目标",
    "",
    "- 了解长期护理保险制度的基本框架",
    "- 分析社会保险待遇资格认定中的公平与效率问题"))
expect("markdown-note-objectives-last-socialinsurance-changhuxian", "长护险试点里的一张评估表",
       ["了解长期护理保险制度的基本框架", "分析社会保险待遇资格认定中的公平与效率问题"],
       [("试点的开始", 1, 1), ("评估标准", 2, 1), ("一位老人的复评", 2, 2), ("医保局的难处", 1, 1)],
       ["以评分线决定待遇的做法有哪些优点和缺点？", "怎样设计待遇规则才能不让“康复”成为失去待遇的理由？",
        "长护险基金的可持续性与保障水平之间应当如何平衡？"],
       ["课前：阅读长护险试点的政策文件", "课上：分组讨论40分钟，模拟复评听证会30分钟", "课后：提交一份规则修改建议"])


# 10. Archives management (档案管理, less usual): a Markdown page exported from 语雀: `# ` title, a `[TOC]` line, the
# objectives inside a `:::tips` block, `## ` parts without numbers, `## 讨论` over `1. ` items, `## 上课流程` a
# one-line plan with times in brackets inside a `:::info` block.
write("yuque-export-toc-tips-archives-dianzidangan", "md", lines(
    "# 电子档案的“单套制”难题：某市不动产登记中心的档案改革",
    "",
    "[TOC]",
    "",
    ":::tips",
    "**教学目标**：理解电子文件单套制归档的条件，分析档案部门在政务数字化中的角色。",
    ":::",
    "",
    "## 改革的起因",
    "",
    "某市不动产登记中心每年办理登记业务四十多万件，纸质档案每年增加约一千二百米，库房早已堆满。2021年，中心提出对新办业务实行电子档案单套归档，不再保存纸质原件。",
    "",
    "## 档案馆的顾虑",
    "",
    "市档案馆认为，电子档案的长期保存需要可靠的元数据、电子签名和格式转换方案，而中心的业务系统三年内已经升级过两次，早期数据能否读取都不确定。",
    "",
    "还有律师提出，一旦发生产权纠纷，法院是否认可没有纸质原件的电子档案，也需要事先明确。",
    "",
    "## 试点的结果",
    "",
    "经过一年的试点，中心在两个区实现了单套制归档，档案移交时间从三个月缩短到一周，但检测发现约百分之二的早期电子文件缺少完整的元数据。",
    "",
    "## 讨论",
    "",
    "1. 电子档案单套制需要具备哪些技术和制度条件？",
    "2. 档案馆与业务部门的分歧应当怎样化解？",
    "3. 元数据缺失的早期电子文件应当如何处理？",
    "",
    "## 上课流程",
    "",
    ":::info",
    "案例回顾（10分钟）→分组讨论（40分钟）→汇报点评（30分钟）",
    ":::"))
expect("yuque-export-toc-tips-archives-dianzidangan", "电子档案的“单套制”难题：某市不动产登记中心的档案改革",
       ["理解电子文件单套制归档的条件，分析档案部门在政务数字化中的角色。"],
       [("改革的起因", 1, 1), ("档案馆的顾虑", 1, 2), ("试点的结果", 1, 1)],
       ["电子档案单套制需要具备哪些技术和制度条件？", "档案馆与业务部门的分歧应当怎样化解？", "元数据缺失的早期电子文件应当如何处理？"],
       ["案例回顾（10分钟）→分组讨论（40分钟）→汇报点评（30分钟）"])

finish()
