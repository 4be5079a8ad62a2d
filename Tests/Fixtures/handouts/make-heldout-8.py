#!/usr/bin/env python3
"""Writes the eighth round's held-out hand-outs (issue 25, fifth session): ten shapes not yet in the
corpus, written by an engineer who does not read the importer's rules, scored once on the rules of
main 19a148e ("before") and once by the lead after the next change ("after"), with no rule tuned on them.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-8.py

Each expected outline is the hand-out as a teacher reads it. Conventions kept from the earlier rounds:
a section is listed only when it holds text of its own; a heading's number (一、 （一） 1.1) is not
part of its title, nor are a heading's emoji or bold marks, but the （A） and （B） of a case in two parts are
(they name the part: "case (A)"; the case format keeps them too); a table's caption and each of its rows
(header included) count as paragraphs of the body; a plan given as a table is its rows, `a | b | c`,
without the header row; a two-column table of questions labelled in its first column (问题一) is the
questions of its second; a lead-in sentence before numbered items is not an item; footnotes (a PDF's,
whatever their numbers) are one back-matter section `注释` at level 1 after the body, 参考文献 one back-matter
section; labelled front matter at the top (摘要, 关键词, 作者, a cover page's 案例作者/作者单位/编写时间 rows) is
a section of its own at level 1; page furniture (running headers, page numbers), a series label over a
cover page, Yuque's `<a name>` anchors and an e-mail's signature after `-- ` are not part of the outline.
"""
import os
import tempfile

from handoutgen import (NO_OUTLINE, cjk_document, docx_blocks, expect, field, finish, fodt, fodt_converted, lines, path,
                        save_converted, soffice, wrap, write)

