#!/usr/bin/env python3
"""Writes the fifteenth round's held-out hand-outs (issue 25): ten hand-outs written blind by an engineer who does
not read the importer's rules, scored once on the rules of this branch (main), with no rule tuned on them. This
round samples what teachers mostly have, as students get and open them — a teacher's older Word/WPS file with
styles named 标题 1/标题 2, manual numbering mixed with automatic and full-width spaces for indent; a Word case with a
timeline table and an exhibit; a bilingual course's case with English role names; the PDF exported from Word with a
cover page and bookmarks; a PDF made from a teacher's Markdown; a WPS "save as text" copy; a Markdown note; a plain
text with inline questions — and two less usual ones (a nursing case in three scenes with the questions inside the
text after each scene; a DingTalk group notice), by teachers of accounting, marketing, environmental policy,
tourism, nursing, urban planning, human resources, sports management, public health and agricultural economics.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-15.py

Each expected outline is the hand-out as a teacher reads it, with the conventions of rounds 7 to 14 (their
generators' docstrings) and these: a paragraph style named `标题 1` / `标题 2` (as WPS and Chinese Word name their
heading styles) is a heading at level 1 / 2; full-width spaces or a tab indenting a paragraph are not part of its
words, nor a typed `1、<TAB>` or `1）` before an item, and an item typed by hand after Word's automatic ones is one
more item of the same list; English role names (Learning Objectives, Discussion Questions, Class Schedule) are those
roles; a cover page's course line and its unlabelled author and date lines are not part of the outline (not labelled front matter), the cover's title the title; a
timeline table in a part is paragraphs of that part (its caption one, each row one, the header row included), an
exhibit after the plan (`附录　…` over a table) a back-matter section titled as written, its rows (header included)
its paragraphs; a scene label (`场景一　…`) is a numbering as `第一节` is, dropped from the section's title; questions
written inside the case after each scene (`思考1：…`) are the hand-out's questions, in order, and not paragraphs of
the scene; a group notice's chrome (群公告, the group's name, who posted it, `@所有人 …`, 已读/未读) is not part of
the outline; a run-in `教学目的：…` or `**教学目标**：…` paragraph is one objective; inline questions `（1）…？（2）…？`
in one paragraph are one item each; a one-line `课堂安排：…` is one step as written.
"""
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from handoutgen import (NO_OUTLINE, PAGE_FOOTER, cjk_document, expect, field, finish, fodt, fodt_converted,
                        lines, pandoc, path, save_converted, soffice, write)

import os
import tempfile


def heading_style(d, name, size, level):
    """A paragraph style `name` (bold, `size` pt) carrying outline level `level` (0 = level 1), as WPS writes its
    标题 1 / 标题 2."""
    st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = d.styles["Normal"]
    st.next_paragraph_style = d.styles["Normal"]
    st.font.bold = True
    st.font.size = Pt(size)
    ppr = st.element.get_or_add_pPr()
    e = OxmlElement("w:outlineLvl")
    e.set(qn("w:val"), str(level))
    ppr.append(e)
    return st


