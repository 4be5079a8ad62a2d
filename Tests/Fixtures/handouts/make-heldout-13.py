#!/usr/bin/env python3
"""Writes the thirteenth round's held-out hand-outs (issue 25): ten hand-outs sampled by how often a teacher's real
file looks like that (seven everyday shapes, three less usual ones), written blind by an engineer who does not read
the importer's rules, scored once on the rules of main bdf4bff, with no rule tuned on them.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-13.py

Each expected outline is the hand-out as a teacher reads it, with the conventions of rounds 7 to 12 (their
generators' docstrings) and these: Word's automatic list numbering (List Number, List Bullet) is not part of an
item's words, as typed numbers are not; lines a teacher broke with Shift+Enter inside one Word paragraph are read
as the lines they show (one item each under a role); a plan in a Word table is its rows `a | b | c` without the
header row; a teaching note after the body (案例使用说明 / 教学说明 with its own （一）（二）（三） roles) gives the
objectives, questions and plan wherever it stands, and its heading holds no text of its own; a role may be named
学习目标, 本案例的教学目的, 思考与讨论, 讨论思考, 课时安排, 课时分配, 教学进程; a course platform's page lines
(breadcrumbs, 任务点, 阅读时长, 点赞/收藏, 上一节/下一节, 讨论区) are not part of the outline; a page footer
`第 N 页 共 M 页` is page furniture; typed decimal headings `1` `1.1` are levels 1 and 2 with their numbers dropped.
"""
from handoutgen import cjk_document, expect, finish, pandoc, path, save_converted, soffice, write
import os
import tempfile

# 1. Word on Windows, the everyday way (python-docx): Title, 学习目标 as a bulleted list (List Bullet), typed `一、`
# parts in Heading 1 and `（一）` in Heading 2, questions and plan in Word's automatic numbering (List Number: the
# numbers are not in the text).
def word_autonumber():
    d = cjk_document(11)
    d.add_paragraph("乡村彩礼为何越涨越高：G县移风易俗的治理实践", style="Title")
    b = [
        ("Heading 1", "学习目标"),
        ("List Bullet", "理解移风易俗工作中政府引导与村民自治的关系"),
        ("List Bullet", "分析村规民约在基层治理中的作用与边界"),
        ("Heading 1", "一、“天价彩礼”的由来"),
        ("Normal", "G县地处山区，近年来农村青年外出务工的多，留在本地的适婚女性少。一些村子的彩礼从十年前的三五万元涨到了二十万元以上，还要求男方在县城买房、买车。"),
        ("Normal", "有的家庭为了给儿子娶媳妇借了高利贷，婚后小两口为还债长年在外打工，老人在家带孩子。"),
        ("Heading 1", "二、县里的治理"),
        ("Heading 2", "（一）红白理事会"),
        ("Normal", "2021年起，县里指导各村成立红白理事会，由村里有威望的老人担任理事，帮助村民操办婚丧事宜，劝导简办。"),
        ("Heading 2", "（二）写进村规民约"),
        ("Normal", "各村经村民代表大会讨论，把“彩礼不超过五万元”写进村规民约，对带头简办婚事的家庭在评优和集体分红上给予倾斜。"),
        ("Normal", "也有村民认为，彩礼多少是两家人自己的事，村里不该管，有的人家表面上按规定办，私下仍然另给。"),
        ("Heading 1", "三、效果与争议"),
        ("Normal", "两年后的调查显示，全县农村的彩礼平均降低了约四成，但在一些偏远村子，彩礼的“行情”并没有明显变化。"),
        ("Heading 1", "思考与讨论"),
        ("List Number", "彩礼上涨背后有哪些经济和社会原因？"),
        ("List Number", "村规民约对彩礼设限是否合法、合理？"),
        ("List Number", "政府在移风易俗中应当扮演什么角色？"),
        ("Heading 1", "课时安排"),
        ("List Number 2", "案例导入与阅读（15分钟）"),
        ("List Number 2", "分组讨论（35分钟）"),
        ("List Number 2", "全班交流与总结（30分钟）"),
    ]
    for s, text in b:
        d.add_paragraph(text, style=s)
    d.save(path("docx-word-autonumber-caili", "docx"))