# Y市's "city without certificates" (无证明城市): e-government.
P = [
    "过去，Y市群众办事常常被要求提供各种证明：证明亲属关系、证明没有犯罪记录、证明房屋没有抵押。据市政务服务办统计，全市各部门要求群众提交的证明材料多达二百一十七项，其中不少需要跑到社区、派出所或原单位开具。",
    "2020年，Y市提出建设“无证明城市”，要求各部门对照法律法规逐项清理证明事项：没有法律依据的一律取消，能通过数据共享核验的不再让群众提交，确需保留的实行告知承诺制。",
    "清理工作首先遇到的是部门的顾虑。一些部门担心取消证明以后出了问题要担责任，宁可多要一份材料“留痕”。市司法局牵头逐项审查，对每一项拟保留的证明都要求部门说明法律依据，最终保留的只有十九项。",
    "取消证明并不意味着不核实。市大数据中心搭建了电子证照库，把户籍、婚姻、社保、不动产等四十多类证照数据归集起来，窗口人员在办件时可以在线查验。对实行告知承诺的事项，部门在事后开展抽查，发现虚假承诺的纳入信用记录。",
    "到2022年底，Y市累计减少证明材料一百九十八项，群众办事平均少跑一点五次。但一些基层窗口人员反映，电子证照库的数据更新不够及时，遇到数据对不上的情况，仍然只能请群众回去开证明。",
    "一位政务服务办的干部说：“证明少了，考验的是部门之间的信任和数据的质量。群众少跑腿的背后，是政府自己要多跑路。”",
]
# B区's family doctors (家庭医生签约服务): healthcare.
Q = [
    "B区是一个老城区，常住人口约五十万，其中六十岁以上老人占百分之二十八。过去，居民看病习惯直接去大医院，社区卫生服务中心门可罗雀，大医院则常年人满为患。",
    "2018年起，B区推行家庭医生签约服务，每个家庭医生团队由一名全科医生、一名护士和一名公共卫生人员组成，与居民签订服务协议，提供健康档案管理、慢病随访和转诊预约等服务。",
    "签约率很快上去了，到2019年底全区签约居民超过二十万人。但区卫健委的抽查发现，不少签约是“签而不约”：居民不知道自己的家庭医生是谁，医生也说不清签约居民的健康状况。",
    "为了让签约“实”起来，B区调整了考核办法，不再只看签约人数，而是把慢病患者的血压、血糖控制率和居民的续约率纳入考核，并把医保结余的一部分奖励给表现好的团队。",
    "区里还与两家三级医院建立了转诊绿色通道，家庭医生可以直接为签约居民预约专家号和检查。一些老人说，现在有事先问家庭医生，心里踏实多了。",
    "问题也随之而来。全科医生数量有限，一个团队要服务两千多名居民，入户随访常常排不过来；年轻居民对签约兴趣不大，觉得“用不上”。",
]
# C街道 buys social work services (政府购买社工服务): public management.
S = [
    "C街道位于城乡接合部，外来人口多，老人、困境儿童和残疾人的服务需求大，而街道的社会事务科只有五个人。2019年起，街道每年拿出三百多万元，向社会工作服务机构购买服务。",
    "最初的项目由街道直接指定机构承接，合同写得比较笼统，只规定了服务人次和活动场次。一年下来，机构交来的台账很厚，照片很多，但街道说不清服务到底起了什么作用。",
    "2021年，街道引入第三方评估，评估机构从需求回应、服务过程和服务成效三个方面打分，结果与下一年的项目续签挂钩。评估显示，几个项目的活动很热闹，但真正困难的居民参与得并不多。",
    "评估也引来了社工机构的不满。一些机构负责人认为，评估指标过于看重可量化的数字，社工为一个困境家庭跑上十几趟的工作，在表格里只能算“一次个案”。",
    "街道随后修改了购买办法：项目立项前先做社区需求调查，合同中写明服务的对象和预期成效，评估时增加居民访谈的比重，并给机构留出一定的自主空间。",
]
# S村's homestay cooperative (民宿合作社): rural governance.
T = [
    "S村位于山区，距县城四十公里，村里的年轻人大多外出打工，留下的老房子空置多年。2017年，村里修通了旅游公路，一些城里游客开始周末进山避暑。",
    "村党支部书记带头成立了民宿专业合作社，村民以闲置房屋入股，合作社统一设计改造、统一定价、统一接单，收益按房屋面积和入股年限分配。",
    "第一年，合作社改造了十二栋老房子，营业收入八十多万元。入股的村民每户分红一万多元，一些在外打工的年轻人回村当起了管家和厨师。",
    "随着游客增多，矛盾也出现了。没有入股的村民认为游客占用了村里的道路和水源，自己却没有得到好处；入股的村民之间也为房屋的位置和客源分配争论不休。",
    "合作社随后修改章程，从收益中提取一成作为村集体公益金，用于道路维修和老人照料，并实行客源轮换，每户的接待量按月公示。",
    "一位返乡青年说：“民宿卖的不是房间，是整个村子。村子不和气，客人是能感觉到的。”",
]
# 惠邻超市, a county-town supermarket chain, and community group buying (社区团购): business.
U = [
    "惠邻超市是H县本地的连锁超市，有十四家门店，主要经营生鲜和日用品。多年来，惠邻凭借靠近社区、价格实惠，在县城占据了近三成的零售市场。",
    "2020年下半年，几家互联网平台的社区团购进入H县，以“一分钱秒杀”和次日自提吸引居民，许多小区的居民当起了团长。惠邻超市的生鲜销售额在三个月里下降了四成。",
    "总经理李红召集管理层讨论对策。一种意见是降价跟进，与平台拼补贴；另一种意见是发挥门店优势，做平台做不了的服务。由于资金有限，惠邻很难在价格上与平台长期竞争。",
    "惠邻最终选择了第二条路：开通自己的小程序，承诺两小时送达；在门店设立自提点，让团长把货放在门店，门店为团长提供冷藏；同时引进本地农户的时令蔬菜，打出“当天采摘”的招牌。",
    "一年后，平台的补贴逐渐退坡，部分居民回到了门店。惠邻的线上订单占到销售额的百分之十五，门店客流基本恢复。但员工的工作量明显增加，配送人员的流失率居高不下。",
    "李红说：“平台来了，我们才知道自己最值钱的是什么。不是货，是离居民近。”",
]
# Q市第一人民医院's internet hospital (互联网医院): healthcare.
V = [
    "Q市第一人民医院是一家三级甲等医院，日门诊量超过一万人次。复诊配药的慢病患者占了门诊的三分之一，他们常常为了开几盒药排上半天队。",
    "2020年，医院获批设立互联网医院，首先开放了慢病复诊和在线配药。患者在手机上提交复诊申请，医生在线问诊后开具处方，药品由物流公司配送到家。",
    "线上复诊的诊费和药费能否医保报销，是患者最关心的问题。经过与市医保局的多轮协商，Q市把互联网复诊纳入医保支付范围，实行与线下同样的报销比例。",
    "医生的积极性是另一道难题。线上问诊要占用医生的休息时间，诊费却比线下低。医院把线上工作量计入绩效，并规定每位医生每周至少安排两个线上出诊时段。",
    "两年下来，互联网医院累计服务患者四十多万人次，慢病患者的平均配药时间从半天缩短到二十分钟。但也有医生担心，线上看不到病人，容易漏掉病情变化。",
]
# G县's township doctors employed by the county (县管乡用): healthcare and personnel management.
W = [
    "G县有十八个乡镇卫生院，多年来人才流失严重。年轻医生在卫生院干上两三年，考上县城或市里的医院就走，一些卫生院连一个能看常见病的全科医生都留不住。",
    "卫生院院长老陈说，卫生院的编制是乡镇的，工资待遇比县医院低一截，职称晋升的机会也少。“留人靠感情，可感情留不住人。”",
    "2019年，G县推行“县管乡用”改革：乡镇卫生院的医生编制统一收归县卫健局管理，由县里统一招聘、统一培训，再派到卫生院工作，在乡镇服务满五年的可以优先调入县医院。",
    "改革的第一年，县里招聘了四十二名医生，其中三十名派往乡镇。县医院的专家每周下乡坐诊，带教年轻医生。卫生院的门诊量有了明显回升。",
    "三年之后，新问题出现了。一些医生把乡镇当作“跳板”，服务期一满就申请调回县城；卫生院院长们则抱怨，人是县里派的，考核却要卫生院来做，管得了事管不了人。",
    "县卫健局开始讨论新的办法：服务期满后是否还要继续轮换？乡镇卫生院能不能拥有自己的绩效分配权？一位副局长说：“县管乡用解决了进人的问题，下一步要解决的是留心的问题。”",
]
# M县's "good or bad" ratings of government services (政务服务好差评): e-government.
X = [
    "M县政务服务中心于2019年上线“好差评”系统，群众办完事后可以在窗口的评价器、手机短信或政务服务网上对服务进行评价，评价结果纳入窗口人员和部门的绩效考核。",
    "系统运行一年，好评率高达百分之九十九点八。然而，县政务服务中心在电话回访中发现，相当一部分群众表示自己并没有主动评价，一些窗口人员会提醒甚至代替群众按下“非常满意”。",
    "差评的处理也遇到困难。按照规定，差评要在三个工作日内核实整改，但不少差评涉及的是政策本身，例如办理条件过严、材料要求过多，窗口人员无权解决，只能反复解释。",
    "2021年，M县对“好差评”制度进行了调整：评价改为群众自愿，取消窗口人员的提醒；差评按照“窗口问题”和“政策问题”分类，政策问题转交业务主管部门研究；同时引入第三方机构开展暗访。",
    "调整之后，好评率下降到百分之九十五左右，但群众反映的问题数量明显增加，其中近三成推动了办事流程的修改。",
]
# E镇's land trusteeship by the supply and marketing co-operative (土地托管): rural governance.
Y = [
    "E镇是一个传统农业镇，耕地面积八万多亩。随着青壮年劳动力外出务工，村里种地的大多是六十岁以上的老人，不少地块出现了粗放经营甚至撂荒。",
    "2019年，镇供销社牵头成立了农业服务中心，推出“土地托管”服务：农户不流转土地，仍然保留承包经营权，只是把耕、种、防、收等环节委托给服务中心，按亩支付服务费。",
    "服务中心购置了大型农机和植保无人机，统一采购种子化肥，成本比农户自己干降低了两成左右。托管的第一年，全镇有三千多户、两万多亩耕地加入。",
    "托管也有风险。2021年夏天遭遇洪涝，部分托管地块减产，一些农户认为是服务中心的管理出了问题，要求退还服务费。双方的合同对自然灾害的责任没有写清楚，争议持续了几个月。",
    "此后，服务中心与保险公司合作推出托管保险，并在合同中约定了产量标准和灾害条款。镇政府也开始考虑，土地托管能否成为小农户与现代农业衔接的长久办法。",
]
# 山茶, a county-town tea shop that franchised too fast (新茶饮加盟): business.
Z = [
    "“山茶”是2016年在F县城开出的一家奶茶店，创始人赵晴用本地高山茶做茶底，价格比连锁品牌便宜三分之一，很快成了县城年轻人的聚会去处。",
    "2019年起，不断有人上门要求加盟。赵晴没有经验，加盟费收得低，对门店的选址和管理也很少过问。两年里，“山茶”的门店从三家增加到一百二十家，遍布周边五个县市。",
    "扩张带来了问题。一些加盟店为了省钱，换用便宜的茶叶和奶精，顾客投诉口味变了；有的门店开在相隔不到五百米的地方，互相抢生意，半年内就有二十多家关门。",
    "2022年，赵晴暂停了新店加盟，成立了督导团队，统一供应茶叶和原料，对门店实行月度巡检，并收回了几家问题门店。总部的利润因此下降了一半。",
    "赵晴说：“以前我们卖的是一杯茶，现在卖的是一块招牌。招牌砸了，一百家店也救不回来。”",
]


