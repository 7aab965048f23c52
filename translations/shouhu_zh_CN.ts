<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesDialog</name>
    <message>
        <source>Activities and talks</source>
        <translation>关爱活动与宣讲</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Double-click an activity to open it.</source>
        <translation>双击活动可打开。</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>This year: %1 activities; %2 children and %3 guardians or caregivers took part.</source>
        <translation>今年：共 %1 次活动；参加儿童 %2 人，监护人或照护人 %3 人。</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>“%1”必须是文字。</translation>
    </message>
    <message>
        <source>The activity has an unknown key &quot;%1&quot;.</source>
        <translation>活动中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>日期“%1”不是 YYYY-MM-DD 形式的日期。</translation>
    </message>
    <message>
        <source>&quot;participants&quot; must be a list.</source>
        <translation>“participants”必须是列表。</translation>
    </message>
    <message>
        <source>Each participant must be an object with the child&apos;s id in &quot;child&quot;.</source>
        <translation>每个参加者须是一个对象，儿童编号写在“child”中。</translation>
    </message>
    <message>
        <source>A participant has an unknown key &quot;%1&quot;.</source>
        <translation>参加者中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <source>The activity was saved with the id %1: %2 children and %3 guardians or caregivers took part.</source>
        <translation>活动已保存，编号 %1：参加儿童 %2 人，监护人或照护人 %3 人。</translation>
    </message>
    <message>
        <source>The activity %1 was changed: %2 children and %3 guardians or caregivers took part.</source>
        <translation>活动 %1 已修改：参加儿童 %2 人，监护人或照护人 %3 人。</translation>
    </message>
    <message>
        <source>Record a group activity or talk and who took part (docs/activity-json.md); prints its id.</source>
        <translation>登记一次集体活动或宣讲及参加人员（见 docs/activity-json.md），输出其编号。</translation>
    </message>
    <message>
        <source>Change an activity: its fields and its list of participants, which replaces the stored one.</source>
        <translation>修改活动：其各项内容以及参加人员名单（替换已存的名单）。</translation>
    </message>
    <message>
        <source>The activities of an area, newest first, with how many took part.</source>
        <translation>某地区的活动，最新的在前，含参加人数。</translation>
    </message>
    <message>
        <source>Only this area (a village, a township, …); the station&apos;s area by default.</source>
        <translation>只看该地区（村、乡镇……）；默认为本站区域。</translation>
    </message>
    <message>
        <source>From this day.</source>
        <translation>从这一天起。</translation>
    </message>
    <message>
        <source>Up to this day.</source>
        <translation>到这一天为止。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies).</source>
        <translation>
            <numerusform>共 %n 次活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity with the children and guardians who took part.</source>
        <translation>一次活动及参加的儿童和监护人。</translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation>村：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Organised by: %1</source>
        <translation>组织单位：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Child took part</source>
        <translation>儿童参加</translation>
    </message>
    <message>
        <source>Guardian or caregiver</source>
        <translation>监护人或照护人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 children and %2 guardians or caregivers took part.</source>
        <translation>参加儿童 %1 人，监护人或照护人 %2 人。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>e.g. 安全自护专题宣讲</source>
        <translation>例如：安全自护专题宣讲</translation>
    </message>
    <message>
        <source>Find a child by name…</source>
        <translation>按姓名查找儿童…</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Child took part</source>
        <translation>儿童参加</translation>
    </message>
    <message>
        <source>Guardian or caregiver took part</source>
        <translation>监护人或照护人参加</translation>
    </message>
    <message>
        <source>Who came for the child</source>
        <translation>陪同参加的人</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Organised by:</source>
        <translation>组织单位：</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>村：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Taking part: %1 children, %2 guardians or caregivers.</source>
        <translation>参加：儿童 %1 人，监护人或照护人 %2 人。</translation>
    </message>
    <message>
        <source>Who took part (the village&apos;s children on the register):</source>
        <translation>参加人员（本村在册儿童）：</translation>
    </message>
    <message>
        <source>Choose the village first.</source>
        <translation>请先选择村。</translation>
    </message>
    <message>
        <source>No longer on the register.</source>
        <translation>已不在册。</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>No child with the id %1.</source>
        <translation>没有编号为 %1 的儿童。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站。</translation>
    </message>
    <message>
        <source>: a value is required.</source>
        <translation>：必须填写。</translation>
    </message>
    <message>
        <source>The child %1 is listed twice.</source>
        <translation>儿童 %1 被列了两次。</translation>
    </message>
    <message>
        <source>The file of %1 was merged into the file %2: add that file instead.</source>
        <translation>%1 的档案已并入档案 %2，请改为添加该档案。</translation>
    </message>
    <message>
        <source>%1 lives in another village: an activity holds the children of one village (record it once per village).</source>
        <translation>%1 住在另一个村：一次活动只登记一个村的儿童（请按村分别登记）。</translation>
    </message>
    <message>
        <source>Choose the village of the activity from the official list.</source>
        <translation>请从官方名单中选择活动所在的村。</translation>
    </message>
    <message>
        <source>The village %1 is outside this station&apos;s area (%2).</source>
        <translation>%1 不在本站的区域（%2）内。</translation>
    </message>
    <message>
        <source>The children listed live in %1, not in the activity&apos;s village %2.</source>
        <translation>所列儿童住在%1，不在活动所在的村%2。</translation>
    </message>
    <message>
        <source>No activity with the id %1.</source>
        <translation>没有编号为 %1 的活动。</translation>
    </message>
    <message>
        <source>An activity stays in its village: record a new activity for another village.</source>
        <translation>活动不能改到别的村：请为另一个村另行登记活动。</translation>
    </message>
</context>
<context>
    <name>AddChildCommand</name>
    <message>
        <source>Register a child from a JSON file (&quot;-&quot; reads stdin).</source>
        <translation>从 JSON 文件登记一名儿童（“-”表示从标准输入读取）。</translation>
    </message>
    <message>
        <source>The JSON form of a child&apos;s file is described in docs/child-json.md.</source>
        <translation>儿童档案的 JSON 格式见 docs/child-json.md。</translation>
    </message>
    <message>
        <source>The file of %1 was saved with the id %2.</source>
        <translation>%1 的档案已保存，编号为 %2。</translation>
    </message>
</context>
<context>
    <name>AgreementAddCommand</name>
    <message>
        <source>Draw up a care agreement for a child from the child&apos;s file (parents and caregiver).</source>
        <translation>根据儿童档案（父母和照护人）拟定委托照护协议。</translation>
    </message>
    <message>
        <source>The child.</source>
        <translation>儿童。</translation>
    </message>
    <message>
        <source>First day of the term (default today).</source>
        <translation>委托期限起始日（默认今天）。</translation>
    </message>
    <message>
        <source>Last day of the term (default one year after the first, less a day).</source>
        <translation>委托期限截止日（默认起始日后一年减一天）。</translation>
    </message>
    <message>
        <source>The caregiver is able to give care.</source>
        <translation>委托照护人具有照护能力。</translation>
    </message>
    <message>
        <source>The caregiver has a record of abuse or violence.</source>
        <translation>委托照护人有虐待、暴力伤害等违法犯罪记录。</translation>
    </message>
    <message>
        <source>The caregiver has drug, alcohol or gambling habits.</source>
        <translation>委托照护人有吸毒、酗酒、赌博等恶习。</translation>
    </message>
    <message>
        <source>The caregiver has long neglected a duty of care.</source>
        <translation>委托照护人曾长期不履行监护、照护职责。</translation>
    </message>
    <message>
        <source>Another caregiver than the file&apos;s.</source>
        <translation>档案所列以外的照护人。</translation>
    </message>
    <message>
        <source>The caregiver&apos;s ID number.</source>
        <translation>委托照护人的身份证号码。</translation>
    </message>
    <message>
        <source>The caregiver&apos;s relation to the child.</source>
        <translation>委托照护人与儿童的关系。</translation>
    </message>
    <message>
        <source>The caregiver&apos;s phone.</source>
        <translation>委托照护人的联系电话。</translation>
    </message>
    <message>
        <source>The caregiver&apos;s address.</source>
        <translation>委托照护人的住址。</translation>
    </message>
    <message>
        <source>What the parents pay for the care.</source>
        <translation>父母支付的照护费用。</translation>
    </message>
    <message>
        <source>The option --child is required.</source>
        <translation>必须提供 --child 选项。</translation>
    </message>
    <message>
        <source>The child&apos;s file names no caregiver; give one with --caregiver-name.</source>
        <translation>儿童档案中没有照护人，请用 --caregiver-name 指定。</translation>
    </message>
    <message>
        <source>The agreement %1 was drawn up (caregiver %2, %3 to %4).</source>
        <translation>已拟定协议 %1（照护人%2，%3 至 %4）。</translation>
    </message>
    <message>
        <source>It replaces the agreement %1.</source>
        <translation>该协议取代协议 %1。</translation>
    </message>
    <message>
        <source>The caregiver check passes: the agreement can be printed.</source>
        <translation>委托照护人审核通过，协议可以打印。</translation>
    </message>
    <message>
        <source>The caregiver check fails, so it cannot be printed yet:</source>
        <translation>委托照护人审核未通过，暂不能打印：</translation>
    </message>
    <message>
        <source>The caregiver check (Art. 22 of the Law on the Protection of Minors) asks the seven questions --capable, --abuse, --habits, --neglect, --infringement, --abandonment and --unsuitable; a caregiver without an ID number is checked by --caregiver-birth-date from the document named by --caregiver-birth-document. An agreement whose check fails is stored but cannot be printed. A current agreement with the same caregiver is kept unless its renewal is due; otherwise the new agreement replaces it.</source>
        <translation>照护人核查（未成年人保护法第二十二条）包括七个问题：--capable、--abuse、--habits、--neglect、--infringement、--abandonment 和 --unsuitable；没有身份证号码的照护人，按 --caregiver-birth-document 所指证件上的出生日期 --caregiver-birth-date 核查。核查不通过的协议会保存但不能打印。同一照护人的现行协议在到期续签前保留，否则由新协议取代。</translation>
    </message>
    <message>
        <source>The caregiver has committed sexual assault or another infringement.</source>
        <translation>照护人曾实施性侵害等违法犯罪行为。</translation>
    </message>
    <message>
        <source>The caregiver has abandoned or trafficked a person.</source>
        <translation>照护人曾实施遗弃、拐卖行为。</translation>
    </message>
    <message>
        <source>The caregiver is otherwise unsuitable to be entrusted.</source>
        <translation>照护人有其他不适宜担任被委托人的情形。</translation>
    </message>
    <message>
        <source>Without an ID number: the caregiver&apos;s birth date from another document.</source>
        <translation>无身份证号码时：其他证件上的照护人出生日期。</translation>
    </message>
    <message>
        <source>The document the birth date comes from (household register, passport, …).</source>
        <translation>出生日期所据证件（户口簿、护照等）。</translation>
    </message>
</context>
<context>
    <name>AgreementAttachCommand</name>
    <message>
        <source>Attach a scan or photo of the signed paper (JPEG, PNG or PDF; images are reduced to 1 MB).</source>
        <translation>上传已签协议的扫描件或照片（JPEG、PNG 或 PDF；图片压缩至 1 MB 以内）。</translation>
    </message>
    <message>
        <source>Attached as %1 (%2 KB).</source>
        <translation>已上传，编号 %1（%2 KB）。</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <source>--%1: answer yes or no.</source>
        <translation>--%1：请回答 yes 或 no。</translation>
    </message>
</context>
<context>
    <name>AgreementCoverage</name>
    <message>
        <source>The coverage cannot be counted: %1</source>
        <translation>无法统计覆盖率：%1</translation>
    </message>
</context>
<context>
    <name>AgreementCoverageCommand</name>
    <message>
        <source>Signed, valid agreements among left-behind children, per village and township, and the children without one.</source>
        <translation>按村和乡镇统计留守儿童中已签订且有效的协议，并列出尚无协议的儿童。</translation>
    </message>
    <message>
        <source>Only this area (default: the station&apos;s).</source>
        <translation>只统计该区域（默认本站区域）。</translation>
    </message>
    <message>
        <source>Valid on this day (default today).</source>
        <translation>按该日期判断是否有效（默认今天）。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Children without a valid signed agreement:</source>
        <translation>没有有效签订协议的儿童：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>AgreementCoverageDialog</name>
    <message>
        <source>Care agreement coverage</source>
        <translation>委托照护协议覆盖率</translation>
    </message>
    <message>
        <source>Township / village</source>
        <translation>乡镇 / 村</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Signed and valid</source>
        <translation>已签订且有效</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>当前协议</translation>
    </message>
    <message>
        <source>Double-click a child to open the file.</source>
        <translation>双击儿童打开其档案。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Children without a valid signed agreement:</source>
        <translation>没有有效签订协议的儿童：</translation>
    </message>
    <message>
        <source>%1 of %2 children in the left-behind category have a signed agreement that is valid today (%3%).</source>
        <translation>留守儿童 %2 名中，%1 名有今日有效的已签订协议（%3%）。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Care agreement and printing: %1</source>
        <translation>委托照护协议与打印：%1</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>新协议</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>照护人</translation>
    </message>
    <message>
        <source>Caregiver&apos;s ID number</source>
        <translation>委托照护人身份证号码</translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation>与儿童关系</translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation>委托照护人联系电话</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>Able to give care</source>
        <translation>有照护能力</translation>
    </message>
    <message>
        <source>Record of abuse or violence</source>
        <translation>有虐待、暴力伤害记录</translation>
    </message>
    <message>
        <source>Drug, alcohol or gambling habits</source>
        <translation>有吸毒、酗酒、赌博恶习</translation>
    </message>
    <message>
        <source>Long neglect of the duty of care</source>
        <translation>长期不履行照护职责</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Costs of care</source>
        <translation>照护费用</translation>
    </message>
    <message>
        <source>Draw up agreement</source>
        <translation>拟定协议</translation>
    </message>
    <message>
        <source>Signed paper</source>
        <translation>已签纸质协议</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Village committee witness</source>
        <translation>村（居）委会见证人</translation>
    </message>
    <message>
        <source>Record signature</source>
        <translation>登记签订</translation>
    </message>
    <message>
        <source>Attach scan or photo…</source>
        <translation>上传扫描件或照片…</translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation>打印协议…</translation>
    </message>
    <message>
        <source>Print child&apos;s file…</source>
        <translation>打印儿童档案…</translation>
    </message>
    <message>
        <source>Print visit form…</source>
        <translation>打印走访记录表…</translation>
    </message>
    <message>
        <source>No care agreement yet.</source>
        <translation>尚无委托照护协议。</translation>
    </message>
    <message>
        <source>Current agreement: %1, caregiver %2, %3 to %4.</source>
        <translation>现行协议：%1，照护人%2，%3 至 %4。</translation>
    </message>
    <message>
        <source>The renewal is due.</source>
        <translation>需续签。</translation>
    </message>
    <message>
        <source>The child&apos;s file names another caregiver: draw up a new agreement.</source>
        <translation>儿童档案中的照护人已变更，请拟定新协议。</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) attached.</source>
        <translation>
            <numerusform>已上传 %n 份扫描件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The caregiver check passes.</source>
        <translation>委托照护人审核通过。</translation>
    </message>
    <message>
        <source>The caregiver check fails: %1</source>
        <translation>委托照护人审核未通过：%1</translation>
    </message>
    <message>
        <source>Attach the signed paper</source>
        <translation>上传已签协议</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件和照片 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>e.g. 1960-05-01, when there is no ID number</source>
        <translation>例如 1960-05-01，无身份证号码时填写</translation>
    </message>
    <message>
        <source>e.g. household register (户口簿)</source>
        <translation>例如 户口簿</translation>
    </message>
    <message>
        <source>Sexual assault or other infringement</source>
        <translation>曾实施性侵害等违法犯罪行为</translation>
    </message>
    <message>
        <source>Abandonment or trafficking</source>
        <translation>曾实施遗弃、拐卖行为</translation>
    </message>
    <message>
        <source>Otherwise unsuitable</source>
        <translation>其他不适宜担任被委托人的情形</translation>
    </message>
    <message>
        <source>Birth date (no ID number)</source>
        <translation>出生日期（无身份证号码时）</translation>
    </message>
    <message>
        <source>Shown by (document)</source>
        <translation>所据证件</translation>
    </message>
    <message>
        <source>The agreement in force is signed on paper. Answer the questions above only to draw up a new agreement; the caregiver check then applies to it.</source>
        <translation>现行协议已在纸面上签字。只有起草新协议时才需回答上面的问题，届时照护人核查适用于新协议。</translation>
    </message>
</context>
<context>
    <name>AgreementListCommand</name>
    <message>
        <source>List care agreements (replaced ones are left out).</source>
        <translation>列出委托照护协议（不含已被取代的）。</translation>
    </message>
    <message>
        <source>Only agreements inside this area.</source>
        <translation>只列该区域内的协议。</translation>
    </message>
    <message>
        <source>Only this child&apos;s agreements, replaced ones too.</source>
        <translation>只列该儿童的协议，含已被取代的。</translation>
    </message>
    <message>
        <source>Only this state: draft, printed, signed, expired, replaced.</source>
        <translation>只列该状态：draft、printed、signed、expired、replaced。</translation>
    </message>
    <message>
        <source>Only drafts and printed ones.</source>
        <translation>只列草稿和已打印的。</translation>
    </message>
    <message>
        <source>Only those due for renewal (30 days before the end).</source>
        <translation>只列需续签的（到期前30天起）。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是统计用区划代码表中的代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; use draft, printed, signed, expired or replaced.</source>
        <translation>“%1”不是协议状态，请用 draft、printed、signed、expired 或 replaced。</translation>
    </message>
    <message>
        <source>No agreement matches.</source>
        <translation>没有符合条件的协议。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>照护人</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待续签</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s).</source>
        <translation>
            <numerusform>共 %n 份协议。</numerusform>
        </translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
</context>
<context>
    <name>AgreementNoticeCommand</name>
    <message>
        <source>Record that the parents informed the school and the village committee in writing.</source>
        <translation>登记父母已书面告知学校和村（居）委会。</translation>
    </message>
    <message>
        <source>The day of the written notice.</source>
        <translation>书面告知日期。</translation>
    </message>
    <message>
        <source>The option --date is required.</source>
        <translation>必须提供 --date 选项。</translation>
    </message>
    <message>
        <source>The written notice of %1 is recorded.</source>
        <translation>已登记 %1 的书面告知。</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>%1 has left the register; no agreement can be made.</source>
        <translation>%1已退出名册，不能签订协议。</translation>
    </message>
    <message>
        <source>%1 already has an agreement with this caregiver (%2); a new one is made when the caregiver changes or the renewal is due.</source>
        <translation>%1已有与该照护人的协议（%2）；更换照护人或到期需续签时才签订新协议。</translation>
    </message>
    <message>
        <source>A %1 agreement cannot be changed; make a new agreement instead.</source>
        <translation>%1的协议不能修改，请重新签订协议。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes only through the agreement&apos;s lifecycle.</source>
        <translation>“%1”只能随协议流程变更。</translation>
    </message>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation>无法读取协议：%1</translation>
    </message>
    <message>
        <source>There is no agreement with the id %1.</source>
        <translation>没有编号为 %1 的协议。</translation>
    </message>
    <message>
        <source>A %1 agreement cannot become %2.</source>
        <translation>%1的协议不能变为%2。</translation>
    </message>
    <message>
        <source>Print the agreement first: the signatures go on the paper.</source>
        <translation>请先打印协议：签字须签在纸质协议上。</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation>请填写协议签订日期。</translation>
    </message>
    <message>
        <source>The signing date %1 is in the future.</source>
        <translation>签订日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The signing date %1 is before the agreement was printed (%2).</source>
        <translation>签订日期 %1 早于协议打印日期（%2）。</translation>
    </message>
    <message>
        <source>Enter the village committee&apos;s witness.</source>
        <translation>请填写村（居）委会见证人。</translation>
    </message>
    <message>
        <source>This agreement has been replaced by a newer one.</source>
        <translation>该协议已被新协议取代。</translation>
    </message>
    <message>
        <source>This agreement is not waiting for a review.</source>
        <translation>本协议不在待审核状态。</translation>
    </message>
    <message>
        <source>Enter the term of the agreement as two real dates (first and last day).</source>
        <translation>请用两个有效日期填写协议期限（第一天和最后一天）。</translation>
    </message>
    <message>
        <source>The last day of the term (%1) must come after the first (%2).</source>
        <translation>期限的最后一天（%1）必须晚于第一天（%2）。</translation>
    </message>
    <message>
        <source>The term may be at most five years; make a new agreement after that.</source>
        <translation>协议期限最长五年；到期后请重新签订协议。</translation>
    </message>
</context>
<context>
    <name>AgreementReviewCommand</name>
    <message>
        <source>Decide on an agreement drawn up elsewhere while the child had one on paper.</source>
        <translation>处理在其他站点拟定、而本儿童已有纸质协议的委托照护协议。</translation>
    </message>
    <message>
        <source>With --keep it becomes the child&apos;s current agreement (the one on paper is marked replaced); with --discard it is marked replaced.</source>
        <translation>用 --keep 将其设为儿童的现行协议（纸质协议标记为已替换）；用 --discard 将其标记为已替换。</translation>
    </message>
    <message>
        <source>Keep this agreement as the current one.</source>
        <translation>保留本协议作为现行协议。</translation>
    </message>
    <message>
        <source>Keep the agreement on paper; this one is replaced.</source>
        <translation>保留纸质协议；本协议标记为已替换。</translation>
    </message>
    <message>
        <source>Give either --keep or --discard.</source>
        <translation>请给出 --keep 或 --discard 之一。</translation>
    </message>
    <message>
        <source>The agreement %1 is now the current one.</source>
        <translation>协议 %1 现为现行协议。</translation>
    </message>
    <message>
        <source>The agreement %1 was marked replaced.</source>
        <translation>协议 %1 已标记为已替换。</translation>
    </message>
</context>
<context>
    <name>AgreementSignCommand</name>
    <message>
        <source>Record that a printed agreement was signed.</source>
        <translation>登记已打印的协议已签订。</translation>
    </message>
    <message>
        <source>The day it was signed.</source>
        <translation>签订日期。</translation>
    </message>
    <message>
        <source>The village committee&apos;s witness.</source>
        <translation>村（居）委会见证人。</translation>
    </message>
    <message>
        <source>The day the parents informed the school and the village committee in writing.</source>
        <translation>父母书面告知学校和村（居）委会的日期。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>The agreement %1 is signed (%2, witness %3).</source>
        <translation>协议 %1 已签订（%2，见证人%3）。</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>AreaCatalog</name>
    <message>
        <source>The list of area codes is missing or damaged.</source>
        <translation>区划代码表缺失或已损坏。</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <source>Type a place name or area code</source>
        <translation>输入地名或区划代码</translation>
    </message>
</context>
<context>
    <name>AreaTreeModel</name>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童人数</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is too large to attach.</source>
        <translation>文件 %1 太大，无法上传。</translation>
    </message>
    <message>
        <source>The attachments cannot be read: %1</source>
        <translation>无法读取附件：%1</translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
        <translation>没有编号为 %1 的附件。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Make a verified backup copy of the database (in its backup folder, or --out FILE).</source>
        <translation>生成经校验的数据库备份（放在其备份文件夹中，或 --out FILE）。</translation>
    </message>
    <message>
        <source>The copy is made with SQLite&apos;s online backup API and checked with PRAGMA integrity_check before it gets its name; a copy that fails is deleted. Without --out the copy goes into the folder &quot;&lt;database&gt;.backups&quot; beside the database and the oldest beyond the kept number are deleted (see &quot;shouhu-cli backups --keep&quot;).</source>
        <translation>副本用 SQLite 的在线备份接口生成，在命名前用 PRAGMA integrity_check 检查；未通过的副本会被删除。不带 --out 时，副本放在数据库旁的“&lt;数据库&gt;.backups”文件夹中，超出保留数量的最旧备份会被删除（见“shouhu-cli backups --keep”）。</translation>
    </message>
    <message>
        <source>Write the copy to FILE (replaced if it exists).</source>
        <translation>将副本写入 FILE（已存在则替换）。</translation>
    </message>
    <message>
        <source>A verified backup (%1) was written to %2.</source>
        <translation>经校验的备份（%1）已写入 %2。</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a Shouhu database; nothing was changed.</source>
        <translation>文件 %1 不是守护数据库；未做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 is damaged (SQLite cannot read it); choose another backup; nothing was changed.</source>
        <translation>文件 %1 已损坏（SQLite 无法读取）；请选择另一份备份；未做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 is damaged (it fails SQLite&apos;s integrity check); choose another backup; nothing was changed.</source>
        <translation>文件 %1 已损坏（未通过 SQLite 完整性检查）；请选择另一份备份；未做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Shouhu (database version %2; this one knows up to %3): restore it with that version; nothing was changed.</source>
        <translation>文件 %1 由更新版本的守护生成（数据库版本 %2；本版本最高支持 %3）：请用该版本恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 is the database itself; choose a backup.</source>
        <translation>文件 %1 就是数据库本身；请选择一份备份。</translation>
    </message>
    <message>
        <source>Finish the change under way first; nothing was restored.</source>
        <translation>请先完成正在进行的修改；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The file %1 holds no station (a database never set up), so it would wipe this station&apos;s register; nothing was changed.</source>
        <translation>文件 %1 中没有站点（从未设置过的数据库），恢复会清空本站台账；未做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 is a backup of another station (&quot;%2&quot;, id %3), not of this one (&quot;%4&quot;); nothing was changed.</source>
        <translation>文件 %1 是另一个站点（“%2”，编号 %3）的备份，不是本站（“%4”）的；未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was restored, because the backup of the current data failed: %1.</source>
        <translation>未恢复任何内容，因为当前数据的备份失败：%1。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>未恢复任何内容：%1。</translation>
    </message>
    <message>
        <source>Nothing was restored: the damaged database could not be kept as %1.</source>
        <translation>未恢复任何内容：无法将损坏的数据库保留为 %1。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 could not be replaced.</source>
        <translation>未恢复任何内容：无法替换 %1。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Between 1 and %1 backups can be kept.</source>
        <translation>可保留的备份数为 1 到 %1 份。</translation>
    </message>
    <message>
        <source>this program may not write files larger than %1 (a limit set on this computer)</source>
        <translation>本程序不得写入大于 %1 的文件（这台电脑设置的限制）</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; free some space and try again</source>
        <translation>存放 %1 的磁盘已满；请腾出空间后再试</translation>
    </message>
    <message>
        <source>the disk could not write in %1 (an input/output error)</source>
        <translation>磁盘无法在 %1 中写入（输入/输出错误）</translation>
    </message>
    <message>
        <source>the folder %1 is read-only or cannot be created</source>
        <translation>文件夹 %1 是只读的或无法创建</translation>
    </message>
    <message>
        <source>the copy failed SQLite&apos;s integrity check and was deleted (the database itself may be damaged)</source>
        <translation>副本未通过 SQLite 完整性检查，已删除（数据库本身可能已损坏）</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>SQLite error %1 on writing in %2</source>
        <translation>在 %2 中写入时出现 SQLite 错误 %1</translation>
    </message>
    <message>
        <source>the database is in the middle of a change</source>
        <translation>数据库正在进行一项修改</translation>
    </message>
    <message>
        <source>No backup could be made: %1.</source>
        <translation>未能备份：%1。</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself; name another file.</source>
        <translation>备份不能覆盖数据库本身；请另选一个文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder; name the file of the backup.</source>
        <translation>%1 是文件夹；请指定备份文件的名称。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Nothing was imported, because the backup made before every import failed: %1.</source>
        <translation>未导入任何内容，因为每次导入前的备份失败：%1。</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>List the backups in the database&apos;s backup folder (time, reason, size, verified).</source>
        <translation>列出数据库备份文件夹中的备份（时间、原因、大小、是否校验）。</translation>
    </message>
    <message>
        <source>Every copy listed passed the integrity check when it was made; --verify checks each again now. --keep N sets how many backups are kept (default %1).</source>
        <translation>列出的每份副本在生成时都通过了完整性检查；--verify 现在重新检查每一份。--keep N 设置保留多少份备份（默认 %1）。</translation>
    </message>
    <message>
        <source>Keep the last N backups (1 to %1); older ones are deleted now.</source>
        <translation>保留最近 N 份备份（1 到 %1）；更早的现在删除。</translation>
    </message>
    <message>
        <source>Run the integrity check on every copy again.</source>
        <translation>对每份副本重新进行完整性检查。</translation>
    </message>
    <message>
        <source>There is no backup in %1 yet.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1; the last %2 are kept.</source>
        <translation>
            <numerusform>%1 中有 %n 份备份；保留最近 %2 份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BenchBackupCommand</name>
    <message>
        <source>Measure a verified backup of a city-sized database (budget &lt; %1 s).</source>
        <translation>测量对市级规模数据库做一次经校验的备份（预算 &lt; %1 秒）。</translation>
    </message>
    <message>
        <source>Runs on a new demo database in a temporary folder (--db is not used): N demo children (default 60000), then one backup into the backup folder (the copy and its integrity check), timed. The budget is shown as met or missed; the exit code stays 0.</source>
        <translation>在临时文件夹中的新演示数据库上运行（不使用 --db）：N 名演示儿童（默认 60000），然后向备份文件夹做一次备份（复制及其完整性检查）并计时。预算显示为达到或未达到；退出码始终为 0。</translation>
    </message>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation>数据库中的儿童数（默认 60000）。</translation>
    </message>
    <message>
        <source>No temporary folder could be made.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Benchmark demo station</source>
        <translation>基准测试演示站</translation>
    </message>
    <message>
        <source>Creating %1 demo children…</source>
        <translation>正在创建 %1 名演示儿童…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Backup of %1 children (%2), verified</source>
        <translation>%1 名儿童的备份（%2），已校验</translation>
    </message>
    <message>
        <source>  of which the copy (backup API, fsync)</source>
        <translation>  其中复制（备份接口，fsync）</translation>
    </message>
    <message>
        <source>  of which PRAGMA integrity_check</source>
        <translation>  其中 PRAGMA integrity_check</translation>
    </message>
    <message>
        <source>Encrypt the database (SQLCipher) before the backup is measured.</source>
        <translation>测量备份前先加密数据库（SQLCipher）。</translation>
    </message>