# 1. Accounting (财务会计): a teacher's older WPS/Word file — headings in styles named 标题 1 and 标题 2 (outline
# levels in the styles), a centred bold title line, body paragraphs indented with two full-width spaces typed in the
# text, two questions in automatic numbering (List Number) and a third typed by hand `3．` after them, the plan
# typed as `1、<TAB>…` lines.
def accounting():
    d = cjk_document(10.5)
    heading_style(d, "标题 1", 15, 0)
    heading_style(d, "标题 2", 12, 1)
    p = d.add_paragraph()
    r = p.add_run("账面上的“开门红”：Y酒厂提前确认收入事件")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    b = [
        ("标题 1", "教学目的"),
        ("Normal", "　　通过Y酒厂年末集中向经销商发货并确认收入的事件，帮助学生理解收入确认的五步法模型，识别“压货”式业绩粉饰的会计特征。"),
        ("标题 1", "一、案例背景"),
        ("Normal", "　　Y酒厂是西南地区一家有六十年历史的白酒企业，2021年在深交所上市。公司主要通过各地经销商销售，经销商先打款、后提货，"
                   "年末结算返利。"),
        ("Normal", "　　2022年，受消费市场低迷影响，公司前三季度营业收入同比下降百分之十二，管理层面临完成全年业绩承诺的压力。"),
        ("标题 1", "二、年末的“冲业绩”"),
        ("标题 2", "（一）经销商压货"),
        ("Normal", "　　当年十二月，销售部门推出“年终订货会”，经销商在十二月内打款提货可享受额外百分之八的返利。一个月内，公司发出白酒"
                   "两千三百吨，相当于前三季度发货量的一半，大部分仍堆放在公司租用的中转仓库里。"),
        ("标题 2", "（二）审计师的疑问"),
        ("Normal", "　　年审时，审计项目组发现，十二月发出的货物中有相当一部分在次年一月至三月被退回，另有部分经销商的提货单据由公司"
                   "销售人员代签。"),
        ("Normal", "　　审计项目经理向财务总监提出，这部分收入是否满足“客户取得商品控制权”的条件，需要重新判断。财务总监则认为，"
                   "合同已经签订，款项已经收到，收入确认没有问题。"),
        ("标题 1", "三、问题的暴露"),
        ("Normal", "　　2023年4月，公司公告更正上一年度财务报表，调减营业收入三亿一千万元，股价连续三个交易日跌停，证监局随后对公司立案调查。"),
        ("标题 1", "四、思考题"),
        ("List Number", "十二月发出的货物在什么条件下可以确认收入？"),
        ("List Number", "存放在公司租用仓库中的货物，控制权是否已经转移给经销商？"),
        ("Normal", "3．作为审计项目经理，你会执行哪些程序来核实这部分收入？"),
        ("标题 1", "五、课堂安排"),
        ("Normal", "1、\t课前：阅读案例和《企业会计准则第14号——收入》；"),
        ("Normal", "2、\t课上：分组讨论（40分钟），模拟审计沟通会（30分钟）；"),
        ("Normal", "3、\t课后：每组提交一份不超过两页的分析报告。"),
    ]
    for style, text in b:
        d.add_paragraph(text, style=style)
    d.save(path("docx-wps-biaoti-styles-fullwidth-indent-accounting-jiuchang", "docx"))


accounting()
expect("docx-wps-biaoti-styles-fullwidth-indent-accounting-jiuchang", "账面上的“开门红”：Y酒厂提前确认收入事件",
       ["通过Y酒厂年末集中向经销商发货并确认收入的事件，帮助学生理解收入确认的五步法模型，识别“压货”式业绩粉饰的会计特征。"],
       [("案例背景", 1, 2), ("经销商压货", 2, 1), ("审计师的疑问", 2, 2), ("问题的暴露", 1, 1)],
       ["十二月发出的货物在什么条件下可以确认收入？", "存放在公司租用仓库中的货物，控制权是否已经转移给经销商？",
        "作为审计项目经理，你会执行哪些程序来核实这部分收入？"],
       ["课前：阅读案例和《企业会计准则第14号——收入》；", "课上：分组讨论（40分钟），模拟审计沟通会（30分钟）；",
        "课后：每组提交一份不超过两页的分析报告。"])


