#!/usr/bin/env python3
"""Writes the fourteenth round's held-out hand-outs (issue 25): ten hand-outs written blind by an engineer who
does not read the importer's rules, scored once on the rules of main bdf4bff, with no rule tuned on them. This
round samples what teachers mostly have — a case typed in Word or WPS with its usual headings, numbering and
roles, the PDF printed from it, a copy pasted from a PDF or a course platform, a Markdown note — by teachers of
fields other than public administration (law, education, social work, business, medical ethics, journalism,
engineering management), with their own words for the parts (案例导读, 背景资料, 决策点, 分组任务, 课堂组织,
延伸阅读…).

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-14.py

Each expected outline is the hand-out as a teacher reads it, with the conventions of rounds 7 to 12 (their
generators' docstrings) and these: a field's own names for the roles are those roles — 学习目标/教学目的/教学目标 the
objectives; 思考题, 讨论与反思, 思考与讨论 and 分组任务 (tasks for the groups, each a question to answer) the
questions; 课堂组织, 课堂时间安排 and 教学安排 the plan; 案例导读 (the case's lead-in), 背景资料, 争议焦点,
决策点 (the decision the protagonist faces), 分析要点 and 相关伦理原则 are content sections; a reading list
(延伸阅读) after the body is back matter at level 1, as 参考文献 is; a case's options written as `1. 方案一：…`
lines under 决策点 are paragraphs of that section, not items; the teaching note's own headings under
`案例使用说明` are at level 2, as round 7 reads them, and 案例正文 holding the short case's paragraphs directly is a
level-1 section; Word's automatic list numbers (List Number) are not part of an item; a PDF copy's running head
and `- N -` page lines and an LMS page's chrome (breadcrumbs, who posted it, views, task-point marks, 上一节/下一节,
comments) are page furniture; a WeChat message's greeting (`各位同学好，…`) before the case and the sender's
closing line after it are not part of the outline, and its `【案例】` before the title is a label, not part of the
title; run-in labels that start a paragraph (`案情：…`, `争议：…`) name the sections of the case, the paragraphs
after such a line, up to the next label, being that section's.
"""
from handoutgen import (FODT_TAIL, NO_OUTLINE, PAGE_FOOTER, cjk_document, expect, field, finish, fodt,
                        fodt_converted, lines, pandoc, path, save_converted, soffice, write)


# 1. Law (民法): a Word .docx typed by the teacher with Word's Heading 1 holding typed `一、` numbers, the course in
# the page header and the page number in the footer, 教学目的 one paragraph, 争议焦点 a part, 思考题 as `（1）`
# lines, 课堂组织 as `1.` lines; made with python-docx.
def law_lease():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = cjk_document(11)
    s = d.sections[0]
    s.header.paragraphs[0].text = "《合同法原理与实务》案例教学材料"
    s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")
    d.add_paragraph("群租房里的违约金：一起房屋租赁合同纠纷", style="Title")
    b = [
        ("Heading 1", "教学目的"),
        ("Normal", "通过一起真实改编的房屋租赁纠纷，帮助学生掌握违约金调整规则，理解合同解除与损失赔偿之间的关系。"),
        ("Heading 1", "一、案情简介"),
        ("Normal", "2022年3月，甲公司将其名下一套一百二十平方米的住房出租给乙，租期三年，月租金六千元，合同约定乙不得转租，"
                   "如有违反，甲有权解除合同，乙应支付相当于六个月租金的违约金。"),
        ("Normal", "同年九月，邻居投诉该房屋住了十几个人，楼道里堆满行李。甲公司上门查看，发现乙已把房屋隔成八个小间，分别转租给他人，"
                   "每月收取租金共计一万二千元。甲公司随即发出解除合同的通知，并起诉要求乙支付违约金三万六千元。"),
        ("Heading 1", "二、争议焦点"),
        ("Normal", "乙承认转租，但认为违约金过高：甲公司在两周内就把房屋重新出租，实际损失不过一个月的租金。"
                   "甲公司则主张，群租给小区带来了安全隐患，公司的声誉也受到了影响，违约金不应调低。"),
        ("Heading 1", "三、法院的判决"),
        ("Normal", "一审法院认为，约定的违约金超过实际损失的百分之三十，属于“过分高于造成的损失”，依乙的请求酌情调整为一万八千元。"
                   "甲公司不服，提起上诉。二审法院维持原判。"),
        ("Heading 1", "思考题"),
        ("Normal", "（1）乙的转租行为违反了合同的哪些约定？"),
        ("Normal", "（2）法院调整违约金时应当考虑哪些因素？"),
        ("Normal", "（3）群租带来的安全隐患能否计入甲公司的损失？"),
        ("Heading 1", "课堂组织"),
        ("Normal", "1. 课前：学生阅读案例和《民法典》第五百八十五条；"),
        ("Normal", "2. 课上：分原告、被告两组辩论（40分钟）；"),
        ("Normal", "3. 教师点评并归纳违约金调整的裁判规则（20分钟）。"),
    ]
    for style, text in b:
        d.add_paragraph(text, style=style)
    d.save(path("docx-word-headings-header-law-qunzu", "docx"))