</context>
<context>
    <name>BenchCity</name>
    <message>
        <source>Benchmark demo station</source>
        <translation>基准测试演示站</translation>
    </message>
    <message>
        <source>Creating demo children: %1 of %2</source>
        <translation>正在生成演示儿童：%1 / %2</translation>
    </message>
</context>
<context>
    <name>BenchDispatchCommand</name>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation>数据库中的儿童人数（默认 60000）。</translation>
    </message>
    <message>
        <source>No temporary folder can be made: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Benchmark dispatch: %1 children, %2 (%3 areas)</source>
        <translation>基准测试 dispatch：%1 名儿童，%2（%3 个地区）</translation>
    </message>
    <message>
        <source>(%1 demo children were created first, in %2 s.)</source>
        <translation>（先生成了 %1 名演示儿童，用时 %2 秒。）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Dispatch report %1, %2 children updated (median of 3)</source>
        <translation>调度报告 %1，%2 名儿童有更新（3 次的中位数）</translation>
    </message>
    <message numerus="yes">
        <source>  of which the week&apos;s writes traced to %n child(ren)</source>
        <translation>
            <numerusform>  其中：本周的改动追溯到 %n 名儿童</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  the same for %1 (%n child(ren) updated)</source>
        <translation>
            <numerusform>  %1 的同一项（%n 名儿童有更新）</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation>写入 CSV</translation>
    </message>
    <message>
        <source>Writing XLSX</source>
        <translation>写入 XLSX</translation>
    </message>
    <message numerus="yes">
        <source>Writing PDF (%n page(s))</source>
        <translation>
            <numerusform>写入 PDF（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure the weekly dispatch report and the data-quality checks of a city, and writing the report as CSV, XLSX and PDF.</source>
        <translation>测量市级每周调度报表和数据质量检查的耗时，以及将报表写成 CSV、XLSX 和 PDF 的耗时。</translation>
    </message>
    <message>
        <source>A new database is first set up as a city station (赣州市) and filled with demo children; a demo database with fewer children than asked is filled up. The report of this week (every demo child updated, the most work) is made three times after one run that warms the cache; the median counts; the same for the data-quality checks of the whole station (as `check` runs them). Budgets: the report &lt; %1 ms, the checks &lt; %2 ms. The files go to a temporary folder.</source>
        <translation>先将新数据库设为市级站点（赣州市）并填入演示儿童；演示数据库中儿童少于要求时补足。本周的报表（每个演示儿童都有更新，工作量最大）先运行一次预热缓存，再生成三次，取中位数；全站的数据质量检查（与 `check` 相同）也是如此。预算：报表 &lt; %1 毫秒，检查 &lt; %2 毫秒。文件写入临时文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Data-quality checks of the station, %n issue(s) (median of 3)</source>
        <translation>
            <numerusform>全站数据质量检查，%n 个问题（3 次取中位数）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchImportManyCommand</name>
    <message>
        <source>Measure a township importing many village packages in one action against importing them one by one (a scratch folder; the database of --db is not touched).</source>
        <translation>测量乡镇一次导入多个村级数据包与逐个导入所用的时间（在临时文件夹中进行，不会改动 --db 指定的数据库）。</translation>
    </message>
    <message>
        <source>Village packages (default 30).</source>
        <translation>村级数据包个数（默认 30）。</translation>
    </message>
    <message>
        <source>Children in each village&apos;s package (default 40).</source>
        <translation>每个村级数据包中的儿童人数（默认 40）。</translation>
    </message>
    <message numerus="yes">
        <source>The official list has no township with %n village(s).</source>
        <translation>
            <numerusform>官方区划表中没有下辖 %n 个村的乡镇。</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1 village stations with %2 demo children each…</source>
        <translation>正在创建 %1 个村级站点，每个站点 %2 名演示儿童……</translation>
    </message>
    <message>
        <source>The scratch databases could not be copied.</source>
        <translation>无法复制临时数据库。</translation>
    </message>
    <message>
        <source>An import failed: %1</source>
        <translation>有一次导入失败：%1</translation>
    </message>
</context>
<context>
    <name>BenchOfficeCommand</name>
    <message>
        <source>Measure the office&apos;s views on a city database: the dashboard, the weekly dispatch report and the data-quality checks, against their budgets.</source>
        <translation>在市级数据库上测量办公视图：工作台、每周调度表和数据质量检查，并与各自的预算比较。</translation>
    </message>
    <message>
        <source>A new database is first set up as a city station (赣州市) and filled with demo children (as bench dispatch makes it); a demo database with fewer children than asked is filled up; give --db to reuse one. Each view is run once to warm the cache, then three times; the median counts. Budgets: the dashboard &lt; %1 ms, the dispatch report &lt; %2 ms, the checks (as `check` runs them) &lt; %3 ms. The dashboard is also timed without its data-quality figure, and a township&apos;s dashboard and one drill-down list apart.</source>
        <translation>新数据库先设为市级站点（赣州市）并填入演示儿童（与 bench dispatch 相同）；儿童数少于要求的演示数据库会补足；用 --db 可重复使用同一数据库。每个视图先运行一次以预热缓存，再运行三次，取中位数。预算：工作台 &lt; %1 毫秒，调度表 &lt; %2 毫秒，数据质量检查（与 `check` 相同）&lt; %3 毫秒。另外分别测量不含数据质量数字的工作台、一个乡镇的工作台和一份下钻名单。</translation>
    </message>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation>数据库中的儿童数（默认 60000）。</translation>
    </message>
    <message>
        <source>Benchmark office: %1 children, %2 (%3 areas)</source>
        <translation>办公基准测试：%1 名儿童，%2（%3 个区域）</translation>
    </message>
    <message>
        <source>(%1 demo children were created first, in %2 s.)</source>
        <translation>（先生成了 %1 名演示儿童，用时 %2 秒。）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Dashboard of the city (median of 3)</source>
        <translation>全市工作台（3 次中位数）</translation>
    </message>
    <message>
        <source>  the same without the data-quality figure</source>
        <translation>  不含数据质量数字</translation>
    </message>
    <message numerus="yes">
        <source>  the dashboard of %1 (%n child(ren))</source>
        <translation>
            <numerusform>  %1 的工作台（%n 名儿童）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  the list behind &quot;to survey&quot; (%n child(ren))</source>
        <translation>
            <numerusform>  “未排查”背后的名单（%n 名儿童）</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatch report of this week (median of 3)</source>
        <translation>本周调度表（3 次中位数）</translation>
    </message>
    <message numerus="yes">
        <source>Data-quality checks of the station, %n issue(s) (median of 3)</source>
        <translation>
            <numerusform>本站数据质量检查，%n 个问题（3 次中位数）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchOpenSearchCommand</name>
    <message>
        <source>Measure opening the database with the first page of the case list, name searches and peak memory.</source>
        <translation>测量打开数据库并显示案例列表第一页、按姓名搜索的用时以及内存峰值。</translation>
    </message>
    <message>
        <source>A new or demo database with fewer children than asked is first filled with demo data. The measurement runs in a new process, so that the database is opened from scratch. Budgets: open + first page &lt; %1 ms, every search &lt; %2 ms, peak memory &lt; %3 MB.</source>
        <translation>新数据库或演示数据库中的儿童少于指定人数时，先补足演示数据。测量在新进程中进行，数据库从头打开。指标：打开并显示第一页 &lt; %1 毫秒，每次搜索 &lt; %2 毫秒，内存峰值 &lt; %3 MB。</translation>
    </message>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation>数据库中的儿童人数（默认 60000）。</translation>
    </message>
    <message>
        <source>Internal: measure in this process and print JSON.</source>
        <translation>内部使用：在本进程中测量并输出 JSON。</translation>
    </message>
    <message>
        <source>The measuring process failed: %1</source>
        <translation>测量进程失败：%1</translation>
    </message>
    <message>
        <source>Benchmark open-search: %1 children in %2</source>
        <translation>性能测试 open-search：%2 中有 %1 名儿童</translation>
    </message>
    <message>
        <source>(%1 demo children were created first, in %2 s.)</source>
        <translation>（先生成了 %1 名演示儿童，用时 %2 秒。）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Open + first page of %1 rows</source>
        <translation>打开并显示第一页（%1 行）</translation>
    </message>
    <message>
        <source>Search, median of %1</source>
        <translation>搜索，%1 次的中位数</translation>
    </message>
    <message>
        <source>Search, slowest</source>
        <translation>搜索，最慢一次</translation>
    </message>
    <message>
        <source>Peak memory (VmHWM)</source>
        <translation>内存峰值（VmHWM）</translation>
    </message>
    <message>
        <source>Benchmark demo station</source>
        <translation>性能测试演示站点</translation>
    </message>
    <message>
        <source>Creating demo children: %1 of %2</source>
        <translation>正在生成演示儿童：%1 / %2</translation>
    </message>
</context>
<context>
    <name>BenchPrintCommand</name>
    <message>
        <source>Measure printing: a village&apos;s batch of agreements to one PDF, and one agreement&apos;s preview.</source>
        <translation>测量打印性能：一个村的协议批量生成一个 PDF，以及单份协议的预览。</translation>
    </message>
    <message>
        <source>Runs on a new demo database in a temporary folder (--db is not used). Budgets: a batch of 300 agreements &lt; %1 s, one agreement&apos;s preview &lt; %2 ms.</source>
        <translation>在临时文件夹中的新演示数据库上运行（不使用 --db）。指标：300 份协议的批量 &lt; %1 秒，单份协议预览 &lt; %2 毫秒。</translation>
    </message>
    <message>
        <source>Agreements in the batch (default 300).</source>
        <translation>批量中的协议数（默认 300）。</translation>
    </message>
    <message>
        <source>Keep the batch PDF in this file.</source>
        <translation>将批量 PDF 保存到该文件。</translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>无法绘制预览。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Batch PDF of %1 agreements (%2 KB)</source>
        <translation>%1 份协议的批量 PDF（%2 KB）</translation>
    </message>
    <message>
        <source>One agreement&apos;s preview, first</source>
        <translation>单份协议预览，首次</translation>
    </message>
    <message>
        <source>One agreement&apos;s preview, slowest of %1</source>
        <translation>单份协议预览，%1 次中最慢</translation>
    </message>
</context>
<context>
    <name>BenchRosterCommand</name>
    <message>
        <source>Measure importing a roster of new children into a new village database (a scratch folder; the database of --db is not touched).</source>
        <translation>测量把新儿童花名册导入新建的村级数据库所需时间（在临时文件夹中进行，不动 --db 指定的数据库）。</translation>
    </message>
    <message>
        <source>A roster of N children (valid ID numbers, guardian and school) is written as CSV and as XLSX; both are read, the CSV one is planned (every row checked) and imported in one transaction. Budget: reading, planning and importing &lt; %1 ms.</source>
        <translation>生成 N 名儿童的花名册（有效身份证号、监护人和学校），分别写成 CSV 和 XLSX；两者都读取，对 CSV 花名册逐行检查后在一个事务中导入。预算：读取、检查和导入合计 &lt; %1 毫秒。</translation>
    </message>
    <message>
        <source>Rows of the roster (default 10000).</source>
        <translation>花名册行数（默认 10000）。</translation>
    </message>
    <message>
        <source>Benchmark station</source>
        <translation>基准测试站点</translation>
    </message>
    <message>
        <source>The benchmark&apos;s roster has rows that are not new children: %1 of %2.</source>
        <translation>基准测试花名册中有的行不是新儿童：%2 行中只有 %1 行是新儿童。</translation>
    </message>
</context>
<context>
    <name>BenchScheduleCommand</name>
    <message>
        <source>Measure the month&apos;s schedule, the open-referral list and saving a visit.</source>
        <translation>测量本月走访计划、未办结转介列表和保存走访的用时。</translation>
    </message>
    <message>
        <source>A new or demo database with fewer children than asked is first filled with demo data (with a year of visits). Budgets: schedule &lt; %1 ms, open referrals &lt; %2 ms, saving a visit &lt; %3 ms (the slowest of 20; measured only on demo data, since it writes visits).</source>
        <translation>新数据库或儿童数少于要求的演示数据库会先填入演示数据（含一年的走访）。指标：走访计划 &lt; %1 毫秒，未办结转介 &lt; %2 毫秒，保存走访 &lt; %3 毫秒（20 次中最慢的一次；只在演示数据上测量，因为会写入走访）。</translation>
    </message>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation>数据库中的儿童人数（默认 60000）。</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>Benchmark schedule: %1 children, %2 visits</source>
        <translation>走访计划基准测试：%1 名儿童，%2 条走访</translation>
    </message>
    <message>
        <source>(%1 demo children with their visits were created first, in %2 s.)</source>
        <translation>（先生成了 %1 名演示儿童及其走访，用时 %2 秒。）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Month&apos;s schedule (%1 due, %2 overdue, %3 visited)</source>
        <translation>本月走访计划（应访 %1，逾期 %2，已访 %3）</translation>
    </message>
    <message>
        <source>Open referrals (%1)</source>
        <translation>未办结转介（%1）</translation>
    </message>
    <message>
        <source>Saving a visit, slowest of 20 (median %1 ms)</source>
        <translation>保存走访，20 次中最慢（中位数 %1 毫秒）</translation>
    </message>
    <message>
        <source>not measured (real data)</source>
        <translation>未测量（真实数据）</translation>
    </message>
    <message>
        <source>Benchmark demo station</source>
        <translation>性能测试演示站点</translation>
    </message>
    <message>
        <source>Creating demo children: %1 of %2</source>
        <translation>正在生成演示儿童：%1 / %2</translation>
    </message>
</context>
<context>
    <name>BenchStations</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>BenchSyncCommand</name>
    <message>
        <source>Measure export and import of sync packages against the budgets (a scratch folder; the database of --db is not touched).</source>
        <translation>按性能预算测量同步数据包的导出和导入（使用临时文件夹；不改动 --db 指定的数据库）。</translation>
    </message>
    <message>
        <source>Children in the township (default 60000).</source>
        <translation>乡镇的儿童人数（默认 60000）。</translation>
    </message>
    <message>
        <source>Creating %1 demo children…</source>
        <translation>正在创建 %1 名演示儿童…</translation>
    </message>
    <message>
        <source>The sqlite3 shell is needed for this benchmark (Debian package sqlite3).</source>
        <translation>此基准测试需要 sqlite3 命令行工具（Debian 软件包 sqlite3）。</translation>
    </message>
    <message>
        <source>Encrypt the three stations&apos; databases (SQLCipher) before anything is measured.</source>
        <translation>测量之前先将三个站点的数据库加密（SQLCipher）。</translation>
    </message>
</context>
<context>
    <name>BlindIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>CareAgreement</name>
    <message>
        <source>This agreement has been replaced by a newer one; print the current one.</source>
        <translation>该协议已被新协议取代，请打印现行协议。</translation>
    </message>
    <message>
        <source>The agreement has no term: enter the first and the last day.</source>
        <translation>协议没有期限：请填写起止日期。</translation>
    </message>
    <message>
        <source>The caregiver check failed, so the agreement cannot be printed: %1</source>
        <translation>委托照护人审核未通过，协议不能打印：%1</translation>
    </message>
</context>
<context>
    <name>CaregiverCheck</name>
    <message>
        <source>The caregiver&apos;s ID number is not valid: %1</source>
        <translation>委托照护人的身份证号码无效：%1</translation>
    </message>
    <message>
        <source>The caregiver is under 18 (born %1): a caregiver must be an adult.</source>
        <translation>委托照护人未满十八周岁（%1出生）：照护人必须是成年人。</translation>
    </message>
    <message>
        <source>Whether the caregiver is able to give care has not been answered.</source>
        <translation>尚未回答委托照护人是否具有照护能力。</translation>
    </message>
    <message>
        <source>The caregiver is not able to give care.</source>
        <translation>委托照护人不具有照护能力。</translation>
    </message>
    <message>
        <source>Whether the caregiver has a record of abuse or violence has not been answered.</source>
        <translation>尚未回答委托照护人是否有虐待、暴力伤害等违法犯罪记录。</translation>
    </message>
    <message>
        <source>The caregiver has a record of abuse or violence.</source>
        <translation>委托照护人有虐待、暴力伤害等违法犯罪记录。</translation>
    </message>
    <message>
        <source>Whether the caregiver has drug, alcohol or gambling habits has not been answered.</source>
        <translation>尚未回答委托照护人是否有吸毒、酗酒、赌博等恶习。</translation>
    </message>
    <message>
        <source>The caregiver has drug, alcohol or gambling habits.</source>
        <translation>委托照护人有吸毒、酗酒、赌博等恶习。</translation>
    </message>
    <message>
        <source>Whether the caregiver has long neglected a duty of care has not been answered.</source>
        <translation>尚未回答委托照护人是否曾长期不履行监护、照护职责。</translation>
    </message>
    <message>
        <source>The caregiver has long neglected a duty of care.</source>
        <translation>委托照护人曾长期不履行监护、照护职责。</translation>
    </message>
    <message>
        <source>The caregiver&apos;s ID number is missing, and no birth date from another document (household register, passport, …) is recorded, so the age cannot be checked.</source>
        <translation>照护人没有身份证号码，也未登记其他证件（户口簿、护照等）上的出生日期，无法核查年龄。</translation>
    </message>
    <message>
        <source>The caregiver is under 18 (born %1, according to the %2): a caregiver must be an adult.</source>
        <translation>照护人未满 18 周岁（据%2，出生于%1）：照护人须为成年人。</translation>
    </message>
    <message>
        <source>Whether the caregiver has committed sexual assault or another infringement has not been answered.</source>
        <translation>尚未回答照护人是否曾实施性侵害等违法犯罪行为。</translation>
    </message>
    <message>
        <source>The caregiver has committed sexual assault or another infringement.</source>
        <translation>照护人曾实施性侵害等违法犯罪行为。</translation>
    </message>
    <message>
        <source>Whether the caregiver has abandoned or trafficked a person has not been answered.</source>
        <translation>尚未回答照护人是否曾实施遗弃、拐卖行为。</translation>
    </message>
    <message>
        <source>The caregiver has abandoned or trafficked a person.</source>
        <translation>照护人曾实施遗弃、拐卖行为。</translation>
    </message>
    <message>
        <source>Whether the caregiver is otherwise unsuitable has not been answered.</source>
        <translation>尚未回答照护人是否有其他不适宜担任被委托人的情形。</translation>
    </message>
    <message>
        <source>The caregiver is otherwise unsuitable to be entrusted.</source>
        <translation>照护人有其他不适宜担任被委托人的情形。</translation>
    </message>
</context>
<context>
    <name>CaseDatabase</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a Shouhu database.</source>
        <translation>文件 %1 不是守护数据库。</translation>
    </message>
    <message>
        <source>This database already belongs to the station &quot;%1&quot;.</source>
        <translation>此数据库已属于站点“%1”。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>The change was not saved because part of it failed.</source>
        <translation>部分内容保存失败，本次修改未保存。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: Shouhu must create files next to the database there; move the database to a folder you may write to.</source>
        <translation>文件夹 %1 是只读的：守护需要在数据库旁边建立文件；请把数据库移到您可以写入的文件夹。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only, so nothing can be saved in it; make it writable (check its permissions) or work on a copy in a folder of your own.</source>
        <translation>数据库文件 %1 是只读的，无法保存任何内容；请把它改为可写（检查文件权限），或在您自己的文件夹里使用它的副本。</translation>
    </message>
    <message>
        <source>The database %1 could not carry out the request.</source>
        <translation>数据库 %1 无法完成这项操作。</translation>
    </message>
    <message>
        <source>The database file %1 was moved or deleted while it was open; start Shouhu again.</source>
        <translation>数据库文件 %1 在打开期间被移动或删除了；请重新启动守护。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened; check that the file and its folder exist and that you may read and write them.</source>
        <translation>无法打开数据库 %1；请检查该文件及其文件夹是否存在，以及您是否有读写权限。</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk holding %1 is full; free some space and try again.</source>
        <translation>未保存任何内容：存放 %1 的磁盘已满；请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The disk could not read or write the database %1 (an input/output error); check the disk, then try again.</source>
        <translation>磁盘无法读写数据库 %1（输入输出错误）；请检查磁盘后再试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged; restore it from the latest backup copy.</source>
        <translation>数据库 %1 已损坏；请用最近的备份恢复。</translation>
    </message>
    <message>
        <source>The database %1 is busy in another program; try again in a moment.</source>
        <translation>数据库 %1 正被另一个程序使用；请稍后再试。</translation>
    </message>
    <message>
        <source>There is not enough memory to work on the database %1; close other programs and try again.</source>
        <translation>内存不足，无法处理数据库 %1；请关闭其他程序后再试。</translation>
    </message>
    <message>
        <source>The database %1 could not carry out the request (SQLite error %2).</source>
        <translation>数据库 %1 无法完成这项操作（SQLite 错误 %2）。</translation>
    </message>
    <message>
        <source>Nothing was saved: this program may not write files larger than %1 (a limit set on this computer); ask for the limit to be raised.</source>
        <translation>未保存任何内容：这台电脑限制本程序写入的文件大小不得超过 %1；请让管理员提高这个上限。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2 岁）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date (age)</source>
        <translation>出生日期（年龄）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search by name or ID number</source>
        <translation>按姓名或身份证号搜索</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>Choose the child&apos;s village from the official list.</source>
        <translation>请从官方区划表中选择儿童所在的村（居）。</translation>
    </message>
    <message>
        <source>The village %1 is outside this station&apos;s area (%2).</source>
        <translation>%1 不在本站点的管辖范围（%2）内。</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>儿童本人</translation>
    </message>
    <message>
        <source>The child&apos;s name is required.</source>
        <translation>必须填写儿童姓名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relation the file knows.</source>
        <translation>“%1”不是档案中的亲属关系。</translation>
    </message>
    <message>
        <source>A child who leaves the register needs an exit reason and date.</source>
        <translation>儿童退出名册时必须填写退出原因和日期。</translation>
    </message>
    <message>
        <source>The child is 18 or older; check the birth date.</source>
        <translation>该儿童已满18周岁，请核对出生日期。</translation>
    </message>
    <message>
        <source>A child&apos;s village cannot be changed here; exit the child as moved away and register the child in the new village.</source>
        <translation>此处不能更改儿童所在村；请以“迁出”办理退出，并在新村重新登记。</translation>
    </message>
    <message>
        <source>No child with the id %1.</source>
        <translation>没有编号为 %1 的儿童。</translation>
    </message>
    <message>
        <source>The verdicts could not be saved.</source>
        <translation>认定结果无法保存。</translation>
    </message>
    <message>
        <source>The ID number %1 is already on the register: %2 of %3, whose files were merged into one; search for %1 in the case list to open it.</source>
        <translation>身份证号 %1 已在册：%3 的 %2（其档案已合并为一份）；请在儿童列表中搜索 %1 打开该档案。</translation>
    </message>
    <message>
        <source>The ID number %1 is already on the register: %2 of %3; search for %1 in the case list to open that file instead of registering the child again.</source>
        <translation>身份证号 %1 已在册：%3 的 %2；请在儿童列表中搜索 %1 打开该档案，不要重复登记。</translation>
    </message>
    <message>
        <source>The village already has a file of %1 born on %2 (id %3): check that this is not the same child before registering again.</source>
        <translation>本村已有 %1（出生于 %2，编号 %3）的档案：请先核实是否为同一名儿童，再重复登记。</translation>
    </message>
    <message>
        <source>%1: the birth date %2 does not match the ID number, which says %3.</source>
        <translation>%1：出生日期 %2 与身份证号码不符，身份证号码显示为 %3。</translation>
    </message>
    <message>
        <source>%1: the sex does not match the ID number, which says %2.</source>
        <translation>%1：性别与身份证号码不符，身份证号码显示为%2。</translation>
    </message>
    <message>
        <source>No file was changed, because the file of %1 refuses the change: %2</source>
        <translation>所有档案均未更改，因为%1的档案不接受此更改：%2</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Not left-behind</source>
        <translation>非留守儿童</translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>疑似留守儿童</translation>
    </message>
    <message>
        <source>Over-age</source>
        <translation>超龄</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Data-quality checks of the children on the register: missing, invalid and contradictory facts, one line each (docs/cli.md lists the rules).</source>
        <translation>检查在册儿童的数据质量：缺失、无效和相互矛盾的信息，每条一行（规则见 docs/cli.md）。</translation>
    </message>
    <message>
        <source>Only children inside this area.</source>
        <translation>只包括该区划内的儿童。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是统计用区划代码表中的代码。</translation>
    </message>
    <message>
        <source>No data-quality issue found.</source>
        <translation>未发现数据质量问题。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s).</source>
        <translation>
            <numerusform>共 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIdCommand</name>
    <message>
        <source>Check citizen ID numbers: valid or why not, birth date, sex, county.</source>
        <translation>核验公民身份号码：是否有效及原因、出生日期、性别、所属区县。</translation>
    </message>
    <message>
        <source>Exits with 1 when any number is not valid.</source>
        <translation>只要有一个号码无效，退出码即为 1。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>County or reason</source>
        <translation>区县或原因</translation>
    </message>
    <message>
        <source>%1 (no longer in the area list)</source>
        <translation>%1（已不在区划代码表中）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>ChildFile</name>
    <message>
        <source>&quot;household&quot; must be an object.</source>
        <translation>“household”必须是一个对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>“%1”必须是一个对象。</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>就学情况</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Schooling and health</source>
        <translation>就学与健康</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandparents</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Guardian and caregiver</source>
        <translation>监护人与照护人</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Guardianship and notes</source>
        <translation>监护与备注</translation>
    </message>
    <message>
        <source>Exit child…</source>
        <translation>退出名册…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>The ID number says the child was born on %1, not %2.</source>
        <translation>身份证号显示出生日期为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The ID number says the child is %1.</source>
        <translation>身份证号显示性别为%1。</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>新儿童</translation>
    </message>
    <message>
        <source>exited: %1</source>
        <translation>已退出：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The file of %1 has changes that are not saved.</source>
        <translation>%1 的档案有未保存的修改。</translation>
    </message>
    <message>
        <source>Save the changes before the child leaves the register.</source>
        <translation>请先保存修改，再办理退出。</translation>
    </message>
    <message>
        <source>Agreement and printing…</source>
        <translation>协议与打印…</translation>
    </message>
    <message>
        <source>Save the child&apos;s file first: agreements and printouts use the saved file.</source>
        <translation>请先保存儿童档案：协议和打印使用已保存的档案。</translation>
    </message>
    <message>
        <source>Visits and referrals</source>
        <translation>走访与转介</translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation>打印协议书…</translation>
    </message>
    <message>
        <source>Save the child&apos;s file first: a visit is recorded about the saved file.</source>
        <translation>请先保存儿童档案：走访记录在已保存的档案上。</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>最后更新 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