word_autonumber()
expect("docx-word-autonumber-caili", "乡村彩礼为何越涨越高：G县移风易俗的治理实践",
       ["理解移风易俗工作中政府引导与村民自治的关系", "分析村规民约在基层治理中的作用与边界"],
       [("“天价彩礼”的由来", 1, 2), ("红白理事会", 2, 1), ("写进村规民约", 2, 2), ("效果与争议", 1, 1)],
       ["彩礼上涨背后有哪些经济和社会原因？", "村规民约对彩礼设限是否合法、合理？", "政府在移风易俗中应当扮演什么角色？"],
       ["案例导入与阅读（15分钟）", "分组讨论（35分钟）", "全班交流与总结（30分钟）"])


# 2. A WPS-style hand-out (python-docx): the title a bold centred Normal line, the body's parts bold `一、` lines,
# paragraphs indented two characters, and after the body 案例使用说明 (bold, centred) with its own bold
# （一）教学目的 （二）启发思考题 （三）课堂计划, questions `1．`, the plan as 第一阶段（…分钟）：… lines.
def wps_note_after():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = cjk_document(12)

    def bold(text, centre=False):
        p = d.add_paragraph()
        p.add_run(text).bold = True
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def body(text):
        p = d.add_paragraph(text)
        p.paragraph_format.first_line_indent = Pt(24)

    bold("露营热下的公园草坪：S市公园开放共享的管理探索", centre=True)
    bold("一、草坪上的帐篷")
    body("2022年春天，露营突然在S市流行起来。每到周末，滨江公园的草坪上搭满了帐篷，最多的一天有两千多顶，一些市民天不亮就来“占位”。")
    body("草坪被踩秃了，垃圾桶满得溢了出来，附近居民抱怨停车难、夜里吵闹。公园管理处的工作人员说，一个周末清运的垃圾相当于平时的五倍。")
    bold("二、开放还是关闭")
    body("有人建议干脆禁止搭帐篷，也有人认为公园本来就是市民的，草坪应当让人用。市园林局组织了两场座谈会，听取市民、商户和专家的意见。")
    bold("三、分区轮换")
    body("最后，园林局在全市十二个公园划出“帐篷区”，草坪分成几块轮流开放、轮流养护，帐篷区晚上十点后清场，并通过小程序预约控制人数。")
    body("实行一年后，投诉减少了六成，但预约名额常常几秒钟就被抢光，有市民说“比抢演唱会门票还难”。")
    bold("案例使用说明", centre=True)
    bold("（一）教学目的")
    body("本案例用于《城市管理》课程，帮助学生理解公共空间开放共享中的管理工具选择。")
    bold("（二）启发思考题")
    body("1．公园草坪“开放”和“养护”的矛盾怎样产生？")
    body("2．分区轮换与预约制各有什么利弊？")
    body("3．还可以用哪些办法分配稀缺的公共空间？")
    bold("（三）课堂计划")
    body("第一阶段（10分钟）：教师介绍露营热的背景。")
    body("第二阶段（40分钟）：学生分组讨论思考题。")
    body("第三阶段（30分钟）：各组汇报，教师点评总结。")
    d.save(path("docx-wps-note-after-body-luying", "docx"))


wps_note_after()
expect("docx-wps-note-after-body-luying", "露营热下的公园草坪：S市公园开放共享的管理探索",
       ["本案例用于《城市管理》课程，帮助学生理解公共空间开放共享中的管理工具选择。"],
       [("草坪上的帐篷", 1, 2), ("开放还是关闭", 1, 1), ("分区轮换", 1, 2)],
       ["公园草坪“开放”和“养护”的矛盾怎样产生？", "分区轮换与预约制各有什么利弊？", "还可以用哪些办法分配稀缺的公共空间？"],
       ["第一阶段（10分钟）：教师介绍露营热的背景。", "第二阶段（40分钟）：学生分组讨论思考题。", "第三阶段（30分钟）：各组汇报，教师点评总结。"])