# 1. python-docx from a university's template: a cover page (a series label, then a two-column Word table
# 案例名称 / 案例作者 / 作者单位 / 编写时间), a running header (页眉) with the school's name, a page break, the
# title again, typed 一、 and （一） headings in Word's heading styles, 教学目标 as a Word numbered list, the
# 思考题 as a table labelled 问题一/问题二/问题三 in its first column, the 课堂计划 as 第一阶段（15分钟）… paragraphs.
def cover_template():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = cjk_document(11)
    d.sections[0].header.paragraphs[0].text = "××大学公共管理学院　MPA教学案例库"
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("公共管理硕士（MPA）教学案例")
    r.bold = True
    r.font.size = Pt(22)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("案例名称", "少跑腿的背后：Y市“无证明城市”建设"), ("案例作者", "林晓　陈默"),
                                ("作者单位", "××大学公共管理学院"), ("编写时间", "2023年3月")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    d.add_page_break()
    d.add_paragraph("少跑腿的背后：Y市“无证明城市”建设", style="Title")
    d.add_paragraph("一、教学目标", style="Heading 1")
    d.add_paragraph("了解证明事项清理和告知承诺制的做法；", style="List Number")
    d.add_paragraph("理解数据共享对政务服务改革的支撑作用。", style="List Number")
    d.add_paragraph("二、案例正文", style="Heading 1")
    d.add_paragraph("（一）“证明”之困", style="Heading 2")
    d.add_paragraph(P[0])
    d.add_paragraph("（二）清理证明事项", style="Heading 2")
    d.add_paragraph(P[1]); d.add_paragraph(P[2])
    d.add_paragraph("（三）取消证明不等于不核实", style="Heading 2")
    d.add_paragraph(P[3]); d.add_paragraph(P[4]); d.add_paragraph(P[5])
    d.add_paragraph("三、思考题", style="Heading 1")
    q = d.add_table(rows=3, cols=2)
    q.style = "Table Grid"
    for i, (k, v) in enumerate([("问题一", "Y市为什么要由司法局牵头审查每一项证明？"),
                                ("问题二", "告知承诺制可能带来哪些风险？应当怎样防范？"),
                                ("问题三", "电子证照库的数据对不上时，窗口人员应当怎么办？")]):
        q.cell(i, 0).text = k
        q.cell(i, 1).text = v
    d.add_paragraph("四、课堂计划", style="Heading 1")
    d.add_paragraph("第一阶段（15分钟）：教师导入，学员回顾自己开具证明的经历。")
    d.add_paragraph("第二阶段（45分钟）：分组讨论思考题。")
    d.add_paragraph("第三阶段（30分钟）：各组汇报，教师总结。")
    d.save(path("docx-cover-template-zhengming", "docx"))


