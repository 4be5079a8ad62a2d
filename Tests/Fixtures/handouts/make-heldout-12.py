#!/usr/bin/env python3
"""Writes the twelfth round's held-out hand-outs (issue 25): ten shapes not yet in the corpus, written
blind by an engineer who does not read the importer's rules, scored once on the rules of main 1e86ef9,
with no rule tuned on them.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-12.py

Each expected outline is the hand-out as a teacher reads it, with the conventions of rounds 7 to 11
(their generators' docstrings) and these: a school template's own paragraph styles that carry an outline
level (`w:outlineLvl`) are headings at that level, whatever their names; a translated case keeps its
original English title as the subtitle, a translator's note in brackets is part of its paragraph, and an
exhibit after the plan (`附表1：…`, a table) is a back-matter section titled with its label, its rows (header
included) its paragraphs; a conference's page header is page furniture, and a 工作坊流程 of clock-time lines is
the plan, each line a step as written; a review manuscript's line numbers are not part of the text; a hand-out
set in two columns is read column by column, the left before the right; a worksheet's (学案) name line, its
answer blanks and its `教师评语：____` line are not part of the outline; a Notepad file's BOM, CRLF line ends and
tab indents are not part of the text; symbols before a slide outline's lines (■ a heading, ● a paragraph or an
item, → a sub-point, a paragraph of its own) are not part of their words; Word's "save as plain text" keeps its list numbers followed by
a tab (`一、<TAB>背景`) and writes a table's cells separated by tabs, a plan table being its rows `a | b` without
the header row; a Notion export's property lines (创建时间, 标签) are not part of the outline.
"""
from handoutgen import (FODT_TAIL, NO_OUTLINE, cjk_document, expect, finish, fodt, fodt_converted, path,
                        save_converted, write)


# 1. A school's Word template with its own paragraph styles: 案例标题 (centred, bold), 案例一级标题 and 案例二级标题
# (bold, outline levels 1 and 2 set in the style, no numbers), body in Normal; made with python-docx.
def custom_styles():
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = cjk_document(11)

    def style(name, size, level=None, centre=False):
        s = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = d.styles["Normal"]
        s.font.bold = True
        s.font.size = Pt(size)
        if centre:
            s.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if level is not None:
            e = OxmlElement("w:outlineLvl")
            e.set(qn("w:val"), str(level))
            s.element.get_or_add_pPr().append(e)

    style("案例标题", 16, centre=True)
    style("案例一级标题", 13, level=0)
    style("案例二级标题", 11.5, level=1)
    b = [
        ("案例标题", "一粒药降了九成：Z市人民医院的集采之年"),
        ("案例一级标题", "教学目标"),
        ("Normal", "1．了解药品集中带量采购的基本做法；"),
        ("Normal", "2．分析医院在医保改革中的行为调整。"),
        ("案例一级标题", "背景"),
        ("Normal", "Z市人民医院是一所三级甲等医院，每年药品采购金额约六亿元。过去，医院的药品由各家医药公司分别供应，同一种药往往有十几个品牌，价格相差数倍。"),
        ("Normal", "2019年起，国家组织药品集中带量采购，按照“招采合一、量价挂钩”的原则，由中选企业以大幅降低的价格供应约定的采购量。"),
        ("案例一级标题", "集采落地"),
        ("Normal", "第一批集采的二十五种药品平均降价百分之五十二，其中一种降压药从每片五元多降到不足五角。医院必须在一年内用完约定的采购量。"),
        ("Normal", "医保部门按照“结余留用”的办法，把医院节省下来的医保资金的一部分留给医院，用于提高医务人员的收入。"),
        ("案例一级标题", "医院的应对"),
        ("Normal", "医院成立了集采工作小组，由分管副院长牵头，每月通报各科室中选药品的使用进度。"),
        ("案例二级标题", "药剂科的账"),
        ("Normal", "药剂科主任算了一笔账：中选药品降价后，药品收入减少了约八千万元，但库存和资金占用也大大减少，药剂科的人手可以转去做临床药学服务。"),
        ("案例二级标题", "临床医生的顾虑"),
        ("Normal", "一些医生担心中选的仿制药疗效不如原研药，有的患者也点名要用原来的进口药。医院请临床药师逐一解释，并允许在病情需要时使用非中选药品，但须说明理由。"),
        ("案例一级标题", "思考题"),
        ("Normal", "1．集中带量采购为什么能把药价降下来？"),
        ("Normal", "2．“结余留用”对医院和医生有什么激励作用？"),
        ("Normal", "3．医院应当怎样回应医生和患者对仿制药的顾虑？"),
        ("案例一级标题", "教学安排"),
        ("Normal", "1．课前阅读案例及国家集采政策文件；"),
        ("Normal", "2．课上分组讨论（45分钟）；"),
        ("Normal", "3．小组汇报与教师点评（35分钟）。"),
    ]
    for s, text in b:
        d.add_paragraph(text, style=s)
    d.save(path("docx-template-outline-styles-jicai", "docx"))


