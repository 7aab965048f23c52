#include "RosterMapping.h"

#include "RosterValues.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace {

const QString kFormat = QStringLiteral("shouhu-roster-mapping");

struct Known
{
    const char* key;
    QList<const char*> headers; // as rosters write them, compared folded (see fold)
};

// The fields a roster fills, with the headers that name them. The facts that decide the category (hukou type,
// the parents' status, work place and date left) are not among them: they come from the survey (摸底排查),
// and a child new from a roster is suspected (疑似) until then.
const QList<Known>& known()
{
    static const QList<Known> list{
        {"name", {"姓名", "儿童姓名", "学生姓名", "留守儿童姓名", "name", "childname", "child'sname"}},
        {"id_number",
         {"公民身份号码", "身份证号", "身份证号码", "身份证", "儿童身份证号", "儿童身份证号码", "证件号码",
          "idnumber", "citizenidnumber", "citizenid", "id"}},
        {"sex", {"性别", "sex", "gender"}},
        {"birth_date",
         {"出生日期", "出生年月", "出生年月日", "生日", "birthdate", "dateofbirth", "birthday", "dob"}},
        {"ethnicity", {"民族", "ethnicity"}},
        {"village",
         {"行政区划代码", "区划代码", "村代码", "村(居)委会", "所在村(居)委会", "村(社区)", "所在村(社区)",
          "所在村", "村居", "村", "行政村", "村委会", "所属村", "village", "villagecode", "areacode"}},
        {"hukou_registered", {"是否登记户口", "登记户口", "hukouregistered"}},
        {"hukou_address", {"户籍地址", "户籍所在地", "户口所在地", "户籍地", "hukouaddress"}},
        {"current_address",
         {"现住址", "现居住地址", "现居住地", "居住地址", "家庭住址", "currentaddress", "address"}},
        {"health", {"健康状况", "身体状况", "health"}},
        {"disability_type", {"残疾类型", "disabilitytype"}},
        {"disability_grade", {"残疾等级", "disabilitygrade"}},
        {"illness", {"患病类型", "疾病类型", "所患疾病", "illness"}},
        {"boarding", {"是否寄宿", "寄宿", "boarding", "boardingatschool"}},
        {"schooling", {"就学情况", "就读情况", "就学状况", "在校情况", "schooling"}},
        {"school_name", {"就读学校", "学校", "学校名称", "所在学校", "school", "schoolname"}},
        {"father.name", {"父亲姓名", "父亲", "father", "fathername", "father'sname"}},
        {"father.birth_date", {"父亲出生日期", "fatherbirthdate"}},
        {"father.id_number",
         {"父亲身份证号", "父亲身份证号码", "父亲公民身份号码", "fatheridnumber", "fatherid"}},
        {"father.phone", {"父亲联系电话", "父亲电话", "父亲手机", "fatherphone"}},
        {"mother.name", {"母亲姓名", "母亲", "mother", "mothername", "mother'sname"}},
        {"mother.birth_date", {"母亲出生日期", "motherbirthdate"}},
        {"mother.id_number",
         {"母亲身份证号", "母亲身份证号码", "母亲公民身份号码", "motheridnumber", "motherid"}},
        {"mother.phone", {"母亲联系电话", "母亲电话", "母亲手机", "motherphone"}},
        {"guardian.name",
         {"委托监护人姓名", "受委托监护人姓名", "监护人姓名", "委托监护人", "受委托监护人", "监护人",
          "guardian", "guardianname"}},
        {"guardian.id_number",
         {"委托监护人身份证号", "委托监护人身份证号码", "监护人身份证号", "监护人身份证号码",
          "guardianidnumber"}},
        {"guardian.phone",
         {"委托监护人联系电话", "委托监护人电话", "监护人联系电话", "监护人电话", "联系电话", "电话",
          "guardianphone", "phone"}},
        {"guardian.relation_to_child",
         {"与儿童关系", "监护人与儿童关系", "与留守儿童关系", "关系", "relationtothechild", "relation"}},
        {"guardian.address", {"委托监护人住址", "监护人住址", "监护人地址", "guardianaddress"}},
        {"filled_by", {"填报人", "填表人", "filledinby"}},
        {"reviewed_by", {"审核人", "reviewedby"}},
        {"reviewed_on", {"审核日期", "reviewedon"}},
        {"notes", {"备注", "notes", "remarks"}},
    };
    return list;
}

QString fold(const QString& header)
{
    QString s = header.trimmed().toCaseFolded();
    s.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    s.remove(QLatin1Char(' ')).remove(QChar(0x3000)).remove(QLatin1Char('*')).remove(QLatin1Char('_'));
    while (s.endsWith(QLatin1Char(':')) || s.endsWith(QChar(0xFF1A)))
        s.chop(1);
    // "(必填)", "(选填)": notes on how to fill the column.
    for (const char* note : {"(必填)", "(选填)", "(required)", "(optional)"})
        s.remove(QString::fromUtf8(note));
    return s;
}

const QHash<QString, QString>& exact()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const Known& k : known()) {
            for (const char* h : k.headers)
                m.insert(fold(QString::fromUtf8(h)), QString::fromLatin1(k.key));
        }
        return m;
    }();
    return map;
}

