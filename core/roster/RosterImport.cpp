#include "RosterImport.h"

#include "RosterValues.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/IdNumber.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"
#include "storage/DuplicateFinder.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct Column
{
    QString key;
    QString relation; // empty: the child's field (or the village)
    QString field;
    const FieldSpec* spec = nullptr;
    int index = -1;
    QString header;
};

QVariant fieldValue(const ChildFile& f, const Column& c)
{
    if (c.key == QLatin1String("village"))
        return f.areaCode;
    if (c.relation.isEmpty())
        return f.child.value(c.field);
    return f.persons.value(c.relation).value(c.field);
}

void setField(ChildFile& f, const Column& c, const QVariant& v)
{
    if (c.key == QLatin1String("village"))
        f.areaCode = v.toString();
    else if (c.relation.isEmpty())
        f.child.insert(c.field, v);
    else
        f.persons[c.relation].insert(c.field, v);
}

QString asText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

int RosterImport::Plan::count(Action action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [&](const Row& r) { return r.action == action; }));
}

RosterImport::RosterImport(CaseDatabase& db)
    : m_db(db)
{}

QString RosterImport::actionCode(Action action)
{
    switch (action) {
    case Action::New:
        return QStringLiteral("new");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Bad:
        return QStringLiteral("bad");
    }
    return {};
}

QString RosterImport::actionLabel(Action action)
{
    switch (action) {
    case Action::New:
        return tr("new child");
    case Action::Update:
        return tr("update");
    case Action::Unchanged:
        return tr("unchanged");
    case Action::Bad:
        return tr("bad row");
    }
    return {};
}

Result<RosterImport::Plan> RosterImport::plan(const RosterTable& table, const RosterMapping& mapping) const
{
    const auto station = m_db.station();
    if (!station)
        return Result<Plan>::failure(tr("Set up the station first."));
    const bool village = AreaCode::levelOf(station->areaCode) == AreaLevel::Village;
    if (Status s = mapping.checkRequired(table.headers, village); !s)
        return Result<Plan>::failure(s.error());

    QList<Column> columns;
    for (const QString& key : RosterMapping::fieldKeys()) {
        const int index = mapping.column(key, table.headers);
        if (index < 0)
            continue;
        Column c;
        c.key = key;
        c.index = index;
        c.header = table.headers.at(index);
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        if (dot >= 0) {
            c.relation = key.left(dot);
            c.field = key.mid(dot + 1);
            c.spec = EntitySchema::person().field(c.field);
        } else if (key != QLatin1String("village")) {
            c.field = key;
            c.spec = EntitySchema::child().field(key);
        }
        columns.append(c);
    }

    CaseRepository cases(m_db);
    DuplicateFinder finder(m_db);
    QHash<QString, QString> villageByText; // cell text -> code, or "!" + the reason it names none
    const auto villageCode = [&](const QString& text) -> QString {
        if (const auto it = villageByText.constFind(text); it != villageByText.cend())
            return it.value();
        QString out;
        const QString digits = AreaCode::normalize(text);
        if (!digits.isEmpty()) {
            out = digits;
        } else {
            // A village's own name (南跃村民委员会), or its full name from the province down.
            const QString own = text.split(QLatin1Char(' '), Qt::SkipEmptyParts).constLast();
            QStringList found;
            for (const AreaCatalog::Match& m : AreaCatalog::instance().search(own, 50, station->areaCode)) {
                if (m.level == AreaLevel::Village && m.name == own &&
                    (own == text || m.fullName == text || m.fullName.endsWith(text)))
                    found << m.code;
            }
            if (found.size() == 1)
                out = found.first();
            else if (found.isEmpty())
                out = QStringLiteral("!") +
                      tr("The village \"%1\" is not in this station's area.").arg(RosterValues::shown(text));
            else
                out = QStringLiteral("!") +
                      tr("\"%1\" names %2 villages in this station's area: give the 12-digit village code.")
                          .arg(RosterValues::shown(text))
                          .arg(found.size());
        }
        villageByText.insert(text, out);
        return out;
    };

    Plan plan;
    QHash<QString, int> seen; // the child's key (ID number, or name|birth|village) -> the first row with it
    for (const RosterTable::Row& r : table.rows) {
        Row row;
        row.number = r.number;
        const auto bad = [&](const QString& reason) {
            row.action = Action::Bad;
            row.reason = reason;
            plan.rows.append(row);
        };
        ChildFile file;
        QString cellError;
        QList<const Column*> filled;
        for (const Column& c : std::as_const(columns)) {
            const QString text = r.cell(c.index);
            if (text.isEmpty())
                continue;
            QString value = text;
            if (c.key == QLatin1String("village")) {
                value = villageCode(text);
                if (value.startsWith(QLatin1Char('!'))) {
                    cellError = value.mid(1);
                    break;
                }
            } else {
                bool ok = true;
                value = RosterValues::stored(*c.spec, text, &ok);
                if (!ok) {
                    cellError = c.spec->type == FieldSpec::Type::Bool
                                    ? tr("Column \"%1\": \"%2\" is neither yes nor no.")
                                          .arg(RosterValues::shown(c.header), RosterValues::shown(text))
                                    : tr("Column \"%1\": \"%2\" is not one of the choices for %3.")
                                          .arg(RosterValues::shown(c.header), RosterValues::shown(text),
                                               RosterMapping::fieldLabel(c.key));
                    break;
                }
            }
            setField(file, c, value);
            filled.append(&c);
        }
        row.name = file.text(QStringLiteral("name"));
        row.idNumber = r.cell(mapping.column(QStringLiteral("id_number"), table.headers));
        if (!cellError.isEmpty()) {
            bad(cellError);
            continue;
        }
        // Checked as the same fields typed into a new file: the rules, the ID number, the village.
        Result<ChildFile> checked = cases.check(file);
        if (!checked) {
            bad(checked.error());
            continue;
        }
        const ChildFile& valid = checked.value();
        const QString id = valid.text(QStringLiteral("id_number"));
        const QString key = !id.isEmpty() ? id
                                          : valid.text(QStringLiteral("name")) + QLatin1Char('|') +
                                                valid.text(QStringLiteral("birth_date")) + QLatin1Char('|') +
                                                valid.areaCode;
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            bad(id.isEmpty()
                    ? tr("The same child as row %1 (same name, birth date and village).").arg(it.value())
                    : tr("The same child as row %1 (ID number %2).").arg(it.value()).arg(id));
            continue;
        }
        seen.insert(key, row.number);

        // The child on the register, if any.
        QString existing;
        if (!id.isEmpty()) {
            Result<std::optional<ChildSummary>> found = finder.withIdNumber(id);
            if (!found) {
                bad(found.error());
                continue;
            }
            if (found.value())
                existing =
                    found.value()->mergedInto.isEmpty() ? found.value()->id : found.value()->mergedInto;
        } else if (!valid.text(QStringLiteral("birth_date")).isEmpty()) {
            Result<QList<ChildSummary>> same = finder.withSameDetails(
                valid.areaCode, valid.text(QStringLiteral("name")), valid.text(QStringLiteral("sex")),
                valid.text(QStringLiteral("birth_date")));
            if (same && same->size() == 1)
                existing = same->first().id;
        }
        if (existing.isEmpty()) {
            row.action = Action::New;
            row.file = valid;
            plan.rows.append(row);
            continue;
        }

        Result<ChildFile> current = cases.load(existing);
        if (!current) {
            bad(current.error());
            continue;
        }
        ChildFile merged = current.value();
        merged.meta.clear();
        for (const Column* c : std::as_const(filled))
            setField(merged, *c, fieldValue(file, *c));
        // The ID number implies birth date and sex: filled from it when the row has none.
        for (const QString& implied : {QStringLiteral("birth_date"), QStringLiteral("sex")}) {
            if (!file.child.contains(implied) && current->child.value(implied).isNull())
                merged.child.insert(implied, valid.child.value(implied));
        }
        Result<ChildFile> checkedMerged = cases.check(merged);
        if (!checkedMerged) {
            bad(checkedMerged.error());
            continue;
        }
        row.childId = existing;
        ChildFile edited;
        edited.id = existing;
        QList<Column> compared;
        for (const Column* c : std::as_const(filled))
            compared.append(*c);
        for (const QString& implied : {QStringLiteral("birth_date"), QStringLiteral("sex")}) {
            if (!file.child.contains(implied)) {
                Column c;
                c.key = implied;
                c.field = implied;
                compared.append(c);
            }
        }
        for (const Column& c : std::as_const(compared)) {
            const QVariant now = fieldValue(checkedMerged.value(), c);
            if (asText(now) == asText(fieldValue(current.value(), c)))
                continue;
            setField(edited, c, now);
            row.changed << RosterMapping::fieldLabel(c.key);
        }
        row.action = row.changed.isEmpty() ? Action::Unchanged : Action::Update;
        row.file = edited;
        plan.rows.append(row);
    }
    return plan;
}