cover_template()
expect("docx-cover-template-zhengming", "少跑腿的背后：Y市“无证明城市”建设",
       ["了解证明事项清理和告知承诺制的做法；", "理解数据共享对政务服务改革的支撑作用。"],
       [("案例作者", 1, 1), ("作者单位", 1, 1), ("编写时间", 1, 1), ("“证明”之困", 2, 1), ("清理证明事项", 2, 2),
        ("取消证明不等于不核实", 2, 3)],
       ["Y市为什么要由司法局牵头审查每一项证明？", "告知承诺制可能带来哪些风险？应当怎样防范？", "电子证照库的数据对不上时，窗口人员应当怎么办？"],
       ["第一阶段（15分钟）：教师导入，学员回顾自己开具证明的经历。", "第二阶段（45分钟）：分组讨论思考题。", "第三阶段（30分钟）：各组汇报，教师总结。"])


# 2. python-docx as Chinese Word saves it: the heading styles' ids are "1" and "2" (标题 1, 标题 2), and a
# multilevel list (1, 1.1) is set on each heading paragraph itself (w:numPr in the paragraph, not the
# style): the numbers are on the headings only and not in the text. A subtitle, 学习目标 as bullets, 讨论问题
# as (a) (b) (c) lines, the 时间分配 as a Word table with a header row.
def multilevel_headings():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    d = cjk_document(11)
    numbering = d.part.numbering_part.element
    numbering.insert(numbering.index(numbering.xpath("./w:num")[0]), parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="space"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
    for style, sid in [("Heading 1", "1"), ("Heading 2", "2")]:
        d.styles[style].element.set(qn("w:styleId"), sid)

    def heading(text, level):
        p = d.add_paragraph(text, style=f"Heading {level}")
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level - 1}"/><w:numId w:val="80"/></w:numPr>'))

    d.add_paragraph("从“签而不约”到“签而有约”", style="Title")
    d.add_paragraph("B区家庭医生签约服务的改革", style="Subtitle")
    heading("学习目标", 1)
    d.add_paragraph("理解家庭医生签约服务在分级诊疗中的作用；", style="List Bullet")
    d.add_paragraph("认识考核指标对基层医疗服务行为的引导作用。", style="List Bullet")
    heading("案例正文", 1)
    heading("老城区的看病难", 2)
    d.add_paragraph(Q[0])
    heading("签约率上去了", 2)
    d.add_paragraph(Q[1]); d.add_paragraph(Q[2])
    heading("让签约“实”起来", 2)
    d.add_paragraph(Q[3]); d.add_paragraph(Q[4]); d.add_paragraph(Q[5])
    heading("讨论问题", 1)
    d.add_paragraph("(a) 为什么会出现“签而不约”？")
    d.add_paragraph("(b) 把医保结余奖励给家庭医生团队，可能带来哪些激励和风险？")
    d.add_paragraph("(c) 怎样吸引年轻居民签约？")
    heading("时间分配", 1)
    docx_blocks(path("docx-multilevel-numbering-jiatingyisheng", "docx"), [("table", [
        ["环节", "内容", "时间"], ["导入", "教师介绍分级诊疗政策", "10分钟"], ["讨论", "分组讨论三个问题", "40分钟"],
        ["汇报", "各组汇报，互相提问", "30分钟"], ["总结", "教师点评", "10分钟"]])], d)


multilevel_headings()
expect("docx-multilevel-numbering-jiatingyisheng", "从“签而不约”到“签而有约”",
       ["理解家庭医生签约服务在分级诊疗中的作用；", "认识考核指标对基层医疗服务行为的引导作用。"],
       [("老城区的看病难", 2, 1), ("签约率上去了", 2, 2), ("让签约“实”起来", 2, 3)],
       ["为什么会出现“签而不约”？", "把医保结余奖励给家庭医生团队，可能带来哪些激励和风险？", "怎样吸引年轻居民签约？"],
       ["导入 | 教师介绍分级诊疗政策 | 10分钟", "讨论 | 分组讨论三个问题 | 40分钟", "汇报 | 各组汇报，互相提问 | 30分钟",
        "总结 | 教师点评 | 10分钟"],
       subtitle="B区家庭医生签约服务的改革")