# 3. A .docx saved by LibreOffice (python-docx re-saved as "MS Word 2007 XML"): Heading 1 roles and parts, the
# questions first after the title, the objectives after the body, the plan a three-column Word table (环节 | 时间 |
# 内容) with its header row.
def libreoffice_table():
    d = cjk_document(11)
    d.add_paragraph("限塑令下的菜市场：T市农贸市场塑料袋治理", style="Title")
    b = [
        ("Heading 1", "讨论问题"),
        ("Normal", "1. 菜市场为什么成了限塑的“难点”？"),
        ("Normal", "2. 对摊主的奖惩办法是否公平？"),
        ("Normal", "3. 怎样让消费者改变使用塑料袋的习惯？"),
        ("Heading 1", "一、一天五千个袋子"),
        ("Normal", "T市东门农贸市场有两百多个摊位，市场管理方估算，一天要用掉五千多个塑料袋，其中大部分是不符合标准的超薄袋。"),
        ("Normal", "摊主们说，顾客买一根葱也要一个袋子，不给就不买了，而可降解的袋子价格是普通袋子的三倍。"),
        ("Heading 1", "二、市场的办法"),
        ("Normal", "2021年，市商务局在东门市场试点：市场统一采购可降解袋，按成本价卖给摊主；每月检查，使用超薄袋的摊位扣减管理费优惠。"),
        ("Normal", "市场还在门口设置了免费借用的环保菜篮，买菜满十次可以换一个布袋。"),
        ("Heading 1", "三、半年以后"),
        ("Normal", "半年后，市场的超薄袋用量减少了约七成，但借出去的菜篮有三分之一没有还回来，一些摊主又悄悄用回了便宜的袋子。"),
        ("Heading 1", "教学目标"),
        ("Normal", "1. 理解环境政策执行中“最后一公里”的困难；"),
        ("Normal", "2. 比较经济激励与行政检查两类政策工具。"),
        ("Heading 1", "教学进程"),
    ]
    for s, text in b:
        d.add_paragraph(text, style=s)
    rows = [("环节", "时间", "内容"), ("导入", "10分钟", "播放菜市场短视频"), ("讨论", "40分钟", "分组讨论三个问题"),
            ("总结", "20分钟", "各组汇报，教师总结")]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
    save_converted(d, "xiansu", "docx:MS Word 2007 XML", path("libreoffice-table-plan-xiansu", "docx"))


libreoffice_table()
expect("libreoffice-table-plan-xiansu", "限塑令下的菜市场：T市农贸市场塑料袋治理",
       ["理解环境政策执行中“最后一公里”的困难；", "比较经济激励与行政检查两类政策工具。"],
       [("一天五千个袋子", 1, 2), ("市场的办法", 1, 2), ("半年以后", 1, 1)],
       ["菜市场为什么成了限塑的“难点”？", "对摊主的奖惩办法是否公平？", "怎样让消费者改变使用塑料袋的习惯？"],
       ["导入 | 10分钟 | 播放菜市场短视频", "讨论 | 40分钟 | 分组讨论三个问题", "总结 | 20分钟 | 各组汇报，教师总结"])