</context>
<context>
    <name>ChildMerger</name>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>A file cannot be merged with itself.</source>
        <translation>档案不能与自身合并。</translation>
    </message>
    <message>
        <source>No child with the id %1.</source>
        <translation>没有编号为 %1 的儿童。</translation>
    </message>
    <message>
        <source>The file of %1 (%2) was already merged into another file.</source>
        <translation>%1（%2）的档案已并入另一份档案。</translation>
    </message>
    <message>
        <source>The two files are in different villages (%1 and %2): a file is merged only within its village. Exit the file of the village where the child no longer lives as moved away.</source>
        <translation>两份档案分属不同的村（%1 和 %2）：只能合并同一村的档案。请将儿童已不在其居住的那个村的档案以“迁出”退出。</translation>
    </message>
    <message>
        <source>The two files have different ID numbers (%1 and %2): they are two children.</source>
        <translation>两份档案的身份证号不同（%1 和 %2）：是两名儿童。</translation>
    </message>
    <message>
        <source>The village %1 is outside this station&apos;s area.</source>
        <translation>%1 不在本站点的管辖范围内。</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>The %1&apos;s work place is not recorded.</source>
        <translation>%1的务工地点未登记。</translation>
    </message>
    <message>
        <source>The %1&apos;s work place (%2) has no area code recorded.</source>
        <translation>%1的务工地点（%2）未登记区划代码。</translation>
    </message>
    <message>
        <source>The %1&apos;s work place code (%2) is not a valid area code.</source>
        <translation>%1的务工地点代码（%2）不是有效的区划代码。</translation>
    </message>
    <message>
        <source>The child&apos;s hukou county is not recorded.</source>
        <translation>儿童户籍所在县（区）未登记。</translation>
    </message>
    <message>
        <source>Only the province or city of the %1&apos;s work place (%2) is recorded, not the county.</source>
        <translation>%1的务工地点（%2）只登记到省或市，未登记到县（区）。</translation>
    </message>
    <message>
        <source>The %1 has died.</source>
        <translation>%1已去世。</translation>
    </message>
    <message>
        <source>The %1 is missing and cannot be contacted.</source>
        <translation>%1失联，无法取得联系。</translation>
    </message>
    <message>
        <source>The %1 is seriously ill and cannot act as guardian.</source>
        <translation>%1重病，无监护能力。</translation>
    </message>
    <message>
        <source>The %1 is seriously disabled and cannot act as guardian.</source>
        <translation>%1重残，无监护能力。</translation>
    </message>
    <message>
        <source>The %1 is in prison.</source>
        <translation>%1服刑在押。</translation>
    </message>
    <message>
        <source>The %1 is in compulsory drug rehabilitation.</source>
        <translation>%1正在强制隔离戒毒。</translation>
    </message>
    <message>
        <source>The %1 is deprived of liberty by a legal measure.</source>
        <translation>%1被执行其他限制人身自由的措施。</translation>
    </message>
    <message>
        <source>The %1&apos;s status is not recorded.</source>
        <translation>%1的状况未登记。</translation>
    </message>
    <message>
        <source>The %1 is at home.</source>
        <translation>%1在家。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2, only %n month(s): less than the %3 months the rule requires.</source>
        <translation>
            <numerusform>%1自%2起外出务工，仅%n个月，不足规定的%3个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 works inside the child&apos;s hukou county (%2), which does not count as away for work.</source>
        <translation>%1在儿童户籍所在县（区）内务工（%2），不算外出务工。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2 (%n month(s)), outside the hukou county (%3).</source>
        <translation>
            <numerusform>%1自%2起外出务工（%n个月），务工地点在户籍所在县以外（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2 (%n month(s)).</source>
        <translation>
            <numerusform>%1自%2起外出务工（%n个月）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is away for work.</source>
        <translation>%1外出务工。</translation>
    </message>
    <message>
        <source>The date the %1 left for work is not recorded.</source>
        <translation>%1外出务工的日期未登记。</translation>
    </message>
    <message>
        <source>Both parents have died: the child is an orphan and should be referred to orphan support.</source>
        <translation>父母双方均已去世：该儿童为孤儿，应转介孤儿保障。</translation>
    </message>
    <message>
        <source>The household receives dibao (minimum living allowance).</source>
        <translation>家庭享受最低生活保障（低保）。</translation>
    </message>
    <message>
        <source>The household receives support for the extremely poor.</source>
        <translation>家庭享受特困人员救助供养。</translation>
    </message>
    <message>
        <source>The family is recorded as being in economic difficulty.</source>
        <translation>家庭登记为经济困难。</translation>
    </message>
    <message>
        <source>The child has a disability.</source>
        <translation>儿童本人残疾。</translation>
    </message>
    <message>
        <source>Nobody is looking after the child (no guardianship).</source>
        <translation>儿童无人监护。</translation>
    </message>
    <message>
        <source>The child turned %1 on %2: over-age, no longer counted as a left-behind child.</source>
        <translation>儿童已于%2年满%1周岁：超龄，不再计为留守儿童。</translation>
    </message>
    <message>
        <source>The child is under %1 (turns %1 on %2).</source>
        <translation>儿童不满%1周岁（%2年满%1周岁）。</translation>
    </message>
    <message>
        <source>The birth date is not recorded.</source>
        <translation>出生日期未登记。</translation>
    </message>
    <message>
        <source>The hukou type (rural or not) is not recorded.</source>
        <translation>户口性质（是否农村户籍）未登记。</translation>
    </message>
    <message>
        <source>The child&apos;s hukou is not rural: not a left-behind child.</source>
        <translation>儿童不是农村户籍：不是留守儿童。</translation>
    </message>
    <message>
        <source>The %1 is at home and can look after the child: not a left-behind child.</source>
        <translation>%1在家，能够照料儿童：不是留守儿童。</translation>
    </message>
    <message>
        <source>The %1 does not count as away for work under the rule: not a left-behind child.</source>
        <translation>按规定%1不算外出务工：不是留守儿童。</translation>
    </message>
    <message>
        <source>Neither parent is away for work: not a left-behind child.</source>
        <translation>父母均未外出务工：不是留守儿童。</translation>
    </message>
    <message>
        <source>Both parents are away for work: a left-behind child.</source>
        <translation>父母双方均外出务工：是留守儿童。</translation>
    </message>
    <message>
        <source>The %1 is away for work and the %2 cannot act as guardian: a left-behind child.</source>
        <translation>%1外出务工，%2无监护能力：是留守儿童。</translation>
    </message>
    <message>
        <source>Facts needed for the decision are not recorded: a suspected left-behind child until they are.</source>
        <translation>认定所需的信息未登记：在补录之前按疑似留守儿童处理。</translation>
    </message>
    <message>
        <source>The child&apos;s hukou county (%1) is not the code of a county.</source>
        <translation>儿童户籍所在县（%1）不是县级区划代码。</translation>
    </message>
    <message>
        <source>The %1 has been declared missing by a court.</source>
        <translation>%1已被人民法院宣告失踪。</translation>
    </message>
    <message>
        <source>The %1&apos;s guardianship has been revoked by a court.</source>
        <translation>%1已被人民法院撤销监护资格。</translation>
    </message>
    <message>
        <source>The %1 has been deported (repatriated or expelled).</source>
        <translation>%1已被遣送（驱逐）出境。</translation>
    </message>
    <message>
        <source>The %1 is recorded as not alive but with the status &quot;%2&quot;: correct one of them.</source>
        <translation>档案记载%1已不在世，但状态为“%2”：请更正其中之一。</translation>
    </message>
    <message>
        <source>The %1 is recorded as alive but with the status &quot;%2&quot;: correct one of them.</source>
        <translation>档案记载%1健在，但状态为“%2”：请更正其中之一。</translation>
    </message>
    <message>
        <source>The %1 is recorded as able to give care but with the status &quot;%2&quot;: correct one of them.</source>
        <translation>档案记载%1有照护能力，但状态为“%2”：请更正其中之一。</translation>
    </message>
    <message>
        <source>The %1 is at home but is recorded as not able to give care (no guardianship capacity).</source>
        <translation>%1在家，但登记为没有照护能力（无监护能力）。</translation>
    </message>
    <message>
        <source>The %1 is recorded as not alive.</source>
        <translation>档案记载%1已不在世。</translation>
    </message>
    <message>
        <source>The %1 is recorded as not able to give care (no guardianship capacity).</source>
        <translation>%1登记为没有照护能力（无监护能力）。</translation>
    </message>
    <message>
        <source>The date the %1&apos;s status (%2) began is not recorded: 民发〔2019〕62号 counts it only when it has lasted %3 months or more.</source>
        <translation>%1的状态（%2）开始日期未登记：民发〔2019〕62号规定持续%3个月以上才计入。</translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s status (%2) began on %3, only %n month(s) ago: 民发〔2019〕62号 counts it from %4 months.</source>
        <translation>
            <numerusform>%1的状态（%2）始于%3，仅%n个月：民发〔2019〕62号规定满%4个月才计入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s status (%2) has lasted since %3 (%n month(s)): 民发〔2019〕62号 counts it from %4 months.</source>
        <translation>
            <numerusform>%1的状态（%2）自%3起已持续%n个月：民发〔2019〕62号规定满%4个月计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Both parents have died or been declared missing by a court: the child is an orphan and should be referred to orphan support.</source>
        <translation>父母双方均已死亡或被人民法院宣告失踪：该儿童为孤儿，应转介孤儿保障。</translation>
    </message>
    <message>
        <source>Neither parent can raise the child (民发〔2019〕62号): the child counts as a factually unsupported child and should be referred to the safety net.</source>
        <translation>父母双方均无法履行抚养义务（民发〔2019〕62号）：该儿童属于事实无人抚养儿童，应转介兜底保障。</translation>
    </message>
    <message>
        <source>The child is seriously ill, which the local rules count as a child in difficulty.</source>
        <translation>儿童患重病，按本地规定属于困境儿童。</translation>
    </message>
    <message>
        <source>The child is recorded as living with the %1, whose status is &quot;%2&quot;: correct one of them.</source>
        <translation>档案记载儿童与%1共同生活，但%1的状态为“%2”：请更正其中之一。</translation>
    </message>
    <message>
        <source>The child lives with the %1 where the %1 works (随迁): not a left-behind child.</source>
        <translation>儿童随%1在其务工地生活（随迁）：不属于留守儿童。</translation>
    </message>
    <message>
        <source>The child lives with the %1 where the %1 works (随迁, in %2): not a left-behind child.</source>
        <translation>儿童随%1在其务工地生活（随迁，%2）：不属于留守儿童。</translation>
    </message>
    <message>
        <source>The file records a suspicion that the child is abused or abandoned.</source>
        <translation>档案记录儿童疑似遭受虐待或遗弃。</translation>
    </message>
</context>
<context>
    <name>ClassifyCommand</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等，另有 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring every child&apos;s category up to date and exit the children who turned 16.</source>
        <translation>更新每名儿童的类别，并让已满 16 周岁的儿童退出登记。</translation>
    </message>
    <message>
        <source>A date after today is accepted only for demo data: the changes are recorded as made on that date.</source>
        <translation>晚于今天的日期只能用于演示数据：更改将按该日期记录。</translation>
    </message>
    <message>
        <source>Show the verdict on this child in full.</source>
        <translation>完整显示该儿童的判定结果。</translation>
    </message>
    <message>
        <source>Classify as on this day (default today).</source>
        <translation>按该日期进行判定（默认今天）。</translation>
    </message>
    <message>
        <source>A date after today can only be used on demo data, because the changes would be recorded in the future.</source>
        <translation>晚于今天的日期只能用于演示数据，否则更改会被记录在未来的日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n children turned 16 and were exited as over-age: %1</source>
        <translation>
            <numerusform>%n 名儿童已满 16 周岁，已按超龄退出登记：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verdicts on %1 for %n children:</source>
        <translation>
            <numerusform>%1 对 %n 名儿童的判定结果：</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童人数</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>To decide, record:</source>
        <translation>需补充登记以下信息才能判定：</translation>
    </message>
    <message>
        <source>Factually unsupported child (refer to the safety net):</source>
        <translation>事实无人抚养儿童（转介兜底保障）：</translation>
    </message>
    <message>
        <source>Child in difficulty:</source>
        <translation>困境儿童：</translation>
    </message>
    <message>
        <source>Over-age on %1.</source>
        <translation>%1 起超龄。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source> [options]</source>
        <translation> [选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The database file (default: the one the program uses, %1).</source>
        <translation>数据库文件（默认为程序使用的数据库：%1）。</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>以一个 JSON 文档代替文本输出。</translation>
    </message>
    <message>
        <source>The language of the messages.</source>
        <translation>提示信息的语言。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 须为 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a real date (write it as 2024-08-08).</source>
        <translation>--%1：“%2”不是有效日期（请写成 2024-08-08）。</translation>
    </message>
    <message>
        <source>There is no database at %1; set up the station with &quot;shouhu-cli init&quot; first.</source>
        <translation>%1 处没有数据库，请先用“shouhu-cli init”设置站点。</translation>
    </message>
    <message>
        <source>The database %1 has no station yet; run &quot;shouhu-cli init&quot; first.</source>
        <translation>数据库 %1 尚未设置站点，请先运行“shouhu-cli init”。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not valid JSON (at character %2: %3).</source>
        <translation>文件 %1 不是有效的 JSON（第 %2 个字符处：%3）。</translation>
    </message>
    <message>
        <source>The file %1 must hold one JSON object.</source>
        <translation>文件 %1 必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: give the station&apos;s passphrase with --passphrase-file or the SHOUHU_PASSPHRASE environment variable.</source>
        <translation>数据库 %1 已加密：请用 --passphrase-file 或环境变量 SHOUHU_PASSPHRASE 提供本站口令。</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message>
        <source>Read the passphrase from this file (default: the SHOUHU_PASSPHRASE environment variable).</source>
        <translation>从此文件读取口令（默认：环境变量 SHOUHU_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>无法读取口令文件 %1。</translation>
    </message>
    <message>
        <source>Give the passphrase with --%1 or the %2 environment variable.</source>
        <translation>请用 --%1 或环境变量 %2 提供口令。</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不带值。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation>选项 --%1 需要一个值（%2）。</translation>
    </message>
    <message>
        <source>--lang takes en or zh_CN.</source>
        <translation>--lang 的值为 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Usage: shouhu-cli [--db FILE] [--json] [--lang en|zh_CN] COMMAND [options] [arguments]</source>
        <translation>用法：shouhu-cli [--db 文件] [--json] [--lang en|zh_CN] 命令 [选项] [参数]</translation>
    </message>
    <message>
        <source>Shouhu: the register of rural left-behind children, from the command line.</source>
        <translation>守护：农村留守儿童信息登记（命令行）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>所有命令通用的选项：</translation>
    </message>
    <message>
        <source>&quot;shouhu-cli help COMMAND&quot; shows the options of a command. Exit codes: 0 done, 1 refused (the reason is printed), 2 usage error.</source>
        <translation>“shouhu-cli help 命令”显示该命令的选项。退出码：0 完成，1 被拒绝（会显示原因），2 用法错误。</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>没有“%1”这个命令。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>“%1”后须接以下之一：%2。</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>缺少参数：%1。</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>参数过多：%1。</translation>
    </message>
</context>
<context>
    <name>ClockRepair</name>
    <message>
        <source>This computer&apos;s date (%1) is more than a day behind the latest change received from other stations (%2): set the correct date and time.</source>
        <translation>这台电脑的日期（%1）比从其他站点收到的最新修改（%2）落后一天以上：请设置正确的日期和时间。</translation>
    </message>
    <message>
        <source>Changes made here while the computer&apos;s date was wrong carry future times; other stations will refuse them until they are repaired.</source>
        <translation>电脑日期有误期间在这里做的修改带有未来的时间；修复之前，其他站点会拒收这些修改。</translation>
    </message>
    <message>
        <source>Nothing to repair: this station&apos;s clock agrees with the computer&apos;s date.</source>
        <translation>无需修复：本站的时钟与电脑日期一致。</translation>
    </message>
    <message>
        <source>The station&apos;s clock was set back to the computer&apos;s time (%1); no change carried a future time.</source>
        <translation>本站时钟已调回电脑时间（%1）；没有带未来时间的修改。</translation>
    </message>
    <message numerus="yes">
        <source>The station&apos;s clock was set back to the computer&apos;s time (%1): %n change(s) made while the computer&apos;s date was wrong now carry the current time, in the same order and with the same values. Export again.</source>
        <translation>
            <numerusform>本站时钟已调回电脑时间（%1）：电脑日期有误期间做的 %n 项修改现已改为当前时间，顺序和内容不变。请重新导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) entered meanwhile lie after today (%1): other stations refuse them until that day unless they are corrected.</source>
        <translation>
            <numerusform>期间录入的 %n 个日期晚于今天（%1）：在那一天之前，其他站点会拒收，除非先改正。</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s date (%1) is earlier than any day Shouhu can have been used on: set the correct date and time.</source>
        <translation>这台电脑的日期（%1）早于守护可能被使用的任何一天：请设置正确的日期和时间。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>Nothing was repaired: this computer&apos;s date (%1) is earlier than any day Shouhu can have been used on; set the correct date and time first.</source>
        <translation>未做任何修复：这台电脑的日期（%1）早于守护可能被使用的任何一天；请先设置正确的日期和时间。</translation>
    </message>
    <message>
        <source>Nothing was repaired: this computer&apos;s date (%1) is more than a day behind the latest change received from other stations (%2); set the correct date and time first.</source>
        <translation>未做任何修复：这台电脑的日期（%1）比从其他站点收到的最新修改（%2）落后一天以上；请先设置正确的日期和时间。</translation>
    </message>
</context>
<context>
    <name>ClockRepairCommand</name>
    <message>
        <source>Give the changes made while the computer&apos;s date was wrong the current time, so that other stations accept them.</source>
        <translation>把电脑日期有误期间做的修改改为当前时间，使其他站点能够接收。</translation>
    </message>
    <message>
        <source>Set the computer&apos;s date and time right first. Every change this station made with a time in the future is written again with the current time, in the same order and with the same values (an audit entry each), and the station&apos;s clock goes back to the computer&apos;s time; changes of other stations are not touched. Running it again changes nothing. Refused when the computer&apos;s date is more than a day behind the changes received from other stations.</source>
        <translation>请先把电脑的日期和时间改正。本站所有带未来时间的修改都会以当前时间重新写入，顺序和内容不变（每项一条修改记录），本站时钟调回电脑时间；其他站点的修改不受影响。再次运行不会有任何改变。电脑日期比从其他站点收到的修改落后一天以上时拒绝执行。</translation>
    </message>
</context>
<context>
    <name>ClockWatch</name>
    <message>
        <source>Repair the clock</source>
        <translation>修复时钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the changes this station has already seen. Set the correct date and time before you enter or import anything.</source>
        <translation>本机时钟比本站已见过的修改时间慢了 %1。请先把日期和时间调准，再录入或导入数据。</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>The conflict could not be saved: %1</source>
        <translation>无法保存冲突：%1</translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>该冲突已处理。</translation>
    </message>
    <message>
        <source>The conflict names a field this program does not know.</source>
        <translation>该冲突涉及本程序不认识的字段。</translation>
    </message>
    <message>
        <source>This conflict is about a spot check, which only the office may change; it is resolved there.</source>
        <translation>这条冲突涉及抽查结果，只有乡镇（县、市）办公室可以更改，请由办公室处理。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>保留当前值</translation>
    </message>
    <message>
        <source>Keep other</source>
        <translation>采用另一值</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>使用此值</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>These values were changed at two stations at the same time. The newer change is in the record now (current value); the other one was kept here. For each, choose which is right, or type the right value: your choice reaches the other stations with the next packages.</source>
        <translation>这些项目在两个站点同时被修改。较新的修改现已写入档案（当前值），另一个值保留在这里。请逐项选择哪个是对的，或输入正确的值：你的选择会随下一批数据包送达其他站点。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>修改者</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一值</translation>
    </message>
    <message>
        <source>Or the right value:</source>
        <translation>或输入正确的值：</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · household</source>
        <translation>%1 · 家庭</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation>输入正确的值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is decided.</source>
        <translation>%2的“%1”已确定。</translation>
    </message>
    <message>
        <source>There are no open conflicts left.</source>
        <translation>冲突已全部处理完。</translation>
    </message>
    <message>
        <source>a record without a name</source>
        <translation>未填姓名的记录</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The encryption library failed its self-test (%1); Shouhu cannot protect data on this computer.</source>
        <translation>加密库自检失败（%1）；守护无法在这台电脑上保护数据。</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是官方名单中的区划代码。</translation>
    </message>
    <message>
        <source>%1 (%2) is not inside this station&apos;s area, %3.</source>
        <translation>%1（%2）不在本站的区域（%3）内。</translation>
    </message>
    <message>
        <source>No category yet</source>
        <translation>尚未认定类别</translation>
    </message>
    <message>
        <source>Exited: %1</source>
        <translation>退出：%1</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>在册儿童</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>New this month</source>
        <translation>本月新增</translation>
    </message>
    <message>
        <source>Exited this month</source>
        <translation>本月退出</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>已排查</translation>
    </message>
    <message>
        <source>To survey</source>
        <translation>未排查</translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>With a valid agreement</source>
        <translation>已签有效协议</translation>
    </message>
    <message>
        <source>Without a valid agreement</source>
        <translation>未签有效协议</translation>
    </message>
    <message>
        <source>Visited this month</source>
        <translation>本月已走访</translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation>待走访</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>走访逾期</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>未办结的转介</translation>
    </message>
    <message>
        <source>Overdue referrals</source>
        <translation>逾期的转介</translation>
    </message>
    <message>
        <source>Records with data-quality issues</source>
        <translation>有数据质量问题的档案</translation>
    </message>
    <message>
        <source>Updated this week</source>
        <translation>本周更新</translation>
    </message>
    <message>
        <source>In activities this month</source>
        <translation>本月参加活动</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Coverage (%)</source>
        <translation>覆盖率（%）</translation>
    </message>
    <message>
        <source>Agreement coverage (%): the %1 areas with the lowest</source>
        <translation>协议覆盖率（%）：最低的 %1 个区域</translation>
    </message>
    <message>
        <source>Agreement coverage by area (%)</source>
        <translation>各区域协议覆盖率（%）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Visits per month, %1</source>
        <translation>%1 年每月走访次数</translation>
    </message>
    <message>
        <source>Children updated per ISO week (week number)</source>
        <translation>每周更新的儿童数（按 ISO 周次）</translation>
    </message>
</context>
<context>
    <name>DashboardChildrenDialog</name>
    <message numerus="yes">
        <source>%1: %n child(ren)</source>
        <translation>
            <numerusform>%1：%n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Double-click a child to open the file.</source>
        <translation>双击儿童可打开其档案。</translation>
    </message>