# 3. LibreOffice: an OpenDocument text saved as .docx, unnumbered headings (Heading 1/2), two exhibits in
# the body (表1, 表2: a caption line over an ODF table), the teaching note last (教学说明) with 适用课程 and
# 教学目标 as the objectives, the questions inside a part named 讨论组织 after a lead-in sentence, and a
# 时间分配 of `环节：时间` lines.
fodt_converted(fodt([
    ("title", "街道购买社工服务：钱花在了哪里？"),
    ("h1", "缘起"), ("p", S[0]),
    ("h1", "“热闹”的项目"), ("p", S[1]),
    ("plain", "表1　C街道购买社工服务项目（2019—2021年）"),
    ("table", [["年份", "项目数", "金额（万元）"], ["2019", "4", "312"], ["2020", "6", "338"], ["2021", "7", "365"]]),
    ("h1", "第三方评估"), ("p", S[2]), ("p", S[3]),
    ("plain", "表2　2021年项目评估结果"),
    ("table", [["项目", "需求回应", "服务过程", "服务成效"], ["长者关爱", "良", "优", "中"], ["困境儿童", "中", "良", "中"],
               ["助残就业", "良", "良", "良"]]),
    ("h1", "修改购买办法"), ("p", S[4]),
    ("h1", "教学说明"),
    ("h2", "适用课程"), ("p", "本案例适用于《社会工作行政》《公共管理学》等课程。"),
    ("h2", "教学目标"), ("p", "帮助学员理解政府购买服务中委托方与承接方的关系，认识绩效评估的作用与局限。"),
    ("h2", "讨论组织"), ("p", "课堂讨论可以围绕以下问题展开："),
    ("plain", "1. 为什么热闹的活动没有惠及最困难的居民？"),
    ("plain", "2. 第三方评估应当怎样衡量社工的个案工作？"),
    ("plain", "3. 修改后的购买办法能否解决前面的问题？"),
    ("h2", "时间分配"),
    ("plain", "案例阅读：课前完成"), ("plain", "小组讨论：40分钟"), ("plain", "全班交流：30分钟"), ("plain", "教师总结：10分钟"),
], NO_OUTLINE), "shegong", "docx:MS Word 2007 XML", path("libreoffice-odt-exhibits-shegong", "docx"))
expect("libreoffice-odt-exhibits-shegong", "街道购买社工服务：钱花在了哪里？",
       ["本案例适用于《社会工作行政》《公共管理学》等课程。", "帮助学员理解政府购买服务中委托方与承接方的关系，认识绩效评估的作用与局限。"],
       [("缘起", 1, 1), ("“热闹”的项目", 1, 6), ("第三方评估", 1, 7), ("修改购买办法", 1, 1)],
       ["为什么热闹的活动没有惠及最困难的居民？", "第三方评估应当怎样衡量社工的个案工作？", "修改后的购买办法能否解决前面的问题？"],
       ["案例阅读：课前完成", "小组讨论：40分钟", "全班交流：30分钟", "教师总结：10分钟"])