custom_styles()
expect("docx-template-outline-styles-jicai", "一粒药降了九成：Z市人民医院的集采之年",
       ["了解药品集中带量采购的基本做法；", "分析医院在医保改革中的行为调整。"],
       [("背景", 1, 2), ("集采落地", 1, 2), ("医院的应对", 1, 1), ("药剂科的账", 2, 1), ("临床医生的顾虑", 2, 1)],
       ["集中带量采购为什么能把药价降下来？", "“结余留用”对医院和医生有什么激励作用？", "医院应当怎样回应医生和患者对仿制药的顾虑？"],
       ["课前阅读案例及国家集采政策文件；", "课上分组讨论（45分钟）；", "小组汇报与教师点评（35分钟）。"])


# 2. A translated foreign case (python-docx): the Chinese title, the original English title in Subtitle style,
# translator's notes in brackets in the text, typed 一、 parts in Heading 1, and after the plan an exhibit
# `附表1：…` (Heading 1) over a Word table.
def translated():
    d = cjk_document(11)
    d.add_paragraph("阿姆斯特丹如何管住共享单车", style="Title")
    d.add_paragraph("Regulating Dockless Bikes in Amsterdam", style="Subtitle")
    b = [
        ("Heading 1", "教学目的"),
        ("Normal", "通过一个外国城市的经验，理解城市政府如何用许可制度管理新出现的共享经济业态。"),
        ("Heading 1", "一、自行车之城的烦恼"),
        ("Normal", "阿姆斯特丹有八十多万居民，却有近百万辆自行车。2017年夏天，几家无桩共享单车公司在几周之内投放了上万辆单车，人行道和运河桥上到处是乱停的车辆。"),
        ("Normal", "市政府随即宣布，未经许可投放的单车一律清走，并处以罚款。（译者注：荷兰各市对公共空间的使用有较大的自主权。）"),
        ("Heading 1", "二、试点与许可"),
        ("Normal", "2019年，市政府启动为期一年的试点，通过竞争选出两家公司，每家最多投放一千辆单车，并要求企业共享骑行数据、在指定区域停放。"),
        ("Normal", "试点结束后的评估显示，共享单车主要被游客和短期访客使用，对减少私家车出行的作用有限。"),
        ("Heading 1", "三、城市的选择"),
        ("Normal", "市议会最终决定不再扩大投放数量，而把资金用于增加公共自行车停车位。有议员批评这一决定过于保守，错过了新技术带来的机会。"),
        ("Heading 1", "讨论题"),
        ("Normal", "1．阿姆斯特丹的许可制度有哪些特点？"),
        ("Normal", "2．市政府为什么没有扩大共享单车的投放？"),
        ("Normal", "3．这一经验对我国城市有什么借鉴意义？"),
        ("Heading 1", "课堂安排"),
        ("Normal", "1．课前阅读案例及附表（20分钟）；"),
        ("Normal", "2．分组比较国内外做法（40分钟）；"),
        ("Normal", "3．全班讨论与总结（20分钟）。"),
        ("Heading 1", "附表1：阿姆斯特丹共享单车试点的许可条件"),
    ]
    for s, text in b:
        d.add_paragraph(text, style=s)
    rows = [("项目", "要求"), ("投放数量", "每家企业不超过1000辆"), ("停放区域", "只能停在指定停车区"),
            ("数据共享", "每月向市政府报送骑行数据")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    d.save(path("docx-translated-exhibit-danche", "docx"))


translated()
expect("docx-translated-exhibit-danche", "阿姆斯特丹如何管住共享单车",
       ["通过一个外国城市的经验，理解城市政府如何用许可制度管理新出现的共享经济业态。"],
       [("自行车之城的烦恼", 1, 2), ("试点与许可", 1, 2), ("城市的选择", 1, 1),
        ("附表1：阿姆斯特丹共享单车试点的许可条件", 1, 4)],
       ["阿姆斯特丹的许可制度有哪些特点？", "市政府为什么没有扩大共享单车的投放？", "这一经验对我国城市有什么借鉴意义？"],
       ["课前阅读案例及附表（20分钟）；", "分组比较国内外做法（40分钟）；", "全班讨论与总结（20分钟）。"],
       subtitle="Regulating Dockless Bikes in Amsterdam")


# 3. A conference workshop's material (python-docx): the conference's name in the page header, the title in
# Title style, bold Normal lines for 学习目标 and the parts (（一）（二）（三）), 讨论任务 with `任务1：…？`
# items, and 工作坊流程 as clock-time lines.
def workshop():
    d = cjk_document(10.5)
    d.sections[0].header.paragraphs[0].text = "第五届公共管理案例教学研讨会　工作坊材料（内部交流）"
    d.add_paragraph("小区里的“团长”：社区团购与邻里信任", style="Title")

    def bold(text):
        d.add_paragraph().add_run(text).bold = True

    bold("学习目标")
    d.add_paragraph("1. 理解社区团购中“团长”的角色与激励；")
    d.add_paragraph("2. 分析平台经济对社区小商户的影响。")
    bold("（一）一个宝妈的副业")
    d.add_paragraph("2020年春天，住在K市阳光花园小区的刘女士在业主群里帮邻居代购蔬菜，后来成了一家团购平台的“团长”，"
                    "每天在群里发布商品链接，第二天在自家楼下分发货物，按销售额拿百分之十的佣金。")
    bold("（二）平台的补贴战")
    d.add_paragraph("几家平台为了抢占市场，推出“一分钱秒杀”和大额补贴，小区门口的水果店和菜店生意一落千丈。"
                    "一位店主说：“我进货的价格都比他们卖的贵。”")
    d.add_paragraph("2020年底，市场监管部门约谈了多家平台，要求不得低价倾销、不得利用数据优势“杀熟”。")
    bold("（三）补贴退潮以后")
    d.add_paragraph("补贴减少后，不少居民回到了菜市场。刘女士的订单少了一半，但她仍坚持做团长：“邻居们信任我，买到坏的水果我自己先赔。”")
    bold("讨论任务")
    d.add_paragraph("任务1：团长靠什么获得邻居的信任？")
    d.add_paragraph("任务2：平台补贴对社区小商户是否构成不正当竞争？")
    d.add_paragraph("任务3：政府应当如何监管社区团购？")
    bold("工作坊流程")
    d.add_paragraph("14:00—14:20　阅读案例")
    d.add_paragraph("14:20—15:00　分组讨论")
    d.add_paragraph("15:00—15:30　汇报与点评")
    d.save(path("docx-conference-workshop-tuangou", "docx"))


workshop()
expect("docx-conference-workshop-tuangou", "小区里的“团长”：社区团购与邻里信任",
       ["理解社区团购中“团长”的角色与激励；", "分析平台经济对社区小商户的影响。"],
       [("一个宝妈的副业", 1, 1), ("平台的补贴战", 1, 2), ("补贴退潮以后", 1, 1)],
       ["团长靠什么获得邻居的信任？", "平台补贴对社区小商户是否构成不正当竞争？", "政府应当如何监管社区团购？"],
       ["14:00—14:20　阅读案例", "14:20—15:00　分组讨论", "15:00—15:30　汇报与点评"])


# 4. A manuscript sent to a case library for review, printed to PDF by LibreOffice with line numbers every
# five lines in the left margin (the reviewers cite them); Heading 1 parts, indented paragraphs over lines.
LINES = ('<text:linenumbering-configuration text:number-lines="true" text:increment="5" style:num-format="1" '
         'text:offset="0.4cm" text:number-position="left" text:count-empty-lines="false"/>')
fodt_converted(fodt([
    ("title", "老手艺进了新课堂：Q县竹编非遗传承的探索"),
    ("h1", "教学目标"),
    ("plain", "1．理解非物质文化遗产保护中“活态传承”的含义；"),
    ("plain", "2．分析政府、学校与传承人在非遗传承中的合作方式。"),
    ("h1", "一、后继无人的竹编"),
    ("p", "Q县的竹编已有数百年历史，2014年被列入省级非物质文化遗产名录。县里能完整掌握竹编技艺的老艺人不到二十人，平均年龄超过六十五岁，"
          "年轻人嫌竹编辛苦、收入低，很少有人愿意学。"),
    ("p", "县文化馆曾经办过几期培训班，但学员结业后大多没有继续从事竹编，培训班也就停了下来。"),
    ("h1", "二、竹编进校园"),
    ("p", "2018年，县教育局和文化馆在五所中小学开设竹编课，每周一节，由传承人担任兼职教师，县财政按课时发放补贴。"
          "一位七十岁的老艺人说，第一次站上讲台时手都在抖。"),
    ("p", "竹编课很受学生欢迎，但也有家长担心耽误文化课。学校把竹编与美术、劳动课结合起来，学生的作品还在县里的展览上出售。"),
    ("h1", "三、从课堂到产业"),
    ("p", "2021年，几名学过竹编的中职毕业生回到县里，和老艺人一起成立了竹编工作室，设计竹编灯具和文创产品，通过网店销往外地。"
          "工作室第一年的销售额超过八十万元。"),
    ("h1", "思考题"),
    ("plain", "1．早期的培训班为什么没有留住学员？"),
    ("plain", "2．竹编进校园在非遗传承中起了什么作用？"),
    ("plain", "3．怎样让非遗传承既有文化价值又有经济收益？"),
    ("h1", "课堂安排"),
    ("plain", "1．观看竹编技艺短片（10分钟）；"),
    ("plain", "2．分组讨论（40分钟）；"),
    ("plain", "3．汇报与总结（30分钟）。"),
], NO_OUTLINE + LINES), "feiyi", "pdf", path("pdf-review-line-numbers-feiyi", "pdf"))
expect("pdf-review-line-numbers-feiyi", "老手艺进了新课堂：Q县竹编非遗传承的探索",
       ["理解非物质文化遗产保护中“活态传承”的含义；", "分析政府、学校与传承人在非遗传承中的合作方式。"],
       [("后继无人的竹编", 1, 2), ("竹编进校园", 1, 2), ("从课堂到产业", 1, 1)],
       ["早期的培训班为什么没有留住学员？", "竹编进校园在非遗传承中起了什么作用？", "怎样让非遗传承既有文化价值又有经济收益？"],
       ["观看竹编技艺短片（10分钟）；", "分组讨论（40分钟）；", "汇报与总结（30分钟）。"])


# 5. A hand-out set in two columns to fit one sheet, printed to PDF by LibreOffice: the title across the
# page, then everything in a two-column section (balanced: both columns side by side on the page).
def two_columns():
    text = fodt([
        ("title", "学区房之争：C区义务教育入学政策调整"),
        ("h1", "教学目标"),
        ("plain", "1．理解教育公平与住房政策之间的关联；"),
        ("plain", "2．分析政策调整中不同利益群体的诉求。"),
        ("h1", "一、名校周边的房价"),
        ("p", "C区有三所热门小学，周边的二手房价格比相邻街道高出一倍以上，一套四十平方米的老房子标价三百多万元。"
              "家长们说，买的不是房子，是孩子的学位。"),
        ("p", "按照原来的政策，房产证在学区内的家庭可以就近入学，一套房子六年内只能使用一次学位。"),
        ("h1", "二、多校划片"),
        ("p", "2021年，C区宣布实行“多校划片”：一个片区对应多所学校，热门学校的学位由电脑随机派位分配，学区房不再保证进入名校。"),
        ("p", "政策公布后，热门学区的房价在三个月内下跌了约百分之十五，一些刚刚高价买房的家长在区政府门前聚集，要求“新房新办法、老房老办法”。"),
        ("h1", "三、过渡安排"),
        ("p", "区教育局最终决定设置两年过渡期：过渡期内已经取得房产证的家庭仍按原政策入学，此后全部实行多校划片。"
              "同时，区里推动名校与薄弱学校组成教育集团，交流校长和骨干教师。"),
        ("h1", "讨论题"),
        ("plain", "1．“多校划片”能否真正降低学区房的热度？"),
        ("plain", "2．高价买房的家长的诉求是否合理？"),
        ("plain", "3．过渡期的设计体现了怎样的政策考量？"),
        ("h1", "课堂安排"),
        ("plain", "1．角色分配：教育局、家长、学校三方（10分钟）；"),
        ("plain", "2．模拟政策听证会（50分钟）；"),
        ("plain", "3．教师总结（20分钟）。"),
    ], NO_OUTLINE)
    section = ('<style:style style:name="Sect1" style:family="section"><style:section-properties>'
               '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>')
    text = text.replace("</office:automatic-styles>", section + "</office:automatic-styles>", 1)
    head, body = text.split('<text:p text:style-name="Title">', 1)
    title, rest = body.split("</text:p>\n", 1)
    rest = rest.replace(FODT_TAIL, "")
    text = (head + '<text:p text:style-name="Title">' + title + "</text:p>\n"
            + '<text:section text:style-name="Sect1" text:name="Columns">' + rest + "</text:section>\n" + FODT_TAIL)
    fodt_converted(text, "xuequfang", "pdf", path("pdf-two-columns-xuequfang", "pdf"))


two_columns()
expect("pdf-two-columns-xuequfang", "学区房之争：C区义务教育入学政策调整",
       ["理解教育公平与住房政策之间的关联；", "分析政策调整中不同利益群体的诉求。"],
       [("名校周边的房价", 1, 2), ("多校划片", 1, 2), ("过渡安排", 1, 1)],
       ["“多校划片”能否真正降低学区房的热度？", "高价买房的家长的诉求是否合理？", "过渡期的设计体现了怎样的政策考量？"],
       ["角色分配：教育局、家长、学校三方（10分钟）；", "模拟政策听证会（50分钟）；", "教师总结（20分钟）。"])


# 6. A worksheet (学案) for students, python-docx printed to PDF by LibreOffice: a 班级/姓名/学号 line with blanks
# over the title, bold Normal headings, 课堂安排 before the case, each question followed by two answer lines of
# underscores, and a `教师评语：____` line at the end.
def worksheet():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = cjk_document(11)
    d.add_paragraph("班级：__________　　姓名：__________　　学号：__________")
    p = d.add_paragraph()
    p.add_run("积分能换来志愿者吗？M街道“时间银行”的试验").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def bold(text):
        d.add_paragraph().add_run(text).bold = True

    blank = "_" * 40
    bold("一、学习目标")
    d.add_paragraph("1．理解志愿服务激励机制的设计原理；")
    d.add_paragraph("2．分析“时间银行”可持续运行的条件。")
    bold("二、课堂安排")
    d.add_paragraph("1．自主阅读案例，完成思考题（20分钟）；")
    d.add_paragraph("2．小组交流答案（20分钟）；")
    d.add_paragraph("3．全班分享与教师点评（10分钟）。")
    bold("三、案例材料")
    d.add_paragraph("M街道老年人口占三成以上，不少独居老人需要有人陪伴、代买物品。2020年，街道推出“时间银行”：低龄老人和居民为高龄老人提供服务，"
                    "每服务一小时记一个积分，积分存入个人账户，将来自己需要时可以兑换同样时长的服务。")
    d.add_paragraph("试验的第一年，有三百多名居民注册，累计服务一万多小时。但到了第二年，活跃的志愿者减少了一半。"
                    "有人担心街道换了领导以后积分会作废，也有人觉得积分只能换服务、不能换物品，没有吸引力。")
    d.add_paragraph("2022年，区民政局把“时间银行”纳入全区统一的信息平台，承诺积分长期有效、可以在全区通用，并允许用积分兑换体检等服务。")
    bold("四、思考题")
    for q in ["1．居民为什么愿意把服务“存”进时间银行？", "2．第二年志愿者减少的原因有哪些？", "3．区里的新办法能否解决这些问题？"]:
        d.add_paragraph(q)
        d.add_paragraph(blank)
        d.add_paragraph(blank)
    d.add_paragraph("教师评语：" + "_" * 30)
    save_converted(d, "shijianyinhang", "pdf", path("pdf-worksheet-blanks-shijianyinhang", "pdf"))


worksheet()
expect("pdf-worksheet-blanks-shijianyinhang", "积分能换来志愿者吗？M街道“时间银行”的试验",
       ["理解志愿服务激励机制的设计原理；", "分析“时间银行”可持续运行的条件。"],
       [("案例材料", 1, 3)],
       ["居民为什么愿意把服务“存”进时间银行？", "第二年志愿者减少的原因有哪些？", "区里的新办法能否解决这些问题？"],
       ["自主阅读案例，完成思考题（20分钟）；", "小组交流答案（20分钟）；", "全班分享与教师点评（10分钟）。"])


# 7. A .txt saved by Windows Notepad: UTF-8 with a BOM, CRLF line ends, paragraphs indented with a tab, a few
# trailing spaces, blank lines between parts.
notepad = [
    "乡村医生的“接班”难题", "",
    "教学目的：", "1、了解乡村医生队伍的现状与问题；", "2、分析基层医疗人才政策的设计思路。", "",
    "一、村医老周", "",
    "\t周医生今年六十三岁，在P县的一个山村当了四十年村医。村卫生室只有他一个人，平时看感冒发烧、量血压，半夜也常有人来敲门。  ",
    "\t他每月的收入包括基本公共卫生服务补助和少量药品收入，合计三千元左右，没有养老保险。",
    "",
    "二、谁来接班", "",
    "\t县卫健局统计，全县村医的平均年龄超过五十五岁，四十岁以下的不到一成。县里曾经定向招收医学生，承诺毕业后回村工作，"
    "但不少人服务期满后就离开了。 ",
    "\t2022年起，县里实行“乡聘村用”：村医由乡镇卫生院统一招聘、发放工资和缴纳社保，再派到村里工作，村医的收入提高到每月五千元左右。",
    "",
    "三、新的问题", "",
    "\t“乡聘村用”以后，年轻村医多了，但他们更愿意留在乡镇卫生院，到村里坐诊常常是“每周两天”。村民说：“以前半夜能敲门，现在找不到人了。”",
    "",
    "思考题：", "1、村医队伍为什么会出现“接班”难题？", "2、“乡聘村用”解决了什么问题，又带来了什么问题？", "3、怎样让年轻医生愿意留在村里？", "",
    "教学安排：", "1、课前阅读案例（10分钟）；", "2、分组讨论（40分钟）；", "3、汇报与总结（30分钟）。",
]
with open(path("notepad-bom-crlf-cunyi", "txt"), "w", encoding="utf-8-sig", newline="\r\n") as f:
    f.write("\n".join(notepad) + "\n")
expect("notepad-bom-crlf-cunyi", "乡村医生的“接班”难题",
       ["了解乡村医生队伍的现状与问题；", "分析基层医疗人才政策的设计思路。"],
       [("村医老周", 1, 2), ("谁来接班", 1, 2), ("新的问题", 1, 1)],
       ["村医队伍为什么会出现“接班”难题？", "“乡聘村用”解决了什么问题，又带来了什么问题？", "怎样让年轻医生愿意留在村里？"],
       ["课前阅读案例（10分钟）；", "分组讨论（40分钟）；", "汇报与总结（30分钟）。"])


# 8. A .txt copied from a slide deck's outline view (a teacher's PPT made into a hand-out): the title, then
# ■ headings, ● lines under them (paragraphs; under the roles the items), → lines as sub-points.
write("slide-outline-symbols-jiuyi", "txt", "\n".join([
    "旧衣回收箱里的生意经",
    "■ 学习目标",
    "● 理解再生资源回收中的政府监管责任",
    "● 分析公益名义下商业经营的边界",
    "■ 回收箱进小区",
    "● 2019年起，N市的许多小区出现了印着“爱心捐赠”字样的旧衣回收箱，居民以为捐出的衣服会送给贫困地区。",
    "● 事实上，这些回收箱大多由几家再生资源公司投放，收来的旧衣经过分拣，少部分捐赠，大部分出口或加工成工业用布。",
    "■ 质疑与回应",
    "● 一家媒体调查后发表报道，质疑企业“借爱心之名赚钱”。",
    "→ 企业回应：回收和分拣都有成本，捐赠部分占一成左右，已在箱体上注明合作的公益组织。",
    "● 市民政局表示，企业以慈善名义募集物品，应当与慈善组织合作并公开去向。",
    "■ 讨论题",
    "● 旧衣回收箱上的“爱心捐赠”字样是否误导了居民？",
    "● 再生资源企业与公益组织应当怎样合作？",
    "● 政府应当如何监管旧衣回收？",
    "■ 课堂安排",
    "● 分组讨论30分钟",
    "● 各组汇报20分钟",
    "● 教师总结10分钟",
]) + "\n")
expect("slide-outline-symbols-jiuyi", "旧衣回收箱里的生意经",
       ["理解再生资源回收中的政府监管责任", "分析公益名义下商业经营的边界"],
       [("回收箱进小区", 1, 2), ("质疑与回应", 1, 3)],
       ["旧衣回收箱上的“爱心捐赠”字样是否误导了居民？", "再生资源企业与公益组织应当怎样合作？", "政府应当如何监管旧衣回收？"],
       ["分组讨论30分钟", "各组汇报20分钟", "教师总结10分钟"])


# 9. A .txt from Word's "save as plain text" of a hand-out with automatic numbering: each list number followed by a
# tab (`一、<TAB>…`, `1.<TAB>…`), the plan a Word table written as tab-separated cells with its header row.
write("word-save-as-text-tabs-chongdianbao", "txt", "\n".join([
    "共享充电宝涨价了",
    "教学目标",
    "1.\t理解价格监管中“明码标价”的要求；",
    "2.\t分析平台定价与消费者权益的关系。",
    "一、\t从一元到四元",
    "几年前，共享充电宝的价格大多是每小时一元。到了2023年，在商场、景区和机场，不少共享充电宝涨到每小时四元以上，有的还设置了“封顶九十九元”。",
    "有消费者反映，扫码时页面只显示“每30分钟2元”，归还时才发现费用比预想的高出许多。",
    "二、\t监管出手",
    "市场监管部门约谈了几家主要企业，要求在机柜和扫码页面显著位置标明价格和计费规则，不得在同一地点随意调价。",
    "三、\t涨价的理由",
    "企业解释说，涨价主要是因为商场等场所的进场费用越来越高，分成比例达到收入的一半以上。",
    "有学者认为，共享充电宝所在的场所往往没有其他选择，企业实际上有一定的定价权。",
    "讨论题",
    "1.\t共享充电宝涨价是否合理？",
    "2.\t“明码标价”能否解决消费者的不满？",
    "3.\t场所的进场费用是否也应当受到监管？",
    "课堂安排",
    "环节\t时间",
    "案例阅读\t10分钟",
    "分组讨论\t30分钟",
    "汇报点评\t20分钟",
]) + "\n")
expect("word-save-as-text-tabs-chongdianbao", "共享充电宝涨价了",
       ["理解价格监管中“明码标价”的要求；", "分析平台定价与消费者权益的关系。"],
       [("从一元到四元", 1, 2), ("监管出手", 1, 1), ("涨价的理由", 1, 2)],
       ["共享充电宝涨价是否合理？", "“明码标价”能否解决消费者的不满？", "场所的进场费用是否也应当受到监管？"],
       ["案例阅读 | 10分钟", "分组讨论 | 30分钟", "汇报点评 | 20分钟"])


# 10. Markdown exported from Notion: `# ` title, the page's property lines (创建时间, 标签) under it, `## ` parts,
# `### ` roles at the end, numbered lists.
write("notion-export-properties-shuzihonggou", "md", "\n".join([
    "# 不会用智能手机的老人：数字鸿沟与公共服务", "",
    "创建时间: 2024年3月2日 10:15",
    "标签: 公共服务, 数字治理", "",
    "### 教学目标", "",
    "1. 理解“数字鸿沟”对老年人获得公共服务的影响；",
    "2. 分析公共服务数字化中的“适老化”改造。", "",
    "## 一、看病先要扫码", "",
    "七十八岁的钱大爷一个人去医院看病，医院门口要扫健康码，挂号要用手机预约，缴费也要扫码。他没有智能手机，在门口站了半个多小时才被志愿者带进去。", "",
    "类似的事情并不少见。一项调查显示，城市里六十岁以上的老人中，约三成不会使用手机上网。", "",
    "## 二、保留“老办法”", "",
    "2020年底，国务院办公厅印发方案，要求各地在推进数字化的同时保留传统服务方式。R市的医院恢复了人工挂号窗口，公交车可以用现金和老年卡乘车，银行网点设置了“爱心窗口”。", "",
    "## 三、帮老人“上网”", "",
    "R市还组织大学生志愿者到社区开办“手机课堂”，教老人挂号、打车和视频通话。一些老人学会以后又成了其他老人的“小老师”。", "",
    "### 讨论题", "",
    "1. 公共服务数字化为什么会把一部分老人挡在门外？",
    "2. 保留传统服务方式会不会增加成本、拖慢数字化？",
    "3. 除了教老人用手机，还可以怎样缩小数字鸿沟？", "",
    "### 课堂安排", "",
    "1. 课前：每位同学访谈一位家中老人使用手机的情况；",
    "2. 课上：分组讨论（40分钟），汇报交流（30分钟）。",
]) + "\n")
expect("notion-export-properties-shuzihonggou", "不会用智能手机的老人：数字鸿沟与公共服务",
       ["理解“数字鸿沟”对老年人获得公共服务的影响；", "分析公共服务数字化中的“适老化”改造。"],
       [("看病先要扫码", 1, 2), ("保留“老办法”", 1, 1), ("帮老人“上网”", 1, 1)],
       ["公共服务数字化为什么会把一部分老人挡在门外？", "保留传统服务方式会不会增加成本、拖慢数字化？", "除了教老人用手机，还可以怎样缩小数字鸿沟？"],
       ["课前：每位同学访谈一位家中老人使用手机的情况；", "课上：分组讨论（40分钟），汇报交流（30分钟）。"])

finish()