const FieldSpec* specOf(const QString& key, QString* relation = nullptr)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return EntitySchema::child().field(key);
    if (relation)
        *relation = key.left(dot);
    return EntitySchema::person().field(QStringView(key).mid(dot + 1));
}

} // namespace

const QStringList& RosterMapping::fieldKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const Known& f : known())
            k << QString::fromLatin1(f.key);
        return k;
    }();
    return keys;
}

QString RosterMapping::fieldLabel(const QString& key)
{
    if (key == QLatin1String("village"))
        return tr("Village (code or name)");
    QString relation;
    const FieldSpec* spec = specOf(key, &relation);
    if (!spec)
        return key;
    const QString label = FieldValidator::fieldLabel(*spec);
    if (relation.isEmpty())
        return label;
    return tr("%1: %2").arg(Vocabulary::label(Vocabulary::Relation, relation), label);
}

QString RosterMapping::fieldForHeader(const QString& header)
{
    const QString f = fold(header);
    if (f.isEmpty())
        return {};
    return exact().value(f);
}

RosterMapping RosterMapping::guess(const QStringList& headers)
{
    RosterMapping m;
    QSet<QString> used;
    for (const QString& h : headers) {
        const QString key = fieldForHeader(h);
        if (key.isEmpty() || used.contains(key) || m.m_columns.contains(h))
            continue;
        used.insert(key);
        m.m_columns.insert(h, key);
    }
    return m;
}

void RosterMapping::set(const QString& header, const QString& key)
{
    if (key.isEmpty()) {
        m_columns.remove(header);
        return;
    }
    // A field is filled by one column: the one chosen last.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == key && it.key() != header)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns.insert(header, key);
}

int RosterMapping::column(const QString& key, const QStringList& headers) const
{
    for (int i = 0; i < headers.size(); ++i) {
        if (m_columns.value(headers.at(i)) == key)
            return i;
    }
    return -1;
}

Status RosterMapping::checkRequired(const QStringList& headers, bool stationIsVillage) const
{
    QStringList required{QStringLiteral("name"), QStringLiteral("id_number")};
    if (!stationIsVillage)
        required << QStringLiteral("village");
    for (const QString& key : std::as_const(required)) {
        if (column(key, headers) < 0)
            return Status::failure(tr("The roster has no column for \"%1\" (a header such as %2): add the "
                                      "column or choose it in "
                                      "the column mapping.")
                                       .arg(fieldLabel(key), key == QLatin1String("name")
                                                                 ? QStringLiteral("姓名")
                                                             : key == QLatin1String("id_number")
                                                                 ? QStringLiteral("身份证号")
                                                                 : QStringLiteral("行政区划代码")));
    }
    return {};
}

QJsonObject RosterMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        columns.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("columns"), columns}};
}

Result<RosterMapping> RosterMapping::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return Result<RosterMapping>::failure(
            tr("This is not a column mapping of Shouhu (the \"format\" is not \"%1\").").arg(kFormat));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return Result<RosterMapping>::failure(
            tr("The column mapping has a version this program does not read."));
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    if (columns.size() > 500)
        return Result<RosterMapping>::failure(tr("The column mapping names more than 500 columns."));
    RosterMapping m;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const QString key = it.value().toString();
        if (key.isEmpty())
            continue;
        if (!fieldKeys().contains(key))
            return Result<RosterMapping>::failure(
                tr("The column mapping maps \"%1\" to \"%2\", which is no field a roster fills.")
                    .arg(RosterValues::shown(it.key()), RosterValues::shown(key)));
        m.set(it.key(), key);
    }
    return m;
}

Result<RosterMapping> RosterMapping::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<RosterMapping>::failure(tr("The column mapping %1 cannot be read.").arg(path));
    const QByteArray bytes = f.read(1024 * 1024 + 1);
    if (bytes.size() > 1024 * 1024)
        return Result<RosterMapping>::failure(tr("The column mapping %1 is larger than 1 MB.").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<RosterMapping>::failure(tr("The column mapping %1 is not a JSON object.").arg(path));
    return fromJson(doc.object());
}

Status RosterMapping::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(tr("The column mapping cannot be written to %1.").arg(path));
    f.write(QJsonDocument(toJson()).toJson());
    if (!f.commit())
        return Status::failure(tr("The column mapping cannot be written to %1.").arg(path));
    return {};
}

QString RosterMapping::settingKey(const QStringList& headers)
{
    const QByteArray joined = headers.join(QChar(0x1F)).toUtf8();
    return QStringLiteral("roster_mapping:") +
           QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex().left(16));
}

std::optional<RosterMapping> RosterMapping::remembered(const CaseDatabase& db, const QStringList& headers)
{
    const QString text = db.setting(settingKey(headers));
    if (text.isEmpty())
        return std::nullopt;
    Result<RosterMapping> m = fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    if (!m)
        return std::nullopt;
    return m.value();
}

Status RosterMapping::remember(CaseDatabase& db, const QStringList& headers) const
{
    if (Status s = db.begin(); !s)
        return s;
    const QString text = QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    if (Status s = db.setSetting(settingKey(headers), text); !s) {
        db.rollback();
        return s;
    }
    return db.commit();
}