# 4. A LibreOffice PDF whose headings are told apart only by their font (python-docx, direct formatting on
# plain paragraphs, as a teacher who never used styles makes them): the title 20 pt bold, a part 16 pt bold,
# a sub-part 13 pt bold, the body 11 pt with an indented first line. No numbers on any heading.
def font_size_levels():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = cjk_document(11)

    def line(text, size, bold=False, centre=False, indent=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.first_line_indent = Pt(22)

    line("山里的民宿合作社", 20, True, True)
    for kind, text in [("1", "教学目标"), ("p", "理解农民专业合作社的治理结构，认识集体收益分配中的公平问题。"),
                       ("1", "合作社的缘起"), ("p", T[0] + T[5]),
                       ("2", "以房入股"), ("p", T[1] + T[2]),
                       ("2", "第一年的收获"), ("p", T[2] + T[0]),
                       ("1", "成长的烦恼"), ("p", T[3] + T[1]),
                       ("2", "修改章程"), ("p", T[4] + T[3]), ("p", T[5]),
                       ("1", "思考题"), ("q", "1．合作社为什么要统一定价、统一接单？"), ("q", "2．没有入股的村民应当分享民宿的收益吗？"),
                       ("q", "3．客源轮换是否公平？"),
                       ("1", "课堂计划"), ("q", "1．课前阅读案例，了解本地的乡村旅游。"), ("q", "2．课上分组讨论（50分钟），全班交流（30分钟）。")]:
        if kind == "1":
            line(text, 16, True)
        elif kind == "2":
            line(text, 13, True)
        else:
            line(text, 11, indent=kind == "p")
    save_converted(d, "minsu", "pdf", path("pdf-font-size-levels-minsu", "pdf"))


font_size_levels()
expect("pdf-font-size-levels-minsu", "山里的民宿合作社",
       ["理解农民专业合作社的治理结构，认识集体收益分配中的公平问题。"],
       [("合作社的缘起", 1, 1), ("以房入股", 2, 1), ("第一年的收获", 2, 1), ("成长的烦恼", 1, 1), ("修改章程", 2, 2)],
       ["合作社为什么要统一定价、统一接单？", "没有入股的村民应当分享民宿的收益吗？", "客源轮换是否公平？"],
       ["课前阅读案例，了解本地的乡村旅游。", "课上分组讨论（50分钟），全班交流（30分钟）。"])


# 5. A LibreOffice PDF of three pages or more with a running header from the second page on (the series'
# name and the case's number, apart by a tab), none on the first, and `第 N 页 共 M 页` centred in the
# footer of every page; the case in 第一部分　案例正文 and the teaching guide in 第二部分　教学指导, each with its
# own 一、二、三、; questions and steps as （1）.
def running_header():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = cjk_document(11)
    s = d.sections[0]
    s.different_first_page_header_footer = True
    s.header.paragraphs[0].text = "H县商业案例研究\t\t案例编号：BC-2022-05"
    for footer in (s.footer, s.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("第 ")
        field(fp, "PAGE")
        fp.add_run(" 页 共 ")
        field(fp, "NUMPAGES")
        fp.add_run(" 页")

    def body(text):
        d.add_paragraph(text).paragraph_format.first_line_indent = Pt(22)

    d.add_paragraph("社区团购来了：惠邻超市的应对", style="Title")
    d.add_paragraph("第一部分　案例正文", style="Heading 1")
    d.add_paragraph("一、县城里的老牌超市", style="Heading 2")
    body(U[0] + U[5] + U[0]); body(U[0] + U[2]); body(U[2] + U[0] + U[1]); body(U[5] + U[0] + U[2] + U[0])
    d.add_paragraph("二、团购进城", style="Heading 2")
    body(U[1] + U[2] + U[1]); body(U[2] + U[1] + U[2]); body(U[1] + U[0]); body(U[0] + U[1] + U[2])
    body(U[2] + U[1] + U[0] + U[1])
    d.add_paragraph("三、离居民近一点", style="Heading 2")
    body(U[3] + U[4] + U[3]); body(U[4] + U[3] + U[4]); body(U[3] + U[5] + U[4]); body(U[5])
    d.add_paragraph("第二部分　教学指导", style="Heading 1")
    d.add_paragraph("一、教学目标", style="Heading 2")
    d.add_paragraph("帮助学员理解平台竞争下传统零售企业的竞争优势，以及战略选择中的取舍。")
    d.add_paragraph("二、讨论题", style="Heading 2")
    for q in ["（1）惠邻为什么没有选择降价跟进？", "（2）让团长把货放在门店，对惠邻有什么好处？", "（3）配送人员流失率高，说明了什么？"]:
        d.add_paragraph(q)
    d.add_paragraph("三、时间分配", style="Heading 2")
    for q in ["（1）课前阅读案例；", "（2）小组讨论四十分钟；", "（3）全班交流三十分钟，教师总结十分钟。"]:
        d.add_paragraph(q)
    save_converted(d, "huilin", "pdf", path("pdf-running-header-total-huilin", "pdf"))


running_header()
expect("pdf-running-header-total-huilin", "社区团购来了：惠邻超市的应对",
       ["帮助学员理解平台竞争下传统零售企业的竞争优势，以及战略选择中的取舍。"],
       [("县城里的老牌超市", 2, 4), ("团购进城", 2, 5), ("离居民近一点", 2, 4)],
       ["惠邻为什么没有选择降价跟进？", "让团长把货放在门店，对惠邻有什么好处？", "配送人员流失率高，说明了什么？"],
       ["课前阅读案例；", "小组讨论四十分钟；", "全班交流三十分钟，教师总结十分钟。"])


# 6. A LibreOffice PDF from an OpenDocument text with footnotes on three pages, numbered again from 1 on
# each page (as Chinese journals and many hand-outs number them; the ① asked of LibreOffice comes out as
# 1 in the PDF's text), the last page's notes under the class plan; each part on a page of its own;
# 教学目的 first.
FOOTNOTES_PER_PAGE = ('<text:notes-configuration text:note-class="footnote" style:num-format="①" text:start-value="0" '
                      'text:footnotes-position="page" text:start-numbering-at="page"/>')
fodt_converted(fodt([
    ("title", "把医院搬到手机上：Q市第一人民医院的互联网医院"),
    ("h1", "教学目的"), ("p", "帮助学员理解“互联网+医疗”中的医保支付、医生激励和医疗质量问题。"),
    ("h1", "一、排队半天，只为开药"),
    ("p", V[0].replace("一万人次。", "一万人次^[数据来自该院2019年门诊统计。]。") + V[4] + V[0]), ("p", V[1] + V[0]),
    ("break", "二、互联网医院上线"),
    ("p", V[1] + V[2].replace("多轮协商，", "多轮协商^[见Q市医保局2020年关于互联网诊疗医保支付的通知。]，") + V[1]),
    ("p", V[2] + V[1].replace("配送到家。", "配送到家^[药品配送费用由患者自付，每单十元。]。")),
    ("break", "三、医生的账"),
    ("p", V[3].replace("诊费却比线下低。", "诊费却比线下低^[线上复诊诊费为线下普通门诊的八成。]。") + V[4] + V[3]),
    ("p", V[4].replace("二十分钟。", "二十分钟^[根据医院信息中心2022年的统计。]。") + V[3]),
    ("h1", "四、思考题"),
    ("plain", "1．互联网复诊为什么必须先解决医保报销？"), ("plain", "2．线上出诊计入绩效，能否调动医生的积极性？"),
    ("plain", "3．怎样防止线上问诊漏掉病情变化？"),
    ("h1", "五、课堂安排"),
    ("plain", "1．课前阅读；"), ("plain", "2．分组讨论；"), ("plain", "3．教师总结。"),
], NO_OUTLINE + FOOTNOTES_PER_PAGE), "yiyuan", "pdf", path("pdf-footnotes-per-page-hulianwangyiyuan", "pdf"))
expect("pdf-footnotes-per-page-hulianwangyiyuan", "把医院搬到手机上：Q市第一人民医院的互联网医院",
       ["帮助学员理解“互联网+医疗”中的医保支付、医生激励和医疗质量问题。"],
       [("排队半天，只为开药", 1, 2), ("互联网医院上线", 1, 2), ("医生的账", 1, 2), ("注释", 1, 5)],
       ["互联网复诊为什么必须先解决医保报销？", "线上出诊计入绩效，能否调动医生的积极性？", "怎样防止线上问诊漏掉病情变化？"],
       ["课前阅读；", "分组讨论；", "教师总结。"])


from docx.shared import Pt  # noqa: E402

# 7. A LibreOffice PDF of a two-part case: （A） and （B） parts, each followed by its own 思考题 (a Heading 2
# under the part, questions 1．2． numbered again in each), 教学目标 first, 课堂安排 last.
d = cjk_document(11)
d.styles["Title"].font.size = Pt(20)  # the title on one line
d.add_paragraph("县管乡用：G县乡镇卫生院的人才改革", style="Title")
d.add_paragraph("教学目标", style="Heading 1")
d.add_paragraph("帮助学员理解基层卫生人才“招不来、留不住”的制度原因，评价编制和人事管理改革的效果。")
d.add_paragraph("（A）人往哪里去", style="Heading 1")
d.add_paragraph(W[0]); d.add_paragraph(W[1]); d.add_paragraph(W[2])
d.add_paragraph("思考题", style="Heading 2")
d.add_paragraph("1．乡镇卫生院为什么留不住年轻医生？")
d.add_paragraph("2．“县管乡用”能解决什么问题，不能解决什么问题？")
d.add_paragraph("（B）三年之后", style="Heading 1")
d.add_paragraph(W[3]); d.add_paragraph(W[4]); d.add_paragraph(W[5])
d.add_paragraph("思考题", style="Heading 2")
d.add_paragraph("1．医生把乡镇当作“跳板”，是改革的失败吗？")
d.add_paragraph("2．如果你是卫健局局长，会怎样回答副局长提出的问题？")
d.add_paragraph("课堂安排", style="Heading 1")
d.add_paragraph("第一节课：阅读（A），讨论（A）的思考题。")
d.add_paragraph("第二节课：发放并阅读（B），讨论（B）的思考题，教师总结。")
save_converted(d, "xianguan", "pdf", path("pdf-two-part-ab-xianguanxiangyong", "pdf"))
expect("pdf-two-part-ab-xianguanxiangyong", "县管乡用：G县乡镇卫生院的人才改革",
       ["帮助学员理解基层卫生人才“招不来、留不住”的制度原因，评价编制和人事管理改革的效果。"],
       [("（A）人往哪里去", 1, 3), ("（B）三年之后", 1, 3)],
       ["乡镇卫生院为什么留不住年轻医生？", "“县管乡用”能解决什么问题，不能解决什么问题？", "医生把乡镇当作“跳板”，是改革的失败吗？",
        "如果你是卫健局局长，会怎样回答副局长提出的问题？"],
       ["第一节课：阅读（A），讨论（A）的思考题。", "第二节课：发放并阅读（B），讨论（B）的思考题，教师总结。"])


# 8. A .txt copied from a journal's page on CNKI: 【作者】【机构】【摘要】【关键词】 lines under the title, [1] [2]
# markers in the text, 一、 and （一） headings, the teaching advice as the last numbered part with the roles
# as its （一）（二）（三）, and a 参考文献： list of [1] [2] [3] entries after it.
write("cnki-abstract-references-haochaping", "txt", lines(
    "政务服务“好差评”为何好评如潮：基于M县的教学案例",
    "【作者】周宁；孙立",
    "【机构】M学院公共管理系；M县政务服务中心",
    "【摘要】本案例记述了M县政务服务“好差评”制度从上线到调整的过程，展示了绩效评价中“数字好看”与“问题真实”之间的张力，可用于政府绩效管理和公共服务质量的教学。",
    "【关键词】好差评；政务服务；绩效评估；公众参与",
    "一、引言",
    "让群众评价政府服务，是近年来政务服务改革的一项重要制度安排[1]。然而，评价制度能否真实反映群众的感受，取决于评价如何组织、结果如何使用。",
    "二、案例描述",
    "（一）好评率百分之九十九点八",
    X[0],
    X[1],
    "（二）差评处理的难题",
    X[2],
    "（三）制度的调整",
    X[3],
    X[4].replace("修改。", "修改[2]。"),
    "三、案例分析",
    "从绩效管理的角度看，当评价结果与个人考核直接挂钩、而评价过程又可以被被评价者影响时，指标就容易失真[3]。M县的调整，实质上是把评价从考核工具重新变回发现问题的工具。",
    "四、教学建议",
    "（一）教学目标",
    "帮助学员理解公共服务评价制度的设计逻辑，认识绩效指标失真的原因。",
    "（二）讨论题",
    "1．好评率高达百分之九十九点八，说明了什么？",
    "2．为什么要把差评分为“窗口问题”和“政策问题”？",
    "3．好评率下降是不是改革的退步？",
    "（三）课堂安排",
    "建议安排两个课时：第一课时阅读案例并分组讨论，第二课时各组汇报，教师结合绩效评估理论进行总结。",
    "参考文献：",
    "[1]王明远.政务服务评价制度的演进与反思[J].行政管理研究,2021(4):45-52.",
    "[2]M县政务服务中心.2021年政务服务“好差评”工作总结[R].2022.",
    "[3]李青,赵东.绩效指标失真的成因与治理[J].公共管理评论,2020(2):88-96."))
expect("cnki-abstract-references-haochaping", "政务服务“好差评”为何好评如潮：基于M县的教学案例",
       ["帮助学员理解公共服务评价制度的设计逻辑，认识绩效指标失真的原因。"],
       [("作者", 1, 1), ("机构", 1, 1), ("摘要", 1, 1), ("关键词", 1, 1), ("引言", 1, 1), ("好评率百分之九十九点八", 2, 2),
        ("差评处理的难题", 2, 1), ("制度的调整", 2, 2), ("案例分析", 1, 1), ("参考文献", 1, 3)],
       ["好评率高达百分之九十九点八，说明了什么？", "为什么要把差评分为“窗口问题”和“政策问题”？", "好评率下降是不是改革的退步？"],
       ["建议安排两个课时：第一课时阅读案例并分组讨论，第二课时各组汇报，教师结合绩效评估理论进行总结。"])


# 9. A .txt pasted from an e-mail: lines hard-wrapped at 36 characters (an e-mail client's 72 columns),
# odd blank lines (two or three between parts, none after some headings, one in the middle of a
# paragraph where the client broke it, one between two questions), 1、 items, and the sender's signature
# after the `-- ` line.
def mail(text):
    return wrap(text, 36)


y1 = mail(Y[1])
write("email-paste-tudituoguan", "txt", lines(
    "E镇的土地托管：谁来种地", "", "",
    "一、背景", "",
    *mail(Y[0]), "", "", "",
    "二、供销社的“托管”", "",
    y1[0], "", *y1[1:], "",
    *mail(Y[2]),
    "三、风险与应对",
    *mail(Y[3]), "",
    *mail(Y[4]), "", "", "",
    "四、学习目标", "",
    "1、理解农业社会化服务的运行方式；",
    "2、分析土地托管中农户与服务组织的风险分担。", "",
    "五、讨论题",
    "1、土地托管和土地流转有什么不同？",
    "2、洪涝造成的减产应当由谁承担？", "",
    "3、托管能不能成为小农户与现代农业衔接的长久办法？", "",
    "六、课堂安排", "",
    "课前阅读案例，课上分组讨论四十分钟，最后全班交流。", "",
    "-- ",
    "王老师",
    "××农业大学经济管理学院"))
expect("email-paste-tudituoguan", "E镇的土地托管：谁来种地",
       ["理解农业社会化服务的运行方式；", "分析土地托管中农户与服务组织的风险分担。"],
       [("背景", 1, 1), ("供销社的“托管”", 1, 2), ("风险与应对", 1, 2)],
       ["土地托管和土地流转有什么不同？", "洪涝造成的减产应当由谁承担？", "托管能不能成为小农户与现代农业衔接的长久办法？"],
       ["课前阅读案例，课上分组讨论四十分钟，最后全班交流。"])


# 10. Markdown exported from Yuque (语雀): `<a name="…"></a>` anchors before the headings, `##` headings
# opening with an emoji, `###` headings in bold (`### **一、…**`), `1.` lists, the objectives part named
# 适用课程与教学目标, a bold caption over a pipe table inside the body.
write("markdown-yuque-emoji-shancha", "md", lines(
    "# “山茶”的加盟之路", "",
    '<a name="dPq1x"></a>',
    "## 🎯 适用课程与教学目标", "",
    "1. 适用课程：《创业管理》《连锁经营管理》。",
    "2. 理解特许经营中规模扩张与品质控制的矛盾。",
    "3. 学会评估加盟模式的风险。", "",
    '<a name="k2Jd8"></a>',
    "## 📖 案例正文", "",
    '<a name="Ma3xV"></a>',
    "### **一、县城里的一杯茶**", "",
    Z[0], "",
    '<a name="Qe7Lm"></a>',
    "### **二、一百二十家店**", "",
    Z[1], "",
    "**表1　“山茶”门店数量变化**", "",
    "| 年份 | 直营店 | 加盟店 |",
    "| --- | --- | --- |",
    "| 2018 | 3 | 0 |",
    "| 2020 | 5 | 61 |",
    "| 2021 | 6 | 114 |", "",
    Z[2], "",
    '<a name="Rt0Ys"></a>',
    "### **三、按下暂停键**", "",
    Z[3], "",
    Z[4], "",
    '<a name="Wn4Hc"></a>',
    "## 💬 讨论问题", "",
    "1. “山茶”早期为什么会不加选择地接受加盟？",
    "2. 暂停加盟、利润减半，这个决定值得吗？",
    "3. 如果你是赵晴，下一步会怎样重新开放加盟？", "",
    '<a name="Pz9Ka"></a>',
    "## ⏰ 课堂计划", "",
    "1. 课前：阅读案例，走访一家本地奶茶店。",
    "2. 课中：分组讨论（45分钟），全班交流（30分钟）。",
    "3. 课后：每组写一份加盟管理方案。"))
expect("markdown-yuque-emoji-shancha", "“山茶”的加盟之路",
       ["适用课程：《创业管理》《连锁经营管理》。", "理解特许经营中规模扩张与品质控制的矛盾。", "学会评估加盟模式的风险。"],
       [("县城里的一杯茶", 2, 1), ("一百二十家店", 2, 7), ("按下暂停键", 2, 2)],
       ["“山茶”早期为什么会不加选择地接受加盟？", "暂停加盟、利润减半，这个决定值得吗？", "如果你是赵晴，下一步会怎样重新开放加盟？"],
       ["课前：阅读案例，走访一家本地奶茶店。", "课中：分组讨论（45分钟），全班交流（30分钟）。", "课后：每组写一份加盟管理方案。"])

finish()