# 2. Marketing (市场营销): a Word .docx with Heading 1 parts, objectives in List Bullet, a timeline table (with its
# caption `表1　…` above it) in the second part, 讨论问题 `1. ` and 课堂安排 `（1）` typed lines, and after the plan an
# exhibit `附录　消费者评论摘录` over a two-column table.
def marketing():
    d = cjk_document(11)

    def table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                t.cell(i, j).text = c

    d.add_paragraph("老字号遇上新国潮：桂香楼月饼的联名营销", style="Title")
    d.add_paragraph("教学目标", style="Heading 1")
    d.add_paragraph("理解品牌联名的动因与风险；", style="List Bullet")
    d.add_paragraph("学会评估社交媒体营销活动的效果。", style="List Bullet")
    d.add_paragraph("一、品牌背景", style="Heading 1")
    d.add_paragraph("桂香楼创立于1926年，是南方一家以广式月饼闻名的老字号。近十年来，公司的中秋销售额一直停留在两亿元左右，购买者多是"
                    "四十岁以上的老顾客，年轻人觉得它的包装“像爷爷辈的礼盒”。")
    d.add_paragraph("2023年，新上任的市场总监方晴决定与一款热门国风手机游戏联名，推出限量礼盒，希望借此打开年轻人市场。")
    d.add_paragraph("二、联名活动始末", style="Heading 1")
    d.add_paragraph("联名礼盒定价三百九十八元，比普通礼盒贵一百元，内附游戏角色的徽章和限定道具兑换码。活动的主要节点见表1。")
    d.add_paragraph("表1　联名活动时间线")
    table([("时间", "事件"), ("7月20日", "联名消息在游戏官方微博发布，转发超过十万次"),
           ("8月8日", "礼盒开启预售，首日售出八万盒"), ("8月25日", "玩家发现兑换码可在二手平台转卖，出现“买码弃饼”"),
           ("9月10日", "大量月饼被挂在二手平台低价甩卖，相关话题登上热搜")])
    d.add_paragraph("三、争议与回应", style="Heading 1")
    d.add_paragraph("有媒体评论说，桂香楼卖的不是月饼而是兑换码，老字号成了游戏的“赠品”。一些老顾客也在门店抱怨，传统礼盒被挤到了货架角落。")
    d.add_paragraph("方晴在内部会议上坚持认为，联名礼盒带来了三十万名新顾客，其中七成是二十五岁以下的年轻人；但销售副总指出，"
                    "活动的退货和差评都创了新高，明年是否继续联名，需要董事会在十月底作出决定。")
    d.add_paragraph("讨论问题", style="Heading 1")
    for q in ["1. 桂香楼为什么选择与手机游戏联名？这一选择与其品牌定位是否相符？", "2. “买码弃饼”现象说明了联名设计中的什么问题？",
              "3. 如果你是方晴，你会怎样向董事会汇报这次活动的效果？"]:
        d.add_paragraph(q)
    d.add_paragraph("课堂安排", style="Heading 1")
    for s in ["（1）课前分组收集两个老字号联名的案例；", "（2）课上分组讨论（40分钟），模拟董事会汇报（30分钟）；", "（3）教师点评（10分钟）。"]:
        d.add_paragraph(s)
    d.add_paragraph("附录　消费者评论摘录", style="Heading 1")
    table([("来源", "评论"), ("微博", "为了角色徽章买的，月饼送给同事了。"), ("电商平台", "月饼味道还是小时候的味道，就是太贵。"),
           ("二手平台", "全新联名月饼六个，便宜出，不含兑换码。")])
    d.save(path("docx-timeline-table-exhibit-marketing-yuebing", "docx"))


marketing()
expect("docx-timeline-table-exhibit-marketing-yuebing", "老字号遇上新国潮：桂香楼月饼的联名营销",
       ["理解品牌联名的动因与风险；", "学会评估社交媒体营销活动的效果。"],
       [("品牌背景", 1, 2), ("联名活动始末", 1, 7), ("争议与回应", 1, 2), ("附录　消费者评论摘录", 1, 4)],
       ["桂香楼为什么选择与手机游戏联名？这一选择与其品牌定位是否相符？", "“买码弃饼”现象说明了联名设计中的什么问题？",
        "如果你是方晴，你会怎样向董事会汇报这次活动的效果？"],
       ["课前分组收集两个老字号联名的案例；", "课上分组讨论（40分钟），模拟董事会汇报（30分钟）；", "教师点评（10分钟）。"])


# 3. Environmental policy (环境政策, a bilingual course): a Word .docx whose role headings are English only
# (Learning Objectives, Discussion Questions, Class Schedule) over a Chinese case with `一、` parts, Heading 1 and
# Heading 2; the objectives and plan typed `1. `, the questions in automatic numbering (List Number).
def envpolicy():
    d = cjk_document(11)
    d.add_paragraph("一条河的两本账：青溪流域上下游横向生态补偿", style="Title")
    b = [
        ("Heading 1", "Learning Objectives"),
        ("Normal", "1. 理解流域生态补偿的基本原理和“谁受益、谁补偿”的原则；"),
        ("Normal", "2. 分析跨行政区环境治理中地方政府之间的协商过程。"),
        ("Heading 1", "一、上游的代价"),
        ("Normal", "青溪发源于A省的山区县，流经B省的两个地级市后汇入长江，是下游三百万人的饮用水源。为了保护水质，上游县先后关停了"
                   "四十多家造纸厂和养殖场，财政收入减少了近三分之一。"),
        ("Normal", "县里的干部说：“我们守着一江清水，却过着紧日子。”"),
        ("Heading 1", "二、补偿协议"),
        ("Heading 2", "（一）对赌式的条款"),
        ("Normal", "2018年，在生态环境部的协调下，两省签订协议：以省界断面的水质为准，水质达标，下游每年补偿上游一亿元；"
                   "水质不达标，上游反过来补偿下游一亿元。"),
        ("Heading 2", "（二）谈判中的分歧"),
        ("Normal", "下游认为，补偿标准应当按上游实际的治理投入计算；上游则坚持，应当把关停企业减少的税收和就业损失都算进去。"),
        ("Normal", "双方对断面监测数据由谁来测、出现争议怎么办，也争论了很久，最后约定由两省监测站同步采样、数据互认。"),
        ("Heading 1", "三、五年以后"),
        ("Normal", "协议执行五年，省界断面水质稳定在二类以上。但上游县的财政缺口仍然存在，下游也有人提出，补偿资金应当更多地用于"
                   "上游群众的就业转型，而不仅仅是污水处理设施。"),
        ("Heading 1", "Discussion Questions"),
        ("List Number", "“对赌式”的补偿条款有什么优点和风险？"),
        ("List Number", "补偿标准应当怎样确定才能被上下游共同接受？"),
        ("List Number", "中央政府在跨省生态补偿中应当扮演什么角色？"),
        ("Heading 1", "Class Schedule"),
        ("Normal", "1. 课前阅读案例及相关政策文件；"),
        ("Normal", "2. 课上分为上游、下游两组模拟谈判（50分钟）；"),
        ("Normal", "3. 全班讨论与教师总结（30分钟）。"),
    ]
    for style, text in b:
        d.add_paragraph(text, style=style)
    d.save(path("docx-english-role-headings-envpolicy-shengtaibuchang", "docx"))


