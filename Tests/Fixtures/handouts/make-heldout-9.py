#!/usr/bin/env python3
"""Writes the ninth round's held-out hand-outs (issue 25, sixth session): ten shapes not yet in the
corpus, written blind by an engineer who does not read the importer's rules, scored once on the rules of
main 2de56b1 ("before") and once by the lead after the next change ("after"), with no rule tuned on them.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-9.py

Each expected outline is the hand-out as a teacher reads it, with the conventions of rounds 7 and 8
(make-heldout-8.py's docstring) and these: a textbook's case number before the title (`案例6-1`) and the
`本章案例` line over it are labels, not the title; a browser's printed header and footer (date, page title,
address, `1/2`) and a course platform's page chrome (breadcrumbs, who posted it, 上一篇/下一篇, comments,
likes) are page furniture; an OCR'd scan's running heads and page numbers are page furniture, and its
spaces inside an enumerator (`一 、`) are not part of a heading; a question written after each part
(`思考：…？`) is a question of the hand-out, in reading order with the questions at the end; an interview's
`问：` and `答：` lines in the case's text are paragraphs of the body, never questions; in a bilingual case
an English paragraph and the Chinese one after it are two paragraphs, and a heading or an item written in
both languages keeps both; Obsidian's `[[link]]` and `==mark==` are read as their words, a `> [!question]`
callout named 讨论题 is the questions and `- [ ]` tasks under 课堂安排 are its steps; a 教案 (lesson-plan)
form whose rows hold the whole hand-out is read by its labels: 案例名称 the title, 授课对象 front matter,
教学目标/讨论问题/时间安排 the roles, 案例内容 the body; the form's heading over it (the course's name and
教案) is a series label.
"""
import os
import tempfile

from handoutgen import (NO_OUTLINE, cjk_document, expect, field, finish, fodt, fodt_converted, lines, pandoc, path,
                        save_converted, soffice, write)