law_lease()
expect("docx-word-headings-header-law-qunzu", "群租房里的违约金：一起房屋租赁合同纠纷",
       ["通过一起真实改编的房屋租赁纠纷，帮助学生掌握违约金调整规则，理解合同解除与损失赔偿之间的关系。"],
       [("案情简介", 1, 2), ("争议焦点", 1, 1), ("法院的判决", 1, 1)],
       ["乙的转租行为违反了合同的哪些约定？", "法院调整违约金时应当考虑哪些因素？", "群租带来的安全隐患能否计入甲公司的损失？"],
       ["课前：学生阅读案例和《民法典》第五百八十五条；", "课上：分原告、被告两组辩论（40分钟）；",
        "教师点评并归纳违约金调整的裁判规则（20分钟）。"])


# 2. Education (教师教育): a .docx typed in Word with bold Normal lines as headings (no heading styles), a 案例导读
# paragraph under the title, `一、二、三、` parts, and Word's automatic numbering (List Number) for 学习目标 and
# 分组任务 and bullets (List Bullet) for 课堂时间安排 — the numbers are in numbering.xml, not in the text.
def education_open_class():
    d = cjk_document(10.5)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run("第一次公开课：新教师林老师的“翻车”与成长")
    r.bold = True
    from docx.shared import Pt
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def bold(text):
        d.add_paragraph().add_run(text).bold = True

    bold("学习目标")
    d.add_paragraph("理解新教师专业成长中“课堂应变”能力的重要性；", style="List Number")
    d.add_paragraph("分析教研组和师徒结对在新教师培养中的作用。", style="List Number")
    bold("案例导读")
    d.add_paragraph("公开课是每一位新教师都要过的一道关。本案例记录了一位入职第一年的初中语文教师准备和上公开课的经过，"
                    "以及课堂上出现意外以后，她和她的指导教师所做的事情。")
    bold("一、一节准备了三周的课")
    d.add_paragraph("林老师是师范大学的应届毕业生，入职S市第二中学后担任初一两个班的语文教师。学校规定，新教师第一学期要上一节校级公开课。"
                    "林老师选了朱自清的《春》，反复修改教案，还在另一个班试讲了两次。")
    d.add_paragraph("她的指导教师、教研组长陈老师建议她少用课件、多让学生朗读，但林老师担心冷场，仍然准备了三十多页幻灯片和一段配乐朗诵视频。")
    bold("二、课堂上的意外")
    d.add_paragraph("公开课那天，教室里坐了二十多位听课教师。上课十分钟后，投影仪突然黑屏，怎么也打不开。林老师愣在讲台上，学生开始小声说话。"
                    "沉默了将近一分钟，她才想起让学生打开课本，一段一段地朗读。")
    d.add_paragraph("没有了幻灯片，林老师临时请学生说说自己家乡的春天是什么样子。一个平时不爱说话的男生讲起了外婆家门前的油菜花，全班安静地听完，还鼓了掌。")
    bold("三、评课会上")
    d.add_paragraph("评课时，有的老师认为这节课“环节不完整，教学目标没有完成”；也有老师认为，后半节课学生真正开口了，是这节课最好的部分。"
                    "陈老师没有直接评价，而是请林老师自己说说，如果重新上这节课，她会怎样设计。")
    bold("分组任务")
    d.add_paragraph("投影仪黑屏以后，林老师的处理有哪些可取之处和不足？", style="List Number")
    d.add_paragraph("评课会上两种意见分别依据了怎样的课堂评价标准？", style="List Number")
    d.add_paragraph("如果你是陈老师，你会怎样帮助林老师反思这节课？", style="List Number")
    bold("课堂时间安排")
    d.add_paragraph("个人阅读案例：10分钟", style="List Bullet")
    d.add_paragraph("分组完成任务：35分钟", style="List Bullet")
    d.add_paragraph("各组交流与教师小结：25分钟", style="List Bullet")
    d.save(path("docx-bold-lines-list-numbering-education-gongkaike", "docx"))


education_open_class()
expect("docx-bold-lines-list-numbering-education-gongkaike", "第一次公开课：新教师林老师的“翻车”与成长",
       ["理解新教师专业成长中“课堂应变”能力的重要性；", "分析教研组和师徒结对在新教师培养中的作用。"],
       [("案例导读", 1, 1), ("一节准备了三周的课", 1, 2), ("课堂上的意外", 1, 2), ("评课会上", 1, 1)],
       ["投影仪黑屏以后，林老师的处理有哪些可取之处和不足？", "评课会上两种意见分别依据了怎样的课堂评价标准？",
        "如果你是陈老师，你会怎样帮助林老师反思这节课？"],
       ["个人阅读案例：10分钟", "分组完成任务：35分钟", "各组交流与教师小结：25分钟"])