</context>
<context>
    <name>DashboardCommand</name>
    <message>
        <source>The office dashboard: children by category, new and exited this month, survey progress, agreement coverage, the month&apos;s visits, referrals, data-quality issues and this week&apos;s updates, for the area and each of its parts.</source>
        <translation>办公工作台：按类别统计的儿童、本月新增和退出、排查进度、协议覆盖、本月走访、转介、数据质量问题和本周更新，分区域及其下级区域显示。</translation>
    </message>
    <message>
        <source>--list FIGURE prints the children behind one figure instead (the same definition as its number): children, category:CODE, new, exited, exited:REASON, surveyed, to_survey, left_behind, covered, uncovered, visits_done, visits_due, visits_overdue, referrals_open, referrals_overdue, quality, updated_this_week.</source>
        <translation>--list FIGURE 改为列出某个数字背后的儿童（与该数字同一定义）：children、category:CODE、new、exited、exited:REASON、surveyed、to_survey、left_behind、covered、uncovered、visits_done、visits_due、visits_overdue、referrals_open、referrals_overdue、quality、updated_this_week。</translation>
    </message>
    <message>
        <source>The area to show (inside the station&apos;s area; default the station&apos;s).</source>
        <translation>要显示的区域（须在本站点地区之内；默认本站点地区）。</translation>
    </message>
    <message>
        <source>Print the children behind this figure.</source>
        <translation>列出这个数字背后的儿童。</translation>
    </message>
    <message>
        <source>--list takes a figure such as visits_overdue, not &quot;%1&quot;.</source>
        <translation>--list 需要一个数字名称，例如 visits_overdue，而不是“%1”。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No child.</source>
        <translation>没有儿童。</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren).</source>
        <translation>
            <numerusform>共 %n 名儿童。</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey deadline</source>
        <translation>排查截止日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n issue(s))</source>
        <translation>
            <numerusform>%1（%n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近收到的数据包</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Up</source>
        <translation>上一级(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Show the dashboard of the area above.</source>
        <translation>显示上一级区域的工作台。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近收到的数据包</translation>
    </message>
    <message>
        <source>Double-click an area&apos;s name to see its dashboard; click a number to see the children behind it.</source>
        <translation>双击区域名称查看该区域的工作台；单击数字查看其背后的儿童。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>As of %1; visits, new and exited children: %2; updates: the week from %3.</source>
        <translation>截至 %1；走访、新增和退出：%2；更新：自 %3 起的一周。</translation>
    </message>
    <message>
        <source>%1 of %2 surveyed (%p%)</source>
        <translation>已排查 %1 / %2（%p%）</translation>
    </message>
    <message>
        <source>Survey: %1 to survey; no deadline set (File → Settings).</source>
        <translation>排查：%1 名未排查；未设置截止日期（文件 → 设置）。</translation>
    </message>
    <message numerus="yes">
        <source>Survey: %1 to survey, %n day(s) left to the deadline (%2).</source>
        <translation>
            <numerusform>排查：%1 名未排查，距截止日期（%2）还剩 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey: %1 to survey; the deadline (%2) has passed.</source>
        <translation>排查：%1 名未排查；截止日期（%2）已过。</translation>
    </message>
    <message>
        <source>Show the children behind this number.</source>
        <translation>查看这个数字背后的儿童。</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Finding the children…</source>
        <translation>正在查找儿童…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DatabaseEncryption</name>
    <message>
        <source>The passphrase does not open the database %1; check it and try again.</source>
        <translation>此口令打不开数据库 %1，请核对后重试。</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: give the station&apos;s passphrase to open it.</source>
        <translation>数据库 %1 已加密：请输入本站口令后打开。</translation>
    </message>
    <message>
        <source>The database %1 could not be encrypted (SQLite error %2); it was left as it was.</source>
        <translation>数据库 %1 未能加密（SQLite 错误 %2），数据库保持原样。</translation>
    </message>
    <message>
        <source>The database %1 could not be encrypted: it is still in use; it was left as it was.</source>
        <translation>数据库 %1 未能加密：它仍在使用中，数据库保持原样。</translation>
    </message>
    <message>
        <source>The database %1 could not be encrypted: the encrypted copy could not take its place; it was left as it was.</source>
        <translation>数据库 %1 未能加密：加密副本无法替换原文件，数据库保持原样。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The database %1 is open in this program; it can be encrypted only when closed.</source>
        <translation>数据库 %1 正在本程序中打开，只有关闭后才能加密。</translation>
    </message>
</context>
<context>
    <name>DatabaseKey</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <source>The database was encrypted by a newer version of Shouhu; install that version.</source>
        <translation>此数据库由更新版本的守护加密，请安装该版本。</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase; close other programs and try again.</source>
        <translation>内存不足，无法核对口令；请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database %1 is open in another Shouhu window or program; close it there first (nothing was changed).</source>
        <translation>数据库 %1 已在另一个守护窗口或程序中打开；请先在那里关闭它（未做任何更改）。</translation>
    </message>
    <message>
        <source>The folder of %1 does not allow Shouhu to lock the database (a network drive?); keep the database on this computer&apos;s own disk.</source>
        <translation>%1 所在的文件夹不允许守护锁定数据库（可能是网络驱动器）；请把数据库放在这台电脑自己的磁盘上。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: its lock file %2 cannot be created or opened (check its permissions).</source>
        <translation>无法打开数据库 %1：无法建立或打开它的锁文件 %2（请检查权限）。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill the station&apos;s area with fictitious demo children.</source>
        <translation>在本站点区域内生成虚构的演示儿童。</translation>
    </message>
    <message>
        <source>Only for a new database or one that already holds demo data; the station is marked as demo data.</source>
        <translation>仅用于新数据库或已含演示数据的数据库；站点将被标记为演示数据。</translation>
    </message>
    <message>
        <source>How many children (1 to 100000).</source>
        <translation>儿童人数（1 至 100000）。</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same data.</source>
        <translation>随机种子：相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>The option --children is required.</source>
        <translation>必须提供选项 --children。</translation>
    </message>
    <message>
        <source>This database holds real children&apos;s files; demo data goes only into a new database or one that already holds demo data.</source>
        <translation>该数据库中有真实的儿童档案；演示数据只能放入新数据库或已含演示数据的数据库。</translation>
    </message>
    <message>
        <source>Creating demo children: %1 of %2</source>
        <translation>正在生成演示儿童：%1 / %2</translation>
    </message>
    <message>
        <source>%1 demo children were created in %2.</source>
        <translation>已在 %2 中生成 %1 名演示儿童。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>This station&apos;s area has no villages in the official list.</source>
        <translation>本站点的区域在官方区划代码中没有村（社区）。</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>演示数据未能写入：%1</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>The demo village is missing from the area list.</source>
        <translation>区划列表中缺少演示村。</translation>
    </message>
    <message>
        <source>Demo operator</source>
        <translation>演示操作员</translation>
    </message>
    <message>
        <source>Creating demo children…</source>
        <translation>正在生成演示儿童…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>The weekly dispatch report: per area, records updated in the week, missing and wrong information, survey and agreement progress, zero-update areas and a ranking.</source>
        <translation>每周调度报告：按地区列出本周更新的档案、信息缺失和错误、摸排和协议进度、零更新地区以及排名。</translation>
    </message>
    <message>
        <source>The rows are the areas one level below the station&apos;s (a township&apos;s villages, a county&apos;s or a city&apos;s townships), or below --area. An update is a change recorded in the week by any station (docs/cli.md says which). Text and JSON go to stdout unless --out is given; CSV (UTF-8 with a byte order mark, for Excel), XLSX and PDF (A4 landscape) need --out, a file or a folder to write it in under its own name.</source>
        <translation>各行为本站点地区（或 --area 所指地区）的下一级地区（乡镇的村，县或市的乡镇）。更新是任何站点在本周记录的改动（具体见 docs/cli.md）。未给出 --out 时，文本和 JSON 输出到标准输出；CSV（带字节顺序标记的 UTF-8，供 Excel 使用）、XLSX 和 PDF（A4 横向）需要 --out，即一个文件，或一个按默认文件名写入的文件夹。</translation>
    </message>
    <message>
        <source>The ISO week, as 2026-W49 (default: this week).</source>
        <translation>ISO 周，如 2026-W49（默认：本周）。</translation>
    </message>
    <message>
        <source>Report on the parts of this area (inside the station&apos;s area).</source>
        <translation>报告这一地区（须在本站点地区之内）的下级地区。</translation>
    </message>
    <message>
        <source>What to write (default text, or json with --json).</source>
        <translation>输出格式（默认 text，使用 --json 时为 json）。</translation>
    </message>
    <message>
        <source>The file to write, or a folder to write it in under its own name (for example 水唇镇-每周调度表-2026-W49.xlsx).</source>
        <translation>要写入的文件，或按默认文件名写入的文件夹（例如 水唇镇-每周调度表-2026-W49.xlsx）。</translation>
    </message>
    <message>
        <source>--format takes text, json, csv, xlsx or pdf, not &quot;%1&quot;.</source>
        <translation>--format 只接受 text、json、csv、xlsx 或 pdf，不接受“%1”。</translation>
    </message>
    <message>
        <source>The option --out is required for --format %1.</source>
        <translation>--format %1 需要选项 --out。</translation>
    </message>
    <message>
        <source>The dispatch report for %1 was written to %2.</source>
        <translation>%1 的调度报告已写入 %2。</translation>
    </message>
    <message>
        <source>No area without updates this week.</source>
        <translation>本周没有零更新的地区。</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) without any update this week: %1.</source>
        <translation>
            <numerusform>本周有 %n 个地区零更新：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchReport</name>
    <message>
        <source>Say which week the report is for, as 2026-W49.</source>
        <translation>请说明报告哪一周，如 2026-W49。</translation>
    </message>
    <message>
        <source>The week %1 has not begun yet (it starts on %2).</source>
        <translation>%1 周尚未开始（从 %2 开始）。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置站点。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是官方区划代码表中的代码。</translation>
    </message>
    <message>
        <source>%1 (%2) is not inside this station&apos;s area, %3.</source>
        <translation>%1（%2）不在本站点的地区 %3 之内。</translation>
    </message>
</context>
<context>
    <name>DispatchTable</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>在册儿童</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>本周更新</translation>
    </message>
    <message>
        <source>New files</source>
        <translation>其中新建</translation>
    </message>
    <message>
        <source>Updated %</source>
        <translation>更新率</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>信息缺失</translation>
    </message>
    <message>
        <source>Wrong information</source>
        <translation>信息错误</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>已排查</translation>
    </message>
    <message>
        <source>To survey</source>
        <translation>未排查</translation>
    </message>
    <message>
        <source>Survey %</source>
        <translation>排查进度</translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Signed agreements</source>
        <translation>已签协议</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>协议覆盖率</translation>
    </message>
    <message>
        <source>Zero updates</source>
        <translation>零更新</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>zero updates</source>
        <translation>零更新</translation>
    </message>
    <message>
        <source>Weekly dispatch report: %1, %2 (%3 to %4)</source>
        <translation>每周调度表：%1，%2（%3 至 %4）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Children in activities</source>
        <translation>参与儿童</translation>
    </message>
    <message>
        <source>Updated: children whose file, household, persons, visits, referrals or agreements were changed in the week, by the clock of the change (any station). Missing and wrong information, survey and agreements: as on %1. Ranked by the share updated, then fewer records with missing or wrong information, survey progress and agreement coverage. Activities: group activities and talks dated in the week, and the children who took part in them.</source>
        <translation>本周更新：本周内（按改动时的时钟，不论在哪个站点）儿童档案、家庭、家人、走访、转介或协议有改动的儿童。信息缺失和错误、摸排和协议：截至 %1 的情况。排名依次按更新率、信息缺失或错误的档案较少、排查进度和协议覆盖率。活动场次：本周内开展的集体活动和宣讲，参与儿童：参加这些活动的儿童人数。</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; (%2) does not fit on one page; shorten the notes or the costs.</source>
        <translation>文书“%1”（%2）一页放不下，请缩短备注或费用说明。</translation>
    </message>
    <message>
        <source>The printer or the file cannot be written to.</source>
        <translation>无法写入打印机或文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>%1 has no care agreement yet; draw one up first.</source>
        <translation>%1尚无委托照护协议，请先拟定。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是统计用区划代码表中的代码。</translation>
    </message>
    <message>
        <source>There are no unsigned agreements in %1.</source>
        <translation>%1没有未签订的协议。</translation>
    </message>
    <message>
        <source>%1 is not a village code of the official list.</source>
        <translation>%1 不是官方区划中的村级代码。</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The document template %1 is missing from this installation.</source>
        <translation>本安装缺少文书模板 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DuplicatesCommand</name>
    <message>
        <source>List files that may describe one child: the same ID number, or the same name and birth date in a village.</source>
        <translation>列出可能属于同一名儿童的档案：身份证号相同，或同村姓名和出生日期相同。</translation>
    </message>
    <message>
        <source>Each pair names the file to keep (the older one) first; merge with merge-children.</source>
        <translation>每对档案先列出应保留的档案（较早建立的一份）；用 merge-children 合并。</translation>
    </message>
    <message>
        <source>No possible duplicates: every child has one file.</source>
        <translation>没有疑似重复档案：每名儿童只有一份档案。</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>另一份</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>same ID number %1</source>
        <translation>身份证号相同 %1</translation>
    </message>
    <message>
        <source>same name and birth date %1</source>
        <translation>姓名和出生日期相同 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n 对疑似重复档案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Open the file to keep</source>
        <translation>打开保留的档案</translation>
    </message>
    <message>
        <source>Open the other file</source>
        <translation>打开另一份档案</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复档案</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>File to keep (older)</source>
        <translation>保留的档案（较早）</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>另一份档案</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>Same name and birth date, one without an ID number</source>
        <translation>姓名和出生日期相同，其中一份无身份证号</translation>
    </message>
    <message>
        <source>No possible duplicates: every child has one file.</source>
        <translation>没有疑似重复档案：每名儿童只有一份档案。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of files may describe one child. Open both files to compare them; a merge keeps the older file, moves everything recorded about the child into it and puts differing values on the conflicts list.</source>
        <translation>
            <numerusform>%n 对档案可能属于同一名儿童。请打开两份档案比对；合并时保留较早的档案，将该儿童的全部记录移入其中，不一致的内容列入冲突列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge two files</source>
        <translation>合并两份档案</translation>
    </message>
    <message>
        <source>Merge the file of %1 made on %2 into the older file of %3 made on %4? Its visits, referrals, agreements and attachments move to the kept file, and it leaves the register as entered in error. A merge cannot be undone.</source>
        <translation>将 %2 建立的 %1 的档案并入 %4 建立的较早的 %3 的档案？其走访、转介、协议和附件将移入保留的档案，该档案以“误录”退出名册。合并后不能撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message numerus="yes">
        <source>The file of %1 was merged: %n record(s) moved.</source>
        <translation>
            <numerusform>%1 的档案已合并：移入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differing value(s) wait on the conflicts list.</source>
        <translation>
            <numerusform>%n 处不一致的内容列入冲突列表待审核。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditChildCommand</name>
    <message>
        <source>Change a child&apos;s file: the fields in the JSON file replace the stored ones.</source>
        <translation>修改儿童档案：JSON 文件中的字段替换已保存的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed in the file %1.</source>
        <translation>
            <numerusform>档案 %1 中有 %n 个字段被修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a station</source>
        <translation>登记站点</translation>
    </message>
    <message>
        <source>1. Choose the card file (.shid) the other station sent you.
2. Call its operator and ask them to read out their fingerprint.
3. Type it below: the station is enrolled only if it matches the card.</source>
        <translation>1. 选择对方站点发来的身份卡文件（.shid）。
2. 打电话给对方操作员，请他念出指纹。
3. 在下面输入指纹：只有与身份卡一致才会登记。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Card file</source>
        <translation>身份卡文件</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Fingerprint read out</source>
        <translation>对方念出的指纹</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Choose the station&apos;s card</source>
        <translation>选择站点身份卡</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;Station id: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3&lt;br&gt;站点编号：%4</translation>
    </message>
    <message>
        <source>Station cards (*.shid)</source>
        <translation>站点身份卡 (*.shid)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExitChildCommand</name>
    <message>
        <source>A child leaves the register (the file is kept).</source>
        <translation>儿童退出登记（档案保留）。</translation>
    </message>
    <message>
        <source>Reasons: %1.</source>
        <translation>退出原因：%1。</translation>
    </message>
    <message>
        <source>Why the child leaves.</source>
        <translation>退出原因。</translation>
    </message>
    <message>
        <source>The day the child left.</source>
        <translation>退出日期。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>%1 left the register on %2: %3.</source>
        <translation>%1 已于 %2 退出登记：%3。</translation>
    </message>
</context>
<context>
    <name>ExitChildDialog</name>
    <message>
        <source>Exit child</source>
        <translation>儿童退出</translation>
    </message>
    <message>
        <source>%1 leaves the register. The file is kept and can still be read.</source>
        <translation>%1 将退出名册。档案保留，仍可查阅。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Everything in this station&apos;s area, not only what is new for that station</source>
        <translation>本站辖区内的全部数据，而不只是对方还没有的部分</translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>A package carries your changes to one enrolled station, sealed so that only that station can open it. Carry the file on a USB stick or send it by a messaging app.</source>
        <translation>数据包把本站的修改带给一个已登记的站点，并加密到只有该站点能打开。可以用U盘携带，或通过聊天软件发送。</translation>
    </message>
    <message>
        <source>For station</source>
        <translation>发给站点</translation>
    </message>
    <message>
        <source>For a station that is new or lost its data. Otherwise only what it has not confirmed yet is sent.</source>
        <translation>用于新站点或丢失数据的站点。否则只发送对方尚未确认收到的部分。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No station is enrolled here yet: enrol the station you send to in Sync → Stations first.</source>
        <translation>本站还没有登记任何站点：请先在“同步 → 站点”中登记要发送的站点。</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>数据包另存为</translation>
    </message>
    <message>
        <source>Shouhu packages (*.shpkg)</source>
        <translation>守护数据包 (*.shpkg)</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>请选择一个存在的文件夹中的文件。</translation>
    </message>
</context>
<context>
    <name>ExportNationalCommand</name>
    <message>
        <source>Write every child in the layout of the national registration form (CSV or XLSX).</source>
        <translation>按全国农村留守儿童信息登记表的格式导出全部儿童（CSV 或 XLSX）。</translation>
    </message>
    <message>
        <source>The headers and coded answers are in Chinese, as in the national system. CSV is UTF-8 with a byte order mark, so that Excel opens it. docs/roster.md lists the columns.</source>
        <translation>表头和选项用中文，与全国系统一致。CSV 为带字节顺序标记的 UTF-8，Excel 可直接打开。各列见 docs/roster.md。</translation>
    </message>
    <message>
        <source>The file&apos;s format (default: from the file name).</source>
        <translation>文件格式（默认按文件名判断）。</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>要写入的文件（必填）。</translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation>必须给出 --out 选项。</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名儿童写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Household address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Income sources</source>
        <translation>收入来源</translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation>已享受的救助</translation>
    </message>
    <message>
        <source>Household in economic difficulty</source>
        <translation>家庭经济困难</translation>
    </message>
    <message>
        <source>Household notes</source>
        <translation>家庭备注</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>是否登记户口</translation>
    </message>
    <message>
        <source>Hukou type</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <source>Hukou county</source>
        <translation>户籍所在县（区）</translation>
    </message>
    <message>
        <source>Hukou address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>现居住地址</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability type</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>所患疾病</translation>
    </message>
    <message>
        <source>Boarding at school</source>
        <translation>是否寄宿</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>就学情况</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Guardianship type</source>
        <translation>监护类型</translation>
    </message>
    <message>
        <source>Guardianship grade</source>
        <translation>监护情况等级</translation>
    </message>
    <message>
        <source>Abuse or abandonment suspected</source>
        <translation>疑似遭受虐待或遗弃</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>是否健在</translation>
    </message>
    <message>
        <source>Work place (area)</source>
        <translation>务工地点（区划）</translation>
    </message>
    <message>
        <source>Work place</source>
        <translation>务工地点</translation>
    </message>
    <message>
        <source>Away since</source>
        <translation>外出日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation>与儿童关系</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Able to give care</source>
        <translation>有照护能力</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>协议状态</translation>
    </message>
    <message>
        <source>Replaces agreement</source>
        <translation>取代的协议</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>父亲姓名</translation>
    </message>
    <message>
        <source>Father&apos;s ID number</source>
        <translation>父亲身份证号码</translation>
    </message>
    <message>
        <source>Father&apos;s phone</source>
        <translation>父亲联系电话</translation>
    </message>
    <message>
        <source>Father&apos;s work place</source>
        <translation>父亲务工地点</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>母亲姓名</translation>
    </message>
    <message>
        <source>Mother&apos;s ID number</source>
        <translation>母亲身份证号码</translation>
    </message>
    <message>
        <source>Mother&apos;s phone</source>
        <translation>母亲联系电话</translation>
    </message>
    <message>
        <source>Mother&apos;s work place</source>
        <translation>母亲务工地点</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>委托照护人姓名</translation>
    </message>
    <message>
        <source>Caregiver&apos;s ID number</source>
        <translation>委托照护人身份证号码</translation>
    </message>
    <message>
        <source>Caregiver&apos;s relation to the child</source>
        <translation>委托照护人与儿童关系</translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation>委托照护人联系电话</translation>
    </message>
    <message>
        <source>Caregiver&apos;s address</source>
        <translation>委托照护人住址</translation>
    </message>
    <message>
        <source>Caregiver able to give care</source>
        <translation>委托照护人具有照护能力</translation>
    </message>
    <message>
        <source>Record of abuse or violence</source>
        <translation>有虐待、暴力伤害记录</translation>
    </message>
    <message>
        <source>Drug, alcohol or gambling habits</source>
        <translation>有吸毒、酗酒、赌博恶习</translation>
    </message>
    <message>
        <source>Long neglect of the duty of care</source>
        <translation>长期不履行照护职责</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>委托期限起</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>委托期限止</translation>
    </message>
    <message>
        <source>Costs of care</source>
        <translation>照护费用</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Village committee witness</source>
        <translation>村（居）委会见证人</translation>
    </message>
    <message>
        <source>Parents informed the school and the village committee in writing</source>
        <translation>父母已书面告知学校和村（居）委会</translation>
    </message>
    <message>
        <source>Date of the written notice</source>
        <translation>书面告知日期</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>附属于</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Visitor&apos;s role</source>
        <translation>走访人身份</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>见到的人</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全状况</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>安全问题</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>身体健康</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>心理健康</translation>
    </message>
    <message>
        <source>Living environment</source>
        <translation>居住环境</translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation>发现的安全隐患</translation>
    </message>
    <message>
        <source>What was done about each hazard</source>
        <translation>各项隐患的处置</translation>
    </message>
    <message>
        <source>Contact with the parents</source>
        <translation>与父母联系</translation>
    </message>
    <message>
        <source>Means of contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Services arranged</source>
        <translation>安排的服务</translation>
    </message>
    <message>
        <source>Possibly eligible for</source>
        <translation>可能符合的救助</translation>
    </message>
    <message>
        <source>Survey items clear</source>
        <translation>已摸清事项</translation>
    </message>
    <message>
        <source>Changes to the child&apos;s file</source>
        <translation>对儿童档案的更新</translation>
    </message>
    <message>
        <source>Corrects the visit</source>
        <translation>更正的走访记录</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Kind of referral</source>
        <translation>转介类型</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>办结人</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Assistance schemes</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <source>Reported to the education department on</source>
        <translation>书面报告教育部门日期</translation>
    </message>
    <message>
        <source>Parents or guardian notified on</source>
        <translation>告知父母或监护人日期</translation>
    </message>
    <message>
        <source>Back in school on</source>
        <translation>返校日期</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理事项</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已并入</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Folded into the referral</source>
        <translation>已并入转介</translation>
    </message>
    <message>
        <source>Actually lives with</source>
        <translation>实际共同生活的人</translation>
    </message>
    <message>
        <source>Actually lives in (place)</source>
        <translation>实际居住地</translation>
    </message>
    <message>
        <source>Status since (lost contact, in prison, …)</source>
        <translation>状态开始日期（失联、服刑等）</translation>
    </message>
    <message>
        <source>Sexual assault or other infringement</source>
        <translation>性侵害等违法犯罪行为</translation>
    </message>
    <message>
        <source>Abandonment or trafficking</source>
        <translation>遗弃、拐卖行为</translation>
    </message>
    <message>
        <source>Otherwise unsuitable</source>
        <translation>其他不适宜情形</translation>
    </message>
    <message>
        <source>Caregiver&apos;s birth date (without an ID number)</source>
        <translation>照护人出生日期（无身份证号码时）</translation>
    </message>
    <message>
        <source>Document showing the birth date</source>
        <translation>出生日期所据证件</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>The child took part</source>
        <translation>儿童参加</translation>
    </message>
    <message>
        <source>The guardian or caregiver took part</source>
        <translation>监护人或照护人参加</translation>
    </message>
    <message>
        <source>Guardian or caregiver who came</source>
        <translation>参加的监护人或照护人</translation>
    </message>
    <message>
        <source>Records updated on (the day, or the Monday of the week)</source>
        <translation>抽取的更新记录日期（当天，或该周的星期一）</translation>
    </message>
    <message>
        <source>Drawn from the records</source>
        <translation>抽查范围</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>What is wrong (for the village)</source>
        <translation>问题说明（反馈给村）</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>e.g. 2015-06-30</source>
        <translation>例如 2015-06-30</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>another record</source>
        <translation>另一份记录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>a value is required.</source>
        <translation>必须填写。</translation>
    </message>
    <message>
        <source>answer yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <source>at most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date (write it as 2015-06-30).</source>
        <translation>“%1”不是真实的日期（请写成 2015-06-30 的格式）。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 晚于今天。</translation>
    </message>
    <message>
        <source>%1 is too long ago.</source>
        <translation>%1 太早了。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>“%1”不是可选项之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code of the official list.</source>
        <translation>“%1”不是官方区划代码表中的代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the 6-digit code of a county of the official list (or of a city without counties, such as 东莞市 441900).</source>
        <translation>“%1”不是官方区划中县级单位的 6 位代码（也可以是不设区县的地级市，如东莞市 441900）。</translation>
    </message>
</context>
<context>
    <name>FingerprintCard</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;Station id: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3&lt;br&gt;站点编号：%4</translation>
    </message>
    <message>
        <source>This station has no keys yet.</source>
        <translation>本站还没有密钥。</translation>
    </message>
    <message>
        <source>Read this fingerprint to the other station&apos;s operator on the phone.</source>
        <translation>请在电话里把这个指纹念给对方站点的操作员。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shouhu station fingerprint&lt;/h2&gt;&lt;p style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;Station id: %4&lt;/p&gt;&lt;p style=&apos;font-size:14pt&apos;&gt;Fingerprint:&lt;/p&gt;&lt;p style=&apos;font-size:36pt; font-family:monospace&apos;&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:12pt&apos;&gt;The operator of the other station types this fingerprint when enrolling this station&apos;s card. If what they see differs, the card is not this station&apos;s: do not enrol it.&lt;/p&gt;&lt;p style=&apos;font-size:12pt&apos;&gt;Printed on %6.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;守护站点指纹&lt;/h2&gt;&lt;p style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3&lt;br&gt;站点编号：%4&lt;/p&gt;&lt;p style=&apos;font-size:14pt&apos;&gt;指纹：&lt;/p&gt;&lt;p style=&apos;font-size:36pt; font-family:monospace&apos;&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:12pt&apos;&gt;对方站点的操作员登记本站身份卡时要输入这个指纹。如果对方看到的不一样，说明那张身份卡不是本站的：不要登记。&lt;/p&gt;&lt;p style=&apos;font-size:12pt&apos;&gt;打印日期：%6。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the fingerprint</source>
        <translation>打印指纹</translation>
    </message>
</context>
<context>
    <name>HazardEditor</name>
    <message>
        <source>What was done about it</source>
        <translation>采取了什么措施</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The history of a child&apos;s file: every change to it and to what is recorded about the child, with the files merged into it.</source>
        <translation>儿童档案的修改记录：档案本身及有关该儿童的全部记录的每次修改，包括并入的档案。</translation>
    </message>
    <message>
        <source>No child with the id %1.</source>
        <translation>没有编号为 %1 的儿童。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>共 %n 处修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>No ID number was entered.</source>
        <translation>未填写身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 digits for an old number).</source>
        <translation>身份证号码应为18位（旧号码为15位数字）。</translation>
    </message>
    <message>
        <source>An ID number consists of digits only, except for an X as its last character.</source>
        <translation>身份证号码只能由数字组成，仅最后一位可以是X。</translation>
    </message>
    <message>
        <source>The ID number does not start with the code of a province.</source>
        <translation>身份证号码的开头不是有效的省级代码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date.</source>
        <translation>身份证号码中的出生日期不是真实的日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number lies in the future.</source>
        <translation>身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The check character does not match: there is a typing mistake somewhere in the number.</source>
        <translation>校验码不符：号码中某处输入有误。</translation>
    </message>