# K小区's owners' committee (业主委员会) and the property fee: community governance.
A = [
    "K小区建成于2008年，有一千二百多户居民。物业公司由开发商选定，十多年来物业费一直是每平方米一元二角。2021年，物业公司以人工成本上涨为由，提出把物业费提高到一元八角。",
    "通知贴出后，不少业主表示反对，认为小区的电梯经常停运、绿化无人打理，服务配不上涨价。一些业主开始拒交物业费，物业公司则减少了保洁和保安人员，小区环境越来越差。",
    "几位退休的业主在街道和社区居委会的指导下，开始筹备成立业主委员会。按照规定，召开业主大会需要过半数业主参加，筹备组花了三个月时间挨家挨户上门，才收齐了表决票。",
    "筹备过程中也有争议。有业主质疑筹备组成员与物业公司有私交，也有业主担心业委会成立以后会“另立山头”。社区党委派人列席每一次筹备会，并把会议纪要张贴在单元门口。",
    "2022年春，业主大会选出了七名业委会委员。业委会做的第一件事是公开物业公司近三年的收支账目，并组织业主投票，决定是否续聘物业公司。",
    "最终，业主们以微弱多数选择了续聘，但物业费只上调到一元五角，物业公司承诺每季度公开服务清单。一位委员说：“成立业委会不是为了跟物业吵架，是为了让大家有地方讲道理。”",
]
# J公司, a small-appliance maker, goes to Indonesia: international business (bilingual).
B_EN = [
    "J Company, founded in 2009 in Ningbo, makes small kitchen appliances. By 2019 its domestic sales had stopped growing, and its managers began to look abroad.",
    "Southeast Asia looked attractive: a young population, rising incomes and few strong local brands. But the region is divided into many markets with different languages, rules and retail habits.",
    "In 2020 J Company entered Indonesia through a local distributor, who handled import licences and sold to thousands of small shops. Sales grew quickly in the first year.",
    "Soon the company found that it knew little about its customers. The distributor kept the sales data, set its own prices and sometimes sold rival products side by side with J's.",
    "In 2022 J Company opened its own store on an e-commerce platform. The distributor protested that the online prices undercut its shops, and threatened to end the partnership.",
]
B_ZH = [
    "J公司2009年成立于宁波，生产小型厨房电器。到2019年，公司的国内销售停止增长，管理层开始把目光投向海外。",
    "东南亚看起来很有吸引力：人口年轻，收入上升，本地强势品牌不多。但这一地区由许多语言、规则和零售习惯各不相同的市场组成。",
    "2020年，J公司通过一家本地经销商进入印尼，由经销商办理进口许可，并向数以千计的小商店供货。第一年的销售增长很快。",
    "公司很快发现，自己对顾客知之甚少。销售数据掌握在经销商手里，经销商自行定价，有时还把竞争对手的产品与J公司的产品摆在一起卖。",
    "2022年，J公司在一家电商平台上开设了自营店。经销商抗议线上价格冲击了它的门店，并威胁终止合作。",
]
# R县's shared delivery of parcels to villages (快递进村): rural logistics.
C = [
    "R县是一个山区县，二百一十个行政村散布在山谷之间。几家快递公司的网点都设在县城和乡镇，包裹到了乡镇就要村民自己去取，一些村子离乡镇有二十多公里。",
    "快递公司不愿进村，原因是件量太少：一个村一天只有十几件包裹，单独派车跑一趟，收入还不够油钱。",
    "2021年，R县交通运输局牵头，把几家快递公司的进村包裹交给县邮政公司统一配送，同时利用每天往返各村的客运班车捎带包裹，村里的小卖部担任代收点。",
    "共同配送让包裹进村的成本下降了一半多，村民在家门口就能取件。一些村民开始通过快递把山货卖到外地，代收点也成了村里的“小物流站”。",
    "新的难题随之出现：各家快递公司的结算标准不一样，邮政公司抱怨“干活多、收钱少”；代收点的店主则说，双十一前后包裹堆满了店面，每件只有几角钱的补贴。",
]
# A residential compound adds lifts to old buildings (老旧小区加装电梯): urban renewal.
D = [
    "L市的老旧小区大多建于上世纪八九十年代，六层以下的住宅楼没有电梯。随着居民年龄增长，爬楼成了许多老人的难题，有的老人几个月都下不了一次楼。",
    "2019年，L市出台加装电梯的实施办法，由政府补贴每部电梯二十万元，其余费用由本单元居民分摊，分摊比例按楼层递增。",
    "加装电梯需要本单元三分之二以上的业主同意，且不能有业主提出强烈反对。低楼层的居民用不上电梯，却要承受采光变差和噪音的影响，成为最常见的反对者。",
    "桂花苑三号楼的协商持续了一年多。一楼的张阿姨担心电梯井挡住她家的窗户，二楼的住户则不愿出钱。社区请来设计师修改了方案，把电梯井移到楼梯间的外侧，并由高楼层住户给一楼住户一定的补偿。",
    "电梯建成后，新的问题又来了：电梯的维保费和电费由谁来出，坏了找谁来修？居民们成立了电梯管理小组，按户收取每月三十元的运维费。",
    "到2022年底，L市已加装电梯一千四百多部，但仍有大量单元因为协商不成而搁置。一位社区书记说：“装电梯难的不是技术，是邻里之间的那份商量。”",
]
# T市's night markets (夜市与地摊经济): urban management.
E = [
    "T市的老城区曾经有几条热闹的夜市街，2015年前后，因为占道经营、油烟扰民，城管部门对夜市进行了集中整治，摊贩们或转入室内，或不知去向。",
    "2020年夏天，为了帮助小商户渡过难关、增加就业，T市决定有条件地重开夜市，在三条街道划定临时摊位，晚上六点到十一点允许摆摊。",
    "重开的夜市很快火了起来。城管部门给每个摊位编号，要求摊贩统一使用环保餐具，垃圾当晚清运，并按每晚二十元收取卫生管理费。",
    "有摊贩认为，摊位名额有限，抽签的办法对老摊贩不公平；也有人说，管理费虽然不多，但对只卖几十元的小摊来说是一笔负担。",
    "夜市周边的居民则开始投诉：深夜的噪音和油烟让人无法休息，停车也变得困难。有居民在市民热线上连续投诉了二十多次。",
]
# A village primary school with 37 pupils (乡村小规模学校): education policy.
F = [
    "Y县有一百多所乡村小规模学校，学生不足百人，有的只有十几个学生。随着农村人口外出，这些学校的学生越来越少，教师也留不住。",
    "县教育局面临两种意见：一种主张把小规模学校撤并到乡镇中心校，集中办学、提高质量；另一种认为，撤并会让低年级孩子上学路途太远，应当保留并办好村小。",
    "石岭小学是其中的一所。学校有六个年级、三十七名学生，五位教师，其中两位是临近退休的老教师。",
    "王校长既是校长，也是语文和音乐老师，还要负责学生的午餐和安全。",
    "2022年，县里决定对路途较远的村小予以保留，实行中心校统一管理、教师走教，并为村小教师发放每月五百元的乡村教师补贴。",
    "但撤并的争论并没有结束。一些家长仍然想方设法把孩子送到镇上或县城读书，石岭小学的一年级新生只有三人。",
]
INTERVIEW = [
    "问：学校现在有多少学生？",
    "答：一到六年级加起来三十七个，最少的一个年级只有四个孩子。",
    "问：老师们一周要上多少节课？",
    "答：每人二十多节，什么课都得上，我自己教语文、音乐，还带体育。",
    "问：您觉得村小最缺的是什么？",
    "答：缺年轻老师。年轻人来了一两年就想走，我们也理解，可孩子们刚跟老师熟悉就换人了。",
]
# W市's sponge city (海绵城市): urban infrastructure.
G = [
    "W市地处长江中游，夏季多暴雨。每逢大雨，老城区的道路就会积水，一些低洼路段水深过膝，市民戏称“开车出门，看海回家”。",
    "城市内涝的原因是多方面的：老城区的排水管网标准低，许多管道还是几十年前铺设的；城市扩张使大量湖泊和农田变成了硬化地面，雨水无处下渗。",
    "2O16年，W市被列为国家海绵城市建设试点，计划用三年时间，在试点片区建设透水铺装、下沉式绿地、雨水花园和调蓄池，让城市像海绵一样吸水、蓄水。",
    "试点片区改造以后，一般降雨基本不再积水。但改造涉及数百个小区和道路，施工期间居民出行不便，一些小区的绿地被改造成雨水花园后，居民抱怨蚊虫变多了。",
    "海绵城市建设投资巨大，试点片区的总投资超过一百亿元，中央财政补助只占一小部分。W市尝试引入社会资本，采用政府和社会资本合作的方式建设和运营。",
    "然而，海绵设施本身几乎没有收益，社会资本的回报主要依靠政府按效付费。一些专家担心，这会给地方财政留下长期负担。",
]
# Community canteens for the elderly (社区长者食堂): public services.
H = [
    "N区是一个老龄化程度较高的城区，独居和高龄老人有三万多人。许多老人反映，自己做饭难，子女又不在身边，一日三餐成了大问题。",
    "2020年起，N区在社区推行长者食堂，由街道提供场地，引入餐饮企业运营，六十岁以上老人每餐可享受两到五元的政府补贴。",
    "长者食堂开业之初很受欢迎，一些食堂中午要排队。但运营一年后，不少企业叫苦：老人的客单价低，补贴到账慢，食堂只能靠对外营业来维持。",
    "对外营业又带来了新的问题：年轻上班族来吃饭，老人排队的时间更长了；有的食堂为了多赚钱，提高了菜价，老人们说“补贴了也不便宜”。",
    "N区随后调整了办法：补贴改为按就餐人次直接结算给企业，老人持卡就餐；对送餐上门的失能老人另行补贴；引导社区志愿者参与送餐。",
]
# Charging electric bikes indoors (电动自行车进楼充电): public safety.
I = [
    "2021年冬天，P市某小区一辆停放在楼道里充电的电动自行车起火，浓烟顺着楼梯间蔓延，造成一人死亡、多人受伤。",
    "事故发生后，P市开展了电动自行车消防安全专项整治，禁止电动自行车在楼道、楼梯间停放和充电。社区工作人员挨家挨户劝导，一些居民却把电池拎回家里充电。",
    "“不让进楼，那在哪儿充？”居民的疑问指向了充电设施的不足。老旧小区的空地有限，安装充电桩需要占用绿地或者停车位，一些业主坚决反对。",
    "在街道的协调下，部分小区把闲置的自行车棚改造成集中充电点，由充电运营企业投资建设，居民扫码付费充电。",
    "集中充电点的电费和管理费引起了争议：运营企业按小时收费，比在家充电贵了不少；车棚的改造和维护费用应当由谁承担，业主们意见不一。",
]
# Delivery riders and the algorithm (外卖骑手权益保障): labour relations.
K = [
    "Z市有外卖骑手四万多人，大多数是外来务工人员。他们通过平台接单，收入按单计算，旺季每月能挣七八千元。",
    "平台的算法会根据历史数据计算每一单的送达时间，超时就要扣钱。骑手们说，算法给的时间越来越短，为了不超时，闯红灯、逆行成了常事。",
    "多数骑手与平台之间没有签订劳动合同，而是通过第三方公司以“个体工商户”的身份接单。一旦在送餐途中受伤，骑手很难认定工伤。",
    "2022年，Z市人社部门开展新就业形态人员职业伤害保障试点，由平台按单缴纳保费，骑手受伤后可以获得医疗费和伤残补助，并推动平台公开算法规则、延长预计送达时间。",
]