# 3. Social work (社会工作实务): a teacher's Markdown made into .docx by pandoc, as a teacher who writes in Markdown
# hands it out: `# 一、…` parts with `## （一）…` sub-parts under 介入过程, 背景资料 first, 讨论与反思 as a `1.`
# list, 课堂组织 as `-` bullets; 学习目标 comes last, after the plan (the teacher's order).
pandoc(lines(
    "---", "title: 奶奶的“小尾巴”：一名留守儿童的个案工作", "---", "",
    "# 一、背景资料", "",
    "小宇今年九岁，父母在外省打工，他和奶奶住在H县的一个村子里。班主任发现，小宇上课常常走神，作业经常不交，和同学发生过几次冲突。"
    "奶奶说他在家很乖，只是整天跟在她身后，晚上不肯一个人睡。", "",
    "村里的儿童之家由县民政局购买服务，社工小周每周在这里工作三天。班主任把小宇的情况转介给了她。", "",
    "# 二、介入过程", "",
    "## （一）预估", "",
    "小周通过家访、和班主任及奶奶的访谈，发现小宇的父母已经两年没有回家，每周只和他视频一次，每次不到五分钟。"
    "小宇说：“爸爸妈妈不要我了。”", "",
    "## （二）服务计划", "",
    "小周和小宇约定每周见面一次，共八次，目标是帮助小宇表达情绪、改善与同学的关系，并增加与父母的联系。", "",
    "## （三）服务实施", "",
    "在前几次见面中，小宇几乎不说话。小周用绘画和沙盘游戏让他表达自己，小宇画了一座房子，里面只有他和奶奶。", "",
    "小周还联系上小宇的父母，建议他们固定每周三晚上视频，让小宇讲讲学校里的事。第六次见面时，小宇主动说起自己当上了小组长。", "",
    "# 三、结案与评估", "",
    "八次服务结束后，班主任反映小宇的作业能按时交了，和同学的冲突也少了。但奶奶担心，社工走了以后，小宇又会回到原来的样子。", "",
    "# 讨论与反思", "",
    "1. 小周在预估阶段收集了哪些资料？还可以补充什么？",
    "2. 绘画和沙盘游戏在这一个案中起了什么作用？",
    "3. 结案时应当怎样回应奶奶的担心？", "",
    "# 课堂组织", "",
    "- 课前：阅读案例，复习个案工作的基本流程；",
    "- 课上：分组讨论（40分钟），角色扮演结案面谈（30分钟）；",
    "- 课后：每人写一份结案报告。", "",
    "# 学习目标", "",
    "1. 熟悉个案工作从接案到结案的基本过程；",
    "2. 理解儿童社会工作中与家庭和学校合作的方法。"), path("pandoc-docx-objectives-last-socialwork-liushou", "docx"))
expect("pandoc-docx-objectives-last-socialwork-liushou", "奶奶的“小尾巴”：一名留守儿童的个案工作",
       ["熟悉个案工作从接案到结案的基本过程；", "理解儿童社会工作中与家庭和学校合作的方法。"],
       [("背景资料", 1, 2), ("预估", 2, 1), ("服务计划", 2, 1), ("服务实施", 2, 2), ("结案与评估", 1, 1)],
       ["小周在预估阶段收集了哪些资料？还可以补充什么？", "绘画和沙盘游戏在这一个案中起了什么作用？", "结案时应当怎样回应奶奶的担心？"],
       ["课前：阅读案例，复习个案工作的基本流程；", "课上：分组讨论（40分钟），角色扮演结案面谈（30分钟）；", "课后：每人写一份结案报告。"])