# 4. A Word hand-out printed to PDF (python-docx printed by LibreOffice): Heading 1/2, long paragraphs over
# several lines, a footer `第 N 页 共 M 页` from Word's fields, two pages, roles 学习目标 / 思考与讨论 / 课时分配.
def word_pdf_footer():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from handoutgen import field
    d = cjk_document(12)
    f = d.sections[0].footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f.add_run("第 "); field(f, "PAGE"); f.add_run(" 页 共 "); field(f, "NUMPAGES"); f.add_run(" 页")
    d.add_paragraph("从天而降的危险：H市高空抛物治理案例", style="Title")
    b = [
        ("Heading 1", "学习目标"),
        ("Normal", "1．了解高空抛物治理中的法律责任与举证难题；"),
        ("Normal", "2．分析技术手段在社区安全治理中的作用与限度；"),
        ("Normal", "3．讨论物业、居民和政府之间的责任分担。"),
        ("Heading 1", "一、一只砸坏车顶的花盆"),
        ("Normal", "2021年夏天，H市某小区一辆停在楼下的轿车被从高处落下的花盆砸穿了车顶，所幸车里没有人。车主报警后，民警挨家挨户询问，十八层楼的住户都说不是自己家的。"
                   "按照过去的做法，找不到具体侵权人时，可能加害的建筑物使用人要共同给予补偿，住户们对此意见很大：“我家根本没有花盆，凭什么要我赔？”"),
        ("Normal", "事情在业主群里吵了一个多月，最后车主自己承担了修车的费用。物业公司表示，小区建成二十年，没有安装朝上拍摄的摄像头，也没有能力调查。"),
        ("Heading 1", "二、法律的变化"),
        ("Normal", "2021年施行的民法典对高空抛物作了新的规定：禁止从建筑物中抛掷物品；发生高空抛物时，公安等机关应当依法及时调查，查清责任人；"
                   "物业服务企业等建筑物管理人应当采取必要的安全保障措施防止此类情形发生，未采取的应当依法承担责任。同年施行的刑法修正案把高空抛物单独规定为犯罪。"),
        ("Heading 1", "三、小区里的摄像头"),
        ("Heading 2", "（一）装还是不装"),
        ("Normal", "区里推动老旧小区安装“高空抛物监测”摄像头，每栋楼约需两万元，费用由维修资金、街道补贴和物业共同承担。"
                   "有业主担心摄像头对着窗户拍，侵犯隐私，业主大会第一次表决没有通过。"),
        ("Heading 2", "（二）调整方案"),
        ("Normal", "物业公司修改了方案：摄像头只拍楼体外立面，画面由物业保存三十天，只有发生事件时才在民警在场的情况下调取。第二次表决获得通过。"
                   "此后一年，小区再没有发生高空抛物事件，另一个小区却因为摄像头拍到了居民阳台而被起诉。"),
        ("Heading 1", "思考与讨论"),
        ("Normal", "1．找不到抛物者时，由全楼住户补偿是否公平？"),
        ("Normal", "2．物业公司在高空抛物治理中应当承担什么责任？"),
        ("Normal", "3．怎样在安全和隐私之间取得平衡？"),
        ("Heading 1", "课时分配"),
        ("Normal", "1．案例阅读（15分钟）"),
        ("Normal", "2．小组讨论（40分钟）"),
        ("Normal", "3．全班交流（35分钟）"),
    ]
    for s, text in b:
        d.add_paragraph(text, style=s)
    save_converted(d, "gaokong", "pdf", path("pdf-word-page-footer-gaokong", "pdf"))


word_pdf_footer()
expect("pdf-word-page-footer-gaokong", "从天而降的危险：H市高空抛物治理案例",
       ["了解高空抛物治理中的法律责任与举证难题；", "分析技术手段在社区安全治理中的作用与限度；", "讨论物业、居民和政府之间的责任分担。"],
       [("一只砸坏车顶的花盆", 1, 2), ("法律的变化", 1, 1), ("装还是不装", 2, 1), ("调整方案", 2, 1)],
       ["找不到抛物者时，由全楼住户补偿是否公平？", "物业公司在高空抛物治理中应当承担什么责任？", "怎样在安全和隐私之间取得平衡？"],
       ["案例阅读（15分钟）", "小组讨论（40分钟）", "全班交流（35分钟）"])