# 1. python-docx as a teacher retypes a textbook's case into Word: the chapter's 学习目标 as Heading 2 with
# bullets, a bold `本章案例` line, the case's number and name as one bold line (`案例6-1　…`), the case's
# parts as bold Normal lines (no numbers, no heading styles), 案例讨论 as Heading 2 with `1．` questions; no
# class plan.
def textbook_case():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = cjk_document(11)

    def bold(text, size=None, centre=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph("学习目标", style="Heading 2")
    d.add_paragraph("了解业主委员会的成立程序和法律地位；", style="List Bullet")
    d.add_paragraph("理解基层党组织和居委会在小区治理中的作用。", style="List Bullet")
    bold("本章案例", centre=True)
    bold("案例6-1　物业费之争：K小区业主委员会的成立", 14, True)
    bold("矛盾的起点"); d.add_paragraph(A[0]); d.add_paragraph(A[1])
    bold("筹备业委会"); d.add_paragraph(A[2]); d.add_paragraph(A[3])
    bold("选举之后"); d.add_paragraph(A[4]); d.add_paragraph(A[5])
    d.add_paragraph("案例讨论", style="Heading 2")
    d.add_paragraph("1．物业公司提出涨价，为什么会引发这么大的矛盾？")
    d.add_paragraph("2．社区党委派人列席筹备会，起到了什么作用？")
    d.add_paragraph("3．业主们选择续聘物业公司，说明了什么？")
    d.save(path("docx-textbook-chapter-case-yeweihui", "docx"))


textbook_case()
expect("docx-textbook-chapter-case-yeweihui", "物业费之争：K小区业主委员会的成立",
       ["了解业主委员会的成立程序和法律地位；", "理解基层党组织和居委会在小区治理中的作用。"],
       [("矛盾的起点", 1, 2), ("筹备业委会", 1, 2), ("选举之后", 1, 2)],
       ["物业公司提出涨价，为什么会引发这么大的矛盾？", "社区党委派人列席筹备会，起到了什么作用？", "业主们选择续聘物业公司，说明了什么？"],
       [])


# 2. python-docx: an English-Chinese bilingual MBA case, the Chinese title with an English subtitle, every
# heading `English 中文`, each English paragraph followed by its Chinese one, the objectives and questions
# each one paragraph in both languages (`Q1.` labels), the plan as a Word table with a bilingual header row.
def bilingual():
    d = cjk_document(11)
    d.add_paragraph("出海之路：J公司的东南亚扩张", style="Title")
    d.add_paragraph("Going Global: J Company's Expansion into Southeast Asia", style="Subtitle")
    d.add_paragraph("Learning Objectives 学习目标", style="Heading 1")
    d.add_paragraph("To understand the choice of entry modes in foreign markets. 理解海外市场进入方式的选择。")
    d.add_paragraph("To analyse the conflict between distributors and direct online sales. 分析经销渠道与线上直销之间的冲突。")
    d.add_paragraph("Background 背景", style="Heading 1")
    for i in (0, 1):
        d.add_paragraph(B_EN[i]); d.add_paragraph(B_ZH[i])
    d.add_paragraph("Entering Indonesia 进入印尼", style="Heading 1")
    for i in (2, 3):
        d.add_paragraph(B_EN[i]); d.add_paragraph(B_ZH[i])
    d.add_paragraph("The Channel Dilemma 渠道困境", style="Heading 1")
    d.add_paragraph(B_EN[4]); d.add_paragraph(B_ZH[4])
    d.add_paragraph("Discussion Questions 讨论题", style="Heading 1")
    for q in QUESTIONS_B:
        d.add_paragraph(q)
    d.add_paragraph("Teaching Plan 教学计划", style="Heading 1")
    t = d.add_table(rows=len(PLAN_B) + 1, cols=2)
    t.style = "Table Grid"
    for r, row in enumerate([("Time 时间", "Activity 活动")] + PLAN_B):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    d.save(path("docx-bilingual-parallel-chuhai", "docx"))


QUESTIONS_B = ["Q1. Why did J Company choose a distributor to enter Indonesia? J公司为什么选择通过经销商进入印尼？",
               "Q2. What did J Company lose by relying on the distributor? 依靠经销商，J公司失去了什么？",
               "Q3. How should J Company deal with the distributor's threat? J公司应当如何应对经销商的威胁？"]
PLAN_B = [("0–10 min", "Opening 开场"), ("10–50 min", "Group discussion 小组讨论"), ("50–80 min", "Class discussion 全班讨论"),
          ("80–90 min", "Wrap-up 总结")]
bilingual()
expect("docx-bilingual-parallel-chuhai", "出海之路：J公司的东南亚扩张",
       ["To understand the choice of entry modes in foreign markets. 理解海外市场进入方式的选择。",
        "To analyse the conflict between distributors and direct online sales. 分析经销渠道与线上直销之间的冲突。"],
       [("Background 背景", 1, 4), ("Entering Indonesia 进入印尼", 1, 4), ("The Channel Dilemma 渠道困境", 1, 2)],
       [q.split(" ", 1)[1] for q in QUESTIONS_B],
       [f"{a} | {b}" for a, b in PLAN_B],
       subtitle="Going Global: J Company's Expansion into Southeast Asia")


# 3. pandoc .docx from a teacher's Markdown: the title from `title:`, typed 一、 headings, real Word footnotes
# (`[^1]`), `1.` questions as Word's automatic list, and the plan as a three-column table 教学进度安排 with a
# header row (课时 | 内容 | 形式).
pandoc("\n".join([
    "---", "title: 快递进村的“最后一公里”：R县的共同配送", "---", "",
    "# 教学目的", "", "通过R县的案例，理解农村物流中的规模经济问题和地方政府在其中的角色。", "",
    "# 一、进不了村的快递", "", C[0] + "[^1]", "", C[1], "",
    "# 二、共同配送", "", C[2], "", C[3].replace("外地，", "外地[^2]，"), "",
    "# 三、新的难题", "", C[4], "",
    "# 思考题", "", "1. 快递公司为什么不愿意进村？", "2. 交通运输局牵头共同配送，是不是政府管了市场的事？",
    "3. 代收点的补贴应当由谁来出？", "",
    "# 教学进度安排", "",
    "| 课时 | 内容 | 形式 |", "|---|---|---|",
    "| 第1课时 | 阅读案例，梳理R县的做法 | 个人阅读 |",
    "| 第2课时 | 围绕思考题分组讨论 | 小组讨论 |",
    "| 第3课时 | 小组汇报，教师总结 | 全班交流 |", "",
    "[^1]: 据R县交通运输局2020年的调查，全县约四成行政村距最近的快递网点超过十公里。",
    "[^2]: 2022年，R县经快递寄出的农产品超过三百万件。", ""]),
    path("pandoc-docx-footnotes-schedule-kuaidi", "docx"))
expect("pandoc-docx-footnotes-schedule-kuaidi", "快递进村的“最后一公里”：R县的共同配送",
       ["通过R县的案例，理解农村物流中的规模经济问题和地方政府在其中的角色。"],
       [("进不了村的快递", 1, 2), ("共同配送", 1, 2), ("新的难题", 1, 1), ("注释", 1, 2)],
       ["快递公司为什么不愿意进村？", "交通运输局牵头共同配送，是不是政府管了市场的事？", "代收点的补贴应当由谁来出？"],
       ["第1课时 | 阅读案例，梳理R县的做法 | 个人阅读", "第2课时 | 围绕思考题分组讨论 | 小组讨论", "第3课时 | 小组汇报，教师总结 | 全班交流"])


# 4. A course platform's page printed to PDF from a browser (made here with Word's header and footer and
# LibreOffice): the date and the page's title in the header of every page, the page's address and `1/2` in
# the footer; headings as the page's h2/h3 (Heading 1/2 styles), the plan a two-column table 时间 | 内容 with
# clock times.
def browser_print():
    from docx.shared import Pt
    d = cjk_document(10.5)
    s = d.sections[0]
    s.header.paragraphs[0].text = "2026/10/12 14:03\t老旧小区加装电梯 - 学习通"
    fp = s.footer.paragraphs[0]
    fp.add_run("https://mooc1.chaoxing.com/mycourse/studentstudy?chapterId=582130&courseId=2310\t\t")
    field(fp, "PAGE")
    fp.add_run("/")
    field(fp, "NUMPAGES")
    d.add_paragraph("老旧小区加装电梯：一部电梯背后的邻里协商", style="Title")
    d.add_paragraph("学习目标", style="Heading 1")
    d.add_paragraph("理解城市更新中“共同决策”的难点；", style="List Bullet")
    d.add_paragraph("掌握利益相关者分析的基本方法。", style="List Bullet")
    d.add_paragraph("一、爬不动的六楼", style="Heading 1")
    d.add_paragraph(D[0] + D[5]); d.add_paragraph(D[1] + D[0])
    d.add_paragraph("二、三分之二的同意", style="Heading 1")
    d.add_paragraph(D[2] + D[1]); d.add_paragraph(D[3] + D[2]); d.add_paragraph(D[3])
    d.add_paragraph("三、装好以后", style="Heading 1")
    d.add_paragraph(D[4] + D[3]); d.add_paragraph(D[5] + D[4])
    d.add_paragraph("讨论题", style="Heading 1")
    for q in ["1. 低楼层居民的反对是否合理？", "2. 政府补贴二十万元，为什么还有大量单元装不成？", "3. 电梯装好以后的管理应当由谁负责？"]:
        d.add_paragraph(q)
    d.add_paragraph("课堂时间安排", style="Heading 1")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, row in enumerate([("时间", "内容"), ("14:00—14:15", "教师导入"), ("14:15—14:55", "分组讨论"),
                             ("14:55—15:30", "小组汇报，教师点评")]):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    save_converted(d, "dianti", "pdf", path("pdf-browser-print-jiatidianti", "pdf"))


browser_print()
expect("pdf-browser-print-jiatidianti", "老旧小区加装电梯：一部电梯背后的邻里协商",
       ["理解城市更新中“共同决策”的难点；", "掌握利益相关者分析的基本方法。"],
       [("爬不动的六楼", 1, 2), ("三分之二的同意", 1, 3), ("装好以后", 1, 2)],
       ["低楼层居民的反对是否合理？", "政府补贴二十万元，为什么还有大量单元装不成？", "电梯装好以后的管理应当由谁负责？"],
       ["14:00—14:15 | 教师导入", "14:15—14:55 | 分组讨论", "14:55—15:30 | 小组汇报，教师点评"])


# 5. A teacher's Markdown made into an .odt by pandoc and printed to PDF by LibreOffice: a question after
# each part (`**思考：**…？`, one paragraph), then 综合讨论 with two numbered questions at the end, 课堂安排
# one paragraph.
odt = os.path.join(tempfile.mkdtemp(), "yeshi.odt")
pandoc("\n".join([
    "---", "title: 夜市回来了：T市的“地摊经济”治理", "---", "",
    "## 教学目标", "", "理解城市管理中“疏”与“堵”的关系，学会分析公共政策对不同群体的影响。", "",
    "## 一、夜市重开", "", E[0], "", E[1], "", "**思考：**T市为什么选择在这个时候重开夜市？", "",
    "## 二、管与放", "", E[2], "", E[3], "", "**思考：**划定摊位、收取管理费，会不会把小摊贩挡在门外？", "",
    "## 三、居民的投诉", "", E[4], "", "**思考：**怎样平衡摊贩的生计和居民的安宁？", "",
    "## 综合讨论", "", "1. 你怎样评价T市“疏堵结合”的做法？", "2. 如果你是城管局局长，下一步会怎样做？", "",
    "## 课堂安排", "", "课前阅读案例；课上先逐节讨论“思考”题（40分钟），再进行综合讨论（30分钟）。", ""]), odt)
soffice(odt, "pdf", path("pdf-questions-after-parts-yeshi", "pdf"))
expect("pdf-questions-after-parts-yeshi", "夜市回来了：T市的“地摊经济”治理",
       ["理解城市管理中“疏”与“堵”的关系，学会分析公共政策对不同群体的影响。"],
       [("夜市重开", 1, 2), ("管与放", 1, 2), ("居民的投诉", 1, 1)],
       ["T市为什么选择在这个时候重开夜市？", "划定摊位、收取管理费，会不会把小摊贩挡在门外？", "怎样平衡摊贩的生计和居民的安宁？",
        "你怎样评价T市“疏堵结合”的做法？", "如果你是城管局局长，下一步会怎样做？"],
       ["课前阅读案例；课上先逐节讨论“思考”题（40分钟），再进行综合讨论（30分钟）。"])


# 6. A LibreOffice PDF (from an .odt): an interview excerpt inside the case's text, `问：` and `答：` lines after
# a lead-in sentence, 教学目的 first, 思考题 with `1．` and 教学安排 last.
fodt_converted(fodt([
    ("title", "一所村小的去与留：Y县石岭小学"),
    ("h1", "教学目的"), ("p", "帮助学员理解教育资源配置中公平与效率的权衡，认识基层教育政策的执行难点。"),
    ("h1", "一、越来越小的村小"), ("p", F[0]), ("p", F[1]),
    ("h1", "二、校长的一天"), ("p", F[2] + F[3]), ("plain", "以下是笔者与王校长的访谈摘录："),
    *[("plain", x) for x in INTERVIEW],
    ("h1", "三、撤并还是保留"), ("p", F[4]), ("p", F[5]),
    ("h1", "思考题"),
    ("plain", "1．撤并小规模学校的理由是什么？"), ("plain", "2．教师走教能否解决村小的师资问题？"), ("plain", "3．家长的选择说明了什么？"),
    ("h1", "教学安排"),
    ("plain", "第一课时：阅读案例，讨论思考题1和2。"), ("plain", "第二课时：讨论思考题3，教师总结。"),
], NO_OUTLINE), "cunxiao", "pdf", path("pdf-interview-transcript-cunxiao", "pdf"))
expect("pdf-interview-transcript-cunxiao", "一所村小的去与留：Y县石岭小学",
       ["帮助学员理解教育资源配置中公平与效率的权衡，认识基层教育政策的执行难点。"],
       [("越来越小的村小", 1, 2), ("校长的一天", 1, 8), ("撤并还是保留", 1, 2)],
       ["撤并小规模学校的理由是什么？", "教师走教能否解决村小的师资问题？", "家长的选择说明了什么？"],
       ["第一课时：阅读案例，讨论思考题1和2。", "第二课时：讨论思考题3，教师总结。"])


# 7. A .txt from OCR of a scanned textbook (Tesseract's text): a form feed at the end of each page, the
# book's running head with the page number on every page (`第五章　城市公共安全　85`, `86　城市治理案例选编`),
# lines cut where the printed lines ended (30 characters), a blank line between paragraphs, `一 、` with a
# space, `2O16` with a letter O, the objectives as one labelled line, 【思考题】 with `1 .` items; no plan.
def ocr_pages():
    blocks = [["W市的海绵城市建设"], ["教学目的：理解城市基础设施建设中的多元投入与长效管理问题。"],
              ["一 、 城市看海"], G[0], G[1], ["二 、 海绵城市试点"], G[2], G[3], ["三 、 钱从哪里来"], G[4], G[5],
              ["【思考题】"], ["1 . W市为什么会出现“城市看海”？"], ["2 . 居民抱怨蚊虫变多，说明海绵城市建设忽略了什么？"],
              ["3 . 按效付费会给地方财政带来哪些风险？"]]
    out = []
    for b in blocks:
        out.append(b if isinstance(b, list) else [b[i:i + 30] for i in range(0, len(b), 30)])
    text_lines = []
    for b in out:
        text_lines += b + [""]
    pages, page, heads = [], [], ["第五章　城市公共安全　85", "86　城市治理案例选编", "第五章　城市公共安全　87"]
    for ln in text_lines:
        page.append(ln)
        if len(page) >= 16 and ln == "" or len(page) >= 20:
            pages.append(page); page = []
    if page:
        pages.append(page)
    assert len(pages) == 3, len(pages)
    text = "".join(heads[i] + "\n\n" + "\n".join(p).rstrip("\n") + "\n\n\f" for i, p in enumerate(pages))
    write("ocr-scan-pages-haimian", "txt", text)


ocr_pages()
expect("ocr-scan-pages-haimian", "W市的海绵城市建设",
       ["理解城市基础设施建设中的多元投入与长效管理问题。"],
       [("城市看海", 1, 2), ("海绵城市试点", 1, 2), ("钱从哪里来", 1, 2)],
       ["W市为什么会出现“城市看海”？", "居民抱怨蚊虫变多，说明海绵城市建设忽略了什么？", "按效付费会给地方财政带来哪些风险？"],
       [])


# 8. A .txt copied (select all, copy) from a course platform's article page: a breadcrumb line over the
# title, a line of who posted it, when and how many read it, and after the plan the page's chrome
# (上一篇/下一篇, 评论, 点赞 收藏).
write("course-platform-copy-zhucan", "txt", lines(
    "首页 > 我的课程 > 公共服务管理 > 第六讲 案例研讨",
    "社区长者食堂：谁来买单？",
    "发布人：刘老师　　发布时间：2026-10-08 09:12　　阅读 126",
    "学习目标",
    "1. 理解公共服务中政府、企业和社区的分工；",
    "2. 学会分析补贴政策的激励效果。",
    "一、吃饭成了难题",
    H[0],
    H[1],
    "二、叫苦的企业",
    H[2],
    H[3],
    "三、补贴怎么给",
    H[4],
    "讨论题",
    "1. 长者食堂为什么要引入企业来运营？",
    "2. 对外营业是长者食堂的出路还是隐患？",
    "3. 按就餐人次结算补贴，能解决哪些问题？",
    "课堂安排",
    "课前：阅读案例，了解本社区的助餐服务。",
    "课中：分组讨论（40分钟），各组汇报（30分钟）。",
    "上一篇：第五讲 案例研讨　　下一篇：第七讲 案例研讨",
    "评论（3）",
    "点赞 12　　收藏"))
expect("course-platform-copy-zhucan", "社区长者食堂：谁来买单？",
       ["理解公共服务中政府、企业和社区的分工；", "学会分析补贴政策的激励效果。"],
       [("吃饭成了难题", 1, 2), ("叫苦的企业", 1, 2), ("补贴怎么给", 1, 1)],
       ["长者食堂为什么要引入企业来运营？", "对外营业是长者食堂的出路还是隐患？", "按就餐人次结算补贴，能解决哪些问题？"],
       ["课前：阅读案例，了解本社区的助餐服务。", "课中：分组讨论（40分钟），各组汇报（30分钟）。"])


# 9. Markdown from a note app (Obsidian): `[[wiki links]]` and `==marks==` in the text, the questions in a
# `> [!question] 讨论题` callout with `> 1.` items, the plan as `- [ ]` tasks.
write("markdown-obsidian-callouts-diandongche", "md", lines(
    "# 电动自行车进楼充电之争", "",
    "## 教学目标", "",
    "- 理解公共安全治理中“禁”与“疏”的关系；",
    "- 分析社区公共设施建设中的成本分担问题。", "",
    "## 一、一场火灾之后", "",
    I[0], "",
    I[1].replace("专项整治", "[[消防安全专项整治]]"), "",
    "## 二、到哪里去充电", "",
    I[2].replace("充电设施的不足", "==充电设施的不足=="), "",
    I[3], "",
    "## 三、谁来付钱", "",
    I[4], "",
    "> [!question] 讨论题",
    "> 1. 禁止电动自行车进楼，为什么难以落实？",
    "> 2. 把车棚改造成集中充电点，应当由谁来决定？",
    "> 3. 集中充电的费用应当怎样分担？", "",
    "## 课堂安排", "",
    "- [ ] 课前：观察自己小区的电动自行车停放和充电情况",
    "- [ ] 课中：分组讨论，每组提出一个充电设施方案",
    "- [ ] 课后：写一份给业委会的建议书"))
expect("markdown-obsidian-callouts-diandongche", "电动自行车进楼充电之争",
       ["理解公共安全治理中“禁”与“疏”的关系；", "分析社区公共设施建设中的成本分担问题。"],
       [("一场火灾之后", 1, 2), ("到哪里去充电", 1, 2), ("谁来付钱", 1, 1)],
       ["禁止电动自行车进楼，为什么难以落实？", "把车棚改造成集中充电点，应当由谁来决定？", "集中充电的费用应当怎样分担？"],
       ["课前：观察自己小区的电动自行车停放和充电情况", "课中：分组讨论，每组提出一个充电设施方案", "课后：写一份给业委会的建议书"])


# 10. python-docx from a school's 教案 (lesson-plan) template: a bold line naming the course and 教案, then one
# two-column Word table holding the whole hand-out, a label in the first column of each row (案例名称, 授课对象,
# 教学目标, 案例内容, 讨论问题, 时间安排) and its paragraphs in the second (`1．` typed in the cells).
def lesson_plan():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = cjk_document(11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("《劳动关系与社会保障》案例教学教案")
    r.bold = True
    r.font.size = Pt(16)
    rows = [("案例名称", ["困在算法里的骑手：Z市外卖骑手的权益保障"]), ("授课对象", ["劳动与社会保障专业本科三年级"]),
            ("教学目标", ["1．理解平台用工中劳动关系认定的难点；", "2．分析算法管理对劳动者权益的影响。"]),
            ("案例内容", K),
            ("讨论问题", ["1．骑手与平台之间是不是劳动关系？", "2．算法缩短送达时间，责任在谁？", "3．职业伤害保障试点能否替代工伤保险？"]),
            ("时间安排", ["案例阅读（15分钟）", "分组讨论（40分钟）", "汇报点评（35分钟）"])]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (label, paras) in enumerate(rows):
        t.cell(i, 0).text = label
        cell = t.cell(i, 1)
        cell.text = paras[0]
        for x in paras[1:]:
            cell.add_paragraph(x)
    d.save(path("docx-lesson-plan-table-qishou", "docx"))


lesson_plan()
expect("docx-lesson-plan-table-qishou", "困在算法里的骑手：Z市外卖骑手的权益保障",
       ["理解平台用工中劳动关系认定的难点；", "分析算法管理对劳动者权益的影响。"],
       [("授课对象", 1, 1), ("案例内容", 1, 4)],
       ["骑手与平台之间是不是劳动关系？", "算法缩短送达时间，责任在谁？", "职业伤害保障试点能否替代工伤保险？"],
       ["案例阅读（15分钟）", "分组讨论（40分钟）", "汇报点评（35分钟）"])

finish()