# 4. Business (市场营销): a Word hand-out printed to PDF by LibreOffice, two pages: the school and course in the
# page header, `第 N 页` in the footer, Heading 1 with typed `一、`, Heading 2 with typed `（一）`, a price table in
# the body with its caption `表1 …` above it, 决策点 as the last part with the options as `1. 方案一：…` lines,
# 思考与讨论 `1．` lines, 教学安排 `1．` lines.
def business_pricing():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = cjk_document(11)
    s = d.sections[0]
    s.header.paragraphs[0].text = "××财经大学工商管理学院　　《市场营销学》教学案例"
    s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    field(fp, "PAGE")
    fp.add_run(" 页")
    d.add_paragraph("社区生鲜店的定价难题：鲜丰超市要不要跟进“天天低价”", style="Title")
    b = [
        ("Heading 1", "学习目标"),
        ("Normal", "1．掌握成本导向、需求导向和竞争导向三种定价方法；"),
        ("Normal", "2．学会在竞争对手降价时分析企业的定价选择。"),
        ("Heading 1", "一、企业概况"),
        ("Normal", "鲜丰超市是T市一家区域连锁生鲜超市，创办于2012年，共有十八家门店，大多开在老小区附近，面积在三百到五百平方米之间。"
                   "蔬菜、水果和肉类占销售额的六成以上，顾客以五十岁以上的居民为主。"),
        ("Normal", "创始人郑总一直坚持“平价不低价”：生鲜商品的毛利率控制在百分之十八左右，比大型超市低，但比菜市场高。"
                   "门店的损耗率常年在百分之五上下，是经营中最让人头疼的问题。"),
        ("Heading 1", "二、竞争者来了"),
        ("Heading 2", "（一）社区团购的冲击"),
        ("Normal", "2020年以后，几家社区团购平台在T市大量补贴，鸡蛋、大米和时令蔬菜的价格经常比鲜丰低三成。"
                   "鲜丰靠近新小区的几家门店，客流一年之内下降了百分之二十。"),
        ("Heading 2", "（二）“天天低价”的折扣店"),
        ("Normal", "2023年春天，一家全国连锁的折扣超市在鲜丰两家门店的对面开业，打出“天天低价”的口号，"
                   "自有品牌的商品比同类商品便宜两到四成。开业第一个月，鲜丰这两家门店的销售额下降了百分之十五。"),
        ("Normal", "表1　鲜丰与折扣店部分商品价格比较（元）"),
        ("table", [("商品", "鲜丰", "折扣店"), ("鸡蛋（500克）", "6.8", "5.5"), ("大米（5千克）", "32.9", "24.9"),
                   ("西红柿（500克）", "4.5", "3.9")]),
        ("Heading 1", "三、决策点"),
        ("Normal", "2023年5月的经营会上，郑总请几位区域经理拿出应对办法。大家提出了三个方案："),
        ("Normal", "1. 方案一：全线跟进降价，把毛利率降到百分之十二，用半年时间把顾客拉回来；"),
        ("Normal", "2. 方案二：只对鸡蛋、大米等顾客最敏感的二十种商品降价，其他商品价格不变；"),
        ("Normal", "3. 方案三：不降价，改为每天晚上七点以后蔬菜打折，同时推出送货上门服务。"),
        ("Normal", "财务经理提醒，如果全线降价而客流没有回升，公司全年将亏损八百万元左右。郑总需要在月底前作出决定。"),
        ("Heading 1", "思考与讨论"),
        ("Normal", "1．鲜丰超市原来的定价属于哪一种定价方法？"),
        ("Normal", "2．三个方案各有哪些风险？"),
        ("Normal", "3．如果你是郑总，你会选择哪个方案？为什么？"),
        ("Heading 1", "教学安排"),
        ("Normal", "1．课前阅读案例，每组调查一家社区超市的价格（课前完成）；"),
        ("Normal", "2．分组讨论三个方案（40分钟）；"),
        ("Normal", "3．各组汇报与教师总结（40分钟）。"),
    ]
    for style, text in b:
        if style == "table":
            t = d.add_table(rows=len(text), cols=len(text[0]))
            t.style = "Table Grid"
            for r, row in enumerate(text):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        else:
            d.add_paragraph(text, style=style)
    save_converted(d, "xianfeng", "pdf", path("pdf-word-header-table-decision-business-shengxian", "pdf"))


business_pricing()
expect("pdf-word-header-table-decision-business-shengxian", "社区生鲜店的定价难题：鲜丰超市要不要跟进“天天低价”",
       ["掌握成本导向、需求导向和竞争导向三种定价方法；", "学会在竞争对手降价时分析企业的定价选择。"],
       [("企业概况", 1, 2), ("社区团购的冲击", 2, 1), ("“天天低价”的折扣店", 2, 6), ("决策点", 1, 5)],
       ["鲜丰超市原来的定价属于哪一种定价方法？", "三个方案各有哪些风险？", "如果你是郑总，你会选择哪个方案？为什么？"],
       ["课前阅读案例，每组调查一家社区超市的价格（课前完成）；", "分组讨论三个方案（40分钟）；", "各组汇报与教师总结（40分钟）。"])