</context>
<context>
    <name>ImageReducer</name>
    <message>
        <source>The PDF file is larger than %1 KB; scan it again at a lower resolution or attach a photo instead.</source>
        <translation>PDF 文件超过 %1 KB，请降低分辨率重新扫描，或改为上传照片。</translation>
    </message>
    <message>
        <source>Only JPEG, PNG or PDF files can be attached.</source>
        <translation>只能上传 JPEG、PNG 或 PDF 文件。</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <source>The image cannot be made small enough to attach.</source>
        <translation>图片无法压缩到可上传的大小。</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>This package was imported already on %1; nothing was changed.</source>
        <translation>这个数据包已在 %1 导入过，本次没有任何改动。</translation>
    </message>
    <message>
        <source>Package %1 from %2: %3 added, %4 updated, %5 unchanged, %6 conflicts.</source>
        <translation>数据包 %1（来自 %2）：新增 %3 条，更新 %4 条，未变 %5 条，冲突 %6 处。</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Review the conflicts with &quot;shouhu-cli conflicts&quot;.</source>
        <translation>请用“shouhu-cli conflicts”查看冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n later referral(s) folded into the earlier open referral of their kind.</source>
        <translation>
            <numerusform>%n 件较晚的转介已并入较早的同类未结转介。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care agreement(s) marked replaced: a child has one current agreement.</source>
        <translation>
            <numerusform>%n 份委托照护协议标记为已替换：每名儿童只有一份现行协议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care agreement(s) wait for review (&quot;shouhu-cli agreement review&quot;).</source>
        <translation>
            <numerusform>%n 份委托照护协议待审核（“shouhu-cli agreement review”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates (one child, two files):</source>
        <translation>疑似重复档案（同一名儿童有两份档案）：</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>另一份</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>Merge them with &quot;shouhu-cli merge-children KEEP OTHER&quot; after checking.</source>
        <translation>核实后用“shouhu-cli merge-children 保留编号 另一编号”合并。</translation>
    </message>
    <message>
        <source>Check and merge sync packages from enrolled stations (several files, or every package in a folder).</source>
        <translation>检查并合并已登记站点的同步数据包（可多个文件，或文件夹中的全部数据包）。</translation>
    </message>
    <message>
        <source>Each package is imported in its own transaction: a refused one changes nothing and is named, the others are imported. Exit 1 when any was refused.</source>
        <translation>每个数据包单独导入：被拒收的数据包不做任何更改并列出其名称，其余照常导入。任一数据包被拒收时退出码为 1。</translation>
    </message>
    <message>
        <source>The folder %1 holds no package (.shpkg).</source>
        <translation>文件夹 %1 中没有数据包（.shpkg）。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>imported already</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 conflicts</source>
        <translation>新增 %1 条，更新 %2 条，冲突 %3 处</translation>
    </message>
    <message>
        <source>%1 of %2 packages imported, %3 imported already, %4 refused.</source>
        <translation>共 %2 个数据包：导入 %1 个，已导入过 %3 个，拒收 %4 个。</translation>
    </message>
    <message>
        <source>Show who sent a package to whom, when, and how much it holds.</source>
        <translation>显示每个数据包由谁在何时发给谁，以及含有多少数据。</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Reopen the report of an imported package, or list them all.</source>
        <translation>重新查看已导入数据包的报告，或列出全部已导入的数据包。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>No package with the id %1 was imported here.</source>
        <translation>本站没有导入过编号为 %1 的数据包。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>No package was imported here yet.</source>
        <translation>本站还没有导入过数据包。</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>&lt;b&gt;Package from %1&lt;/b&gt;, made on %2, imported on %3.</source>
        <translation>&lt;b&gt;来自%1的数据包&lt;/b&gt;，%2 生成，%3 导入。</translation>
    </message>
    <message>
        <source>This package was imported already on %1; nothing was changed. The counts below are those of that import.</source>
        <translation>这个数据包已在 %1 导入过，本次没有任何改动。下面是那次导入的数字。</translation>
    </message>
    <message>
        <source>Children: %1 new, %2 changed.</source>
        <translation>儿童：新增 %1 名，修改 %2 名。</translation>
    </message>
    <message>
        <source>Records in all: %1 added, %2 updated, %3 unchanged, %4 conflicts.</source>
        <translation>记录合计：新增 %1 条，更新 %2 条，未变 %3 条，冲突 %4 处。</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(ies) added.</source>
        <translation>
            <numerusform>新增 %n 条历史记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station revocation(s) received.</source>
        <translation>
            <numerusform>收到 %n 条站点吊销信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values were changed at both stations at the same time. Both are kept: choose which one is right in the conflicts list.</source>
        <translation>有些项目在两个站点同时被修改。两个值都已保留：请在冲突列表中选择哪个是对的。</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <source>Nothing more to do: the case list now includes these changes.</source>
        <translation>无需其他操作：儿童列表已包含这些修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n later referral(s) of a kind folded into the earlier open one: a child has one open referral of each kind.</source>
        <translation>
            <numerusform>%n 件较晚的转介已并入较早的同类未结转介：每名儿童每类转介只有一件未结。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care agreement(s) marked replaced: a child has one current agreement.</source>
        <translation>
            <numerusform>%n 份委托照护协议标记为已替换：每名儿童只有一份现行协议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care agreement(s) drawn up at another station wait for your review.</source>
        <translation>
            <numerusform>%n 份在其他站点拟定的委托照护协议待您审核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): two files may describe one child (%1). Compare them and merge them in the list of possible duplicates.</source>
        <translation>
            <numerusform>%n 对疑似重复档案：两份档案可能属于同一名儿童（%1）。请在疑似重复档案列表中比对并合并。</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>疑似重复档案…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; imported on %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;于 %2 导入。</translation>
    </message>
    <message>
        <source>A station not enrolled here</source>
        <translation>未在本站登记的站点</translation>
    </message>
</context>
<context>
    <name>ImportRosterCommand</name>
    <message>
        <source>Import a roster (花名册) or a national-system export from CSV (UTF-8 or GBK) or XLSX.</source>
        <translation>从 CSV（UTF-8 或 GBK）或 XLSX 导入花名册或全国系统导出的名单。</translation>
    </message>
    <message>
        <source>Every row is checked first as if it were typed; then the import is one transaction. Rows match children by ID number; new children enter as suspected until surveyed. A bad row refuses the whole import (exit 1) unless --skip-bad is given. The mapping used is remembered for files with the same headers. docs/roster.md describes the columns.</source>
        <translation>先像手工录入一样逐行检查，再在一个事务中导入。按身份证号与已有儿童对应；新儿童在摸底排查前列为疑似留守儿童。有错误行时整个导入被拒绝（退出码 1），除非给出 --skip-bad。所用的列对应关系会按表头记住，供相同表头的文件使用。各列说明见 docs/roster.md。</translation>
    </message>
    <message>
        <source>Check and report every row; write nothing.</source>
        <translation>逐行检查并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out.</source>
        <translation>导入正确的行，跳过错误行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are bad: the import would be refused unless they are skipped (--skip-bad).</source>
        <translation>
            <numerusform>有 %n 行错误：除非跳过这些行（--skip-bad），导入将被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>原因或改动</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 bad (of %5 rows; headers in row %6).</source>
        <translation>新增 %1，更新 %2，无变化 %3，错误 %4（共 %5 行；表头在第 %6 行）。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported: %1 children added, %2 updated, %3 bad rows skipped.</source>
        <translation>已导入：新增 %1 名儿童，更新 %2 名，跳过 %3 个错误行。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Set up this station (a new database).</source>
        <translation>设置本站点（新数据库）。</translation>
    </message>
    <message>
        <source>The area code must be in the official list at the level of the role: a 12-digit village code for a village, 9 digits for a township, 6 for a county, 4 for a city.</source>
        <translation>区划代码须在统计用区划代码表中且与站点级别一致：村为 12 位村级代码，乡镇为 9 位，区县为 6 位，市为 4 位。</translation>
    </message>
    <message>
        <source>village, township, county or city.</source>
        <translation>village（村）、township（乡镇）、county（区县）或 city（市）。</translation>
    </message>
    <message>
        <source>The area code of the station.</source>
        <translation>站点的区划代码。</translation>
    </message>
    <message>
        <source>The station&apos;s name.</source>
        <translation>站点名称。</translation>
    </message>
    <message>
        <source>Who works at this station.</source>
        <translation>本站点的操作人员。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>The station &quot;%1&quot; (%2, %3) is set up in %4; its id is %5.</source>
        <translation>站点“%1”（%2，%3）已在 %4 中设置，编号为 %5。</translation>
    </message>
</context>
<context>
    <name>IsoWeek</name>
    <message>
        <source>&quot;%1&quot; is not a week: write the year and the ISO week number, as 2026-W49.</source>
        <translation>“%1”不是一个周：请写年份和 ISO 周数，如 2026-W49。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a week: %2 has the weeks %2-W01 to %2-W%3.</source>
        <translation>“%1”不是一个周：%2 年的周为 %2-W01 至 %2-W%3。</translation>
    </message>
</context>
<context>
    <name>ItemValidator</name>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>吊销通知</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>person of a child&apos;s file</source>
        <translation>儿童档案中的人员</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>referral step</source>
        <translation>转介步骤</translation>
    </message>
    <message>
        <source>care agreement</source>
        <translation>委托照护协议</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has a value of a kind that is not allowed.</source>
        <translation>字段“%1”的值类型不被允许。</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1：必须填写。</translation>
    </message>
    <message>
        <source>%1: yes/no is written as the number 0 or 1.</source>
        <translation>%1：是/否必须写成数字 0 或 1。</translation>
    </message>
    <message>
        <source>%1: the value must be text.</source>
        <translation>%1：值必须是文本。</translation>
    </message>
    <message>
        <source>%1: an empty text is written as null.</source>
        <translation>%1：空文本必须写成 null。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a record id.</source>
        <translation>%1：“%2”不是记录编号。</translation>
    </message>
    <message>
        <source>%1: the value is not in its stored form.</source>
        <translation>%1：值不是存储格式。</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>participant of an activity</source>
        <translation>活动参加者</translation>
    </message>
    <message>
        <source>spot check</source>
        <translation>抽查</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The sealed key is damaged and cannot be opened.</source>
        <translation>加密保存的密钥已损坏，无法打开。</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key with the passphrase.</source>
        <translation>内存不足，无法用口令保护密钥。</translation>
    </message>
    <message>
        <source>The sealed key was made by a newer version of Shouhu; please update Shouhu.</source>
        <translation>此加密密钥由更新版本的守护生成，请升级守护。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令不正确。</translation>
    </message>
</context>
<context>
    <name>LockPolicy</name>
    <message>
        <source>The idle time before the program locks must be between 0 (never) and %1 minutes.</source>
        <translation>自动锁定前的空闲时间必须在 0（从不锁定）到 %1 分钟之间。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Shouhu is locked</source>
        <translation>守护已锁定</translation>
    </message>
    <message>
        <source>Shouhu was locked to protect the children&apos;s records. Type this station&apos;s passphrase to go on: nothing you typed before is lost.</source>
        <translation>为保护儿童信息，守护已锁定。请输入本站口令继续；之前录入的内容都还在。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: try again in %n second(s).</source>
        <translation>
            <numerusform>口令错误次数过多，请在 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>You may try again now.</source>
        <translation>现在可以再试一次。</translation>
    </message>
    <message>
        <source>Open Shouhu</source>
        <translation>打开守护</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New child</source>
        <translation>新建儿童(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be saved: see the open forms.</source>
        <translation>
            <numerusform>有 %n 份档案未能保存：请查看已打开的表单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Shouhu</source>
        <translation>关于守护(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Bringing the categories up to date for %1…</source>
        <translation>正在按 %1 更新类别…</translation>
    </message>
    <message>
        <source>The categories could not be brought up to date: %1</source>
        <translation>类别未能更新：%1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>等另外 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) turned 16 and left the register as over-age: %1.</source>
        <translation>
            <numerusform>%n 名儿童已满 16 周岁，按超龄退出名册：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>You have unsaved work from %1 (%2): restore it?</source>
        <translation>您有 %1 未保存的工作（%2）：要恢复吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The unsaved work could not be restored.</source>
        <translation>未保存的工作无法恢复。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>%1 active: %2 left-behind, %3 suspected</source>
        <translation>在册 %1 名：留守 %2 名，疑似 %3 名</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) listed</source>
        <translation>
            <numerusform>列出 %n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>About Shouhu</source>
        <translation>关于守护</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shouhu %1&lt;/h3&gt;&lt;p&gt;The register of rural left-behind children for child directors, township supervisors and civil-affairs offices: one file per child, kept up to date offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;守护 %1&lt;/h3&gt;&lt;p&gt;供儿童主任、乡镇儿童督导员和民政部门使用的农村留守儿童名册：一人一档，离线也能动态更新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Print unsigned agreements of a village…</source>
        <translation>打印某村未签订的协议(&amp;P)…</translation>
    </message>
    <message>
        <source>Agreement &amp;coverage</source>
        <translation>协议签订覆盖率(&amp;C)</translation>
    </message>
    <message>
        <source>Print unsigned agreements</source>
        <translation>打印未签订的协议</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>村：</translation>
    </message>
    <message>
        <source>Demo data (fictitious)</source>
        <translation>演示数据（虚构）</translation>
    </message>
    <message>
        <source>Demo data: these children are fictitious, made up for practice and training.</source>
        <translation>演示数据：这些儿童均为虚构，仅供练习和培训使用。</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>无法读取名单。</translation>
    </message>
    <message>
        <source>The counts by area could not be read.</source>
        <translation>无法读取各区域的人数。</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>疑似重复档案(&amp;D)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Find a child</source>
        <translation>查找儿童(&amp;F)</translation>
    </message>
    <message>
        <source>Wait until the export or import under way is finished.</source>
        <translation>请等待正在进行的导出或导入完成。</translation>
    </message>
    <message>
        <source>%1 — Shouhu</source>
        <translation>%1 — 守护</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Shouhu can lock only after a passphrase is set for the station (Sync menu).</source>
        <translation>要先在“同步”菜单中为本站设置口令，守护才能锁定。</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Import a &amp;roster…</source>
        <translation>导入花名册(&amp;R)…</translation>
    </message>
    <message>
        <source>Reconcile with the &amp;national system…</source>
        <translation>与全国系统比对(&amp;N)…</translation>
    </message>
    <message>
        <source>Acti&amp;vities and talks</source>
        <translation>关爱活动与宣讲(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Spot checks</source>
        <translation>抽查(&amp;S)</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>工作台(&amp;B)</translation>
    </message>
</context>
<context>
    <name>MergeChildrenCommand</name>
    <message>
        <source>Merge two files of the same child into one.</source>
        <translation>将同一名儿童的两份档案合并为一份。</translation>
    </message>
    <message>
        <source>Every visit, referral, agreement and attachment of the other file moves to the kept one, empty fields are filled from it and differing values go to the conflicts list; the other file leaves the register as entered in error. The file kept is the older one, whatever the order given, so that the same merge at two stations agrees.</source>
        <translation>另一份档案的全部走访、转介、协议和附件移入保留的档案，保留档案中的空项由其补全，不一致的内容列入冲突列表；另一份档案以“误录”退出名册。无论给出顺序如何，保留的总是较早建立的档案，因此两个站点的同一合并结果一致。</translation>
    </message>
    <message>
        <source>The file %1 is the older one and is kept.</source>
        <translation>档案 %1 建立较早，予以保留。</translation>
    </message>
    <message>
        <source>The file %1 was merged into %2: %3 records moved, %4 fields filled, %5 differences on the conflicts list.</source>
        <translation>档案 %1 已并入 %2：移入 %3 条记录，补全 %4 项，%5 处不一致列入冲突列表。</translation>
    </message>
    <message>
        <source>Review the differences with &quot;shouhu-cli conflicts&quot;.</source>
        <translation>用“shouhu-cli conflicts”审核不一致之处。</translation>
    </message>
</context>
<context>
    <name>NationalForm</name>
    <message>
        <source>The format &quot;%1&quot; is not known: choose csv or xlsx.</source>
        <translation>不认识格式“%1”：请选择 csv 或 xlsx。</translation>
    </message>
</context>
<context>
    <name>PackageHeader</name>
    <message>
        <source>The package&apos;s signature is not valid: the file was damaged or altered after it was signed.</source>
        <translation>数据包签名无效：文件在签名后已损坏或被修改。</translation>
    </message>
    <message>
        <source>The package is incomplete (truncated): copy it again from the sender.</source>
        <translation>数据包不完整（被截断）：请重新从发送方复制。</translation>
    </message>
    <message>
        <source>The file is not a Shouhu package.</source>
        <translation>该文件不是守护数据包。</translation>
    </message>
    <message>
        <source>The package has format version %1, which this program cannot read; update Shouhu.</source>
        <translation>该数据包的格式版本为 %1，本程序无法读取；请更新守护。</translation>
    </message>
    <message>
        <source>The package was made by an older version of Shouhu (format %1), which this program no longer reads; update Shouhu at the sender and export again.</source>
        <translation>该同步包由旧版守护制作（格式 %1），本程序已不再读取；请在发送方更新守护后重新导出。</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>The package&apos;s contents are damaged: they do not follow the package format. Ask the sender to export it again.</source>
        <translation>同步包内容已损坏，不符合同步包格式。请发送方重新导出。</translation>
    </message>
    <message>
        <source>The package was refused: the %1 %2 is invalid: %3</source>
        <translation>同步包被拒绝：%1 %2 无效：%3</translation>
    </message>
    <message>
        <source>a write has no valid clock.</source>
        <translation>一项修改没有有效的时钟。</translation>
    </message>
    <message>
        <source>The package was refused: its header does not say how many items it holds (%1: %2 announced, %3 found).</source>
        <translation>同步包被拒绝：包头所列的条目数与内容不符（%1：声明 %2 条，实际 %3 条）。</translation>
    </message>
    <message>
        <source>The package was refused: it holds an item larger than any record (%1 bytes).</source>
        <translation>同步包被拒绝：其中有一个条目比任何记录都大（%1 字节）。</translation>
    </message>
    <message>
        <source>this kind of record (%1) is unknown.</source>
        <translation>不认识这种记录（%1）。</translation>
    </message>
    <message>
        <source>it has keys the format does not know.</source>
        <translation>含有格式中没有的键。</translation>
    </message>
    <message>
        <source>its id is not a record id (a lowercase UUID).</source>
        <translation>其编号不是记录编号（小写 UUID）。</translation>
    </message>
    <message>
        <source>who made or changed it, and when, is not written as the format says.</source>
        <translation>创建或修改者及时间的写法不符合格式。</translation>
    </message>
    <message>
        <source>it has no values.</source>
        <translation>没有字段值。</translation>
    </message>
    <message>
        <source>its values and clocks do not match.</source>
        <translation>字段值与时钟不一致。</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is unknown or has no clock.</source>
        <translation>字段“%1”不存在或没有时钟。</translation>
    </message>
    <message>
        <source>its id is not the id of its place in the child&apos;s file (a package from an older version of Shouhu: update Shouhu at the sender and export again).</source>
        <translation>其编号不是它在儿童档案中位置的编号（这是旧版守护的同步包：请在发送方更新守护后重新导出）。</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; has no value.</source>
        <translation>必填字段“%1”没有值。</translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation>缺少一个值。</translation>
    </message>
    <message>
        <source>its identity is incomplete.</source>
        <translation>标识信息不完整。</translation>
    </message>
    <message>
        <source>the entry for the creation of a record has values it cannot have.</source>
        <translation>记录创建条目含有不应有的值。</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is unknown.</source>
        <translation>字段“%1”不存在。</translation>
    </message>
    <message>
        <source>its resolution is not written as the format says.</source>
        <translation>其处理结果的写法不符合格式。</translation>
    </message>
    <message>
        <source>it is not a receipt for this station.</source>
        <translation>这不是发给本站点的回执。</translation>
    </message>
    <message>
        <source>The package was refused: it holds changes that %1 made while its computer&apos;s date was wrong (dated %2, more than a day after this computer&apos;s date, %3). At %1: correct the date if needed, repair the clock (the button on the warning in the main window, or shouhu-cli clock repair), then export again.</source>
        <translation>同步包被拒绝：其中有%1在电脑日期有误期间做的修改（时间为 %2，比本机日期 %3 晚一天以上）。请%1：如有需要先改正日期，再修复时钟（主窗口提示条上的按钮，或 shouhu-cli clock repair），然后重新导出。</translation>
    </message>
    <message>
        <source>its id is not the id of this child&apos;s part in this activity.</source>
        <translation>其编号不是该儿童参加该活动的编号。</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>The package comes from the station %1, whose key was revoked on %2; it is not accepted.</source>
        <translation>该数据包来自站点 %1，其密钥已于 %2 吊销；不予接受。</translation>
    </message>
    <message>
        <source>The package is addressed to another station (%1), not to this one.</source>
        <translation>该数据包是发给其他站点（%1）的，不是发给本站的。</translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this station&apos;s key.</source>
        <translation>无法用本站密钥解密该数据包。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes behind the changes it has seen; check the date and time.</source>
        <translation>本机时钟比已收到的更改落后 %1 分钟；请检查日期和时间。</translation>
    </message>
    <message>
        <source>The package file changed while it was being imported; nothing was changed. Import it again.</source>
        <translation>导入过程中数据包文件发生了变化，未做任何更改。请重新导入。</translation>
    </message>
    <message>
        <source>The package was refused: it claims to hold the records of %1, but the sender may send this station only those of %2.</source>
        <translation>同步包被拒绝：它声称包含 %1 的记录，但发送方只能向本站点发送 %2 的记录。</translation>
    </message>
    <message>
        <source>The package from %1 was refused: the date on its computer is wrong (the package was made on %2, more than a day after this computer&apos;s date, %3). At %1: set the computer&apos;s date and time right, repair the clock when Shouhu offers it, then export again.</source>
        <translation>来自%1的同步包被拒绝：对方电脑的日期有误（同步包制作于 %2，比本机日期 %3 晚一天以上）。请%1：把电脑的日期和时间改正，在守护提示时修复时钟，然后重新导出。</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>The package comes from a station that is not enrolled here (%1, %2); enrol it first.</source>
        <translation>同步包来自未在本站点登记的站点（%1，%2）；请先登记该站点。</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not valid: the file was damaged or altered after it was signed.</source>
        <translation>同步包的签名无效：文件在签名后被损坏或修改过。</translation>
    </message>
    <message>
        <source>The package was refused: its header says the sender is a %1 station of %2, but %3 was enrolled here as a %4 station of %5.</source>
        <translation>同步包被拒绝：包头称发送方是 %2 的%1站点，但 %3 在本站点登记的是 %5 的%4站点。</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>No enrolled station has the id %1; enrol it first.</source>
        <translation>没有编号为 %1 的已登记站点；请先登记。</translation>
    </message>
    <message>
        <source>The station %1 was revoked; nothing can be sent to it.</source>
        <translation>站点 %1 已被吊销；不能向其发送数据。</translation>
    </message>
    <message>
        <source>The station %1 is neither above nor below this station.</source>
        <translation>站点 %1 既不是本站的上级也不是下级。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The station %1 has a damaged encryption key; enrol it again.</source>
        <translation>站点 %1 的加密密钥已损坏；请重新登记。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be written (is the disk full?).</source>
        <translation>文件 %1 写入失败（磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Type the passphrase that protects this station&apos;s keys. It is needed to sign, send and open sync packages.</source>
        <translation>请输入保护本站密钥的口令。签名、发送和打开同步数据包都需要它。</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <source>This station needs its keys to send and receive packages. Choose a passphrase of at least %1 characters to protect them, and keep it safe: without it this station cannot send or open packages.</source>
        <translation>本站需要密钥才能收发数据包。请设置至少 %1 个字符的口令来保护密钥，并妥善保管：没有口令，本站就不能发送或打开数据包。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再输入一遍</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>修改口令</translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice (at least %1 characters).</source>
        <translation>请输入当前口令，再把新口令输入两遍（至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Protect this station&apos;s keys with a passphrase.</source>
        <translation>用口令保护本站的密钥。</translation>
    </message>
    <message>
        <source>This station gets its own keys to sign and open the packages it exchanges with other stations. Choose a passphrase of at least %1 characters and keep it safe: it is asked for when packages are sent or received.</source>
        <translation>本站会生成自己的密钥，用来签名和打开与其他站点交换的数据包。请设置至少 %1 个字符的口令并妥善保管：收发数据包时需要输入。</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再输入一遍</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>The package&apos;s contents are damaged: they do not follow the package format. Ask the sender to export it again.</source>
        <translation>同步包内容已损坏，不符合同步包格式。请发送方重新导出。</translation>
    </message>
    <message>
        <source>The package was refused: its contents are larger than its header announces.</source>
        <translation>同步包被拒绝：内容比包头声明的大。</translation>
    </message>
</context>
<context>
    <name>PayloadWriter</name>
    <message>
        <source>Compressing the package failed.</source>
        <translation>压缩数据包失败。</translation>
    </message>
</context>
<context>
    <name>PersonSlotMigration</name>
    <message>
        <source>The people of the children&apos;s files could not be given their new ids: %1</source>
        <translation>无法为儿童档案中的人员更换新编号：%1</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF file to write, or a folder to write it in under its own name (for example 南跃村-走访任务清单-2024-06-03.pdf).</source>
        <translation>要写入的 PDF 文件；或一个文件夹，文件以其自身名称写入其中（例如 南跃村-走访任务清单-2024-06-03.pdf）。</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message>
        <source>Nothing was printed: no agreement passed the caregiver check.</source>
        <translation>没有打印任何协议：没有一份协议通过委托照护人审核。</translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation>必须提供 --out 选项。</translation>
    </message>
    <message>
        <source>The option --child is required.</source>
        <translation>必须提供 --child 选项。</translation>
    </message>
    <message>
        <source>Print a child&apos;s current care agreement to PDF (one A4 page); a draft becomes printed.</source>
        <translation>将儿童现行的委托照护协议打印为 PDF（一页 A4）；草稿打印后状态变为“已打印”。</translation>
    </message>
    <message>
        <source>The child.</source>
        <translation>儿童。</translation>
    </message>
    <message>
        <source>Print every unsigned agreement of a village (or larger area) into one PDF, one page each.</source>
        <translation>将一个村（或更大区域）所有未签订的协议打印到同一个 PDF 中，每份一页。</translation>
    </message>
    <message>
        <source>Agreements whose caregiver check fails are skipped and named on stderr. Drafts become printed.</source>
        <translation>委托照护人审核未通过的协议会被跳过，并在错误输出（stderr）中列出。草稿打印后状态变为“已打印”。</translation>
    </message>
    <message>
        <source>The village (or township, county).</source>
        <translation>村（或乡镇、区县）。</translation>
    </message>
    <message>
        <source>Unsigned agreements only (drafts and printed ones; the default).</source>
        <translation>只打印未签订的协议（草稿和已打印未签的；默认）。</translation>
    </message>
    <message>
        <source>The option --village is required.</source>
        <translation>必须提供 --village 选项。</translation>
    </message>
    <message>
        <source>Print a child&apos;s file (一人一档) to PDF.</source>
        <translation>将儿童档案（一人一档）打印为 PDF。</translation>
    </message>
    <message>
        <source>Print a visit form for the field: blank, or pre-filled for a child.</source>
        <translation>打印入户走访记录表：空白表，或预先填好某个儿童的信息。</translation>
    </message>
    <message>
        <source>Pre-fill for this child.</source>
        <translation>预先填好此儿童的信息。</translation>
    </message>
    <message>
        <source>Print the written report to the education department for a dropout referral.</source>
        <translation>打印失学辍学转介中报告教育部门的书面报告。</translation>
    </message>
    <message>
        <source>The dropout referral.</source>
        <translation>失学辍学转介。</translation>
    </message>
    <message>
        <source>The option --referral is required.</source>
        <translation>必须提供 --referral 选项。</translation>
    </message>
    <message>
        <source>Print the month&apos;s visit worklist of a village: the children due or overdue, with blanks for the date visited and a signature.</source>
        <translation>打印一个村当月的走访任务清单：应访和逾期未访的儿童，留有走访日期和签字栏。</translation>
    </message>
    <message>
        <source>The village.</source>
        <translation>村。</translation>
    </message>
    <message>
        <source>The month (default: this month).</source>
        <translation>月份（默认本月）。</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM, for example 2024-06.</source>
        <translation>月份须写成 YYYY-MM，例如 2024-06。</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>These agreements are left out because the caregiver check fails:
%1</source>
        <translation>以下协议因委托照护人审核未通过而未打印：
%1</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the documents as PDF and print the file where there is a printer, or set up a printer first.</source>
        <translation>本机没有设置打印机。请将文档另存为 PDF，到有打印机的电脑上打印，或先设置打印机。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>QualityCheck</name>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是统计用区划代码表中的代码。</translation>
    </message>
    <message>
        <source>%1 is not recorded.</source>
        <translation>未填写%1。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation>出生日期 %1 与身份证号码不符，身份证号码显示为 %2。</translation>
    </message>
    <message>
        <source>The sex does not match the ID number, which says %1.</source>
        <translation>性别与身份证号码不符，身份证号码显示为%1。</translation>
    </message>
    <message>
        <source>The same ID number is on the file of %1 (%2): one child, one file.</source>
        <translation>%1（%2）的档案中也有同一身份证号码：一人只能有一份档案。</translation>
    </message>
    <message>
        <source>Turned %1 on %2 and is still on the register: exit the child as over-age.</source>
        <translation>已于 %2 满 %1 周岁，仍在册：请按超龄办理退出。</translation>
    </message>
    <message>
        <source>The category on record (%1) is not what the facts give today (%2): refresh the categories.</source>
        <translation>记录的类别（%1）与按现有信息认定的结果（%2）不符：请更新类别。</translation>
    </message>
    <message>
        <source>The care agreement ended on %1: make a new one.</source>
        <translation>委托照护协议已于 %1 到期：请重新签订。</translation>
    </message>
    <message>
        <source>No visit since %1: a left-behind child is visited every month.</source>
        <translation>自 %1 以来未走访：留守儿童应每月走访一次。</translation>
    </message>
    <message>
        <source>Never visited since the file was made on %1.</source>
        <translation>自 %1 建档以来从未走访。</translation>
    </message>
    <message>
        <source>The caregiver is under 18 (born %1): a minor cannot be the entrusted caregiver.</source>
        <translation>照护人未满18周岁（%1 出生）：未成年人不能担任委托照护人。</translation>
    </message>
    <message>
        <source>Neither the entrusted guardian nor the caregiver is recorded: the person the child is entrusted to is needed.</source>
        <translation>受委托监护人和照护人都没有登记：需要登记儿童被委托给谁照护。</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Compare a national-system export with the register: in both, only in the list, only here, and the fields that differ.</source>
        <translation>将全国系统导出的名单与本站登记比对：两边都有、仅名单中有、仅本站有，以及不一致的字段。</translation>
    </message>
    <message>
        <source>Children are matched by ID number. The result is written to --out (CSV or XLSX) and counted on stdout.</source>
        <translation>按身份证号对应儿童。结果写入 --out（CSV 或 XLSX），统计数字输出到标准输出。</translation>
    </message>
    <message>
        <source>The result&apos;s format (default: from the file name).</source>
        <translation>结果的格式（默认按文件名判断）。</translation>
    </message>
    <message>
        <source>The file to write the result to (required).</source>
        <translation>写入结果的文件（必填）。</translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation>必须给出 --out 选项。</translation>
    </message>
    <message>
        <source>The result is in %1.</source>
        <translation>结果见 %1。</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Choose the national list…</source>
        <translation>选择全国系统名单…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Reconcile with the national system</source>
        <translation>与全国系统比对</translation>
    </message>
    <message>
        <source>Choose an export of the national system (CSV or XLSX): its children are compared with this register by ID number.</source>
        <translation>请选择全国系统导出的名单（CSV 或 XLSX）：按身份证号与本站登记的儿童比对。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Row in the list</source>
        <translation>名单中的行</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>National list</source>
        <translation>全国名单</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Choose the national list</source>
        <translation>选择全国系统名单</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.txt)</source>
        <translation>名单 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>导出比对结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The result was written to %1.</source>
        <translation>结果已写入 %1。</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>&quot;%1&quot; is not a field of this record.</source>
        <translation>“%1”不是本记录的字段。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>: a value is required.</source>
        <translation>：必须填写。</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>记录无法保存：%1</translation>
    </message>
    <message>
        <source>No record with the id %1.</source>
        <translation>没有编号为 %1 的记录。</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>无法写入修改记录：%1</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message>
        <source>The record %1 could not be saved: it exists already.</source>
        <translation>记录 %1 无法保存：它已经存在。</translation>
    </message>
    <message>
        <source>The conflicts list could not be updated: %1</source>
        <translation>无法更新冲突列表：%1</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>记录处理步骤</translation>
    </message>
    <message>
        <source>(from what is filled in)</source>
        <translation>（根据所填内容）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Status afterwards</source>
        <translation>处理后状态</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Close with the outcome</source>
        <translation>填写结果并办结</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation>办结转介</translation>
    </message>
    <message>
        <source>Print report to the education department…</source>
        <translation>打印报送教育部门的书面报告…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Opened on %1, due %2</source>
        <translation>%1 启动，限期 %2</translation>
    </message>
    <message>
        <source>Overdue since %1.</source>
        <translation>自 %1 起已逾期。</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>Closed on %1 by %2: %3</source>
        <translation>%1 由 %2 办结：%3</translation>
    </message>
    <message>
        <source>e.g. 2024-05-10 15:20</source>
        <translation>例如 2024-05-10 15:20</translation>
    </message>
    <message>
        <source>The step&apos;s date is not a date: write it as 2024-05-10.</source>
        <translation>步骤日期不是有效日期：请写成 2024-05-10。</translation>
    </message>
    <message>
        <source>Fill in what was done before adding a step.</source>
        <translation>请先填写所做的工作，再添加步骤。</translation>
    </message>
    <message>
        <source>Write the outcome before closing the referral.</source>
        <translation>办结转介前请填写处理结果。</translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>启动日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <source>No referral with the id %1.</source>
        <translation>没有编号为 %1 的转介。</translation>
    </message>
    <message>
        <source>This referral is closed; it cannot be changed.</source>
        <translation>此转介已办结，不能再修改。</translation>
    </message>
    <message>
        <source>A step cannot be dated in the future.</source>
        <translation>办理事项的日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Close a referral with its outcome (referral close).</source>
        <translation>请填写办理结果来办结转介（referral close）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral status.</source>
        <translation>“%1”不是转介状态。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step that can be recorded here.</source>
        <translation>“%1”不是此处可记录的办理事项。</translation>
    </message>
    <message>
        <source>&quot;reported_at&quot; must be a date and time written as 2024-05-02 14:30.</source>
        <translation>“reported_at”须为日期和时间，写作 2024-05-02 14:30。</translation>
    </message>
    <message>
        <source>Reported at %1 to %2 by %3.</source>
        <translation>%3 于 %1 向 %2 报告。</translation>
    </message>
    <message>
        <source>This referral is already closed.</source>
        <translation>此转介已经办结。</translation>
    </message>
    <message>
        <source>A referral is closed with its outcome; write what happened.</source>
        <translation>办结转介须填写办理结果，请写明处理情况。</translation>
    </message>
    <message>
        <source>A report to the police cannot be closed before it records when, to whom and by whom it was reported.</source>
        <translation>向公安机关报告的转介，须记录报告时间、报告对象和报告人后才能办结。</translation>
    </message>
    <message>
        <source>The closing date must lie between the opening date and today.</source>
        <translation>办结日期须在立案日期和今天之间。</translation>
    </message>
    <message>
        <source>Only a dropout referral has a report to the education department.</source>
        <translation>只有失学辍学转介才有报告教育部门的书面报告。</translation>
    </message>
    <message>
        <source>This referral was folded into the earlier referral of its kind (%1); continue there.</source>
        <translation>本转介已并入较早的同类转介（%1），请在该转介中继续办理。</translation>
    </message>
    <message>
        <source>This referral was folded into the earlier referral of its kind (%1); close that one.</source>
        <translation>本转介已并入较早的同类转介（%1），请关闭该转介。</translation>
    </message>