envpolicy()
expect("docx-english-role-headings-envpolicy-shengtaibuchang", "一条河的两本账：青溪流域上下游横向生态补偿",
       ["理解流域生态补偿的基本原理和“谁受益、谁补偿”的原则；", "分析跨行政区环境治理中地方政府之间的协商过程。"],
       [("上游的代价", 1, 2), ("对赌式的条款", 2, 1), ("谈判中的分歧", 2, 2), ("五年以后", 1, 1)],
       ["“对赌式”的补偿条款有什么优点和风险？", "补偿标准应当怎样确定才能被上下游共同接受？", "中央政府在跨省生态补偿中应当扮演什么角色？"],
       ["课前阅读案例及相关政策文件；", "课上分为上游、下游两组模拟谈判（50分钟）；", "全班讨论与教师总结（30分钟）。"])


# 4. Tourism (旅游目的地管理): a Word hand-out with a cover page (the course line over the Title, the unlabelled author and the
# date under it, then a page break), exported to PDF with its headings as bookmarks; Heading 1 `一、` and Heading 2
# `（一）`, 思考题 `1．` lines, 教学安排 one paragraph, the page number in the footer.
def tourism():
    d = cjk_document(11)
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")
    for _ in range(3):
        d.add_paragraph("")
    c = d.add_paragraph("《旅游目的地管理》课程教学案例")
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("海岛的“限客令”：S岛过度旅游治理", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in ["旅游管理系　何静", "2024年3月"]:
        d.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    b = [
        ("Heading 1", "教学目标"),
        ("Normal", "通过S岛实行游客总量控制的过程，理解旅游环境承载力的概念，分析目的地管理中政府、居民和游客之间的利益协调。"),
        ("Heading 1", "一、网红岛的烦恼"),
        ("Normal", "S岛面积不到十平方公里，常住居民四千人。2019年一段日落视频在短视频平台走红后，岛上的游客从每年三十万人次猛增到"
                   "一百二十万人次，旺季时一天上岛超过一万人。"),
        ("Normal", "岛上的淡水靠海水淡化，垃圾要用船运回大陆。旺季时，淡水限时供应，码头边的垃圾堆了半人多高，居民抱怨“岛不是我们的了”。"),
        ("Heading 1", "二、限客令出台"),
        ("Heading 2", "（一）预约上岛"),
        ("Normal", "2021年，县政府规定S岛每日上岛游客不超过六千人，游客须提前在网上实名预约，船票与预约码绑定。"),
        ("Heading 2", "（二）反对的声音"),
        ("Normal", "岛上经营民宿和餐馆的居民担心客源减少，联名写信给县长；旅行社则抱怨团队游客很难预约到船票。"),
        ("Normal", "也有游客在网上吐槽，抢船票比抢火车票还难，二手平台上甚至出现了高价代抢预约码的服务。"),
        ("Heading 1", "三、一年以后"),
        ("Normal", "实行限客一年后，岛上的游客总数下降了两成，但人均消费提高了四成，旺季的淡水和垃圾问题明显缓解。县里正在考虑，"
                   "是否把限客人数与天气、潮汐和岛上的接待能力挂钩，实行动态调整。"),
        ("Heading 1", "思考题"),
        ("Normal", "1．S岛的旅游环境承载力应当怎样测算？"),
        ("Normal", "2．限客令对不同利益相关者分别有什么影响？"),
        ("Normal", "3．你认为动态调整限客人数的方案是否可行？"),
        ("Heading 1", "教学安排"),
        ("Normal", "课前阅读案例，课上分组讨论四十分钟，各组汇报并由教师总结四十分钟。"),
    ]
    for style, text in b:
        d.add_paragraph(text, style=style)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "haidao.docx")
    d.save(src)
    soffice(src, 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"true"}}', path("pdf-word-cover-bookmarks-tourism-haidao", "pdf"))