# 5. Medical ethics (医学伦理学): a short case with a long teaching note, written in LibreOffice and printed to PDF
# with the page number in the footer: Heading 1 案例正文 holding three paragraphs directly (no parts), Heading 1
# 案例使用说明 with Heading 2 `一、教学目标` … `五、课堂组织` (a 分析要点 and a 相关伦理原则 part as content, the plan as
# 第一阶段（…分钟）lines), then Heading 1 延伸阅读 with two references.
fodt_converted(fodt([
    ("title", "该不该告诉她：一位晚期肿瘤患者的知情权"),
    ("h1", "案例正文"),
    ("p", "六十八岁的王阿姨因腹痛入院，检查发现是胰腺癌晚期，已经发生肝转移。她的儿子得知结果后，恳求主治医生李医生不要告诉母亲："
          "“我妈胆子小，知道了肯定撑不住。”"),
    ("p", "住院一周后，王阿姨几次问李医生自己得的是什么病，为什么要做那么多检查。李医生按照家属的要求，说是“慢性胰腺炎，需要调养”。"
          "可王阿姨看到病房里其他病人的情况，越来越怀疑，开始拒绝吃药。"),
    ("p", "一天查房时，王阿姨拉住李医生的手说：“李医生，你跟我说实话，我还有很多事情要安排。”李医生站在床边，不知道该怎么回答。"),
    ("h1", "案例使用说明"),
    ("h2", "一、教学目标"),
    ("plain", "1．理解患者知情同意权的伦理基础和法律规定；"),
    ("plain", "2．学会在患者、家属和医生之间权衡“说真话”的方式和时机。"),
    ("h2", "二、讨论问题"),
    ("plain", "1．李医生按照家属的要求隐瞒病情，是否违反了医学伦理？"),
    ("plain", "2．家属的意愿和患者的知情权发生冲突时，医生应当怎样做？"),
    ("plain", "3．如果决定告诉王阿姨，应当怎样告诉她？"),
    ("h2", "三、分析要点"),
    ("p", "本案的核心冲突在于尊重自主原则与不伤害原则之间的张力。家属担心坏消息会伤害患者，但长期隐瞒同样可能伤害患者：她无法安排自己的事情，"
          "也失去了参与治疗决定的机会。"),
    ("p", "教师可以引导学生注意，王阿姨已经主动询问病情，这是判断她是否愿意知道真相的重要信号。告知不是“告诉或不告诉”的二选一，"
          "而是一个分步骤、有准备的沟通过程。"),
    ("h2", "四、相关伦理原则"),
    ("p", "尊重自主原则要求医生尊重有决定能力的患者对自身医疗事务的选择，如实告知是患者作出选择的前提。"),
    ("p", "《医师法》规定，医师应当向患者说明病情和医疗措施；不能或者不宜向患者说明的，应当向患者的近亲属说明。"
          "如何理解“不宜”，正是本案讨论的重点之一。"),
    ("h2", "五、课堂组织"),
    ("plain", "第一阶段（10分钟）：教师朗读案例最后一段，请学生写下自己的第一反应；"),
    ("plain", "第二阶段（40分钟）：分组讨论，并由两名学生分别扮演李医生和王阿姨，演示一次告知谈话；"),
    ("plain", "第三阶段（20分钟）：全班讨论与教师总结。"),
    ("h1", "延伸阅读"),
    ("plain", "1．翟晓梅、邱仁宗主编：《生命伦理学导论》，清华大学出版社。"),
    ("plain", "2．Buckman R. How to Break Bad News: A Guide for Health Care Professionals. Johns Hopkins University Press."),
], NO_OUTLINE, PAGE_FOOTER), "zhiqing", "pdf", path("pdf-short-case-long-note-medethics-zhiqing", "pdf"))
expect("pdf-short-case-long-note-medethics-zhiqing", "该不该告诉她：一位晚期肿瘤患者的知情权",
       ["理解患者知情同意权的伦理基础和法律规定；", "学会在患者、家属和医生之间权衡“说真话”的方式和时机。"],
       [("案例正文", 1, 3), ("分析要点", 2, 2), ("相关伦理原则", 2, 2), ("延伸阅读", 1, 2)],
       ["李医生按照家属的要求隐瞒病情，是否违反了医学伦理？", "家属的意愿和患者的知情权发生冲突时，医生应当怎样做？", "如果决定告诉王阿姨，应当怎样告诉她？"],
       ["第一阶段（10分钟）：教师朗读案例最后一段，请学生写下自己的第一反应；",
        "第二阶段（40分钟）：分组讨论，并由两名学生分别扮演李医生和王阿姨，演示一次告知谈话；", "第三阶段（20分钟）：全班讨论与教师总结。"])