# 5. A WPS hand-out printed to PDF (python-docx printed by LibreOffice): bold Normal headings, paragraphs indented
# two characters, the order 案例正文 parts, 讨论题, then 本案例的教学目的 and 教学安排 at the end.
def wps_pdf_roles_last():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = cjk_document(12)

    def bold(text, centre=False):
        p = d.add_paragraph()
        p.add_run(text).bold = True
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def body(text):
        p = d.add_paragraph(text)
        p.paragraph_format.first_line_indent = Pt(24)

    bold("工地上的讨薪难：V市农民工工资支付保障制度的落地", centre=True)
    bold("一、年关讨薪")
    body("每到春节前，V市人社局的劳动保障监察大队就特别忙。2019年腊月，一个住宅项目的四十多名工人聚集在工地门口，说包工头拖欠了他们半年的工资，总数一百多万元。"
         "总承包企业说工程款早已付给了分包单位，分包单位又说包工头卷款跑了。")
    bold("二、制度的设计")
    body("2020年施行的《保障农民工工资支付条例》规定，施工总承包单位应当开设农民工工资专用账户，由分包单位按月考核工人的工作量，总承包单位通过银行把工资直接发到工人本人的银行卡上。"
         "建设单位还要按比例存储工资保证金。")
    body("V市在此基础上建立了“智慧工地”平台，工人进出工地要刷脸考勤，考勤记录、工资表和银行代发记录在平台上相互比对。")
    bold("三、落地中的难题")
    body("一些工人习惯年底一次性结算，不愿每月领工资；有的包工头把工人的银行卡收在自己手里，工资虽然“直接发到个人账户”，实际上仍由包工头支配。")
    body("监察大队的一位队长说：“制度设计得很好，可工地上的老习惯一时改不过来。”")
    bold("讨论题")
    body("1．拖欠农民工工资的问题为什么屡禁不止？")
    body("2．工资专用账户和实名制考勤解决了哪些问题？")
    body("3．怎样防止包工头掌控工人的银行卡？")
    bold("本案例的教学目的")
    body("帮助学员理解劳动保障监察的制度工具，分析制度设计与基层执行之间的落差。")
    bold("教学安排")
    body("课前阅读案例；课上分组讨论40分钟，小组汇报与教师点评40分钟。")
    save_converted(d, "qianxin", "pdf", path("pdf-wps-roles-last-qianxin", "pdf"))


wps_pdf_roles_last()
expect("pdf-wps-roles-last-qianxin", "工地上的讨薪难：V市农民工工资支付保障制度的落地",
       ["帮助学员理解劳动保障监察的制度工具，分析制度设计与基层执行之间的落差。"],
       [("年关讨薪", 1, 1), ("制度的设计", 1, 2), ("落地中的难题", 1, 2)],
       ["拖欠农民工工资的问题为什么屡禁不止？", "工资专用账户和实名制考勤解决了哪些问题？", "怎样防止包工头掌控工人的银行卡？"],
       ["课前阅读案例；课上分组讨论40分钟，小组汇报与教师点评40分钟。"])


# 6. A PDF made as a Google Docs or Pages user makes one, here from Markdown through pandoc's .docx and LibreOffice:
# typed decimal headings `1 背景` `1.1 …` `2 …`, roles unnumbered, questions labelled `问题1：`.
def decimal_pdf():
    md = "\n".join([
        "---", "title: 网络谣言的“辟谣”之路：W市网信部门的应对", "---", "",
        "# 教学目标", "",
        "理解突发事件中网络谣言的传播规律，分析政府信息发布与平台治理的配合。", "",
        "# 1 一条视频引发的恐慌", "",
        "2023年5月，一段“W市自来水厂被污染”的短视频在本地网民中迅速传播，视频里是一处浑浊的水面，配文说“千万别喝自来水”。"
        "不到半天，全市多家超市的桶装水被抢购一空。", "",
        "# 2 辟谣的过程", "",
        "## 2.1 第一次回应", "",
        "当天傍晚，市水务集团在官方账号发布了一则简短声明，称“水质正常，请勿轻信谣言”。但声明没有附上检测数据，评论区里很多人并不相信。", "",
        "## 2.2 第二次回应", "",
        "第二天上午，市网信办、水务局和疾控中心联合召开新闻发布会，公布了各水厂的实时检测数据，并请记者到水厂现场取样。"
        "调查发现，视频拍摄的是外地的一处河道。平台根据通报对视频作了下架处理，发布者被依法处以行政拘留。", "",
        "# 3 事后的反思", "",
        "事后，市网信办建立了“辟谣联动机制”，要求相关部门在两小时内作出有数据支持的回应。也有学者提醒，辟谣不能变成“删帖”，应当保护公众合理的疑问。", "",
        "# 讨论问题", "",
        "问题1：为什么第一次声明没有平息谣言？", "",
        "问题2：“两小时回应”的要求是否现实？", "",
        "问题3：辟谣与保护公众质疑的空间如何兼顾？", "",
        "# 教学安排", "",
        "课前观看相关新闻报道；课上分组讨论40分钟，全班交流30分钟。", "",
    ])
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "yaoyan.docx")
    pandoc(md, src)
    soffice(src, "pdf", path("pdf-pandoc-decimal-yaoyan", "pdf"))


