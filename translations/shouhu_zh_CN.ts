<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddChildCommand</name>
    <message>
        <source>Register a child from a JSON file ("-" reads stdin).</source>
        <translation>从 JSON 文件登记一名儿童（“-”表示从标准输入读取）。</translation>
    </message>
    <message>
        <source>The JSON form of a child's file is described in docs/child-json.md.</source>
        <translation>儿童档案的 JSON 格式见 docs/child-json.md。</translation>
    </message>
    <message>
        <source>The file of %1 was saved with the id %2.</source>
        <translation>%1 的档案已保存，编号为 %2。</translation>
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
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>BenchSyncCommand</name>
    <message>
        <source>Measure export and import of sync packages against the budgets (a scratch folder; the database of --db is not touched).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Children in the township (default 60000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating %1 demo children…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sqlite3 shell is needed for this benchmark (Debian package sqlite3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseDatabase</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a Shouhu database.</source>
        <translation>文件 %1 不是守护数据库。</translation>
    </message>
    <message>
        <source>This database already belongs to the station "%1".</source>
        <translation>此数据库已属于站点“%1”。</translation>
    </message>
    <message>
        <source>The station could not be saved: %1</source>
        <translation>站点信息无法保存：%1</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>设置无法保存：%1</translation>
    </message>
    <message>
        <source>The database is in use by another program; try again in a moment.</source>
        <translation>数据库正被另一个程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The change was not saved because part of it failed.</source>
        <translation>部分内容保存失败，本次修改未保存。</translation>
    </message>
    <message>
        <source>The change could not be written to disk (is the disk full?).</source>
        <translation>修改无法写入磁盘（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>The change could not be written to disk (is the disk full?): %1</source>
        <translation>修改无法写入磁盘（磁盘是否已满？）：%1</translation>
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
        <translation>村（居）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最后更新</translation>
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
        <source>Choose the child's village from the official list.</source>
        <translation>请从官方区划表中选择儿童所在的村（居）。</translation>
    </message>
    <message>
        <source>The village %1 is outside this station's area (%2).</source>
        <translation>%1 不在本站点的管辖范围（%2）内。</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>儿童本人</translation>
    </message>
    <message>
        <source>The child's name is required.</source>
        <translation>必须填写儿童姓名。</translation>
    </message>
    <message>
        <source>"%1" is not a relation the file knows.</source>
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
        <source>A child's village cannot be changed here; exit the child as moved away and register the child in the new village.</source>
        <translation>此处不能更改儿童所在村；请以“迁出”办理退出，并在新村重新登记。</translation>
    </message>
    <message>
        <source>No child with the id %1.</source>
        <translation>没有编号为 %1 的儿童。</translation>
    </message>
    <message>
        <source>The verdict could not be saved: %1</source>
        <translation>认定结果无法保存：%1</translation>
    </message>
    <message>
        <source>The verdicts could not be saved.</source>
        <translation>认定结果无法保存。</translation>
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
    <name>ChildCommands</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not valid JSON (at character %2: %3).</source>
        <translation>文件 %1 不是有效的 JSON（第 %2 个字符处：%3）。</translation>
    </message>
    <message>
        <source>The file %1 must hold one JSON object: a child's file.</source>
        <translation>文件 %1 必须包含一个 JSON 对象，即一名儿童的档案。</translation>
    </message>
</context>
<context>
    <name>ChildFile</name>
    <message>
        <source>"household" must be an object.</source>
        <translation>“household”必须是一个对象。</translation>
    </message>
    <message>
        <source>"%1" must be an object.</source>
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
        <translation>村（居）</translation>
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
        <source>Child file — %1</source>
        <translation>儿童档案 — %1</translation>
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
        <source>The %1's work place is not recorded.</source>
        <translation>%1的务工地点未登记。</translation>
    </message>
    <message>
        <source>The %1's work place (%2) has no area code recorded.</source>
        <translation>%1的务工地点（%2）未登记区划代码。</translation>
    </message>
    <message>
        <source>The %1's work place code (%2) is not a valid area code.</source>
        <translation>%1的务工地点代码（%2）不是有效的区划代码。</translation>
    </message>
    <message>
        <source>The child's hukou county is not recorded.</source>
        <translation>儿童户籍所在县（区）未登记。</translation>
    </message>
    <message>
        <source>Only the province or city of the %1's work place (%2) is recorded, not the county.</source>
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
        <source>The %1's status is not recorded.</source>
        <translation>%1的状况未登记。</translation>
    </message>
    <message>
        <source>The %1 is at home.</source>
        <translation>%1在家。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2, only %n month(s): less than the %3 months the rule requires.</source>
        <translation><numerusform>%1自%2起外出务工，仅%n个月，不足规定的%3个月。</numerusform></translation>
    </message>
    <message>
        <source>The %1 works inside the child's hukou county (%2), which does not count as away for work.</source>
        <translation>%1在儿童户籍所在县（区）内务工（%2），不算外出务工。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2 (%n month(s)), outside the hukou county (%3).</source>
        <translation><numerusform>%1自%2起外出务工（%n个月），务工地点在户籍所在县以外（%3）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2 (%n month(s)).</source>
        <translation><numerusform>%1自%2起外出务工（%n个月）。</numerusform></translation>
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
        <source>Neither parent can raise the child: the child counts as a factually unsupported child and should be referred to the safety net.</source>
        <translation>父母双方均无法抚养该儿童：属于事实无人抚养儿童，应转介兜底保障。</translation>
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
        <source>The child is seriously ill.</source>
        <translation>儿童本人重病。</translation>
    </message>
    <message>
        <source>Nobody is looking after the child (no guardianship).</source>
        <translation>儿童无人监护。</translation>
    </message>
    <message>
        <source>Abuse or abandonment of the child has been recorded.</source>
        <translation>已记录儿童遭受虐待或遗弃。</translation>
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
        <source>The child's hukou is not rural: not a left-behind child.</source>
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
</context>
<context>
    <name>ClassifyCommand</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 等，另有 %n 名</numerusform></translation>
    </message>
    <message>
        <source>Bring every child's category up to date and exit the children who turned 16.</source>
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
        <translation><numerusform>%n 名儿童已满 16 周岁，已按超龄退出登记：%1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Verdicts on %1 for %n children:</source>
        <translation><numerusform>%1 对 %n 名儿童的判定结果：</numerusform></translation>
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
        <source>--%1: "%2" is not a real date (write it as 2024-08-08).</source>
        <translation>--%1：“%2”不是有效日期（请写成 2024-08-08）。</translation>
    </message>
    <message>
        <source>There is no database at %1; set up the station with "shouhu-cli init" first.</source>
        <translation>%1 处没有数据库，请先用“shouhu-cli init”设置站点。</translation>
    </message>
    <message>
        <source>The database %1 has no station yet; run "shouhu-cli init" first.</source>
        <translation>数据库 %1 尚未设置站点，请先运行“shouhu-cli init”。</translation>
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
        <source>"shouhu-cli help COMMAND" shows the options of a command. Exit codes: 0 done, 1 refused (the reason is printed), 2 usage error.</source>
        <translation>“shouhu-cli help 命令”显示该命令的选项。退出码：0 完成，1 被拒绝（会显示原因），2 用法错误。</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>There is no command "%1".</source>
        <translation>没有“%1”这个命令。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>"%1" needs one of: %2.</source>
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
    <name>ConflictResolveCommand</name>
    <message>
        <source>Decide a conflict: keep the current value, the other one, or a new value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which value to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new value instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --keep mine, --keep theirs or --value V.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conflict is resolved; the choice reaches the other stations with the next packages.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>The conflict could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conflict names a field this program does not know.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>List the values that lost to a concurrent change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include the resolved ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished" />
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
    <name>DemoCommand</name>
    <message>
        <source>Fill the station's area with fictitious demo children.</source>
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
        <source>This database holds real children's files; demo data goes only into a new database or one that already holds demo data.</source>
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
        <source>This station's area has no villages in the official list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation type="unfinished" />
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
    <name>EditChildCommand</name>
    <message>
        <source>Change a child's file: the fields in the JSON file replace the stored ones.</source>
        <translation>修改儿童档案：JSON 文件中的字段替换已保存的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed in the file %1.</source>
        <translation><numerusform>档案 %1 中有 %n 个字段被修改。</numerusform></translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enrol another station from its card, after checking its fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fingerprint the other station's operator read out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --fingerprint is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station "%1" (%2) is enrolled.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a sync package for an enrolled station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The enrolled station it is for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything in scope, not only what it has not acknowledged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The options --to and --out are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package %1 holds %2 records for %3. Carry this file to %3 and import it there.</source>
        <translation type="unfinished" />
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
        <source>"%1" is not a real date (write it as 2015-06-30).</source>
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
        <source>"%1" is not one of the choices.</source>
        <translation>“%1”不是可选项之一。</translation>
    </message>
    <message>
        <source>"%1" is not an area code of the official list.</source>
        <translation>“%1”不是官方区划代码表中的代码。</translation>
    </message>
    <message>
        <source>"%1" is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
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
    <name>IdentityExportCommand</name>
    <message>
        <source>Write this station's identity card for the station above or below to enrol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes the keys first when the station has none. Read the fingerprint to the other station's operator on the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card of station %1 is in %2. Its fingerprint is %3: read it to the other station's operator, who types it when enrolling this card.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentityShowCommand</name>
    <message>
        <source>Show this station's id, role, area and fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no keys yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The package cannot be decrypted: its contents are damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package was refused: the %1 record %2 is invalid: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a village code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package was refused: it holds records of %1, outside the area the sender may send to this station (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a write has no valid clock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package was refused: its clocks are too far in the future (%1); the sender's computer clock is wrong, ask them to correct it and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this kind of record is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its identity is incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its values and clocks do not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" is unknown or malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" is not in its stored form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" is malformed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Check and merge a sync package from an enrolled station.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportCommand</name>
    <message>
        <source>Reopen the report of an imported package, or list them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No package with the id %1 was imported here.</source>
        <translation type="unfinished" />
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
        <source>The station's name.</source>
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
        <source>The station "%1" (%2, %3) is set up in %4; its id is %5.</source>
        <translation>站点“%1”（%2，%3）已在 %4 中设置，编号为 %5。</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show who sent a package to whom, when, and how much it holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished" />
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
        <translation><numerusform>口令至少需要 %n 个字符。</numerusform></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令不正确。</translation>
    </message>
</context>
<context>
    <name>KeysCreateCommand</name>
    <message>
        <source>Make this station's signing and encryption keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keys are made. Fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shouhu — %1</source>
        <translation>守护 — %1</translation>
    </message>
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
        <translation><numerusform>有 %n 份档案未能保存：请查看已打开的表单。</numerusform></translation>
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
        <translation><numerusform>等另外 %n 人</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) turned 16 and left the register as over-age: %1.</source>
        <translation><numerusform>%n 名儿童已满 16 周岁，按超龄退出名册：%1。</numerusform></translation>
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
        <translation><numerusform>列出 %n 名儿童</numerusform></translation>
    </message>
    <message>
        <source>About Shouhu</source>
        <translation>关于守护</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shouhu %1&lt;/h3&gt;&lt;p&gt;The register of rural left-behind children for child directors, township supervisors and civil-affairs offices: one file per child, kept up to date offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;守护 %1&lt;/h3&gt;&lt;p&gt;供儿童主任、乡镇儿童督导员和民政部门使用的农村留守儿童名册：一人一档，离线也能动态更新。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PackageHeader</name>
    <message>
        <source>The package's signature is not valid: the file was damaged or altered after it was signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package is incomplete (truncated): copy it again from the sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a Shouhu package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package has format version %1, which this program cannot read; update Shouhu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>The package comes from a station that is not enrolled here (%1, %2); enrol it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package's signature is not valid: the file was damaged or altered after it was signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package comes from the station %1, whose key was revoked on %2; it is not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package is addressed to another station (%1), not to this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package cannot be decrypted with this station's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package was refused: its clocks are too far in the future (%1); the sender's computer clock is wrong, ask them to correct it and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's clock is %1 minutes behind the changes it has seen; check the date and time.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station %1 was revoked; nothing can be sent to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station %1 is neither above nor below this station.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station %1 has a damaged encryption key; enrol it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 could not be written (is the disk full?).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseChangeCommand</name>
    <message>
        <source>Change the passphrase that protects the station's keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the new passphrase from this file (default: SHOUHU_NEW_PASSPHRASE).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>The package cannot be decrypted: its contents are damaged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayloadWriter</name>
    <message>
        <source>Compressing the package failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>"%1" is not a field of this record.</source>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevokeCommand</name>
    <message>
        <source>Revoke an enrolled station's key: its packages are refused from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station %1 is revoked; the revocation travels in the next packages.</source>
        <translation type="unfinished" />
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
        <source>The database is busy or cannot be written: %1</source>
        <translation>数据库正忙或无法写入：%1</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>数据库升级到第 %1 版失败：%2</translation>
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
        <source>"%1" is not a category; use not_left_behind, left_behind, suspected or over_age.</source>
        <translation>“%1”不是类别，请使用 not_left_behind、left_behind、suspected 或 over_age。</translation>
    </message>
    <message>
        <source>"%1" is not a status; use active, exited or all.</source>
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
        <translation>村（居）</translation>
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
    <name>SettingsCommand</name>
    <message>
        <source>Show or change the rules of the classifier.</source>
        <translation>查看或修改类别判定规则。</translation>
    </message>
    <message>
        <source>A parent counts as away after N months (1 to 24; the notice says 3).</source>
        <translation>父母外出满 N 个月即视为外出（1 至 24；通知规定为 3）。</translation>
    </message>
    <message>
        <source>Whether the work place must lie outside the child's county.</source>
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
        <source>The work place must lie outside the child's county</source>
        <translation>务工地点须在儿童户籍所在县以外</translation>
    </message>
    <message>
        <source>Over-age on the birthday</source>
        <translation>超龄年龄（周岁生日）</translation>
    </message>
    <message>
        <source>The rules changed: run "shouhu-cli classify" to bring the verdicts up to date.</source>
        <translation>规则已更改：请运行“shouhu-cli classify”更新判定结果。</translation>
    </message>
</context>
<context>
    <name>ShowChildCommand</name>
    <message>
        <source>Show a child's whole file.</source>
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
    <name>StationCard</name>
    <message>
        <source>The file is not a Shouhu station card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station card has a version this program does not know; update Shouhu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station card is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station card's signature is not valid: the card was altered.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keys could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This station has no keys yet; create them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station's keys are damaged.</source>
        <translation type="unfinished" />
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
        <source>The area %1 (%2) does not fit a station of the role "%3", which needs a %4-digit code.</source>
        <translation>区划 %1（%2）与“%3”级站点不符，该级别需要 %4 位代码。</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>站点需要一个名称。</translation>
    </message>
    <message>
        <source>This database already belongs to the station "%1".</source>
        <translation>此数据库已属于站点“%1”。</translation>
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
        <source>No %1 matches "%2".</source>
        <translation>没有与“%2”匹配的%1。</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation>已选择：%1（%2）</translation>
    </message>
</context>
<context>
    <name>StationsCommand</name>
    <message>
        <source>List the enrolled stations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished" />
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
        <translation>村（居）</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>A %1 station cannot enrol the %2 station of %3: a village enrols only its own township, a township its villages and the county or city above, a county or city the stations inside it and the one above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>请先设置本站点。</translation>
    </message>
    <message>
        <source>This is this station's own card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fingerprint does not match the card: do not enrol this station, and ask its operator to read the fingerprint out again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station %1 was revoked; a revoked station cannot be enrolled again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station %1 is enrolled already with other keys; revoke it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station could not be enrolled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No enrolled station has the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The station %1 is revoked already.</source>
        <translation type="unfinished" />
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
        <source>Both parents dead: refer for orphan support.</source>
        <translation>父母双亡：请转介孤儿保障。</translation>
    </message>
    <message>
        <source>Over-age on %1.</source>
        <translation>%1 起超龄。</translation>
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
        <source>De'ang</source>
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
        <translation>其他</translation>
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
        <source>Missing</source>
        <translation>失联</translation>
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
        <source>Entrusted guardian's capacity insufficient</source>
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
        <translation>委托照护人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（居）</translation>
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
        <source>Save pictures of the main window and a child's file, then quit.</source>
        <translation>保存主窗口和一份儿童档案的截图，然后退出。</translation>
    </message>
</context>
</TS>