# 6. Journalism (新闻伦理): a hand-out written in LibreOffice (as in WPS) and printed to PDF with the page number in
# the footer: Heading 1 parts numbered by hand `1．` `2．` `3．` (full-width point), a 背景资料 part first, 讨论题 and
# 课堂安排 as Heading 1 over `（1）` lines, 教学目标 as one paragraph.
fodt_converted(fodt([
    ("title", "一张照片发不发：突发事件报道中的编辑抉择"),
    ("h1", "教学目标"),
    ("plain", "引导学生理解突发事件报道中公众知情与尊重逝者、保护当事人之间的冲突，掌握新闻伦理决策的基本方法。"),
    ("h1", "1．背景资料"),
    ("p", "2023年7月，J市遭遇特大暴雨，一处地下通道被淹，数辆汽车被困。J市晨报的摄影记者赵明在现场拍到一张照片："
          "一位父亲站在齐腰深的水里，把孩子举过头顶，身后是正在下沉的汽车。"),
    ("h1", "2．编辑部的争论"),
    ("p", "照片传回编辑部时，已经确认那位父亲在把孩子交给救援人员后被水冲走，不幸遇难。当晚的编前会上，编辑们争论得很激烈。"),
    ("p", "摄影部主任认为，这张照片记录了灾难中最真实的瞬间，发出去能让更多人关注城市排水的问题；"
          "夜班编辑则担心，家属还没有接到正式通知，报纸先发出照片，对家属是二次伤害。"),
    ("h1", "3．最后的决定"),
    ("p", "总编辑最终决定：照片当天只在内部存档，由记者先联系家属；征得家属同意后，第三天在头版刊发，并配发了关于城市地下通道排水隐患的调查报道。"
          "有读者来信批评报纸“慢了两天”，也有读者说这是他们见过的最有温度的一张新闻照片。"),
    ("h1", "讨论题"),
    ("plain", "（1）这张照片的新闻价值体现在哪里？"),
    ("plain", "（2）推迟两天刊发，是对新闻时效的放弃还是对伦理的坚守？"),
    ("plain", "（3）在社交媒体时代，报纸不发，照片是否也会被别人发出去？编辑应当怎样考虑这一点？"),
    ("h1", "课堂安排"),
    ("plain", "（1）播放当年的现场报道片段（5分钟）；"),
    ("plain", "（2）模拟编前会：学生分别担任摄影部主任、夜班编辑和总编辑（40分钟）；"),
    ("plain", "（3）教师总结新闻伦理决策的步骤（15分钟）。"),
], NO_OUTLINE, PAGE_FOOTER), "zhaopian", "pdf", path("pdf-libreoffice-hand-numbered-journalism-zhaopian", "pdf"))
expect("pdf-libreoffice-hand-numbered-journalism-zhaopian", "一张照片发不发：突发事件报道中的编辑抉择",
       ["引导学生理解突发事件报道中公众知情与尊重逝者、保护当事人之间的冲突，掌握新闻伦理决策的基本方法。"],
       [("背景资料", 1, 1), ("编辑部的争论", 1, 2), ("最后的决定", 1, 1)],
       ["这张照片的新闻价值体现在哪里？", "推迟两天刊发，是对新闻时效的放弃还是对伦理的坚守？",
        "在社交媒体时代，报纸不发，照片是否也会被别人发出去？编辑应当怎样考虑这一点？"],
       ["播放当年的现场报道片段（5分钟）；", "模拟编前会：学生分别担任摄影部主任、夜班编辑和总编辑（40分钟）；", "教师总结新闻伦理决策的步骤（15分钟）。"])


# 7. Engineering management (工程项目管理): a .txt copied out of a PDF (Ctrl-A, Ctrl-C in a PDF viewer): no blank
# lines, every line cut at 38 CJK characters' width (a paragraph ends with a shorter line), the running head
# `工程项目管理案例集 · 第三章` on top of each page and `- N -` at its foot, `一、` parts, `（一）（二）` sub-parts, a
# 决策点 part, 思考题 `1.` items of which one runs over two lines.
def cut(text, width=76):
    """The text in lines at most `width` columns wide (a CJK character two, a digit or a Latin letter one), as the
    PDF set it: a line does not start with a closing mark (。，；：？！”）、), which stays on the line before."""
    out, line, w = [], "", 0
    for ch in text:
        cw = 1 if ord(ch) < 0x2000 else 2
        if w + cw > width and ch not in "。，；：？！”）、":
            out.append(line)
            line, w = "", 0
        line += ch
        w += cw
    return out + [line]


E = [
    "C市跨江大桥是市里的重点工程，总投资十二亿元，由市交通投资集团作为建设单位，某路桥公司总承包，合同工期三十个月，"
    "要求在2024年国庆节前通车。",
    "项目经理孙工有二十年的桥梁施工经验。开工后，由于征地拆迁拖延了四个月，主桥的施工一直落后于计划。",
    "2023年底，市里提出把通车时间提前到当年“五一”，作为城市建设的重大成果。建设单位要求总承包单位增加设备和人员，"
    "实行三班倒连续施工，并承诺给予一定的提前完工奖励。",
    "进入冬季以后，混凝土养护的时间明显不够。质检工程师在一次检测中发现，三号墩的一段混凝土强度只达到设计值的百分之八十五。",
    "按照规范，这段混凝土应当凿除重做，至少耽误二十天；施工队长则认为可以采用加固处理，不影响工期。",
    "孙工必须在三天内向建设单位提交处理意见。凿除重做意味着“五一”通车几乎不可能；加固处理虽然技术上可行，但要承担今后出现质量问题的责任。",
]
for e in E:  # each paragraph's last line is shorter than a full one, as in the PDF
    assert len(cut(e)[-1]) < 34, e