Result<RosterImport::Outcome> RosterImport::apply(const Plan& plan, bool skipBad,
                                                  const std::function<void(int)>& progress)
{
    Outcome outcome;
    const int badRows = plan.count(Action::Bad);
    if (badRows > 0 && !skipBad) {
        const auto first = std::find_if(plan.rows.cbegin(), plan.rows.cend(),
                                        [](const Row& r) { return r.action == Action::Bad; });
        return Result<Outcome>::failure(
            tr("%n row(s) of the roster cannot be imported (row %1: %2); nothing "
               "was imported: correct them, or "
               "skip the bad rows.",
               nullptr, badRows)
                .arg(first->number)
                .arg(QString(first->reason).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    }
    CaseRepository cases(m_db);
    if (Status s = m_db.begin(); !s)
        return Result<Outcome>::failure(s.error());
    int done = 0;
    for (const Row& row : plan.rows) {
        QString error;
        switch (row.action) {
        case Action::New: {
            Result<QString> id = cases.create(row.file);
            if (!id)
                error = id.error();
            else
                ++outcome.created;
            break;
        }
        case Action::Update: {
            Result<int> changed = cases.update(row.childId, row.file);
            if (!changed)
                error = changed.error();
            else
                ++outcome.updated;
            break;
        }
        case Action::Unchanged:
            ++outcome.unchanged;
            break;
        case Action::Bad:
            ++outcome.skipped;
            break;
        }
        if (!error.isEmpty()) {
            m_db.rollback();
            return Result<Outcome>::failure(
                tr("Row %1: %2 Nothing was imported.")
                    .arg(row.number)
                    .arg(QString(error).replace(QLatin1Char('\n'), QLatin1Char(' '))));
        }
        if (progress && (++done % 200 == 0))
            progress(done);
    }
    if (Status s = m_db.commit(); !s)
        return Result<Outcome>::failure(s.error());
    return outcome;
}