tourism()
expect("pdf-word-cover-bookmarks-tourism-haidao", "海岛的“限客令”：S岛过度旅游治理",
       ["通过S岛实行游客总量控制的过程，理解旅游环境承载力的概念，分析目的地管理中政府、居民和游客之间的利益协调。"],
       [("网红岛的烦恼", 1, 2), ("预约上岛", 2, 1), ("反对的声音", 2, 2), ("一年以后", 1, 1)],
       ["S岛的旅游环境承载力应当怎样测算？", "限客令对不同利益相关者分别有什么影响？", "你认为动态调整限客人数的方案是否可行？"],
       ["课前阅读案例，课上分组讨论四十分钟，各组汇报并由教师总结四十分钟。"])


# 5. Nursing (老年护理, less usual): a case in three short scenes written in LibreOffice and printed to PDF with the
# page number in the footer: Heading 1 教学目标 over `1．` lines, Heading 1 `场景一　…` … `场景三　…`, each followed
# inside the case by its questions `思考1：…` (one after the first scene, two after the second, one after the
# third), then Heading 1 教学安排 over `1．` lines.
fodt_converted(fodt([
    ("title", "跌倒之后：一位老年住院患者的三个片段"),
    ("h1", "教学目标"),
    ("plain", "1．掌握老年住院患者跌倒风险评估和预防措施；"),
    ("plain", "2．理解不良事件上报与护患沟通在护理质量管理中的作用。"),
    ("h1", "场景一　凌晨两点的呼叫铃"),
    ("p", "八十二岁的赵爷爷因肺部感染住进呼吸内科，入院时跌倒风险评分为四十五分，属于高风险。责任护士小刘在床头挂了“防跌倒”标识，"
          "并叮嘱家属夜里起床一定要按呼叫铃。"),
    ("p", "凌晨两点，病区只有两名护士，小刘正在抢救另一位病人。赵爷爷按了两次铃没人应答，自己下床去卫生间，在床边滑倒，额头擦伤。"),
    ("plain", "思考1：赵爷爷跌倒前，护理团队采取的预防措施有哪些不足？"),
    ("h1", "场景二　家属的质问"),
    ("p", "第二天一早，赵爷爷的女儿赶到病房，看到父亲额头上的纱布，在护士站大声质问：“你们不是说有人看着吗？按了铃为什么没人来？”"
          "护士长请她到办公室，先向她道歉，再详细说明了事情经过和处理情况。"),
    ("plain", "思考2：护士长与家属沟通时做对了什么？还可以怎样做？"),
    ("plain", "思考3：这次跌倒是否应当作为不良事件上报？为什么？"),
    ("h1", "场景三　护理质量分析会"),
    ("p", "一周后，科室召开护理质量分析会。有护士提出夜班人手不足是根本原因，也有人认为是床栏和呼叫系统的问题。"),
    ("p", "护士长要求大家用鱼骨图从人员、设备、环境和制度四个方面分析原因，并在下个月的会上拿出改进方案。"),
    ("plain", "思考4：请用鱼骨图分析这次跌倒的原因，并提出两项改进措施。"),
    ("h1", "教学安排"),
    ("plain", "1．课前阅读案例，复习跌倒风险评估量表；"),
    ("plain", "2．课上逐个场景讨论思考题（50分钟），角色扮演护士长与家属的沟通（20分钟）；"),
    ("plain", "3．教师总结（10分钟）。"),
], NO_OUTLINE, PAGE_FOOTER), "diedao", "pdf", path("pdf-scenes-questions-inside-nursing-diedao", "pdf"))
expect("pdf-scenes-questions-inside-nursing-diedao", "跌倒之后：一位老年住院患者的三个片段",
       ["掌握老年住院患者跌倒风险评估和预防措施；", "理解不良事件上报与护患沟通在护理质量管理中的作用。"],
       [("凌晨两点的呼叫铃", 1, 2), ("家属的质问", 1, 1), ("护理质量分析会", 1, 2)],
       ["赵爷爷跌倒前，护理团队采取的预防措施有哪些不足？", "护士长与家属沟通时做对了什么？还可以怎样做？",
        "这次跌倒是否应当作为不良事件上报？为什么？", "请用鱼骨图分析这次跌倒的原因，并提出两项改进措施。"],
       ["课前阅读案例，复习跌倒风险评估量表；", "课上逐个场景讨论思考题（50分钟），角色扮演护士长与家属的沟通（20分钟）；",
        "教师总结（10分钟）。"])