HEAD = "工程项目管理案例集 · 第三章"
txt = [HEAD, "大桥能不能提前通车：C市跨江大桥的工期与质量之争", "教学目的"]
txt += cut("通过一座大桥的工期压缩与质量隐患，理解工程项目中进度、质量和安全的权衡，以及项目经理的职业责任。")
txt += ["一、项目概况"] + cut(E[0]) + cut(E[1])
txt += ["二、工期压力"] + cut(E[2])
txt += ["- 1 -", HEAD]
txt += ["三、质量隐患", "（一）检测结果"] + cut(E[3])
txt += ["（二）两种意见"] + cut(E[4])
txt += ["四、决策点"] + cut(E[5])
txt += ["思考题",
        "1. 建设单位提前工期的要求是否合理？总承包单位能否拒绝？",
        "2. 孙工在提交处理意见时应当考虑哪些利益相关者的诉求，又应当承担",
        "怎样的职业责任？",
        "3. 如何在工程合同中防止“抢工期”带来的质量风险？",
        "教学安排",
        "1. 课前阅读案例及《建设工程质量管理条例》相关条款；",
        "2. 课上分组讨论（45分钟），各组汇报（30分钟）；",
        "3. 教师总结（15分钟）。",
        "- 2 -"]
write("pdf-copy-hard-wrapped-engmgmt-daqiao", "txt", lines(*txt))
expect("pdf-copy-hard-wrapped-engmgmt-daqiao", "大桥能不能提前通车：C市跨江大桥的工期与质量之争",
       ["通过一座大桥的工期压缩与质量隐患，理解工程项目中进度、质量和安全的权衡，以及项目经理的职业责任。"],
       [("项目概况", 1, 2), ("工期压力", 1, 1), ("检测结果", 2, 1), ("两种意见", 2, 1), ("决策点", 1, 1)],
       ["建设单位提前工期的要求是否合理？总承包单位能否拒绝？", "孙工在提交处理意见时应当考虑哪些利益相关者的诉求，又应当承担怎样的职业责任？",
        "如何在工程合同中防止“抢工期”带来的质量风险？"],
       ["课前阅读案例及《建设工程质量管理条例》相关条款；", "课上分组讨论（45分钟），各组汇报（30分钟）；", "教师总结（15分钟）。"])


# 8. Business (电子商务): a .txt pasted from a course platform's chapter page (学习通-like): breadcrumbs, the page's
# 任务点 mark, who posted it and when, views; then the hand-out — 【】 labels for the roles, `1.` numbered parts,
# 背景资料 and 决策点 among them — and after it 上一节/下一节 and the comments.
write("lms-chapter-page-paste-business-zhibodaihuo", "txt", lines(
    "首页 > 我的课程 > 电子商务概论 > 第六章 直播电商 > 6.3 案例研讨",
    "任务点 ● 已完成",
    "发布人：周老师　　发布时间：2024-10-15 08:30　　浏览 312",
    "",
    "助农直播间的退货风波",
    "",
    "【学习目标】",
    "1. 理解直播电商中主播、平台、商家和消费者的责任划分；",
    "2. 学会分析农产品电商的售后问题。",
    "",
    "1. 背景资料",
    "G县盛产猕猴桃，过去主要靠收购商上门收购，价格压得很低。2022年，县里请来一位拥有两百万粉丝的主播做助农直播，"
    "一场直播卖出了三十万单，每单五斤，销售额超过一千万元。",
    "",
    "2. 退货潮",
    "半个月后，网上出现大量差评：有的猕猴桃还没熟就坏了，有的个头比直播间展示的小得多。退款申请超过四万单，平台要求商家全额退款。",
    "县里的合作社负责人说，三十万单远远超过了合作社的供货能力，一部分货是从邻县临时收来的，来不及分拣。",
    "",
    "3. 决策点",
    "主播团队提出，由主播、合作社和县里各承担三分之一的退款损失；合作社则认为，主播团队收取了百分之二十的佣金，应当承担更多责任。"
    "县商务局局长需要在一周内拿出解决方案，并决定明年还要不要继续做助农直播。",
    "",
    "【思考与讨论】",
    "1. 退货损失应当由谁承担？依据是什么？",
    "2. 助农直播的销量为什么会超过合作社的供货能力？",
    "3. 如果明年继续做助农直播，县里应当做好哪些准备？",
    "",
    "【课堂组织】",
    "1. 课前观看一段助农直播的回放；",
    "2. 课上分组扮演主播团队、合作社和商务局进行协商（40分钟）；",
    "3. 教师总结（20分钟）。",
    "",
    "上一节：6.2 直播电商的商业模式　　下一节：6.4 章节测验",
    "评论（2）",
    "李同学：老师，讨论题需要写成书面作业吗？",
    "周老师 回复 李同学：课上讨论即可，不用交。"))
expect("lms-chapter-page-paste-business-zhibodaihuo", "助农直播间的退货风波",
       ["理解直播电商中主播、平台、商家和消费者的责任划分；", "学会分析农产品电商的售后问题。"],
       [("背景资料", 1, 1), ("退货潮", 1, 2), ("决策点", 1, 1)],
       ["退货损失应当由谁承担？依据是什么？", "助农直播的销量为什么会超过合作社的供货能力？", "如果明年继续做助农直播，县里应当做好哪些准备？"],
       ["课前观看一段助农直播的回放；", "课上分组扮演主播团队、合作社和商务局进行协商（40分钟）；", "教师总结（20分钟）。"])