decimal_pdf()
expect("pdf-pandoc-decimal-yaoyan", "网络谣言的“辟谣”之路：W市网信部门的应对",
       ["理解突发事件中网络谣言的传播规律，分析政府信息发布与平台治理的配合。"],
       [("一条视频引发的恐慌", 1, 1), ("第一次回应", 2, 1), ("第二次回应", 2, 1), ("事后的反思", 1, 1)],
       ["为什么第一次声明没有平息谣言？", "“两小时回应”的要求是否现实？", "辟谣与保护公众质疑的空间如何兼顾？"],
       ["课前观看相关新闻报道；课上分组讨论40分钟，全班交流30分钟。"])


# 7. A .txt copied from a course platform's chapter page (学习通-like): the course and chapter lines, 任务点 and
# 阅读时长, the case with its roles, then 点赞/收藏, 上一节/下一节 and the discussion count.
write("platform-chapter-page-liulangmao", "txt", "\n".join([
    "城市社区治理（2024春）",
    "第四章 社区公共事务 > 4.3 案例研讨",
    "任务点 已完成",
    "阅读时长：约15分钟",
    "",
    "小区里的流浪猫：E市“领养代替购买”与TNR试点",
    "",
    "【学习目标】",
    "（1）理解社区公共事务中居民分歧的协调方式；",
    "（2）分析社会组织参与社区治理的途径。",
    "",
    "一、猫多了",
    "E市幸福里小区是一个有三十年历史的老小区，几年间小区里的流浪猫从十几只增加到近百只。一些居民每天定点喂猫，另一些居民抱怨猫半夜叫、在楼道里便溺，还担心孩子被抓伤。",
    "双方在业主群里吵得不可开交，有人偷偷在草丛里放了药，几只猫被毒死，喂猫的居民报了警。",
    "二、TNR试点",
    "2022年，街道引入一家动物保护公益组织，在小区开展TNR试点：捕捉流浪猫、绝育、疫苗接种后放回原地，由志愿者定点定时投喂，并给每只猫建档。",
    "公益组织还在小区里举办领养日，两年里有四十多只猫被领养。",
    "三、没有结束的争论",
    "试点两年后，小区的流浪猫减少到三十多只，投诉也少了。但仍有居民认为，用公共空间喂猫不合理，应当把猫全部迁走。",
    "",
    "【讨论】",
    "（1）喂猫的居民和反对喂猫的居民，各自的理由是什么？",
    "（2）街道引入公益组织的做法有什么好处和风险？",
    "（3）社区公共空间的使用应当由谁来决定？",
    "",
    "【课堂安排】",
    "（1）课前：在讨论区发表对流浪猫问题的看法；",
    "（2）课上：分组讨论（40分钟），汇报交流（30分钟）。",
    "",
    "点赞 12　收藏 5",
    "上一节：4.2 业主委员会　下一节：4.4 本章测验",
    "讨论区（23）",
]) + "\n")
expect("platform-chapter-page-liulangmao", "小区里的流浪猫：E市“领养代替购买”与TNR试点",
       ["理解社区公共事务中居民分歧的协调方式；", "分析社会组织参与社区治理的途径。"],
       [("猫多了", 1, 2), ("TNR试点", 1, 2), ("没有结束的争论", 1, 1)],
       ["喂猫的居民和反对喂猫的居民，各自的理由是什么？", "街道引入公益组织的做法有什么好处和风险？", "社区公共空间的使用应当由谁来决定？"],
       ["课前：在讨论区发表对流浪猫问题的看法；", "课上：分组讨论（40分钟），汇报交流（30分钟）。"])