# 6. Urban planning (城市更新): a teacher's Markdown made into .docx by pandoc and printed to PDF by LibreOffice:
# YAML title, `# 学习目标` over a `1.` list, `# 一、…` parts, a pipe table with its caption (`Table: 表1 …`) as a
# timeline in the second part, `# 讨论题` a `1.` list, `# 课堂安排` `-` bullets.
tmp = tempfile.mkdtemp()
pandoc(lines(
    "---", "title: 街角的口袋公园：M区老城“微更新”中的居民参与", "---", "",
    "# 学习目标", "",
    "1. 理解城市更新中“微更新”与大拆大建的区别；",
    "2. 掌握社区规划中居民参与的基本方法。", "",
    "# 一、一块闲置的空地", "",
    "M区老城的和平街与东门路交叉口有一块四百平方米的空地，原来是一家小工厂的仓库，拆除后闲置了六年，杂草丛生，堆满了建筑垃圾。", "",
    "附近三个老小区住着近五千名居民，其中六十岁以上的老人占三成，周边一公里内却没有一处可以坐下来休息的公共空间。", "",
    "# 二、从设计到建成", "",
    "区规划局委托一所大学的社区规划团队负责设计，团队没有直接拿出方案，而是先在空地旁摆了三个周末的“规划摊”，请居民提意见。", "",
    "Table: 表1　口袋公园建设时间线", "",
    "| 时间 | 事件 |",
    "|---|---|",
    "| 2022年3月 | 规划团队进驻，开展居民访谈 |",
    "| 2022年5月 | 三次居民工作坊，形成三个备选方案 |",
    "| 2022年7月 | 居民投票选定方案 |",
    "| 2022年12月 | 口袋公园建成开放 |", "",
    "# 三、建成以后的新问题", "",
    "公园开放后很受欢迎，但晚上跳广场舞的音乐让临街住户难以入睡，几位居民又找到了街道办。", "",
    "# 讨论题", "",
    "1. 规划团队为什么要先摆“规划摊”再做设计？",
    "2. 居民投票选定方案有哪些局限？",
    "3. 公园建成后的新矛盾应当由谁来协调？", "",
    "# 课堂安排", "",
    "- 课前：每组实地观察一处社区公共空间；",
    "- 课上：分组讨论（40分钟），模拟居民工作坊（30分钟）；",
    "- 课后：提交一份口袋公园改进建议。"), os.path.join(tmp, "koudai.docx"))
soffice(os.path.join(tmp, "koudai.docx"), "pdf", path("pdf-pandoc-markdown-timeline-urbanplanning-koudaigongyuan", "pdf"))
expect("pdf-pandoc-markdown-timeline-urbanplanning-koudaigongyuan", "街角的口袋公园：M区老城“微更新”中的居民参与",
       ["理解城市更新中“微更新”与大拆大建的区别；", "掌握社区规划中居民参与的基本方法。"],
       [("一块闲置的空地", 1, 2), ("从设计到建成", 1, 7), ("建成以后的新问题", 1, 1)],
       ["规划团队为什么要先摆“规划摊”再做设计？", "居民投票选定方案有哪些局限？", "公园建成后的新矛盾应当由谁来协调？"],
       ["课前：每组实地观察一处社区公共空间；", "课上：分组讨论（40分钟），模拟居民工作坊（30分钟）；", "课后：提交一份口袋公园改进建议。"])


