#include "NationalForm.h"

#include "RosterValues.h"
#include "domain/AreaCatalog.h"
#include "domain/Classification.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString cellText(const ChildFile& f, const QString& key)
{
    if (key == QLatin1String("village"))
        return f.areaCode;
    if (key == QLatin1String("village_name"))
        return AreaCatalog::instance().fullName(f.areaCode);
    if (key == QLatin1String("category")) {
        const QString code = f.meta.value(QStringLiteral("category")).toString();
        if (const auto c = categoryFromCode(code)) {
            switch (*c) {
            case Category::NotLeftBehind:
                return RosterValues::chinese("Category", "Not left-behind");
            case Category::LeftBehind:
                return RosterValues::chinese("Category", "Left-behind");
            case Category::Suspected:
                return RosterValues::chinese("Category", "Suspected");
            case Category::OverAge:
                return RosterValues::chinese("Category", "Over-age");
            }
        }
        return code;
    }
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    const QString relation = dot < 0 ? QString() : key.left(dot);
    const QString field = dot < 0 ? key : key.mid(dot + 1);
    const FieldSpec* spec =
        relation.isEmpty() ? EntitySchema::child().field(field) : EntitySchema::person().field(field);
    const QVariant v = relation.isEmpty() ? f.child.value(field) : f.persons.value(relation).value(field);
    if (field == QLatin1String("work_place") && v.toString().isEmpty()) {
        const QString code = f.persons.value(relation).value(QStringLiteral("work_place_code")).toString();
        return code.isEmpty() ? QString() : AreaCatalog::instance().fullName(code);
    }
    if (!spec || v.isNull())
        return v.toString();
    switch (spec->type) {
    case FieldSpec::Type::Code:
        return RosterValues::chineseLabel(spec->vocabulary, v.toString());
    case FieldSpec::Type::Bool:
        return RosterValues::chineseBoolean(v);
    default:
        return v.toString();
    }
}

} // namespace

const QList<NationalForm::Column>& NationalForm::columns()
{
    static const QList<Column> list = [] {
        const QList<std::pair<const char*, const char*>> raw{
            {"序号", "number"},
            {"姓名", "name"},
            {"性别", "sex"},
            {"民族", "ethnicity"},
            {"出生日期", "birth_date"},
            {"公民身份号码", "id_number"},
            {"是否登记户口", "hukou_registered"},
            {"户籍地址", "hukou_address"},
            {"现住址", "current_address"},
            {"行政区划代码", "village"},
            {"所在村（居）委会", "village_name"},
            {"健康状况", "health"},
            {"残疾类型", "disability_type"},
            {"残疾等级", "disability_grade"},
            {"患病类型", "illness"},
            {"是否寄宿", "boarding"},
            {"就学情况", "schooling"},
            {"就读学校", "school_name"},
            {"父亲姓名", "father.name"},
            {"父亲出生日期", "father.birth_date"},
            {"父亲身份证号", "father.id_number"},
            {"父亲状况", "father.status"},
            {"父亲务工地点", "father.work_place"},
            {"父亲外出时间", "father.away_since"},
            {"父亲联系电话", "father.phone"},
            {"母亲姓名", "mother.name"},
            {"母亲出生日期", "mother.birth_date"},
            {"母亲身份证号", "mother.id_number"},
            {"母亲状况", "mother.status"},
            {"母亲务工地点", "mother.work_place"},
            {"母亲外出时间", "mother.away_since"},
            {"母亲联系电话", "mother.phone"},
            {"委托监护人姓名", "guardian.name"},
            {"委托监护人身份证号", "guardian.id_number"},
            {"委托监护人联系电话", "guardian.phone"},
            {"与儿童关系", "guardian.relation_to_child"},
            {"委托监护人住址", "guardian.address"},
            {"监护类型", "guardianship_type"},
            {"监护情况", "guardianship_grade"},
            {"儿童类别", "category"},
            {"填报人", "filled_by"},
            {"审核人", "reviewed_by"},
            {"审核日期", "reviewed_on"},
        };
        QList<Column> out;
        for (const auto& [header, key] : raw)
            out.append({QString::fromUtf8(header), QString::fromLatin1(key)});
        return out;
    }();
    return list;
}

Result<TableExport::Table> NationalForm::table(CaseDatabase& db)
{
    QList<ChildFile> files;
    CaseRepository cases(db);
    if (Status s = cases.forEachChild(
            [&](const ChildFile& f) {
                files.append(f);
                return true;
            },
            QStringLiteral("c.merged_into IS NULL"));
        !s)
        return Result<TableExport::Table>::failure(s.error());
    // The category is read with the file (forEachChild leaves meta out).
    QHash<QString, QString> category;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT id, category FROM child WHERE merged_into IS NULL")))
            return Result<TableExport::Table>::failure(db.errorSentence(q.lastError()));
        while (q.next())
            category.insert(q.value(0).toString(), q.value(1).toString());
    }
    std::sort(files.begin(), files.end(), [](const ChildFile& a, const ChildFile& b) {
        if (a.areaCode != b.areaCode)
            return a.areaCode < b.areaCode;
        if (a.text(QStringLiteral("name")) != b.text(QStringLiteral("name")))
            return a.text(QStringLiteral("name")) < b.text(QStringLiteral("name"));
        return a.id < b.id;
    });
    TableExport::Table t;
    t.sheetName = QStringLiteral("留守儿童信息登记表");
    t.title = QStringLiteral("农村留守儿童信息登记表");
    if (const auto station = db.station())
        t.subtitle = AreaCatalog::instance().fullName(station->areaCode);
    for (const Column& c : columns())
        t.headers << c.header;
    int number = 0;
    for (ChildFile& f : files) {
        f.meta.insert(QStringLiteral("category"), category.value(f.id));
        QVariantList row;
        for (const Column& c : columns()) {
            if (c.key == QLatin1String("number"))
                row << ++number;
            else
                row << cellText(f, c.key);
        }
        t.rows << row;
    }
    return t;
}

Status NationalForm::write(CaseDatabase& db, const QString& format, const QString& path)
{
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return Status::failure(tr("The format \"%1\" is not known: choose csv or xlsx.").arg(format));
    Result<TableExport::Table> t = table(db);
    if (!t)
        return Status::failure(t.error());
    return format == QLatin1String("csv") ? TableExport::writeCsv(t.value(), path)
                                          : TableExport::writeXlsx(t.value(), path);
}