# 8. A .txt a teacher wrote in a plain editor for a colleague: the title, a `课程：…　课时：…` line, parts numbered
# `1.` `2.` `3.` with their paragraphs, then 讨论思考 with `①②③` items and 时间安排 as one line; no objectives.
write("plain-numbered-parts-jiegan", "txt", "\n".join([
    "秸秆不烧了以后：J县秸秆综合利用的转型",
    "",
    "1. 烧秸秆的老习惯",
    "",
    "J县是产粮大县，每年夏秋两季收割后留下大量秸秆。过去，农民图省事，一把火烧掉，田边浓烟滚滚，县城和高速公路常常被烟雾笼罩。",
    "",
    "2013年起，县里实行“全域禁烧”，乡镇干部在收割季节日夜巡查，发现火点就要追责。禁烧的效果很明显，但秸秆堆在田头没有去处，农民怨声载道。",
    "",
    "2. 给秸秆找出路",
    "",
    "县里从三个方向给秸秆找出路：补贴农机把秸秆粉碎还田；扶持企业把秸秆压块做成燃料；引进一家生物质发电厂，按吨收购秸秆。",
    "",
    "发电厂开工后，一批“秸秆经纪人”出现了，他们组织打捆机下田，把秸秆运到电厂，农民每亩还能拿到二三十元。",
    "",
    "3. 新的难题",
    "",
    "几年后，发电厂因为补贴退坡经营困难，收购价一降再降，秸秆经纪人也少了。有的乡镇又出现了偷烧的现象。",
    "",
    "讨论思考",
    "① 为什么单靠“禁烧”解决不了秸秆问题？",
    "② 秸秆综合利用的几条路径各有什么条件？",
    "③ 补贴退坡以后，怎样让秸秆利用持续下去？",
    "",
    "时间安排：阅读15分钟，讨论40分钟，交流25分钟。",
]) + "\n")
expect("plain-numbered-parts-jiegan", "秸秆不烧了以后：J县秸秆综合利用的转型",
       [],
       [("烧秸秆的老习惯", 1, 2), ("给秸秆找出路", 1, 2), ("新的难题", 1, 1)],
       ["为什么单靠“禁烧”解决不了秸秆问题？", "秸秆综合利用的几条路径各有什么条件？", "补贴退坡以后，怎样让秸秆利用持续下去？"],
       ["阅读15分钟，讨论40分钟，交流25分钟。"])