# 7. Human resources (人力资源管理): a .txt a teacher saved from WPS as plain text (or a student copied out of the
# .docx): no blank lines, 【】 role labels, parts numbered by hand `1、` `2、` `3、`, body paragraphs indented with a
# tab, questions and plan as `1）` lines.
write("wps-text-tabs-dun-numbers-hr-moweitaotai", "txt", lines(
    "末位淘汰还要不要搞：T公司销售团队的绩效考核改革",
    "【教学目的】",
    "\t通过T公司销售团队取消末位淘汰的过程，理解强制分布法的利弊，学会设计与企业发展阶段相适应的绩效考核制度。",
    "1、公司背景",
    "\tT公司是一家做工业软件的民营企业，员工八百人，其中销售团队一百二十人，分布在全国八个大区。",
    "\t公司创办以来一直实行“271”考核：每季度按业绩把销售人员分为优秀、合格、待改进三档，比例为二比七比一，连续两个季度排在最后百分之十的人被辞退。",
    "2、改革方案",
    "\t2023年，新任人力资源总监吴敏发现，销售团队的年流失率高达百分之三十五，很多老客户因为对接人频繁更换而流失。她提出取消强制分布，"
    "改为按目标完成率和客户满意度综合评价。",
    "3、各方的反应",
    "\t销售副总坚决反对，认为没有末位淘汰，团队就会失去狼性；一些业绩中等的销售人员则表示支持，说终于不用为了排名互相抢客户。",
    "\t总经理让吴敏先在两个大区试点半年，再决定是否在全公司推行。",
    "【思考题】",
    "1）“271”考核在T公司的发展初期为什么有效？",
    "2）取消末位淘汰可能带来哪些新问题？",
    "3）如果你是吴敏，你会怎样设计试点方案和评估指标？",
    "【课堂安排】",
    "1）课前阅读案例，了解强制分布法；",
    "2）课上分组讨论（40分钟），模拟总经理办公会（30分钟）；",
    "3）教师总结（10分钟）。"))
expect("wps-text-tabs-dun-numbers-hr-moweitaotai", "末位淘汰还要不要搞：T公司销售团队的绩效考核改革",
       ["通过T公司销售团队取消末位淘汰的过程，理解强制分布法的利弊，学会设计与企业发展阶段相适应的绩效考核制度。"],
       [("公司背景", 1, 2), ("改革方案", 1, 1), ("各方的反应", 1, 2)],
       ["“271”考核在T公司的发展初期为什么有效？", "取消末位淘汰可能带来哪些新问题？", "如果你是吴敏，你会怎样设计试点方案和评估指标？"],
       ["课前阅读案例，了解强制分布法；", "课上分组讨论（40分钟），模拟总经理办公会（30分钟）；", "教师总结（10分钟）。"])


# 8. Sports management (体育赛事管理, less usual): a .txt copied from a DingTalk class group's notice: 群公告, the
# group's name, who posted it and when, an `@所有人` line asking the groups to read the case, then the case (`一、`
# parts, `讨论题：` over `1.` lines, no objectives or plan), then the notice's 已读/未读 line.
write("dingtalk-group-notice-sports-malasong", "txt", lines(
    "群公告",
    "体育赛事管理2023级1班",
    "李老师　发布于 11月3日 09:12",
    "@所有人 下周二的案例讨论课请大家提前阅读下面的案例，每组准备一份5分钟的发言。",
    "",
    "城市马拉松的“中签”风波",
    "",
    "一、赛事背景",
    "H市马拉松创办于2015年，每年吸引十多万人报名，名额只有三万个，只能通过抽签决定参赛资格。赛事由市体育局主办，一家体育公司承办运营。",
    "",
    "二、抽签结果公布之后",
    "2023年抽签结果公布后，有跑友在网上发现，同一个跑团的二十多名成员全部中签，而不少连续报名五年的跑友一次都没有中过。",
    "质疑很快发酵，有人怀疑运营公司给合作跑团预留了名额，相关话题的阅读量超过两亿。",
    "",
    "三、组委会的回应",
    "组委会先是发布声明说抽签“公开公正”，但没有公布抽签规则和算法。两天后，组委会宣布邀请公证机构重新核查，并承诺明年起公开抽签过程。",
    "",
    "讨论题：",
    "1. 组委会的第一份声明为什么没有平息质疑？",
    "2. 赛事名额分配应当遵循哪些原则？",
    "3. 主办方和运营公司在这次风波中各应承担什么责任？",
    "",
    "已读 42　未读 3"))
expect("dingtalk-group-notice-sports-malasong", "城市马拉松的“中签”风波", [],
       [("赛事背景", 1, 1), ("抽签结果公布之后", 1, 2), ("组委会的回应", 1, 1)],
       ["组委会的第一份声明为什么没有平息质疑？", "赛事名额分配应当遵循哪些原则？", "主办方和运营公司在这次风波中各应承担什么责任？"],
       [])