</context>
<context>
    <name>ReferralUpdate</name>
    <message>
        <source>&quot;date&quot; must be a date written as 2024-05-02.</source>
        <translation>“date”须为日期，写作 2024-05-02。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be set in a referral update.</source>
        <translation>转介更新中不能设置“%1”。</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>未办结的转介</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>全部转介</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Open referral…</source>
        <translation>打开转介…</translation>
    </message>
    <message>
        <source>Child&apos;s file</source>
        <translation>儿童档案</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n 条转介</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database&apos;s data with a backup copy (the current data are backed up first).</source>
        <translation>用备份替换数据库的数据（当前数据会先备份）。</translation>
    </message>
    <message>
        <source>Refused, with nothing changed, for a file that is not a Shouhu database, fails the integrity check, was made by a newer version of Shouhu, or belongs to another station (unless --force). A database that no longer opens (damaged) is kept beside as &quot;&lt;database&gt;.damaged-TIME&quot; and replaced.</source>
        <translation>以下文件会被拒绝且不做任何更改：不是守护数据库、未通过完整性检查、由更新版本的守护生成，或属于另一个站点（除非使用 --force）。无法再打开（已损坏）的数据库会在旁边保留为“&lt;数据库&gt;.damaged-时间”，然后被替换。</translation>
    </message>
    <message>
        <source>Restore a backup of another station all the same.</source>
        <translation>仍然恢复另一个站点的备份。</translation>
    </message>
    <message numerus="yes">
        <source>The damaged database was kept as %1 and replaced by %2 (%n child(ren)).</source>
        <translation>
            <numerusform>损坏的数据库已保留为 %1，并已用 %2 替换（%n 名儿童）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was restored from %2 (%n child(ren)).</source>
        <translation>
            <numerusform>数据库 %1 已从 %2 恢复（%n 名儿童）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was restored from %2 (%n child(ren)); the data it held before are kept in the backup %3.</source>
        <translation>
            <numerusform>数据库 %1 已从 %2 恢复（%n 名儿童）；恢复前的数据保存在备份 %3 中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is encrypted: give the station&apos;s passphrase with --passphrase-file or the SHOUHU_PASSPHRASE environment variable.</source>
        <translation>文件 %1 已加密：请用 --passphrase-file 或环境变量 SHOUHU_PASSPHRASE 提供本站口令。</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was made from %2 (%n child(ren)).</source>
        <translation>
            <numerusform>已用 %2 建立数据库 %1（%n 名儿童）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups are made before every import and once a day, in the folder %1. Restoring one replaces the whole register with the state it holds; the current data are backed up first.</source>
        <translation>每次导入前和每天一次会自动备份，存放在文件夹 %1 中。恢复某份备份会用其中的状态替换整个台账；当前数据会先备份。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Replace the register</source>
        <translation>替换台账</translation>
    </message>
    <message numerus="yes">
        <source>The register will be replaced by the backup made %1: every change made since then is taken out, and the children&apos;s files open now are closed. The current data (%n child(ren)) are first saved as a new backup, so that this restore can be undone from this list.</source>
        <translation>
            <numerusform>台账将被 %1 的备份替换：此后所做的全部修改都会撤销，现在打开的儿童档案会关闭。当前数据（%n 名儿童）会先另存为一份新备份，因此可以从此列表撤销这次恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register was restored from the backup made %1 (%n child(ren)); the data it held before are kept in a new backup.</source>
        <translation>
            <numerusform>台账已从 %1 的备份恢复（%n 名儿童）；恢复前的数据保存在一份新备份中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <source>No risk found</source>
        <translation>未发现风险</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>RiskQuery</name>
    <message>
        <source>No child with the id %1.</source>
        <translation>没有编号为 %1 的儿童。</translation>
    </message>
</context>
<context>
    <name>RiskRules</name>
    <message>
        <source>%1 is overdue since %2.</source>
        <translation>%1自 %2 起已逾期。</translation>
    </message>
    <message>
        <source>%1 is open (due %2).</source>
        <translation>%1尚未办结（期限 %2）。</translation>
    </message>
    <message>
        <source>Guardianship is graded poor.</source>
        <translation>监护情况为差。</translation>
    </message>
    <message>
        <source>Not visited for %1 days (last visit %2).</source>
        <translation>已 %1 天未走访（上次走访 %2）。</translation>
    </message>
    <message>
        <source>Never visited since registration on %1.</source>
        <translation>自 %1 登记以来从未走访。</translation>
    </message>
    <message>
        <source>Guardianship is graded fair.</source>
        <translation>监护情况为一般。</translation>
    </message>
    <message>
        <source>No open referral, guardianship not graded poor or fair, visited on time.</source>
        <translation>无未办结转介，监护情况不为差或一般，按时走访。</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>The column mapping to use (JSON, docs/roster.md); without it the mapping remembered for these headers, else one guessed from them.</source>
        <translation>使用的列对应文件（JSON，见 docs/roster.md）；不给出时使用为这些表头记住的对应关系，否则按表头自动识别。</translation>
    </message>
    <message>
        <source>--format takes csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format 只能是 csv 或 xlsx，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>new child</source>
        <translation>新增儿童</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>bad row</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置站点。</translation>
    </message>
    <message>
        <source>The village &quot;%1&quot; is not in this station&apos;s area.</source>
        <translation>村“%1”不在本站辖区内。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 villages in this station&apos;s area: give the 12-digit village code.</source>
        <translation>本站辖区内有 %2 个村叫“%1”：请填写 12 位村代码。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is neither yes nor no.</source>
        <translation>“%1”列：“%2”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not one of the choices for %3.</source>
        <translation>“%1”列：“%2”不是“%3”的可选项。</translation>
    </message>
    <message>
        <source>The same child as row %1 (same name, birth date and village).</source>
        <translation>与第 %1 行是同一名儿童（姓名、出生日期和村相同）。</translation>
    </message>
    <message>
        <source>The same child as row %1 (ID number %2).</source>
        <translation>与第 %1 行是同一名儿童（身份证号 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the roster cannot be imported (row %1: %2); nothing was imported: correct them, or skip the bad rows.</source>
        <translation>
            <numerusform>花名册中有 %n 行无法导入（第 %1 行：%2）；未导入任何数据：请改正这些行，或选择跳过错误行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2 未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Skip bad rows</source>
        <translation>跳过错误行</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Open a mapping…</source>
        <translation>打开列对应…</translation>
    </message>
    <message>
        <source>Save the mapping…</source>
        <translation>保存列对应…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Choose a roster (花名册) or a national-system export: CSV (UTF-8 or GBK) or XLSX.</source>
        <translation>请选择花名册或全国系统导出的名单：CSV（UTF-8 或 GBK）或 XLSX。</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill:</source>
        <translation>文件中的列及其对应的字段：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>原因或改动</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt)</source>
        <translation>花名册 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the header in row %2.</source>
        <translation>
            <numerusform>%1：第 %2 行为表头，其下有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 bad.</source>
        <translation>新增 %1，更新 %2，无变化 %3，错误 %4。</translation>
    </message>
    <message>
        <source>Correct the bad rows in the file, or tick &quot;Skip bad rows&quot;.</source>
        <translation>请在文件中改正错误行，或勾选“跳过错误行”。</translation>
    </message>
    <message>
        <source>Open a column mapping</source>
        <translation>打开列对应</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>列对应 (*.json)</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>The mapping was saved to %1.</source>
        <translation>列对应已保存到 %1。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1 children added, %2 updated, %3 unchanged, %4 bad rows skipped.</source>
        <translation>已导入：新增 %1 名儿童，更新 %2 名，%3 名无变化，跳过 %4 个错误行。</translation>
    </message>