# 9. A Markdown note a teacher keeps for a class: `# ` title, `## ` 案例背景 with a short
# paragraph and `### ` parts under it, `## 讨论` with `- ` bullets, `## 教学目标` after the questions, `## 时间` last.
write("markdown-note-menpiao", "md", "\n".join([
    "# 景区门票免费以后：K市A级景区取消门票的得与失", "",
    "## 案例背景", "",
    "K市有七家国有A级景区，门票收入每年约一亿元，是几家景区管理公司的主要收入来源。", "",
    "### 取消门票", "",
    "2023年初，为了拉动旅游消费，K市宣布七家国有景区全部取消门票。第一个“五一”假期，游客人数比上年增加了两倍，周边的餐饮和住宿生意火爆。", "",
    "### 账怎么算", "",
    "门票收入没了，景区的保洁、安保和维护费用却增加了。市财政每年给景区补贴三千万元，仍不足以弥补缺口。", "",
    "有的景区开始在园内增加收费项目，如观光车和索道，游客抱怨“免费进门、处处收钱”。", "",
    "## 讨论", "",
    "- 取消门票的收益和成本分别落在谁身上？",
    "- 财政补贴国有景区是否合理？",
    "- 园内二次收费应当如何规范？", "",
    "## 教学目标", "",
    "- 理解公共资源定价中的公益性与经营性；",
    "- 学会从多个利益相关者的角度评估政策。", "",
    "## 时间", "",
    "- 分组讨论 40 分钟",
    "- 汇报与点评 30 分钟",
]) + "\n")
expect("markdown-note-menpiao", "景区门票免费以后：K市A级景区取消门票的得与失",
       ["理解公共资源定价中的公益性与经营性；", "学会从多个利益相关者的角度评估政策。"],
       [("案例背景", 1, 1), ("取消门票", 2, 1), ("账怎么算", 2, 2)],
       ["取消门票的收益和成本分别落在谁身上？", "财政补贴国有景区是否合理？", "园内二次收费应当如何规范？"],
       ["分组讨论 40 分钟", "汇报与点评 30 分钟"])


# 10. Less usual: a .docx whose questions and plan were typed with Shift+Enter (manual line breaks, w:br) inside one
# paragraph each, as in a document pasted together in WPS; Heading 1 roles, parts in bold `（一）` lines.
def soft_breaks():
    d = cjk_document(11)
    d.add_paragraph("一块墓地的价格：Y市公益性公墓建设", style="Title")

    def broken(lines):
        p = d.add_paragraph()
        for i, line in enumerate(lines):
            run = p.add_run(line)
            if i < len(lines) - 1:
                run.add_break()

    d.add_paragraph("教学目标", style="Heading 1")
    broken(["1．理解殡葬服务的公共属性；", "2．分析公益性公墓建设中的选址与定价问题。"])
    d.add_paragraph("案例正文", style="Heading 1")
    for head, paras in [
        ("（一）“死不起”的担忧", ["Y市经营性公墓的价格逐年上涨，一块一平方米左右的墓地要六七万元，比市区的房价还高。不少市民感叹“死不起”。"]),
        ("（二）建设公益性公墓", ["2021年，市民政局提出在每个县区至少建设一处公益性公墓，墓位价格只收成本，主要面向本地户籍居民。",
                                "第一处公墓选址在城郊一个村的荒山上，附近村民担心影响风水和地价，多次到镇政府反映。"]),
        ("（三）节地生态安葬", ["为了节约土地，公墓推广树葬、草坪葬和骨灰壁葬，选择生态安葬的家庭可以得到每户两千元的奖励。"])]:
        p = d.add_paragraph()
        p.add_run(head).bold = True
        for t in paras:
            d.add_paragraph(t)
    d.add_paragraph("思考题", style="Heading 1")
    broken(["1．为什么殡葬服务需要政府提供公益性的选择？", "2．公墓选址遇到村民反对时，应当怎样沟通？", "3．生态安葬的奖励办法能否改变人们的观念？"])
    d.add_paragraph("课堂安排", style="Heading 1")
    broken(["1．阅读案例（15分钟）", "2．分组讨论（40分钟）", "3．汇报交流（25分钟）"])
    d.save(path("docx-soft-line-breaks-binzang", "docx"))


soft_breaks()
expect("docx-soft-line-breaks-binzang", "一块墓地的价格：Y市公益性公墓建设",
       ["理解殡葬服务的公共属性；", "分析公益性公墓建设中的选址与定价问题。"],
       [("“死不起”的担忧", 2, 1), ("建设公益性公墓", 2, 2), ("节地生态安葬", 2, 1)],
       ["为什么殡葬服务需要政府提供公益性的选择？", "公墓选址遇到村民反对时，应当怎样沟通？", "生态安葬的奖励办法能否改变人们的观念？"],
       ["阅读案例（15分钟）", "分组讨论（40分钟）", "汇报交流（25分钟）"])

finish()