# 9. Public health (公共卫生): a teacher's Markdown note: `# ` title, a run-in `**教学目标**：…` paragraph, `## `
# parts without numbers, `## 讨论` over a `1)` list, `## 上课安排` over `* ` bullets.
write("markdown-note-paren-list-publichealth-chenjian", "md", lines(
    "# 流感季里的晨检：X小学的因病缺课监测", "",
    "**教学目标**：通过一所小学晨检和因病缺课监测中的一次漏报，理解学校传染病监测的流程和基层数据质量的重要性。", "",
    "## 晨检制度", "",
    "X小学有学生一千二百人。按照区疾控中心的要求，班主任每天早上八点前完成晨检，把因病缺课的人数和症状录入网络直报系统。", "",
    "## 一次漏报", "",
    "去年十二月，四年级三班连续三天有五名以上学生发烧请假，班主任以为是普通感冒，只记在了自己的本子上，没有录入系统。", "",
    "第四天，全年级有四十多名学生发烧，区疾控中心接到家长反映后赶到学校，检测确认为甲型流感聚集性疫情。", "",
    "## 整改", "",
    "事后，学校给每个班配了一名兼职“健康观察员”，疾控中心也调整了系统，同一班级连续两天有三人以上因病缺课就自动预警。", "",
    "## 讨论", "",
    "1) 班主任没有录入系统的原因有哪些？",
    "2) 自动预警能否解决漏报问题？",
    "3) 学校、家长和疾控中心在监测中各自的责任是什么？", "",
    "## 上课安排", "",
    "* 课前阅读案例（15分钟）",
    "* 分组讨论（40分钟）",
    "* 全班交流与小结（25分钟）"))
expect("markdown-note-paren-list-publichealth-chenjian", "流感季里的晨检：X小学的因病缺课监测",
       ["通过一所小学晨检和因病缺课监测中的一次漏报，理解学校传染病监测的流程和基层数据质量的重要性。"],
       [("晨检制度", 1, 1), ("一次漏报", 1, 2), ("整改", 1, 1)],
       ["班主任没有录入系统的原因有哪些？", "自动预警能否解决漏报问题？", "学校、家长和疾控中心在监测中各自的责任是什么？"],
       ["课前阅读案例（15分钟）", "分组讨论（40分钟）", "全班交流与小结（25分钟）"])


# 10. Agricultural economics (农业经济管理): a plain .txt typed by the teacher: paragraphs indented with two
# full-width spaces, a run-in `教学目的：…` paragraph, parts `第一部分　…`, the questions inline in one paragraph
# `思考题：（1）…？（2）…？（3）…？`, a one-line `课堂安排：…`.
write("plain-fullwidth-indent-inline-questions-agrieconomics-dingdan", "txt", lines(
    "订单农业里的违约：K县蔬菜合作社与超市的供货合同",
    "",
    "　　教学目的：了解订单农业的运作方式，分析农产品供应链中契约不稳定的原因和治理办法。",
    "",
    "第一部分　合作的开始",
    "",
    "　　K县绿源蔬菜合作社有社员二百多户。2021年，合作社与省城一家连锁超市签订了三年的供货合同，约定每周供应青菜、萝卜等十种蔬菜，"
    "价格按签约时的市场价上浮百分之十固定。",
    "",
    "　　有了稳定的订单，社员们扩大了种植面积，合作社还贷款建了一座冷库。",
    "",
    "第二部分　菜价涨了",
    "",
    "　　2022年秋天，连续的阴雨使蔬菜大幅减产，市场价格比合同价高出一倍。一些社员把菜卖给了上门收购的菜贩子，合作社交给超市的货只有约定数量的一半。",
    "",
    "第三部分　谁来承担损失",
    "",
    "　　超市要求合作社支付违约金，并威胁解除合同。合作社理事长认为，天气是不可抗力，而且前一年菜价低的时候，超市也曾压价拒收。",
    "",
    "　　县农业农村局出面调解，提出在合同中加入价格联动条款，但超市和合作社对联动的幅度一直谈不拢。",
    "",
    "　　思考题：（1）社员把菜卖给菜贩子的行为应当怎样看待？（2）固定价格合同有哪些风险？（3）价格联动条款应当怎样设计？",
    "",
    "　　课堂安排：课前阅读案例，课上分组讨论四十分钟，教师总结二十分钟。"))
expect("plain-fullwidth-indent-inline-questions-agrieconomics-dingdan", "订单农业里的违约：K县蔬菜合作社与超市的供货合同",
       ["了解订单农业的运作方式，分析农产品供应链中契约不稳定的原因和治理办法。"],
       [("合作的开始", 1, 2), ("菜价涨了", 1, 1), ("谁来承担损失", 1, 2)],
       ["社员把菜卖给菜贩子的行为应当怎样看待？", "固定价格合同有哪些风险？", "价格联动条款应当怎样设计？"],
       ["课前阅读案例，课上分组讨论四十分钟，教师总结二十分钟。"])

finish()