</context>
<context>
    <name>RosterMapping</name>
    <message>
        <source>Village (code or name)</source>
        <translation>村（代码或名称）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The roster has no column for &quot;%1&quot; (a header such as %2): add the column or choose it in the column mapping.</source>
        <translation>花名册中没有“%1”列（表头如“%2”）：请添加该列，或在列对应中选择。</translation>
    </message>
    <message>
        <source>This is not a column mapping of Shouhu (the &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>这不是守护的列对应文件（“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>The column mapping has a version this program does not read.</source>
        <translation>此列对应文件的版本本程序无法读取。</translation>
    </message>
    <message>
        <source>The column mapping names more than 500 columns.</source>
        <translation>列对应文件列出了 500 多列。</translation>
    </message>
    <message>
        <source>The column mapping maps &quot;%1&quot; to &quot;%2&quot;, which is no field a roster fills.</source>
        <translation>列对应把“%1”对应到“%2”，但花名册没有这个字段。</translation>
    </message>
    <message>
        <source>The column mapping %1 cannot be read.</source>
        <translation>无法读取列对应文件 %1。</translation>
    </message>
    <message>
        <source>The column mapping %1 is larger than 1 MB.</source>
        <translation>列对应文件 %1 超过 1 MB。</translation>
    </message>
    <message>
        <source>The column mapping %1 is not a JSON object.</source>
        <translation>列对应文件 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The column mapping cannot be written to %1.</source>
        <translation>无法把列对应写入 %1。</translation>
    </message>
</context>
<context>
    <name>RosterReader</name>
    <message>
        <source>Row %1, column %2 holds more than %3 characters: this is not a roster.</source>
        <translation>第 %1 行第 %2 列超过 %3 个字符：这不是花名册。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split the roster into smaller files.</source>
        <translation>文件超过 %1 行；请把花名册拆成较小的文件。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns: this is not a roster.</source>
        <translation>第 %1 行超过 %2 列：这不是花名册。</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not UTF-8 text.</source>
        <translation>文件标明是 UTF-8，但含有不是 UTF-8 文本的字节。</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but holds bytes that are not UTF-16 text.</source>
        <translation>文件标明是 UTF-16，但含有不是 UTF-16 文本的字节。</translation>
    </message>
    <message>
        <source>The file is neither a spreadsheet (XLSX) nor a text (CSV) file.</source>
        <translation>该文件既不是电子表格（XLSX），也不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, and this program cannot read GBK text: save the file as UTF-8.</source>
        <translation>文件不是 UTF-8 文本，而本程序无法读取 GBK 文本：请把文件另存为 UTF-8。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text: save it again as CSV (UTF-8).</source>
        <translation>文件既不是 UTF-8 也不是 GBK 文本：请重新另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook that can be read: save it again from the spreadsheet as &quot;Excel workbook (*.xlsx)&quot;.</source>
        <translation>文件不是可读取的 XLSX 工作簿：请在电子表格软件中重新另存为“Excel 工作簿 (*.xlsx)”。</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: save it again from the spreadsheet.</source>
        <translation>工作簿中的 %1 部分已损坏：请在电子表格软件中重新保存。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB: this is not a roster.</source>
        <translation>文件 %1 超过 %2 MB：这不是花名册。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: this is not a roster.</source>
        <translation>文件超过 %1 MB：这不是花名册。</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>文件中没有任何行。</translation>
    </message>
</context>
<context>
    <name>RosterReconciler</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>in both, the same</source>
        <translation>两边都有，一致</translation>
    </message>
    <message>
        <source>in both, differs</source>
        <translation>两边都有，不一致</translation>
    </message>
    <message>
        <source>only in the national list</source>
        <translation>仅全国名单中有</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>仅本站有</translation>
    </message>
    <message>
        <source>The list has no column of ID numbers (a header such as 公民身份号码): children are matched by it.</source>
        <translation>名单中没有身份证号列（表头如“公民身份号码”）：儿童要按身份证号对应。</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>比对结果</translation>
    </message>
    <message>
        <source>Reconciliation with the national list</source>
        <translation>与全国名单比对</translation>
    </message>
    <message>
        <source>%1 in both and the same, %2 in both with differences, %3 only in the national list, %4 only here.</source>
        <translation>两边都有且一致 %1 名，两边都有但不一致 %2 名，仅全国名单中有 %3 名，仅本站有 %4 名。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Row in the list</source>
        <translation>名单中的行</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>National list</source>
        <translation>全国名单</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Child id</source>
        <translation>儿童编号</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>本月应访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — overdue %2, due %3, visited %4</source>
        <translation>%1 — 逾期 %2，应访 %3，已访 %4</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应访</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次走访</translation>
    </message>
    <message>
        <source>Holiday safety check</source>
        <translation>假期安全检查</translation>
    </message>
    <message>
        <source>Monthly visit</source>
        <translation>每月走访</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>应访截止</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Survey visit (suspected child)</source>
        <translation>摸排走访（疑似留守儿童）</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>&quot;%1&quot; is not a holiday period (write 07-01..08-31).</source>
        <translation>“%1”不是假期时段（请写作 07-01..08-31）。</translation>
    </message>
    <message>
        <source>The setting first_visit_working_days must be a number of days from 1 to 60.</source>
        <translation>设置 first_visit_working_days 须为 1 至 60 的天数。</translation>
    </message>
    <message>
        <source>The notice asks for a visit every month (一月一访): the setting visit_interval_months can only be 1.</source>
        <translation>通知要求一月一访：设置 visit_interval_months 只能为 1。</translation>
    </message>
    <message>
        <source>The setting over_age_years must be an age from 6 to 18.</source>
        <translation>设置 over_age_years 必须是 6 至 18 之间的年龄。</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Monthly visits</source>
        <translation>每月走访</translation>
    </message>
    <message>
        <source>Overdue, due and visited</source>
        <translation>逾期、应访、已访</translation>
    </message>
    <message>
        <source>Per village</source>
        <translation>按村</translation>
    </message>
    <message>
        <source>Per visitor</source>
        <translation>按走访人</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>新建走访…</translation>
    </message>
    <message>
        <source>Child&apos;s file</source>
        <translation>儿童档案</translation>
    </message>
    <message>
        <source>Print worklist…</source>
        <translation>打印走访清单…</translation>
    </message>
    <message>
        <source>The due and overdue children of the selected village, with addresses and contacts, for a day in the field.</source>
        <translation>所选村应访和逾期儿童的清单，含地址和联系人，供入户走访使用。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Overdue %1 · due %2 · visited %3</source>
        <translation>逾期 %1 · 应访 %2 · 已访 %3</translation>
    </message>
    <message>
        <source>Select a child of the village whose worklist you want to print.</source>
        <translation>请选择要打印走访清单的村中的一名儿童。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The file is not a Shouhu database.</source>
        <translation>该文件不是守护数据库。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Shouhu; please update the program.</source>
        <translation>此数据库由更新版本的守护创建，请升级程序。</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed.</source>
        <translation>数据库升级到第 %1 版失败。</translation>
    </message>
</context>
<context>
    <name>Sealer</name>
    <message>
        <source>The encrypted data is damaged or was not meant for this station.</source>
        <translation>加密数据已损坏，或不是发给本站点的。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find children by any part of the name or of the ID number (no text: everyone).</source>
        <translation>按姓名或身份证号的任意部分查找儿童（不填则列出全部）。</translation>
    </message>
    <message>
        <source>At most N children (default 50).</source>
        <translation>最多显示 N 名儿童（默认 50）。</translation>
    </message>
    <message>
        <source>Skip the first N children.</source>
        <translation>跳过前 N 名儿童。</translation>
    </message>
    <message>
        <source>Only children inside this area.</source>
        <translation>只包括该区划内的儿童。</translation>
    </message>
    <message>
        <source>Only this category: not_left_behind, left_behind, suspected, over_age.</source>
        <translation>只包括该类别：not_left_behind、left_behind、suspected、over_age。</translation>
    </message>
    <message>
        <source>Only children with this status (default active).</source>
        <translation>只包括该状态的儿童（默认 active）。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是统计用区划代码表中的代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category; use not_left_behind, left_behind, suspected or over_age.</source>
        <translation>“%1”不是类别，请使用 not_left_behind、left_behind、suspected 或 over_age。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use active, exited or all.</source>
        <translation>“%1”不是状态，请使用 active、exited 或 all。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>No child matches.</source>
        <translation>没有符合条件的儿童。</translation>
    </message>
    <message>
        <source>Children %1 to %2 of %3.</source>
        <translation>第 %1 至 %2 名，共 %3 名。</translation>
    </message>
</context>
<context>
    <name>SecretStreamReader</name>
    <message>
        <source>The encrypted data ends too early: the file is incomplete.</source>
        <translation>加密数据提前结束：文件不完整。</translation>
    </message>
    <message>
        <source>The encrypted data has been damaged or altered, or it was not encrypted with this key.</source>
        <translation>加密数据已损坏或被篡改，或者不是用此密钥加密的。</translation>
    </message>
    <message>
        <source>The encrypted data is followed by unexpected extra bytes.</source>
        <translation>加密数据后面有多余的字节。</translation>
    </message>
    <message>
        <source>The encrypted data could not be read.</source>
        <translation>无法读取加密数据。</translation>
    </message>
</context>
<context>
    <name>SecretStreamWriter</name>
    <message>
        <source>The encrypted data could not be written.</source>
        <translation>无法写入加密数据。</translation>
    </message>
</context>
<context>
    <name>SenderScope</name>
    <message>
        <source>The package was refused: the %1 %2 is invalid: &quot;%3&quot; is not a village code of the official list.</source>
        <translation>同步包被拒绝：%1 %2 无效：“%3”不是官方列表中的村级代码。</translation>
    </message>
    <message>
        <source>The package was refused: it holds records of %1, outside the area the sender may send to this station (%2).</source>
        <translation>同步包被拒绝：其中有 %1 的记录，超出了发送方可向本站点发送的范围（%2）。</translation>
    </message>
    <message>
        <source>The package was refused: it changes the %1 %2 of %3 as if it belonged to %4; a record never changes its village by sync.</source>
        <translation>同步包被拒绝：它把属于 %3 的%1 %2 当作 %4 的记录来修改；同步不能改变记录所属的村。</translation>
    </message>
    <message>
        <source>The package was refused: the %1 %2 appears in it twice.</source>
        <translation>同步包被拒绝：%1 %2 在包中出现了两次。</translation>
    </message>
    <message>
        <source>The package was refused: it holds an item (%1) about a record that does not lie in %2 (the %3 %4).</source>
        <translation>同步包被拒绝：其中有一个条目（%1）涉及的记录不属于 %2（%3 %4）。</translation>
    </message>
    <message>
        <source>The package was refused: the %1 %2 refers in &quot;%3&quot; to a record that is not one of %4 here or in the package.</source>
        <translation>同步包被拒绝：%1 %2 的“%3”指向的记录既不在本站点、也不在包中属于 %4 的记录里。</translation>
    </message>
    <message>
        <source>The package was refused: it holds the %1 %2, and a village station may not write it: spot checks are the findings of the township, county or city office.</source>
        <translation>数据包被拒收：其中含有%1 %2，而村级工作站不得填写：抽查是乡镇、县或市办公室的核查结果。</translation>
    </message>
    <message>
        <source>The package was refused: it holds an item (%1) about the %2 %3, and a village station may not write it: spot checks are the findings of the township, county or city office.</source>
        <translation>数据包被拒收：其中含有关于%2 %3 的一项（%1），而村级工作站不得填写：抽查是乡镇、县或市办公室的核查结果。</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>A parent counts as away after N months (1 to 24; the notice says 3).</source>
        <translation>父母外出满 N 个月即视为外出（1 至 24；通知规定为 3）。</translation>
    </message>
    <message>
        <source>Whether the work place must lie outside the child&apos;s county.</source>
        <translation>务工地点是否须在儿童户籍所在县以外。</translation>
    </message>
    <message>
        <source>--cross-county takes yes or no.</source>
        <translation>--cross-county 的值为 yes 或 no。</translation>
    </message>
    <message>
        <source>A parent counts as away after (months)</source>
        <translation>父母外出满（月）即视为外出</translation>
    </message>
    <message>
        <source>The work place must lie outside the child&apos;s county</source>
        <translation>务工地点须在儿童户籍所在县以外</translation>
    </message>
    <message>
        <source>Over-age on the birthday</source>
        <translation>超龄年龄（周岁生日）</translation>
    </message>
    <message>
        <source>The rules changed: run &quot;shouhu-cli classify&quot; to bring the verdicts up to date.</source>
        <translation>规则已更改：请运行“shouhu-cli classify”更新判定结果。</translation>
    </message>
    <message>
        <source>Lost contact, prison and detention count for 62号 after N months (0 to 60; 62号 says 6).</source>
        <translation>失联、服刑、限制人身自由持续 N 个月后计入 62号（0 至 60；62号规定 6）。</translation>
    </message>
    <message>
        <source>Whether a seriously ill child counts as a child in difficulty (local rules; default no).</source>
        <translation>患重病的儿童是否计为困境儿童（按本地规定；默认否）。</translation>
    </message>
    <message>
        <source>--ill-child-difficulty takes yes or no.</source>
        <translation>--ill-child-difficulty 只能是 yes 或 no。</translation>
    </message>
    <message>
        <source>62号: lost contact, prison, detention count after (months)</source>
        <translation>62号：失联、服刑、限制人身自由计入所需月数</translation>
    </message>
    <message>
        <source>A seriously ill child counts as in difficulty</source>
        <translation>患重病的儿童计为困境儿童</translation>
    </message>
    <message>
        <source>Show or change the station&apos;s settings: the rules of the classifier and the lock.</source>
        <translation>查看或修改本站设置：认定规则和自动锁定。</translation>
    </message>
    <message>
        <source>The program locks after N minutes without use and asks for the passphrase (0 = never; default 10).</source>
        <translation>无操作 N 分钟后程序自动锁定并要求输入口令（0 表示从不锁定；默认 10）。</translation>
    </message>
    <message>
        <source>Lock after (minutes without use; 0 = never)</source>
        <translation>自动锁定（无操作分钟数；0 表示从不）</translation>
    </message>
    <message>
        <source>The survey&apos;s deadline: the dashboard counts the days left to it.</source>
        <translation>排查截止日期：工作台据此计算剩余天数。</translation>
    </message>
    <message>
        <source>The survey&apos;s deadline</source>
        <translation>排查截止日期</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>How many records a spot check draws (1 to 500; default 10).</source>
        <translation>每次抽查抽取的档案份数（1 至 500；默认 10）。</translation>
    </message>
    <message>
        <source>Records drawn for a spot check</source>
        <translation>每次抽查抽取的档案份数</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The work place must lie outside the child&apos;s county (跨县域)</source>
        <translation>务工地须在儿童户籍所在县以外（跨县域）</translation>
    </message>
    <message>
        <source>A seriously ill child counts as a child in difficulty</source>
        <translation>儿童本人患重病视为困境儿童</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>无操作多长时间后锁定：</translation>
    </message>
    <message>
        <source>When locked, the windows are covered and the station&apos;s passphrase opens them again; nothing typed is lost.</source>
        <translation>锁定时所有窗口被遮盖，输入本站口令即可重新打开；已输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>This station has no passphrase yet, so it cannot lock: set one with Sync → Change passphrase first.</source>
        <translation>本站尚未设置口令，因此无法锁定：请先通过“同步 → 修改口令”设置口令。</translation>
    </message>
    <message>
        <source>Local rules of the survey</source>
        <translation>本地摸排规则</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>A parent counts as away after (the notice says 3):</source>
        <translation>父母外出满多长时间计为外出（通知规定为 3 个月）：</translation>
    </message>
    <message>
        <source>Lost contact, prison or detention count after (62号 says 6):</source>
        <translation>失联、服刑、被拘留等满多长时间后计入（62号文规定为 6 个月）：</translation>
    </message>
    <message>
        <source>After a change of these rules every child&apos;s category is worked out again.</source>
        <translation>修改这些规则后，将重新判定每名儿童的类别。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The survey must be finished by:</source>
        <translation>排查须完成于：</translation>
    </message>
    <message>
        <source> records</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>A spot check draws (offices):</source>
        <translation>每次抽查抽取（乡镇及以上）：</translation>
    </message>
</context>
<context>
    <name>ShowChildCommand</name>
    <message>
        <source>Show a child&apos;s whole file.</source>
        <translation>显示一名儿童的完整档案。</translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation>村（社区）：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>儿童本人</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
</context>
<context>
    <name>SiblingUpdate</name>
    <message>
        <source>%1 is also the parent of %2 on the register.</source>
        <translation>%1 也是登记在册的%2的父母。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>更改内容：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Write the same change into their files?</source>
        <translation>是否将同样的更改写入他们的档案？</translation>
    </message>
    <message>
        <source>Siblings&apos; files</source>
        <translation>兄弟姐妹的档案</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>The signing key has the wrong length.</source>
        <translation>签名密钥的长度不正确。</translation>
    </message>
    <message>
        <source>The file to be signed could not be read.</source>
        <translation>无法读取要签名的文件。</translation>
    </message>
</context>
<context>
    <name>SpotCheckCommands</name>
    <message>
        <source>The records updated in the ISO week of the day, not on the day.</source>
        <translation>抽取该日所在 ISO 周内更新的档案，而不只是当天的。</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>Only this area (default: the station&apos;s).</source>
        <translation>只看该地区（默认本站区域）。</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to check.</source>
        <translation>
            <numerusform>共 %n 份待核查档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a random sample of the children whose records were updated on a day (or in its week) for a spot check.</source>
        <translation>从某天（或该周）更新过档案的儿童中随机抽取样本进行抽查。</translation>
    </message>
    <message>
        <source>How many (default: the setting, 10 unless changed).</source>
        <translation>抽取份数（默认按设置，未改时为 10）。</translation>
    </message>
    <message>
        <source>Keep --size as the station&apos;s sample size.</source>
        <translation>把 --size 保存为本站的抽样份数。</translation>
    </message>
    <message>
        <source>A fixed random seed (the same sample again, for tests).</source>
        <translation>固定的随机种子（可再次得到相同样本，用于测试）。</translation>
    </message>
    <message>
        <source>--remember needs --size N.</source>
        <translation>--remember 需要同时给出 --size N。</translation>
    </message>
    <message>
        <source>The spot checks drawn for a day (or a week), by village, with their results.</source>
        <translation>某天（或某周）抽取的抽查，按村列出，含结果。</translation>
    </message>
    <message>
        <source>Only those not checked yet.</source>
        <translation>只列未核查的。</translation>
    </message>
    <message>
        <source>Mark a spot check verified, or a problem with a note for the village.</source>
        <translation>记录抽查结果：已核实，或发现问题并写明说明反馈给村。</translation>
    </message>
    <message>
        <source>The record is right.</source>
        <translation>档案无误。</translation>
    </message>
    <message>
        <source>What is wrong (goes back to the village).</source>
        <translation>问题说明（反馈给村）。</translation>
    </message>
    <message>
        <source>Who checked (default: the station&apos;s operator).</source>
        <translation>核查人（默认本站操作员）。</translation>
    </message>
    <message>
        <source>Say --verified or --problem NOTE.</source>
        <translation>请给出 --verified 或 --problem 说明。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>The results of a day&apos;s (or a week&apos;s) spot checks per village.</source>
        <translation>某天（或某周）的抽查结果，按村统计。</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>SpotCheckRepository</name>
    <message>
        <source>A spot check draws between 1 and %1 records.</source>
        <translation>每次抽查抽取 1 至 %1 份档案。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是官方名单中的区划代码。</translation>
    </message>
    <message>
        <source>%1 (%2) is not inside this station&apos;s area, %3.</source>
        <translation>%1（%2）不在本站的区域（%3）内。</translation>
    </message>
    <message>
        <source>Spot checks are drawn by the township, county or city office, which checks the villages&apos; work; a village station does not draw them.</source>
        <translation>抽查由乡镇、县或市的办公室进行，用来检查各村的工作；村站不抽查。</translation>
    </message>
    <message>
        <source>Spot checks are drawn from records already updated: choose today or an earlier day.</source>
        <translation>抽查只针对已更新的档案：请选择今天或更早的日期。</translation>
    </message>
    <message>
        <source>No record of %1 was updated then: there is nothing to check.</source>
        <translation>%1 在这段时间没有更新的档案，没有可抽查的。</translation>
    </message>
    <message>
        <source>Every record updated then has been drawn already.</source>
        <translation>这段时间更新的档案已全部抽过。</translation>
    </message>
    <message>
        <source>A spot check is marked verified or a problem.</source>
        <translation>抽查结果只能是“已核实”或“发现问题”。</translation>
    </message>
    <message>
        <source>Say what is wrong: the note goes back to the village with the next package.</source>
        <translation>请写明问题：说明会随下一个数据包反馈给村。</translation>
    </message>
    <message>
        <source>No spot check with the id %1.</source>
        <translation>没有编号为 %1 的抽查。</translation>
    </message>
    <message>
        <source>Spot checks are marked by the office that drew them; at a village station they can only be read.</source>
        <translation>抽查结果由抽取它的办公室标记；在村级工作站只能查看。</translation>
    </message>
</context>
<context>
    <name>SpotChecksDialog</name>
    <message>
        <source>&amp;Draw a sample</source>
        <translation>抽取样本(&amp;D)</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Records updated on the day</source>
        <translation>当天更新的档案</translation>
    </message>
    <message>
        <source>Records updated in the week</source>
        <translation>当周更新的档案</translation>
    </message>
    <message>
        <source> records</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Double-click a child to open the file and check it.</source>
        <translation>双击儿童可打开档案进行核查。</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>已核实(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Problem…</source>
        <translation>发现问题(&amp;P)…</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>抽样：</translation>
    </message>
    <message>
        <source>Selected record:</source>
        <translation>选中的档案：</translation>
    </message>
    <message>
        <source>Results per village:</source>
        <translation>各村结果：</translation>
    </message>
    <message>
        <source>The township office draws and marks the spot checks; here you see what it found in this village&apos;s records.</source>
        <translation>抽查由乡镇办公室抽取并记录结果；这里显示其对本村档案的核查结果。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 records were drawn for checking.</source>
        <translation>已抽取 %1 份档案待核查。</translation>
    </message>
    <message>
        <source>Select a record in the list first.</source>
        <translation>请先在列表中选择一份档案。</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>What is wrong (the note goes back to the village):</source>
        <translation>问题说明（会反馈给村）：</translation>
    </message>
</context>
<context>
    <name>StationCard</name>
    <message>
        <source>The file is not a Shouhu station card.</source>
        <translation>该文件不是守护站点身份卡。</translation>
    </message>
    <message>
        <source>The station card has a version this program does not know; update Shouhu.</source>
        <translation>该站点身份卡的版本本程序无法识别，请更新守护。</translation>
    </message>
    <message>
        <source>The station card is damaged.</source>
        <translation>该站点身份卡已损坏。</translation>
    </message>
    <message>
        <source>The station card&apos;s signature is not valid: the card was altered.</source>
        <translation>站点身份卡签名无效：身份卡已被修改。</translation>
    </message>
</context>
<context>
    <name>StationIdentity</name>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>This station has its keys already.</source>
        <translation>本站已有密钥。</translation>
    </message>
    <message>
        <source>The keys could not be saved: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <source>This station has no keys yet; create them first.</source>
        <translation>本站尚无密钥；请先创建。</translation>
    </message>
    <message>
        <source>The station&apos;s keys are damaged.</source>
        <translation>本站密钥已损坏。</translation>
    </message>
</context>
<context>
    <name>StationName</name>
    <message>
        <source>an unknown station</source>
        <translation>未知站点</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>this station (%1)</source>
        <translation>本站（%1）</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>未登记的站点</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>A parent counts as away after 1 to %1 months.</source>
        <translation>父母外出时间须设为 1 至 %1 个月。</translation>
    </message>
    <message>
        <source>Lost contact, prison and detention count after 0 to %1 months.</source>
        <translation>失联、服刑、强制隔离戒毒等须设为 0 至 %1 个月后计入。</translation>
    </message>
    <message>
        <source>The idle time before the program locks must be between 0 (never) and %1 minutes.</source>
        <translation>程序自动锁定前的空闲时间须在 0（从不锁定）至 %1 分钟之间。</translation>
    </message>
    <message>
        <source>The survey&apos;s deadline must be a date between %1 and %2.</source>
        <translation>排查截止日期必须在 %1 年至 %2 年之间。</translation>
    </message>
    <message>
        <source>A spot check draws between %1 and %2 records.</source>
        <translation>每次抽查抽取 %1 至 %2 份档案。</translation>
    </message>
</context>
<context>
    <name>StationSetup</name>
    <message>
        <source>The role must be village, township, county or city.</source>
        <translation>站点级别须为村、乡镇、区县或市。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是统计用区划代码表中的代码。</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>站点需要一个名称。</translation>
    </message>
    <message>
        <source>This database already belongs to the station &quot;%1&quot;.</source>
        <translation>此数据库已属于站点“%1”。</translation>
    </message>
    <message>
        <source>a village (12-digit code)</source>
        <translation>村（12 位代码）</translation>
    </message>
    <message>
        <source>a township or street office (9-digit code)</source>
        <translation>乡镇或街道（9 位代码）</translation>
    </message>
    <message>
        <source>a county (6-digit code, such as 431126) or a city without counties (such as 东莞市 4419)</source>
        <translation>区县（6 位代码，如 431126）或不设区县的地级市（如东莞市 4419）</translation>
    </message>
    <message>
        <source>a city (4-digit code, such as 4311)</source>
        <translation>地级市（4 位代码，如 4311）</translation>
    </message>
    <message>
        <source>The area %1 (%2) does not fit a station of the role &quot;%3&quot;, which needs %4.</source>
        <translation>区域 %1（%2）不适合“%3”级站点，该级别需要%4。</translation>
    </message>
</context>
<context>
    <name>StationWizard</name>
    <message>
        <source>Set up this station</source>
        <translation>设置本站点</translation>
    </message>
    <message>
        <source>Which station is this?</source>
        <translation>这是哪个站点？</translation>
    </message>
    <message>
        <source>Choose the level you work at, then find your area by its name or its code.</source>
        <translation>选择工作层级，再按名称或代码查找所在区域。</translation>
    </message>
    <message>
        <source>Station level</source>
        <translation>站点层级</translation>
    </message>
    <message>
        <source>Type a place name or area code</source>
        <translation>输入地名或区划代码</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Station and operator</source>
        <translation>站点与操作员</translation>
    </message>
    <message>
        <source>The station name appears on documents and in packages sent to other stations.</source>
        <translation>站点名称会出现在文书和发往其他站点的数据包中。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>No %1 matches &quot;%2&quot;.</source>
        <translation>没有与“%2”匹配的%1。</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation>已选择：%1（%2）</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>创建站点</translation>
    </message>
    <message numerus="yes">
        <source>%n places match: choose yours in the list, or type more words (the township, the county).</source>
        <translation>
            <numerusform>有 %n 个地方符合：请在列表中选出您所在的地方，或再输入几个词（乡镇、县）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationsDialog</name>
    <message>
        <source>Export my card…</source>
        <translation>导出本站身份卡…</translation>
    </message>
    <message>
        <source>Print fingerprint…</source>
        <translation>打印指纹…</translation>
    </message>
    <message>
        <source>Make the keys…</source>
        <translation>生成密钥…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>To exchange packages, two stations enrol each other: send your card to the other station, then read your fingerprint to its operator on the phone.</source>
        <translation>要交换数据包，两个站点需要互相登记：把本站身份卡发给对方，再打电话把本站指纹念给对方操作员。</translation>
    </message>
    <message>
        <source>Enrolled stations</source>
        <translation>已登记的站点</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>吊销时间</translation>
    </message>
    <message>
        <source>Enrol a station…</source>
        <translation>登记站点…</translation>
    </message>
    <message>
        <source>Station id: %1</source>
        <translation>站点编号：%1</translation>
    </message>
    <message>
        <source>The keys are made. Export your card and send it to the other station.</source>
        <translation>密钥已生成。请导出本站身份卡并发给对方站点。</translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>导出本站身份卡</translation>
    </message>
    <message>
        <source>Station cards (*.shid)</source>
        <translation>站点身份卡 (*.shid)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>Your card is saved in %1. Send this file to the other station, then call its operator and read out your fingerprint: %2.</source>
        <translation>本站身份卡已保存到 %1。请把这个文件发给对方站点，然后打电话给对方操作员，念出本站指纹：%2。</translation>
    </message>
    <message>
        <source>%1 is enrolled. If it has not enrolled this station yet, send it your card and read it your fingerprint.</source>
        <translation>%1已登记。如果对方还没有登记本站，请把本站身份卡发给对方，并念出本站指纹。</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>吊销%1？</translation>
    </message>
    <message>
        <source>Packages from %1 will be refused from now on and nothing more can be sent to it. Do this when its laptop was lost or its key is no longer trusted. This cannot be undone.</source>
        <translation>从现在起将拒收%1的数据包，也不能再向它发送数据。请在其电脑丢失或密钥不再可信时这样做。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>%1 is revoked. The revocation reaches the other stations with your next packages.</source>
        <translation>%1已吊销。吊销信息会随本站下一批数据包送达其他站点。</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Count the children by category, status and village.</source>
        <translation>按类别、状态和村统计儿童人数。</translation>
    </message>
    <message>
        <source>Only children inside this area.</source>
        <translation>只包括该区划内的儿童。</translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation>%1 不是统计用区划代码表中的代码。</translation>
    </message>
    <message>
        <source>Children on the register: %1 (active %2, exited %3).</source>
        <translation>登记儿童：%1 名（在册 %2 名，已退出 %3 名）。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Active children</source>
        <translation>在册儿童</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Make this station&apos;s signing and encryption keys.</source>
        <translation>生成本站的签名密钥和加密密钥。</translation>
    </message>
    <message>
        <source>The keys are made. Fingerprint: %1</source>
        <translation>密钥已生成。指纹：%1</translation>
    </message>
    <message>
        <source>Change the passphrase that protects the station&apos;s keys.</source>
        <translation>修改保护本站密钥的口令。</translation>
    </message>
    <message>
        <source>Read the new passphrase from this file (default: SHOUHU_NEW_PASSPHRASE).</source>
        <translation>从此文件读取新口令（默认：SHOUHU_NEW_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>口令已修改。</translation>
    </message>
    <message>
        <source>Write this station&apos;s identity card for the station above or below to enrol.</source>
        <translation>生成本站的身份卡，供上级或下级站点登记。</translation>
    </message>
    <message>
        <source>Makes the keys first when the station has none. Read the fingerprint to the other station&apos;s operator on the phone.</source>
        <translation>本站还没有密钥时先生成密钥。请在电话中把指纹读给对方站点的操作员。</translation>
    </message>
    <message>
        <source>The card file to write.</source>
        <translation>要写入的身份卡文件。</translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation>必须提供 --out 选项。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The card of station %1 is in %2. Its fingerprint is %3: read it to the other station&apos;s operator, who types it when enrolling this card.</source>
        <translation>站点 %1 的身份卡已写入 %2。其指纹为 %3：请把指纹读给对方站点的操作员，对方登记此卡时要输入它。</translation>
    </message>
    <message>
        <source>Show this station&apos;s id, role, area and fingerprint.</source>
        <translation>显示本站的编号、级别、区域和指纹。</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>no keys yet</source>
        <translation>尚无密钥</translation>
    </message>
    <message>
        <source>Run &quot;shouhu-cli clock repair&quot; once the computer&apos;s date is right.</source>
        <translation>电脑日期改正后，请运行“shouhu-cli clock repair”。</translation>
    </message>
    <message>
        <source>Enrol another station from its card, after checking its fingerprint.</source>
        <translation>核对指纹后，根据身份卡登记其他站点。</translation>
    </message>
    <message>
        <source>The fingerprint the other station&apos;s operator read out.</source>
        <translation>对方站点操作员读出的指纹。</translation>
    </message>
    <message>
        <source>The option --fingerprint is required.</source>
        <translation>必须提供 --fingerprint 选项。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The station &quot;%1&quot; (%2) is enrolled.</source>
        <translation>站点“%1”（%2）已登记。</translation>
    </message>
    <message>
        <source>List the enrolled stations.</source>
        <translation>列出已登记的站点。</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>吊销时间</translation>
    </message>
    <message>
        <source>Revoke an enrolled station&apos;s key: its packages are refused from now on.</source>
        <translation>吊销已登记站点的密钥：今后拒收该站点的数据包。</translation>
    </message>
    <message>
        <source>The station %1 is revoked; the revocation travels in the next packages.</source>
        <translation>站点 %1 已吊销；吊销通知会随下一批数据包发出。</translation>
    </message>
    <message>
        <source>Write a sync package for an enrolled station.</source>
        <translation>为已登记的站点生成同步数据包。</translation>
    </message>
    <message>
        <source>The enrolled station it is for.</source>
        <translation>接收数据包的站点（须已登记）。</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>要写入的数据包文件。</translation>
    </message>
    <message>
        <source>Everything in scope, not only what it has not acknowledged.</source>
        <translation>范围内的全部数据，而不只是对方尚未确认收到的部分。</translation>
    </message>
    <message>
        <source>The options --to and --out are required.</source>
        <translation>必须提供 --to 和 --out 选项。</translation>
    </message>
    <message>
        <source>The package %1 holds %2 records for %3. Carry this file to %3 and import it there.</source>
        <translation>数据包 %1 含有发给 %3 的 %2 条记录。请把此文件带到 %3 并在那里导入。</translation>
    </message>
    <message>
        <source>List the values that lost to a concurrent change.</source>
        <translation>列出因同时修改而被覆盖的值。</translation>
    </message>
    <message>
        <source>Include the resolved ones.</source>
        <translation>包括已处理的冲突。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一值</translation>
    </message>
    <message>
        <source>Decide a conflict: keep the current value, the other one, or a new value.</source>
        <translation>处理冲突：保留当前值、另一值，或改用新值。</translation>
    </message>
    <message>
        <source>Which value to keep.</source>
        <translation>保留哪个值。</translation>
    </message>
    <message>
        <source>A new value instead.</source>
        <translation>改用一个新值。</translation>
    </message>
    <message>
        <source>Give either --keep mine, --keep theirs or --value V.</source>
        <translation>请提供 --keep mine、--keep theirs 或 --value V 之一。</translation>
    </message>
    <message>
        <source>The conflict is resolved; the choice reaches the other stations with the next packages.</source>
        <translation>冲突已处理；处理结果会随下一批数据包送达其他站点。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Stations…</source>
        <translation>站点(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>修改口令(&amp;P)…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>口令已修改，今后请使用新口令。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Wait until the export or import under way is finished.</source>
        <translation>请等待正在进行的导出或导入完成。</translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation>数据包未写入</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>数据包已写好</translation>
    </message>
    <message numerus="yes">
        <source>The package is saved as %1 (%n record(s)). Carry this file to %2 and import it there.</source>
        <translation>
            <numerusform>数据包已保存为 %1（%n 条记录）。请把这个文件带到%2，在那里导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the package for %1…</source>
        <translation>正在为%1写入数据包…</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation>数据包未导入</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing was changed in this station&apos;s register.</source>
        <translation>本站的台账没有任何改动。</translation>
    </message>
    <message>
        <source>The package %1 was imported already; nothing was changed.</source>
        <translation>数据包 %1 已经导入过，没有任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>The package from %1 brought %n conflict(s): values changed at both stations. Choose which values are right.</source>
        <translation>
            <numerusform>来自%1的数据包带来 %n 处冲突：两个站点都修改了同一项。请选择哪个值是对的。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <source>Shouhu packages (*.shpkg)</source>
        <translation>守护数据包 (*.shpkg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import every package in a &amp;folder…</source>
        <translation>导入文件夹中的全部数据包(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every package in a folder</source>
        <translation>导入文件夹中的全部数据包</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>没有数据包</translation>
    </message>
    <message>
        <source>The folder %1 holds no package (.shpkg).</source>
        <translation>文件夹 %1 中没有数据包（.shpkg）。</translation>
    </message>
    <message>
        <source>%1: not imported (cancelled).</source>
        <translation>%1：未导入（已取消）。</translation>
    </message>
    <message>
        <source>%1: refused, nothing changed. %2</source>
        <translation>%1：已拒收，未做任何更改。%2</translation>
    </message>
    <message>
        <source>%1 (from %2): imported already.</source>
        <translation>%1（来自 %2）：已导入过。</translation>
    </message>
    <message>
        <source>%1 (from %2): %3 added, %4 updated, %5 conflicts.</source>
        <translation>%1（来自 %2）：新增 %3 条，更新 %4 条，冲突 %5 处。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 个数据包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n package(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个数据包…</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair the clock</source>
        <translation>修复时钟</translation>
    </message>
    <message>
        <source>Wait until the export or import under way has finished.</source>
        <translation>请等正在进行的导出或导入完成。</translation>
    </message>
</context>
<context>
    <name>SyncTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Stopping… nothing is changed.</source>
        <translation>正在停止……不会改动任何数据。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>No temporary folder can be made for the spreadsheet: %1</source>
        <translation>无法为电子表格创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be started (not enough memory).</source>
        <translation>无法开始生成电子表格（内存不足）。</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be started (the sheet name is not allowed).</source>
        <translation>无法开始生成电子表格（工作表名称不允许）。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be made: %1</source>
        <translation>无法生成电子表格：%1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Corrected: replaced by a later correction</source>
        <translation>已更正：被后来的更正取代</translation>
    </message>
    <message>
        <source>Correction of an earlier visit</source>
        <translation>对之前走访的更正</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>限期 %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>关爱活动：%1</translation>
    </message>
    <message>
        <source>Visit, referral or activity</source>
        <translation>走访、转介或活动</translation>
    </message>
</context>
<context>
    <name>TriggerRules</name>
    <message>
        <source>The child lives alone without guardianship: report to the police at once.</source>
        <translation>儿童独居无人监护：应立即向公安机关报告。</translation>
    </message>
    <message>
        <source>A child under 16 lives alone (Minors Protection Law Art. 21): report to the police at once.</source>
        <translation>未满十六周岁儿童独自居住（未成年人保护法第二十一条）：应立即向公安机关报告。</translation>
    </message>
    <message>
        <source>A child under 8 was left unattended (Minors Protection Law Art. 21): report to the police at once.</source>
        <translation>未满八周岁儿童无人看护（未成年人保护法第二十一条）：应立即向公安机关报告。</translation>
    </message>
    <message>
        <source>%1: report to the police at once.</source>
        <translation>%1：应立即向公安机关报告。</translation>
    </message>
    <message>
        <source>The household is in economic difficulty and may be eligible for %1: refer it to the safety net.</source>
        <translation>家庭经济困难，可能符合%1条件：应转介纳入兜底保障。</translation>
    </message>
    <message>
        <source>The child is out of school during compulsory schooling: report in writing to the education department and notify the parents or guardian.</source>
        <translation>儿童在义务教育阶段失学辍学：应书面报告教育部门并告知父母或监护人。</translation>
    </message>
    <message>
        <source>A child who needs special care (an intellectual or mental disability) was left unattended (Minors Protection Law Art. 21): report to the police at once.</source>
        <translation>需要特别照顾的儿童（智力或精神残疾）处于无人看护状态（未成年人保护法第二十一条）：立即报警。</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>A %1 station cannot enrol the %2 station of %3: a village enrols only its own township, a township its villages and the county or city above, a county or city the stations inside it and the one above.</source>
        <translation>%1站点不能登记%3的%2站点：村只登记本乡镇，乡镇登记所辖村和上级区县或市，区县或市登记辖区内站点及其上级。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>This is this station&apos;s own card.</source>
        <translation>这是本站自己的身份卡。</translation>
    </message>
    <message>
        <source>The fingerprint does not match the card: do not enrol this station, and ask its operator to read the fingerprint out again.</source>
        <translation>指纹与身份卡不符：请勿登记该站点，并请对方操作员重新读出指纹。</translation>
    </message>
    <message>
        <source>The station %1 was revoked; a revoked station cannot be enrolled again.</source>
        <translation>站点 %1 已被吊销；已吊销的站点不能再次登记。</translation>
    </message>
    <message>
        <source>The station %1 is enrolled already with other keys; revoke it first.</source>
        <translation>站点 %1 已用其他密钥登记；请先吊销。</translation>
    </message>
    <message>
        <source>The station could not be enrolled: %1</source>
        <translation>无法登记该站点：%1</translation>
    </message>
    <message>
        <source>No enrolled station has the id %1.</source>
        <translation>没有编号为 %1 的已登记站点。</translation>
    </message>
    <message>
        <source>The station %1 is revoked already.</source>
        <translation>站点 %1 已被吊销。</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>认定结果</translation>
    </message>
    <message>
        <source>Still to record</source>
        <translation>尚需登记</translation>
    </message>
    <message>
        <source>Factually unsupported child</source>
        <translation>事实无人抚养儿童</translation>
    </message>
    <message>
        <source>Child in difficulty</source>
        <translation>困境儿童</translation>
    </message>
    <message>
        <source>Over-age on %1.</source>
        <translation>%1 起超龄。</translation>
    </message>
    <message>
        <source>Factually unsupported child: not yet</source>
        <translation>事实无人抚养儿童：暂不符合</translation>
    </message>
    <message>
        <source>Orphan: refer for orphan support.</source>
        <translation>孤儿：转介孤儿保障。</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>&quot;file_changes&quot; must be an object: a part of the child&apos;s file.</source>
        <translation>“file_changes”必须是一个对象：儿童档案的一部分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a visit.</source>
        <translation>“%1”不是走访记录的字段。</translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message numerus="yes">
        <source>%n field(s) of the child&apos;s file were updated from the visit.</source>
        <translation>
            <numerusform>根据本次走访更新了儿童档案的 %n 项内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit was saved with the id %1.</source>
        <translation>走访已保存，编号为 %1。</translation>
    </message>
    <message>
        <source>Opened: %1 %2, due %3.</source>
        <translation>已启动：%1 %2，限期 %3。</translation>
    </message>
    <message>
        <source>%1 %2 is already open: a step was added to it.</source>
        <translation>%1 %2 尚未办结：已为其添加一步。</translation>
    </message>
    <message>
        <source>Record a visit to a child (docs/visit-json.md); prints its id and the referrals it opened.</source>
        <translation>录入一次儿童走访（见 docs/visit-json.md）；显示走访编号及由此启动的转介。</translation>
    </message>
    <message>
        <source>The child visited.</source>
        <translation>被走访的儿童。</translation>
    </message>
    <message>
        <source>Say which child was visited with --child UUID.</source>
        <translation>请用 --child UUID 说明走访的是哪个儿童。</translation>
    </message>
    <message>
        <source>Correct a saved visit: the file is saved as a new visit that supersedes it; both stay in the history.</source>
        <translation>更正已保存的走访：文件另存为一条新走访，取代原记录；两条都保留在历史记录中。</translation>
    </message>
    <message>
        <source>Why the visit is corrected.</source>
        <translation>更正走访的原因。</translation>
    </message>
    <message>
        <source>A child&apos;s visits, newest first, corrected ones included, and the survey status.</source>
        <translation>儿童的走访记录（最新的在前，含已更正的）及摸底排查状态。</translation>
    </message>
    <message>
        <source>The child.</source>
        <translation>儿童。</translation>
    </message>
    <message>
        <source>Say whose visits to list with --child UUID.</source>
        <translation>请用 --child UUID 说明要列出谁的走访。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>已由 %1 更正</translation>
    </message>
    <message>
        <source>corrects %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>Survey: complete (all six items clear).</source>
        <translation>摸底排查：已完成（六项均已摸清）。</translation>
    </message>
    <message>
        <source>Survey: not complete; not yet clear: %1.</source>
        <translation>摸底排查：未完成；尚未摸清：%1。</translation>
    </message>
    <message>
        <source>Survey: not surveyed yet.</source>
        <translation>摸底排查：尚未摸底。</translation>
    </message>
    <message>
        <source>The month&apos;s visits: due, overdue and visited children (left-behind category).</source>
        <translation>本月走访：应访、逾期和已访儿童（留守儿童类别）。</translation>
    </message>
    <message>
        <source>The month (default this month).</source>
        <translation>月份（默认本月）。</translation>
    </message>
    <message>
        <source>Only this village (or township, ...).</source>
        <translation>只看此村（或乡镇等）。</translation>
    </message>
    <message>
        <source>Only the children of this visitor.</source>
        <translation>只看此走访人负责的儿童。</translation>
    </message>
    <message>
        <source>The due and overdue children of --village with addresses and contacts, by name.</source>
        <translation>--village 所指村的应访和逾期儿童，附住址和联系人，按姓名排序。</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month (write it as 2024-05).</source>
        <translation>--month：“%1”不是月份（请写作 2024-05）。</translation>
    </message>
    <message>
        <source>A worklist is for one village: give --village CODE.</source>
        <translation>走访任务清单只针对一个村：请给出 --village CODE。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应访</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Schedule for %1: %2 due, %3 overdue, %4 visited.</source>
        <translation>%1 走访计划：应访 %2，逾期 %3，已访 %4。</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>首次走访</translation>
    </message>
    <message>
        <source>holiday check</source>
        <translation>假期安全检查</translation>
    </message>
    <message>
        <source>survey visit (suspected)</source>
        <translation>摸排走访（疑似）</translation>
    </message>
    <message>
        <source>monthly visit</source>
        <translation>每月走访</translation>
    </message>
    <message>
        <source>Give --village CODE to list the children, or use --json.</source>
        <translation>请给出 --village CODE 以列出儿童，或使用 --json。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>List referrals: open ones by due date first.</source>
        <translation>列出转介：未办结的按限期排在前面。</translation>
    </message>
    <message>
        <source>Only open and in-progress referrals.</source>
        <translation>只看待处理和处理中的转介。</translation>
    </message>
    <message>
        <source>Only referrals past their due date.</source>
        <translation>只看已过限期的转介。</translation>
    </message>
    <message>
        <source>Only this child&apos;s referrals.</source>
        <translation>只看此儿童的转介。</translation>
    </message>
    <message>
        <source>Only inside this area.</source>
        <translation>只看此区域内的转介。</translation>
    </message>
    <message>
        <source>police_report, safety_net or dropout.</source>
        <translation>police_report、safety_net 或 dropout。</translation>
    </message>
    <message>
        <source>A referral with every step of its history.</source>
        <translation>转介及其全部办理记录。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add a step to a referral and set what it records (docs/visit-json.md).</source>
        <translation>为转介添加一步办理记录并填写内容（见 docs/visit-json.md）。</translation>
    </message>
    <message>
        <source>Step recorded: %1; the referral is now %2.</source>
        <translation>已记录步骤：%1；转介现在的状态为%2。</translation>
    </message>
    <message>
        <source>Close a referral with its outcome (a police report needs when, to whom and by whom).</source>
        <translation>填写办理结果并办结转介（报警的须写明报警时间、向谁报警和报警人）。</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>办理结果。</translation>
    </message>
    <message>
        <source>Closed on (default today).</source>
        <translation>办结日期（默认今天）。</translation>
    </message>
    <message>
        <source>Closed by (default the operator).</source>
        <translation>办结人（默认操作员）。</translation>
    </message>
    <message>
        <source>Give the outcome with --outcome TEXT.</source>
        <translation>请用 --outcome TEXT 给出办理结果。</translation>
    </message>
    <message>
        <source>The referral %1 is closed.</source>
        <translation>转介 %1 已办结。</translation>
    </message>
    <message>
        <source>Risk levels with their reasons: one child, or all at or above a level.</source>
        <translation>风险等级及原因：单个儿童，或不低于某等级的全部儿童。</translation>
    </message>
    <message>
        <source>Only this child.</source>
        <translation>只看此儿童。</translation>
    </message>
    <message>
        <source>The lowest level listed: low, medium (default) or high.</source>
        <translation>列出的最低等级：low、medium（默认）或 high。</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>--level takes low, medium or high.</source>
        <translation>--level 的值为 low、medium 或 high。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>VisitController</name>
    <message>
        <source>&amp;Monthly visits</source>
        <translation>每月走访(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>转介(&amp;F)</translation>
    </message>
    <message>
        <source>You have an unsaved visit from %1 (%2): restore it?</source>
        <translation>您有一次 %1 未保存的走访（%2）：要恢复吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The unsaved visit could not be restored.</source>
        <translation>无法恢复未保存的走访。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Survey: the six items (六清) found clear</source>
        <translation>摸底排查：已摸清的“六清”事项</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>What saving will do</source>
        <translation>保存后将会</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>保存走访</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved %1 by %2: a saved visit is never changed; use Correct… to record a correction.</source>
        <translation>%2 于 %1 保存：已保存的走访不能修改；请用“更正…”记录更正。</translation>
    </message>
    <message>
        <source>This visit corrects an earlier one.</source>
        <translation>本次走访更正了之前的一次走访。</translation>
    </message>
    <message>
        <source>This visit was corrected later; the correction is the one that counts.</source>
        <translation>本次走访已被更正，以更正后的记录为准。</translation>
    </message>
    <message>
        <source>Saved visits open their referrals when they are saved; see the child&apos;s &quot;Visits and referrals&quot; tab.</source>
        <translation>走访在保存时即启动相应转介；请查看儿童档案的“走访与转介”页。</translation>
    </message>
    <message>
        <source>This visit was already corrected; correct the latest version instead.</source>
        <translation>本次走访已被更正，请更正最新的版本。</translation>
    </message>
    <message>
        <source>Unsaved work restored.</source>
        <translation>已恢复未保存的内容。</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>A correction is saved as a new visit; the visit it corrects stays in the history, marked as corrected.</source>
        <translation>更正将保存为一次新的走访；被更正的走访保留在记录中并标为已更正。</translation>
    </message>
    <message>
        <source>Correction of a visit to %1</source>
        <translation>更正对%1的走访</translation>
    </message>
    <message>
        <source>Visit to %1 on %2</source>
        <translation>%2 对%1的走访</translation>
    </message>
    <message>
        <source>New visit to %1</source>
        <translation>新建对%1的走访</translation>
    </message>
    <message>
        <source>Not ready to save yet: %1</source>
        <translation>尚不能保存：%1</translation>
    </message>
    <message>
        <source>Update the child&apos;s file:</source>
        <translation>更新儿童档案：</translation>
    </message>
    <message>
        <source>No referral was opened.</source>
        <translation>未启动转介。</translation>
    </message>
    <message>
        <source>Open no referral: nothing found on this visit makes one mandatory.</source>
        <translation>不启动转介：本次走访未发现必须转介的情况。</translation>
    </message>
    <message>
        <source>Opened: %1, due %2.</source>
        <translation>已启动：%1，限期 %2。</translation>
    </message>
    <message>
        <source>Added a step to the open %1.</source>
        <translation>已在进行中的%1中添加一步。</translation>
    </message>
    <message>
        <source>Open: %1, due %2.</source>
        <translation>启动：%1，限期 %2。</translation>
    </message>
    <message>
        <source>Add a step to the open %1.</source>
        <translation>在进行中的%1中添加一步。</translation>
    </message>
    <message>
        <source>Report it to the police at once.</source>
        <translation>请立即向公安机关报告。</translation>
    </message>
    <message>
        <source>This is a mandatory report to the police, at once.</source>
        <translation>这是强制报告，须立即向公安机关报告。</translation>
    </message>
    <message>
        <source>The visit was saved.</source>
        <translation>走访已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of the child&apos;s file were updated from the visit.</source>
        <translation>
            <numerusform>根据本次走访更新了儿童档案的 %n 项内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>对%1的走访</translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation>走访未保存</translation>
    </message>
    <message>
        <source>The visit to %1 is not saved.</source>
        <translation>对%1的走访尚未保存。</translation>
    </message>
    <message>
        <source>The &amp;visit</source>
        <translation>本次走访(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hazards in the living environment and what was done</source>
        <translation>居住环境安全隐患及处置(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Contact with the parents</source>
        <translation>与父母联系(&amp;C)</translation>
    </message>
    <message>
        <source>Needs and h&amp;elp</source>
        <translation>需求与帮扶(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>No child with the id %1.</source>
        <translation>没有编号为 %1 的儿童。</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>Say which child was visited.</source>
        <translation>请说明走访的是哪个儿童。</translation>
    </message>
    <message>
        <source>: a value is required.</source>
        <translation>：必须填写。</translation>
    </message>
    <message>
        <source>The visit date is before the child&apos;s birth.</source>
        <translation>走访日期早于儿童出生日期。</translation>
    </message>
    <message>
        <source>The six-item survey checklist belongs to survey visits only.</source>
        <translation>“六清”清单只属于摸底排查走访。</translation>
    </message>
    <message>
        <source>The actions about hazards must be an object: hazard -&gt; what was done.</source>
        <translation>隐患处置必须是一个对象：隐患 -&gt; 处置情况。</translation>
    </message>
    <message>
        <source>An action is recorded for the hazard &quot;%1&quot;, which was not found.</source>
        <translation>记录了隐患“%1”的处置，但未发现该隐患。</translation>
    </message>
    <message>
        <source>&quot;file_changes&quot; must be an object: a part of the child&apos;s file.</source>
        <translation>“file_changes”必须是一个对象：儿童档案的一部分。</translation>
    </message>
    <message>
        <source>A visit cannot change the child&apos;s id or village.</source>
        <translation>走访不能更改儿童的编号或所在村。</translation>
    </message>
    <message>
        <source>No visit with the id %1.</source>
        <translation>没有编号为 %1 的走访记录。</translation>
    </message>
    <message>
        <source>A correction must be about the same child as the visit it corrects.</source>
        <translation>更正记录必须与被更正的走访是同一个儿童。</translation>
    </message>
    <message>
        <source>This visit was already corrected by the visit %1; correct that one instead.</source>
        <translation>此走访已由走访 %1 更正，请更正那一条。</translation>
    </message>
    <message>
        <source>A reason for a correction belongs to a visit that corrects another.</source>
        <translation>更正原因只属于更正另一条走访的记录。</translation>
    </message>
    <message>
        <source>A saved visit cannot be changed; record a correction, which keeps both versions in the history.</source>
        <translation>已保存的走访不能修改；请录入更正记录，两个版本都会保留在历史中。</translation>
    </message>
    <message>
        <source>The visit&apos;s changes to the child&apos;s file were refused: %1</source>
        <translation>走访对儿童档案的更新被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>New visit…</source>
        <translation>新建走访…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Correct visit…</source>
        <translation>更正走访…</translation>
    </message>
    <message>
        <source>Select the visit to correct.</source>
        <translation>请选择要更正的走访。</translation>
    </message>
    <message>
        <source>Visits and referrals are recorded once the child&apos;s file is saved.</source>
        <translation>儿童档案保存后才能记录走访和转介。</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Survey: complete, all six items clear.</source>
        <translation>摸底排查：已完成，“六清”全部摸清。</translation>
    </message>
    <message>
        <source>Survey: not complete; not yet clear: %1.</source>
        <translation>摸底排查：未完成；尚未摸清：%1。</translation>
    </message>
    <message>
        <source>Survey: not surveyed yet.</source>
        <translation>摸底排查：尚未摸底。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>汉族</translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation>蒙古族</translation>
    </message>
    <message>
        <source>Hui</source>
        <translation>回族</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏族</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>维吾尔族</translation>
    </message>
    <message>
        <source>Miao</source>
        <translation>苗族</translation>
    </message>
    <message>
        <source>Yi</source>
        <translation>彝族</translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation>壮族</translation>
    </message>
    <message>
        <source>Bouyei</source>
        <translation>布依族</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>朝鲜族</translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation>满族</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>侗族</translation>
    </message>
    <message>
        <source>Yao</source>
        <translation>瑶族</translation>
    </message>
    <message>
        <source>Bai</source>
        <translation>白族</translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation>土家族</translation>
    </message>
    <message>
        <source>Hani</source>
        <translation>哈尼族</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克族</translation>
    </message>
    <message>
        <source>Dai</source>
        <translation>傣族</translation>
    </message>
    <message>
        <source>Li</source>
        <translation>黎族</translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation>傈僳族</translation>
    </message>
    <message>
        <source>Va</source>
        <translation>佤族</translation>
    </message>
    <message>
        <source>She</source>
        <translation>畲族</translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation>高山族</translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation>拉祜族</translation>
    </message>
    <message>
        <source>Shui</source>
        <translation>水族</translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation>东乡族</translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation>纳西族</translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation>景颇族</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>柯尔克孜族</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>土族</translation>
    </message>
    <message>
        <source>Daur</source>
        <translation>达斡尔族</translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation>仫佬族</translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation>羌族</translation>
    </message>
    <message>
        <source>Blang</source>
        <translation>布朗族</translation>
    </message>
    <message>
        <source>Salar</source>
        <translation>撒拉族</translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation>毛南族</translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation>仡佬族</translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation>锡伯族</translation>
    </message>
    <message>
        <source>Achang</source>
        <translation>阿昌族</translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation>普米族</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>塔吉克族</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>怒族</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>乌孜别克族</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄罗斯族</translation>
    </message>
    <message>
        <source>Ewenki</source>
        <translation>鄂温克族</translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation>德昂族</translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation>保安族</translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation>裕固族</translation>
    </message>
    <message>
        <source>Gin</source>
        <translation>京族</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>塔塔尔族</translation>
    </message>
    <message>
        <source>Derung</source>
        <translation>独龙族</translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation>鄂伦春族</translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation>赫哲族</translation>
    </message>
    <message>
        <source>Monba</source>
        <translation>门巴族</translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation>珞巴族</translation>
    </message>
    <message>
        <source>Jino</source>
        <translation>基诺族</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>另一份</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农业户口（农村）</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>非农业户口（城镇）</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>患病</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <source>In kindergarten</source>
        <translation>在园</translation>
    </message>
    <message>
        <source>Not in kindergarten</source>
        <translation>未入园</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior middle school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>中职</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>辍学</translation>
    </message>
    <message>
        <source>Not in school (14-16)</source>
        <translation>未在校（14-16周岁）</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>在家</translation>
    </message>
    <message>
        <source>Away for work</source>
        <translation>外出务工</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>Seriously disabled</source>
        <translation>重残</translation>
    </message>
    <message>
        <source>In prison</source>
        <translation>服刑在押</translation>
    </message>
    <message>
        <source>Compulsory drug rehabilitation</source>
        <translation>强制隔离戒毒</translation>
    </message>
    <message>
        <source>Other loss of liberty</source>
        <translation>其他限制人身自由</translation>
    </message>
    <message>
        <source>No guardian</source>
        <translation>无人监护</translation>
    </message>
    <message>
        <source>Parent without guardianship capacity</source>
        <translation>父或母无监护能力</translation>
    </message>
    <message>
        <source>Entrusted guardian&apos;s capacity insufficient</source>
        <translation>受委托监护人监护能力不足</translation>
    </message>
    <message>
        <source>Guardianship fair</source>
        <translation>监护情况一般</translation>
    </message>
    <message>
        <source>Guardianship good</source>
        <translation>监护情况较好</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>较好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Work away from home</source>
        <translation>外出务工</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>务农</translation>
    </message>
    <message>
        <source>Government aid</source>
        <translation>政府补助</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>亲友资助</translation>
    </message>
    <message>
        <source>Minimum living allowance (dibao)</source>
        <translation>最低生活保障（低保）</translation>
    </message>
    <message>
        <source>Support for the extremely poor</source>
        <translation>特困人员救助供养</translation>
    </message>
    <message>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Housing assistance</source>
        <translation>住房救助</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Over-age (turned 16)</source>
        <translation>超龄（年满16周岁）</translation>
    </message>
    <message>
        <source>Parents returned</source>
        <translation>父母返乡</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Paternal grandfather</source>
        <translation>祖父</translation>
    </message>
    <message>
        <source>Paternal grandmother</source>
        <translation>祖母</translation>
    </message>
    <message>
        <source>Maternal grandfather</source>
        <translation>外祖父</translation>
    </message>
    <message>
        <source>Maternal grandmother</source>
        <translation>外祖母</translation>
    </message>
    <message>
        <source>Entrusted guardian</source>
        <translation>受委托监护人</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>照护人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Survey visit</source>
        <translation>摸底排查走访</translation>
    </message>
    <message>
        <source>Monthly visit (child director)</source>
        <translation>儿童主任每月走访</translation>
    </message>
    <message>
        <source>Party cadre home visit</source>
        <translation>党员干部上门家访</translation>
    </message>
    <message>
        <source>Resident cadre visit</source>
        <translation>驻村干部探访</translation>
    </message>
    <message>
        <source>Social worker follow-up</source>
        <translation>社会工作者随访</translation>
    </message>
    <message>
        <source>Holiday safety check</source>
        <translation>假期安全检查</translation>
    </message>
    <message>
        <source>Child director</source>
        <translation>儿童主任</translation>
    </message>
    <message>
        <source>Child supervisor</source>
        <translation>儿童督导员</translation>
    </message>
    <message>
        <source>Party cadre</source>
        <translation>党员干部</translation>
    </message>
    <message>
        <source>Resident village cadre</source>
        <translation>驻村干部</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社会工作者</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>儿童本人</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <source>Living alone without guardianship</source>
        <translation>独居无人监护</translation>
    </message>
    <message>
        <source>Guardian unable to care</source>
        <translation>监护人无力履行监护职责</translation>
    </message>
    <message>
        <source>Guardian not doing the job</source>
        <translation>监护人不履行监护职责</translation>
    </message>
    <message>
        <source>Suspected domestic violence</source>
        <translation>疑似遭受家庭暴力</translation>
    </message>
    <message>
        <source>Accidental injury or harm</source>
        <translation>遭受意外伤害</translation>
    </message>
    <message>
        <source>Left unattended</source>
        <translation>无人看护</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>溺水</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>用电</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>用火</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Animals</source>
        <translation>动物伤害</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>跌落</translation>
    </message>
    <message>
        <source>Unsafe buildings</source>
        <translation>危房</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>很少</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Visits home</source>
        <translation>回家探望</translation>
    </message>
    <message>
        <source>Guardianship guidance</source>
        <translation>监护指导</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation>医疗救治</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>心理疏导</translation>
    </message>
    <message>
        <source>Behaviour correction</source>
        <translation>行为矫治</translation>
    </message>
    <message>
        <source>Legal service</source>
        <translation>法律服务</translation>
    </message>
    <message>
        <source>Judicial aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据清</translation>
    </message>
    <message>
        <source>Basic situation</source>
        <translation>基本情况清</translation>
    </message>
    <message>
        <source>Social relations</source>
        <translation>社会关系清</translation>
    </message>
    <message>
        <source>Growth needs</source>
        <translation>成长需求清</translation>
    </message>
    <message>
        <source>Safety-net situation</source>
        <translation>兜底保障情况清</translation>
    </message>
    <message>
        <source>Guardianship, living and medical situation</source>
        <translation>监护、生活、就医情况清</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>向公安机关报告</translation>
    </message>
    <message>
        <source>Safety-net referral</source>
        <translation>兜底保障转介</translation>
    </message>
    <message>
        <source>Dropout referral</source>
        <translation>失学辍学转介</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>启动日期</translation>
    </message>
    <message>
        <source>Found again on a visit</source>
        <translation>走访再次发现</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>已报告公安机关</translation>
    </message>
    <message>
        <source>Parents or guardian notified</source>
        <translation>已告知父母或监护人</translation>
    </message>
    <message>
        <source>Written report to the education department</source>
        <translation>已书面报告教育部门</translation>
    </message>
    <message>
        <source>Assistance applied for</source>
        <translation>已申请救助</translation>
    </message>
    <message>
        <source>Back in school</source>
        <translation>已返校</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Child under 8 left unattended</source>
        <translation>未满八周岁儿童无人看护</translation>
    </message>
    <message>
        <source>Child under 16 living alone</source>
        <translation>未满十六周岁儿童独自居住</translation>
    </message>
    <message>
        <source>Household in economic difficulty, possibly eligible</source>
        <translation>家庭经济困难且可能符合救助条件</translation>
    </message>
    <message>
        <source>Out of school during compulsory schooling</source>
        <translation>义务教育阶段失学辍学</translation>
    </message>
    <message>
        <source>Folded into an earlier referral</source>
        <translation>已并入较早的转介</translation>
    </message>
    <message>
        <source>A later referral of the same kind was folded in</source>
        <translation>并入了一件较晚的同类转介</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Declared missing by a court</source>
        <translation>被宣告失踪</translation>
    </message>
    <message>
        <source>Guardianship revoked</source>
        <translation>被撤销监护资格</translation>
    </message>
    <message>
        <source>Deported (repatriated or expelled)</source>
        <translation>被遣送（驱逐）出境</translation>
    </message>
    <message>
        <source>Child needing special care left unattended</source>
        <translation>需要特别照顾的儿童无人看护</translation>
    </message>
    <message>
        <source>Both parents</source>
        <translation>父母双方</translation>
    </message>
    <message>
        <source>Grandparents</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Other relatives</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Entrusted guardian or caregiver</source>
        <translation>受委托监护人或照护人</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>独自居住</translation>
    </message>
    <message>
        <source>Hong Kong, China</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Macao, China</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>Taiwan, China</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>蒙古国</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>卡塔尔</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>科威特</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>伊拉克</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>阿尔及利亚</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>安哥拉</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>埃塞俄比亚</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>肯尼亚</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>阿根廷</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>秘鲁</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <source>Another country or region</source>
        <translation>其他国家或地区</translation>
    </message>
    <message>
        <source>Policy talk in the village</source>
        <translation>政策宣讲进村</translation>
    </message>
    <message>
        <source>Family guardianship guidance</source>
        <translation>家庭监护指导</translation>
    </message>
    <message>
        <source>Mental-health session</source>
        <translation>心理健康关爱服务</translation>
    </message>
    <message>
        <source>Session at the children&apos;s care home</source>
        <translation>关爱之家活动</translation>
    </message>
    <message>
        <source>Summer care class</source>
        <translation>爱心暑托班</translation>
    </message>
    <message>
        <source>Safety education</source>
        <translation>安全教育</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>其他活动</translation>
    </message>
    <message>
        <source>Updated that day</source>
        <translation>当天更新的</translation>
    </message>
    <message>
        <source>Updated that week</source>
        <translation>当周更新的</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
</context>
<context>
    <name>WorkingDays</name>
    <message>
        <source>&quot;%1&quot; is not a date or range of dates (write 2024-10-01..2024-10-07).</source>
        <translation>“%1”不是日期或日期范围（请写作 2024-10-01..2024-10-07）。</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The file is not a complete XLSX (ZIP) file: it may be damaged or cut short.</source>
        <translation>文件不是完整的 XLSX（ZIP）文件：可能已损坏或不完整。</translation>
    </message>
    <message>
        <source>The file is a ZIP64 archive, which a roster never needs: save it again from the spreadsheet.</source>
        <translation>文件是 ZIP64 压缩包，花名册用不到这种格式：请在电子表格软件中重新保存。</translation>
    </message>
    <message>
        <source>The file is split over several ZIP archives; that is not read.</source>
        <translation>文件被分成了多个 ZIP 压缩包；无法读取。</translation>
    </message>
    <message>
        <source>The file holds more than %1 parts: this is not a spreadsheet.</source>
        <translation>文件包含超过 %1 个部分：这不是电子表格。</translation>
    </message>
    <message>
        <source>The part %1 of the file is encrypted: save the spreadsheet without a password.</source>
        <translation>文件中的 %1 部分已加密：请不设密码重新保存电子表格。</translation>
    </message>
    <message>
        <source>The file has no part %1: it is not an XLSX workbook.</source>
        <translation>文件中没有 %1 部分：它不是 XLSX 工作簿。</translation>
    </message>
    <message>
        <source>The part %1 of the file unpacks to far more data than a roster holds (a &quot;zip bomb&quot;): it is not read.</source>
        <translation>文件中的 %1 部分解压后远超花名册应有的数据量（“压缩炸弹”）：不予读取。</translation>
    </message>
    <message>
        <source>The part %1 of the file is packed with a method other than deflate: save it again from the spreadsheet.</source>
        <translation>文件中的 %1 部分使用了 deflate 以外的压缩方式：请在电子表格软件中重新保存。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shouhu</source>
        <translation>守护</translation>
    </message>
    <message>
        <source>The register of rural left-behind children.</source>
        <translation>农村留守儿童名册。</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>On a new database, set up a demo village with fictitious children.</source>
        <translation>在新数据库中建立一个含虚构儿童的演示村。</translation>
    </message>
    <message>
        <source>Save pictures of the main window and a child&apos;s file, then quit.</source>
        <translation>保存主窗口和一份儿童档案的截图，然后退出。</translation>
    </message>
    <message>
        <source>A sync package (.shpkg) to import once the window is open.</source>
        <translation>窗口打开后要导入的同步数据包（.shpkg）。</translation>
    </message>
    <message>
        <source>The children&apos;s records on this laptop are encrypted. Type this station&apos;s passphrase to open them.</source>
        <translation>这台电脑上的儿童档案已加密。请输入本站口令打开。</translation>
    </message>
    <message>
        <source>Shouhu now keeps the children&apos;s records on this laptop encrypted. Type this station&apos;s passphrase to encrypt them.</source>
        <translation>守护现在会把这台电脑上的儿童档案加密保存。请输入本站口令进行加密。</translation>
    </message>
</context>
</TS>
