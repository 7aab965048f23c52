#include "RosterReconciler.h"

#include "RosterValues.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QString normalizedId(const QString& text)
{
    const IdNumber id = IdNumber::parse(text);
    return id.isValid() ? id.normalized() : text.trimmed().toUpper();
}

const FieldSpec* specOf(const QString& key, QString& relation, QString& field)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    relation = dot < 0 ? QString() : key.left(dot);
    field = dot < 0 ? key : key.mid(dot + 1);
    return relation.isEmpty() ? EntitySchema::child().field(field) : EntitySchema::person().field(field);
}

// The register's value in words, as the user reads it.
QString shown(const FieldSpec* spec, const QString& value)
{
    if (!spec || value.isEmpty())
        return value;
    if (spec->type == FieldSpec::Type::Code)
        return Vocabulary::label(spec->vocabulary, value);
    if (spec->type == FieldSpec::Type::Bool)
        return value.toInt() != 0 ? RosterReconciler::tr("yes") : RosterReconciler::tr("no");
    return value;
}

} // namespace

RosterReconciler::RosterReconciler(CaseDatabase& db)
    : m_db(db)
{}

QString RosterReconciler::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Same:
        return QStringLiteral("same");
    case Kind::Differs:
        return QStringLiteral("differs");
    case Kind::OnlyNational:
        return QStringLiteral("only_national");
    case Kind::OnlyHere:
        return QStringLiteral("only_here");
    }
    return {};
}

QString RosterReconciler::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Same:
        return tr("in both, the same");
    case Kind::Differs:
        return tr("in both, differs");
    case Kind::OnlyNational:
        return tr("only in the national list");
    case Kind::OnlyHere:
        return tr("only here");
    }
    return {};
}

Result<RosterReconciler::Report> RosterReconciler::compare(const RosterTable& national,
                                                           const RosterMapping& mapping) const
{
    const int idColumn = mapping.column(QStringLiteral("id_number"), national.headers);
    if (idColumn < 0)
        return Result<Report>::failure(tr(
            "The list has no column of ID numbers (a header such as 公民身份号码): children are matched by "
            "it."));
    QHash<QString, ChildFile> here; // normalized ID number -> file
    QList<ChildFile> withoutId;
    CaseRepository cases(m_db);
    if (Status s = cases.forEachChild(
            [&](const ChildFile& f) {
                const QString id = f.text(QStringLiteral("id_number"));
                if (id.isEmpty())
                    withoutId.append(f);
                else
                    here.insert(id, f);
                return true;
            },
            QStringLiteral("c.merged_into IS NULL AND c.status = 'active'"));
        !s)
        return Result<Report>::failure(s.error());

    struct Compared
    {
        QString key;
        int column = -1;
        const FieldSpec* spec = nullptr;
        QString relation;
        QString field;
    };
    QList<Compared> compared;
    for (const QString& key : RosterMapping::fieldKeys()) {
        const int column = mapping.column(key, national.headers);
        if (column < 0 || key == QLatin1String("id_number"))
            continue;
        Compared c;
        c.key = key;
        c.column = column;
        if (key != QLatin1String("village"))
            c.spec = specOf(key, c.relation, c.field);
        compared.append(c);
    }
    const int nameColumn = mapping.column(QStringLiteral("name"), national.headers);
    const QDate today = m_db.clock().today();

    Report report;
    QSet<QString> matched;
    for (const RosterTable::Row& r : national.rows) {
        const QString id = normalizedId(r.cell(idColumn));
        Item base;
        base.row = r.number;
        base.idNumber = id;
        base.name = r.cell(nameColumn);
        const auto it = id.isEmpty() ? here.cend() : here.constFind(id);
        if (it == here.cend() || matched.contains(id)) {
            base.kind = Kind::OnlyNational;
            report.items.append(base);
            ++report.onlyNational;
            continue;
        }
        matched.insert(id);
        const ChildFile& f = it.value();
        base.childId = f.id;
        base.name = f.text(QStringLiteral("name"));
        int differences = 0;
        for (const Compared& c : std::as_const(compared)) {
            const QString text = r.cell(c.column);
            if (text.isEmpty())
                continue;
            QString theirs;
            QString ours;
            if (c.key == QLatin1String("village")) {
                const QString code = AreaCode::normalize(text);
                ours = f.areaCode;
                if (!code.isEmpty()) {
                    theirs = code;
                } else {
                    const QString own = text.split(QLatin1Char(' '), Qt::SkipEmptyParts).constLast();
                    theirs = (AreaCatalog::instance().name(f.areaCode) == own ||
                              AreaCatalog::instance().fullName(f.areaCode) == text)
                                 ? f.areaCode
                                 : text;
                }
                if (theirs == ours)
                    continue;
                ours =
                    AreaCatalog::instance().fullName(ours) + QStringLiteral(" (") + ours + QLatin1Char(')');
            } else {
                theirs = RosterValues::stored(*c.spec, text);
                if (Result<QVariant> v = FieldValidator::normalize(*c.spec, theirs, today); v && !v->isNull())
                    theirs = v->toString();
                const QVariant stored = c.relation.isEmpty() ? f.child.value(c.field)
                                                             : f.persons.value(c.relation).value(c.field);
                ours = stored.isNull() ? QString() : stored.toString();
                if (theirs == ours)
                    continue;
                ours = shown(c.spec, ours);
            }
            Item d = base;
            d.kind = Kind::Differs;
            d.field = RosterMapping::fieldLabel(c.key);
            d.fieldKey = c.key;
            d.national = text;
            d.here = ours;
            report.items.append(d);
            ++differences;
        }
        if (differences == 0) {
            base.kind = Kind::Same;
            report.items.append(base);
            ++report.same;
        } else {
            ++report.differing;
        }
    }
    QList<ChildFile> onlyHere = withoutId;
    for (auto it = here.cbegin(); it != here.cend(); ++it) {
        if (!matched.contains(it.key()))
            onlyHere.append(it.value());
    }
    std::sort(onlyHere.begin(), onlyHere.end(), [](const ChildFile& a, const ChildFile& b) {
        return std::make_pair(a.areaCode, a.text(QStringLiteral("name"))) <
               std::make_pair(b.areaCode, b.text(QStringLiteral("name")));
    });
    for (const ChildFile& f : std::as_const(onlyHere)) {
        Item i;
        i.kind = Kind::OnlyHere;
        i.idNumber = f.text(QStringLiteral("id_number"));
        i.name = f.text(QStringLiteral("name"));
        i.childId = f.id;
        report.items.append(i);
        ++report.onlyHere;
    }
    return report;
}

TableExport::Table RosterReconciler::table(const Report& report)
{
    TableExport::Table t;
    t.sheetName = tr("Reconciliation");
    t.title = tr("Reconciliation with the national list");
    t.subtitle =
        tr("%1 in both and the same, %2 in both with differences, %3 only in the national list, %4 only "
           "here.")
            .arg(report.same)
            .arg(report.differing)
            .arg(report.onlyNational)
            .arg(report.onlyHere);
    t.headers = {tr("Result"), tr("Row in the list"), tr("ID number"), tr("Name"),
                 tr("Field"),  tr("National list"),   tr("Here"),      tr("Child id")};
    for (const Item& i : report.items) {
        if (i.kind != Kind::Same)
            t.highlightedRows.insert(int(t.rows.size()));
        t.rows << QVariantList{kindLabel(i.kind),
                               i.row > 0 ? QVariant(i.row) : QVariant(QString()),
                               i.idNumber,
                               i.name,
                               i.field,
                               i.national,
                               i.here,
                               i.childId};
    }
    return t;
}