# 9. Education (教育管理): a teacher's own Markdown note: `# ` title, `**教学目标**` as a bold line over `- ` items,
# `## ` parts with `### 1. …` sub-parts, a quoted parent's message as `> ` lines (a paragraph of its part), 讨论题 as
# `## ` over `1. ` items, the plan a pipe table 环节 | 时间 | 内容.
write("markdown-note-bold-roles-table-education-zuoye", "md", lines(
    "# 作业减下来以后：一所小学的“双减”作业改革", "",
    "**教学目标**", "",
    "- 理解作业设计在减轻学生负担中的作用；",
    "- 分析学校管理者推进课程改革时如何回应家长和教师的顾虑。", "",
    "## 一、改革的起因", "",
    "W市实验小学是一所有两千多名学生的老牌学校。2021年的一次问卷调查显示，四年级学生平均每天写作业一小时四十分钟，超过国家规定的一小时上限。", "",
    "## 二、学校的做法", "",
    "### 1. 作业公示", "",
    "学校要求每个班每天在班级群里公示各科作业和预计用时，由年级组长统一把关，总时长不得超过一小时。", "",
    "### 2. 分层作业", "",
    "各科教师把作业分为基础、提高和拓展三层，学生可以自己选择。数学组还设计了“一周一次实践作业”，比如测量自家的房间面积。", "",
    "## 三、不同的声音", "",
    "实施一个学期后，学生的作业时间降到了平均五十分钟。但也有家长在群里留言：", "",
    "> 作业少了，孩子回家就玩手机。别的学校都在补课，我们家孩子会不会落下？", "",
    "一些老教师也担心，作业少了，考试成绩会下降，年终考核吃亏的是自己。", "",
    "## 讨论题", "",
    "1. 学校的两项做法分别回应了什么问题？",
    "2. 怎样看待家长“作业少了就落下”的担心？",
    "3. 校长应当怎样调整教师的考核办法，让改革持续下去？", "",
    "## 课堂安排", "",
    "| 环节 | 时间 | 内容 |",
    "| --- | --- | --- |",
    "| 导入 | 10分钟 | 学生回忆自己小学时的作业 |",
    "| 讨论 | 40分钟 | 分组讨论三个问题 |",
    "| 总结 | 20分钟 | 各组汇报，教师点评 |"))
expect("markdown-note-bold-roles-table-education-zuoye", "作业减下来以后：一所小学的“双减”作业改革",
       ["理解作业设计在减轻学生负担中的作用；", "分析学校管理者推进课程改革时如何回应家长和教师的顾虑。"],
       [("改革的起因", 1, 1), ("作业公示", 2, 1), ("分层作业", 2, 1), ("不同的声音", 1, 3)],
       ["学校的两项做法分别回应了什么问题？", "怎样看待家长“作业少了就落下”的担心？", "校长应当怎样调整教师的考核办法，让改革持续下去？"],
       ["导入 | 10分钟 | 学生回忆自己小学时的作业", "讨论 | 40分钟 | 分组讨论三个问题", "总结 | 20分钟 | 各组汇报，教师点评"])


# 10. Law (劳动法), unusual: a .txt the class representative saved from the teacher's WeChat message — a greeting
# line, the case with its title in 【】, its parts as `案情：` `争议：` run-in labels (the label starts the paragraph),
# the questions as `①②③`, no plan, and the teacher's closing line.
write("wechat-message-runin-labels-law-jingye", "txt", lines(
    "各位同学好，下周三劳动法课讨论下面这个案例，请提前阅读并思考问题，课上分组发言。",
    "",
    "【案例】跳槽以后的竞业限制",
    "",
    "案情：张某2019年入职某科技公司，担任算法工程师，月薪三万元。劳动合同约定，张某离职后两年内不得到与公司有竞争关系的单位工作，"
    "公司在此期间每月向其支付竞业限制补偿金六千元；张某违反约定的，应支付违约金五十万元。",
    "2022年6月，张某辞职，一个月后入职另一家做相同业务的公司。原公司在离职后的三个月里一直没有支付补偿金，随后申请劳动仲裁，要求张某支付违约金。",
    "争议：张某认为，公司连续三个月未支付补偿金，竞业限制约定已经对他失去约束力；公司则认为，张某入职竞争对手在先，补偿金可以事后补发。",
    "",
    "思考题：",
    "①公司未支付补偿金，张某能否主张解除竞业限制约定？",
    "②五十万元的违约金是否过高？仲裁机构能否调整？",
    "③普通的算法工程师是否属于应当负有竞业限制义务的人员？",
    "",
    "有问题随时在群里问我。——刘老师"))
expect("wechat-message-runin-labels-law-jingye", "跳槽以后的竞业限制",
       [],
       [("案情", 1, 2), ("争议", 1, 1)],
       ["公司未支付补偿金，张某能否主张解除竞业限制约定？", "五十万元的违约金是否过高？仲裁机构能否调整？",
        "普通的算法工程师是否属于应当负有竞业限制义务的人员？"],
       [])

finish()
