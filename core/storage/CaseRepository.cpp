#include "CaseRepository.h"

#include "CaseDatabase.h"
#include "DuplicateFinder.h"
#include "EntitySchema.h"
#include "FieldValidator.h"
#include "RecordIdentity.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/Classifier.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
bool isEmptyFields(const QVariantMap& m)
{
    for (const QVariant& v : m) {
        if (!v.isNull() && !v.toString().trimmed().isEmpty())
            return false;
    }
    return true;
}

// The ID number implies the birth date and sex: fill them when empty, refuse when they disagree.
Status reconcileId(QVariantMap& fields, const QString& who, QDate today)
{
    const QString text = fields.value(QStringLiteral("id_number")).toString();
    if (text.isEmpty())
        return {};
    const IdNumber id = IdNumber::parse(text, today);
    if (!id.isValid())
        return {}; // the field validator reports it
    const QString birth = id.birthDate().toString(Qt::ISODate);
    const QString entered = fields.value(QStringLiteral("birth_date")).toString();
    if (entered.isEmpty()) {
        fields.insert(QStringLiteral("birth_date"), birth);
    } else {
        const QDate d = FieldValidator::parseDate(entered);
        if (d.isValid() && d.toString(Qt::ISODate) != birth)
            return Status::failure(
                CaseRepository::tr("%1: the birth date %2 does not match the ID number, which says %3.")
                    .arg(who, d.toString(Qt::ISODate), birth));
    }
    const QString sex = id.sex() == Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
    const QString enteredSex = fields.value(QStringLiteral("sex")).toString();
    if (enteredSex.isEmpty())
        fields.insert(QStringLiteral("sex"), sex);
    else if (enteredSex != sex)
        return Status::failure(CaseRepository::tr("%1: the sex does not match the ID number, which says %2.")
                                   .arg(who, Vocabulary::label(Vocabulary::Sex, sex)));
    return {};
}
} // namespace

CaseRepository::CaseRepository(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

Result<ChildFile> CaseRepository::check(ChildFile file) const
{
    const auto station = m_db.station();
    if (!station)
        return Result<ChildFile>::failure(CaseRepository::tr("Set up the station first."));
    const QDate today = m_db.clock().today();
    if (file.areaCode.isEmpty() && AreaCode::levelOf(station->areaCode) == AreaLevel::Village)
        file.areaCode = station->areaCode;
    const QString area = AreaCode::normalize(file.areaCode);
    if (area.isEmpty() || AreaCode::levelOf(area) != AreaLevel::Village ||
        !AreaCatalog::instance().contains(area))
        return Result<ChildFile>::failure(
            CaseRepository::tr("Choose the child's village from the official list."));
    if (!AreaCode::contains(station->areaCode, area))
        return Result<ChildFile>::failure(
            CaseRepository::tr("The village %1 is outside this station's area (%2).")
                .arg(AreaCatalog::instance().fullName(area),
                     AreaCatalog::instance().fullName(station->areaCode)));
    file.areaCode = area;
    if (Status s = reconcileId(file.child, CaseRepository::tr("The child"), today); !s)
        return Result<ChildFile>::failure(s.error());
    if (file.child.value(QStringLiteral("status")).toString().isEmpty() && file.id.isEmpty())
        file.child.insert(QStringLiteral("status"), QStringLiteral("active"));
    if (file.child.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return Result<ChildFile>::failure(CaseRepository::tr("The child's name is required."));
    Result<QVariantMap> child = m_writer.validate(EntitySchema::child(), file.child);
    if (!child)
        return Result<ChildFile>::failure(child.error());
    file.child = child.value();
    Result<QVariantMap> household = m_writer.validate(EntitySchema::household(), file.household);
    if (!household)
        return Result<ChildFile>::failure(household.error());
    file.household = household.value();
    for (auto it = file.persons.begin(); it != file.persons.end(); ++it) {
        if (!Vocabulary::contains(Vocabulary::Relation, it.key()))
            return Result<ChildFile>::failure(
                CaseRepository::tr("\"%1\" is not a relation the file knows.").arg(it.key()));
        const QString who = Vocabulary::label(Vocabulary::Relation, it.key());
        if (Status s = reconcileId(it.value(), who, today); !s)
            return Result<ChildFile>::failure(s.error());
        Result<QVariantMap> p = m_writer.validate(EntitySchema::person(), it.value());
        if (!p)
            return Result<ChildFile>::failure(who + QStringLiteral(" — ") + p.error());
        it.value() = p.value();
    }
    const QDate birth = QDate::fromString(file.text(QStringLiteral("birth_date")), Qt::ISODate);
    if (file.text(QStringLiteral("status")) == QLatin1String("exited") &&
        (file.text(QStringLiteral("exit_reason")).isEmpty() ||
         file.text(QStringLiteral("exit_date")).isEmpty()))
        return Result<ChildFile>::failure(
            CaseRepository::tr("A child who leaves the register needs an exit reason and date."));
    // On the 18th birthday the child is an adult (民法典 Art. 17): refused from that day on.
    if (birth.isValid() && birth.addYears(18) <= today && file.id.isEmpty())
        return Result<ChildFile>::failure(
            CaseRepository::tr("The child is 18 or older; check the birth date."));
    return file;
}

Classification CaseRepository::classify(const ChildFile& file, QDate onDate) const
{
    return Classifier(m_db.classifierSettings()).classify(file.facts(), onDate);
}

Result<int> CaseRepository::savePersons(const QString& childId, const QString& areaCode,
                                        const QMap<QString, QVariantMap>& persons)
{
    int changed = 0;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT relation, id FROM person WHERE child_id = ?"));
    q.addBindValue(childId);
    q.exec();
    QHash<QString, QString> existing;
    while (q.next())
        existing.insert(q.value(0).toString(), q.value(1).toString());
    for (auto it = persons.cbegin(); it != persons.cend(); ++it) {
        if (const QString pid = existing.value(it.key()); !pid.isEmpty()) {
            Result<QStringList> r = m_writer.update(EntitySchema::person(), pid, it.value());
            if (!r)
                return Result<int>::failure(r.error());
            changed += int(r->size());
        } else if (!isEmptyFields(it.value())) {
            QVariantMap fields = it.value();
            fields.insert(QStringLiteral("child_id"), childId);
            fields.insert(QStringLiteral("relation"), it.key());
            // The slot's id, the same at every station that adds this person (RecordIdentity).
            if (Result<QString> r = m_writer.create(EntitySchema::person(), areaCode, fields,
                                                    RecordIdentity::personId(childId, it.key()));
                !r)
                return Result<int>::failure(r.error());
            changed += int(it.value().size());
        }
    }
    return changed;
}

QString CaseRepository::idNumberTaken(const QString& idNumber, const QString& exceptId) const
{
    const IdNumber parsed = IdNumber::parse(idNumber);
    const QString normalized = parsed.isValid() ? parsed.normalized() : idNumber.trimmed().toUpper();
    if (normalized.isEmpty())
        return {};
    DuplicateFinder finder(m_db);
    Result<std::optional<ChildSummary>> found = finder.withIdNumber(normalized, exceptId);
    if (!found)
        return found.error();
    if (!found.value())
        return {};
    const ChildSummary& other = *found.value();
    const QString village = AreaCatalog::instance().fullName(other.areaCode);
    if (!other.mergedInto.isEmpty()) {
        Result<std::optional<ChildSummary>> kept = finder.summary(other.mergedInto);
        if (kept && kept.value())
            return CaseRepository::tr(
                       "The ID number %1 is already on the register: %2 of %3, whose files were merged into "
                       "one; search for %1 in the case list to open it.")
                .arg(normalized, kept.value()->name,
                     AreaCatalog::instance().fullName(kept.value()->areaCode));
    }
    return CaseRepository::
        tr("The ID number %1 is already on the register: %2 of %3; search for %1 in the case list to open "
           "that file instead of registering the child again.")
            .arg(normalized, other.name, village.isEmpty() ? other.areaCode : village);
}

QString CaseRepository::sameDetailsWarning(const ChildFile& file) const
{
    const QString name = file.text(QStringLiteral("name")).trimmed();
    const QString birth = file.text(QStringLiteral("birth_date"));
    if (!file.text(QStringLiteral("id_number")).isEmpty() || name.isEmpty() || birth.isEmpty())
        return {};
    Result<QList<ChildSummary>> same = DuplicateFinder(m_db).withSameDetails(
        file.areaCode, name, file.text(QStringLiteral("sex")), birth, file.id);
    if (!same)
        return same.error();
    if (same->isEmpty())
        return {};
    return CaseRepository::tr(
               "The village already has a file of %1 born on %2 (id %3): check that this is not the same "
               "child "
               "before registering again.")
        .arg(name, birth, same->first().id);
}

Result<QString> CaseRepository::create(const ChildFile& input)
{
    m_lastWarning.clear();
    Result<ChildFile> checked = check(input);
    if (!checked)
        return Result<QString>::failure(checked.error());
    ChildFile file = checked.value();
    if (const QString taken = idNumberTaken(file.text(QStringLiteral("id_number")), file.id);
        !taken.isEmpty())
        return Result<QString>::failure(taken);
    m_lastWarning = sameDetailsWarning(file);
    if (Status s = m_db.begin(); !s)
        return Result<QString>::failure(s.error());
    const auto fail = [this](const QString& why) {
        m_db.rollback();
        return Result<QString>::failure(why);
    };
    QString householdId = file.householdId;
    if (householdId.isEmpty()) {
        Result<QString> h = m_writer.create(EntitySchema::household(), file.areaCode, file.household);
        if (!h)
            return fail(h.error());
        householdId = h.value();
    } else if (Result<QStringList> h =
                   m_writer.update(EntitySchema::household(), householdId, file.household);
               !h) {
        return fail(h.error());
    }
    file.child.insert(QStringLiteral("household_id"), householdId);
    Result<QString> id = m_writer.create(EntitySchema::child(), file.areaCode, file.child, file.id);
    if (!id)
        return fail(id.error());
    if (Result<int> p = savePersons(id.value(), file.areaCode, file.persons); !p)
        return fail(p.error());
    file.id = id.value();
    if (Status s = storeCategory(file.id, classify(file, m_db.clock().today()), m_db.clock().today()); !s)
        return fail(s.error());
    if (Status s = m_db.commit(); !s)
        return Result<QString>::failure(s.error());
    return file.id;
}

Result<int> CaseRepository::update(const QString& childId, const ChildFile& edited)
{
    Result<ChildFile> current = load(childId);
    if (!current)
        return Result<int>::failure(current.error());
    ChildFile merged = current.value();
    merged.meta.clear();
    if (!edited.areaCode.isEmpty())
        merged.areaCode = edited.areaCode;
    for (auto it = edited.child.cbegin(); it != edited.child.cend(); ++it)
        merged.child.insert(it.key(), it.value());
    for (auto it = edited.household.cbegin(); it != edited.household.cend(); ++it)
        merged.household.insert(it.key(), it.value());
    for (auto it = edited.persons.cbegin(); it != edited.persons.cend(); ++it) {
        for (auto f = it.value().cbegin(); f != it.value().cend(); ++f)
            merged.persons[it.key()].insert(f.key(), f.value());
    }
    // A hukou county written by an earlier version may be a code the county check now refuses (a province,
    // city or township prefix): while nobody edits it, it stays as stored and the other changes are saved.
    const QString countyField = QStringLiteral("hukou_county");
    const QVariant storedCounty = current->child.value(countyField);
    const bool legacyCounty = !storedCounty.isNull() &&
                              merged.child.value(countyField).toString() == storedCounty.toString() &&
                              !FieldValidator::normalize(*EntitySchema::child().field(countyField),
                                                         storedCounty, m_db.clock().today());
    if (legacyCounty)
        merged.child.remove(countyField);
    Result<ChildFile> checked = check(merged);
    if (!checked)
        return Result<int>::failure(checked.error());
    ChildFile& file = checked.value();
    if (const QString idNumber = file.text(QStringLiteral("id_number"));
        idNumber != current->text(QStringLiteral("id_number"))) {
        if (const QString taken = idNumberTaken(idNumber, childId); !taken.isEmpty())
            return Result<int>::failure(taken);
    }
    if (Status s = m_db.begin(); !s)
        return Result<int>::failure(s.error());
    const auto fail = [this](const QString& why) {
        m_db.rollback();
        return Result<int>::failure(why);
    };
    int changed = 0;
    QVariantMap childFields = file.child;
    if (file.areaCode != current->areaCode)
        return fail(CaseRepository::tr(
            "A child's village cannot be changed here; exit the child as moved away and register the "
            "child in the new village."));
    Result<QStringList> c = m_writer.update(EntitySchema::child(), childId, childFields);
    if (!c)
        return fail(c.error());
    changed += int(c->size());
    if (!file.householdId.isEmpty()) {
        Result<QStringList> h = m_writer.update(EntitySchema::household(), file.householdId, file.household);
        if (!h)
            return fail(h.error());
        changed += int(h->size());
    }
    Result<int> p = savePersons(childId, file.areaCode, file.persons);
    if (!p)
        return fail(p.error());
    changed += p.value();
    if (legacyCounty)
        file.child.insert(countyField, storedCounty); // the verdict reads the file as stored
    if (Status s = storeCategory(childId, classify(file, m_db.clock().today()), m_db.clock().today()); !s)
        return fail(s.error());
    if (Status s = m_db.commit(); !s)
        return Result<int>::failure(s.error());
    return changed;
}

Result<ChildFile> CaseRepository::load(const QString& childId) const
{
    Result<QVariantMap> child = m_writer.read(EntitySchema::child(), childId);
    if (!child)
        return Result<ChildFile>::failure(CaseRepository::tr("No child with the id %1.").arg(childId));
    ChildFile f;
    f.id = childId;
    f.areaCode = child->value(QStringLiteral("area_code")).toString();
    f.householdId = child->value(QStringLiteral("household_id")).toString();
    for (const QString& name : EntitySchema::child().fieldNames())
        f.child.insert(name, child->value(name));
    f.child.remove(QStringLiteral("household_id"));
    for (const QString& m : {QStringLiteral("created_at"), QStringLiteral("created_by"),
                             QStringLiteral("updated_at"), QStringLiteral("updated_by")})
        f.meta.insert(m, child->value(m));
    if (!f.householdId.isEmpty()) {
        if (Result<QVariantMap> h = m_writer.read(EntitySchema::household(), f.householdId)) {
            for (const QString& name : EntitySchema::household().fieldNames())
                f.household.insert(name, h->value(name));
        }
    }
    QSqlQuery q(m_db.sql());
    const QStringList personFields = EntitySchema::person().fieldNames();
    q.prepare(QStringLiteral("SELECT ") + personFields.join(QLatin1Char(',')) +
              QStringLiteral(" FROM person WHERE child_id = ? ORDER BY created_at"));
    q.addBindValue(childId);
    q.exec();
    while (q.next()) {
        QVariantMap p;
        for (int i = 0; i < personFields.size(); ++i)
            p.insert(personFields.at(i), q.value(i));
        const QString relation = p.take(QStringLiteral("relation")).toString();
        p.remove(QStringLiteral("child_id"));
        f.persons.insert(relation, p);
    }
    q.prepare(QStringLiteral("SELECT category, category_reasons, category_on FROM child WHERE id = ?"));
    q.addBindValue(childId);
    if (q.exec() && q.next()) {
        f.meta.insert(QStringLiteral("category"), q.value(0));
        f.meta.insert(QStringLiteral("category_reasons"), q.value(1));
        f.meta.insert(QStringLiteral("category_on"), q.value(2));
    }
    // The file's last change: a parent's new phone changes the file too (CaseQuery lists the same).
    QString fileUpdated = f.meta.value(QStringLiteral("updated_at")).toString();
    q.prepare(QStringLiteral("SELECT max(updated_at) FROM person WHERE child_id = ? UNION ALL "
                             "SELECT updated_at FROM household WHERE id = ?"));
    q.addBindValue(childId);
    q.addBindValue(f.householdId);
    if (q.exec()) {
        while (q.next())
            fileUpdated = std::max(fileUpdated, q.value(0).toString());
    }
    f.meta.insert(QStringLiteral("file_updated_at"), fileUpdated);
    return f;
}

QList<CaseRepository::SiblingParent> CaseRepository::siblingsSharingParent(const QString& childId,
                                                                           const QString& idNumber) const
{
    QList<SiblingParent> out;
    if (idNumber.trimmed().isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT c.id, c.name, p.relation FROM person p JOIN child c ON c.id = p.child_id"
                             " WHERE p.id_number = ? AND p.relation IN ('father', 'mother') AND c.id <> ?"
                             " AND c.status = 'active' AND coalesce(c.merged_into, '') = ''"
                             " ORDER BY c.name, c.id"));
    q.addBindValue(idNumber.trimmed().toUpper());
    q.addBindValue(childId);
    q.exec();
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<int> CaseRepository::updateParents(const QList<ParentChange>& changes)
{
    if (Status s = m_db.begin(); !s)
        return Result<int>::failure(s.error());
    int changed = 0;
    for (const ParentChange& c : changes) {
        ChildFile edit;
        edit.persons.insert(c.relation, c.fields);
        Result<int> r = update(c.childId, edit);
        if (!r) {
            m_db.rollback();
            const Result<QVariantMap> child = m_writer.read(EntitySchema::child(), c.childId);
            const QString name = child ? child->value(QStringLiteral("name")).toString() : c.childId;
            return Result<int>::failure(
                CaseRepository::tr("No file was changed, because the file of %1 refuses the change: %2")
                    .arg(name, r.error()));
        }
        changed += r.value();
    }
    if (Status s = m_db.commit(); !s)
        return Result<int>::failure(s.error());
    return changed;
}

Status CaseRepository::exitChild(const QString& childId, const QString& reason, QDate date)
{
    ChildFile change;
    change.child.insert(QStringLiteral("status"), QStringLiteral("exited"));
    change.child.insert(QStringLiteral("exit_reason"), reason);
    change.child.insert(QStringLiteral("exit_date"), date.toString(Qt::ISODate));
    Result<int> r = update(childId, change);
    return r ? Status() : Status::failure(r.error());
}

Status CaseRepository::reclassify(const QString& childId)
{
    Result<ChildFile> file = load(childId);
    if (!file)
        return Status::failure(file.error());
    const QDate today = m_db.clock().today();
    return storeCategory(childId, classify(file.value(), today), today);
}

Status CaseRepository::storeCategory(const QString& childId, const Classification& c, QDate onDate)
{
    QStringList reasons = c.reasons + c.missingFacts + c.unsupportedReasons + c.difficultyReasons;
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE child SET category = ?, category_reasons = ?, category_on = ? WHERE id = ?"));
    q.addBindValue(categoryCode(c.category));
    q.addBindValue(reasons.join(QLatin1Char('\n')));
    q.addBindValue(onDate.toString(Qt::ISODate));
    q.addBindValue(childId);
    if (!q.exec())
        return Status::failure(m_db.errorSentence(q.lastError()));
    return {};
}

bool CaseRepository::categoriesAreCurrent(QDate onDate) const
{
    return m_db.setting(QStringLiteral("classified_on")) == onDate.toString(Qt::ISODate) &&
           m_db.setting(QStringLiteral("classified_settings")) == m_db.classifierSettings().signature();
}

Status CaseRepository::forEachChild(const std::function<bool(const ChildFile&)>& callback,
                                    const QString& where, const QString& personWhere) const
{
    const QStringList childFields = EntitySchema::child().fieldNames();
    const QStringList householdFields = EntitySchema::household().fieldNames();
    const QStringList personFields = EntitySchema::person().fieldNames();
    QStringList select{QStringLiteral("c.id"), QStringLiteral("c.area_code")};
    for (const QString& f : childFields)
        select << QStringLiteral("c.") + f;
    for (const QString& f : householdFields)
        select << QStringLiteral("h.") + f;
    QSqlQuery children(m_db.sql());
    children.setForwardOnly(true);
    if (!children.exec(QStringLiteral("SELECT ") + select.join(QLatin1Char(',')) +
                       QStringLiteral(" FROM child c LEFT JOIN household h ON h.id = c.household_id ") +
                       (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where) +
                       QStringLiteral(" ORDER BY c.id")))
        return Status::failure(m_db.errorSentence(children.lastError()));
    QSqlQuery persons(m_db.sql());
    persons.setForwardOnly(true);
    persons.exec(QStringLiteral("SELECT ") + personFields.join(QLatin1Char(',')) +
                 QStringLiteral(" FROM person ") +
                 (personWhere.isEmpty() ? QString() : QStringLiteral("WHERE ") + personWhere) +
                 QStringLiteral(" ORDER BY child_id"));
    bool personValid = persons.next();
    const int childIdColumn = int(personFields.indexOf(QStringLiteral("child_id")));
    const int relationColumn = int(personFields.indexOf(QStringLiteral("relation")));
    while (children.next()) {
        ChildFile f;
        f.id = children.value(0).toString();
        f.areaCode = children.value(1).toString();
        int col = 2;
        for (const QString& name : childFields)
            f.child.insert(name, children.value(col++));
        f.householdId = f.child.take(QStringLiteral("household_id")).toString();
        for (const QString& name : householdFields)
            f.household.insert(name, children.value(col++));
        while (personValid && persons.value(childIdColumn).toString() < f.id)
            personValid = persons.next();
        while (personValid && persons.value(childIdColumn).toString() == f.id) {
            QVariantMap p;
            for (int i = 0; i < personFields.size(); ++i) {
                if (i != childIdColumn && i != relationColumn)
                    p.insert(personFields.at(i), persons.value(i));
            }
            f.persons.insert(persons.value(relationColumn).toString(), p);
            personValid = persons.next();
        }
        if (!callback(f))
            break;
    }
    return {};
}

Result<QList<CaseRepository::Exited>> CaseRepository::refreshCategories(QDate onDate)
{
    using R = Result<QList<Exited>>;
    const Classifier classifier(m_db.classifierSettings());
    struct Verdict
    {
        QString id;
        QString category;
        QString reasons;
    };
    QList<Verdict> verdicts;
    QList<Exited> overAge;
    QHash<QString, QString> cached;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, category || '|' || coalesce(category_reasons, '') FROM child"));
        while (q.next())
            cached.insert(q.value(0).toString(), q.value(1).toString());
    }
    Status s = forEachChild([&](const ChildFile& f) {
        const Classification c = classifier.classify(f.facts(), onDate);
        const QString code = categoryCode(c.category);
        const QString reasons =
            (c.reasons + c.missingFacts + c.unsupportedReasons + c.difficultyReasons).join(QLatin1Char('\n'));
        if (cached.value(f.id) != code + QLatin1Char('|') + reasons)
            verdicts.append({f.id, code, reasons});
        if (c.category == Category::OverAge && f.text(QStringLiteral("status")) != QLatin1String("exited"))
            overAge.append(
                {f.id, f.text(QStringLiteral("name")), c.overAgeOn.isValid() ? c.overAgeOn : onDate});
        return true;
    });
    if (!s)
        return R::failure(s.error());
    if (Status b = m_db.begin(); !b)
        return R::failure(b.error());
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE child SET category = ?, category_reasons = ?, category_on = ? WHERE id = ?"));
    const QString on = onDate.toString(Qt::ISODate);
    for (const Verdict& v : verdicts) {
        q.addBindValue(v.category);
        q.addBindValue(v.reasons);
        q.addBindValue(on);
        q.addBindValue(v.id);
        if (!q.exec()) {
            m_db.rollback();
            return R::failure(m_db.errorSentence(q.lastError()));
        }
    }
    for (const Exited& e : overAge) {
        const QVariantMap change{{QStringLiteral("status"), QStringLiteral("exited")},
                                 {QStringLiteral("exit_reason"), QStringLiteral("over_age")},
                                 {QStringLiteral("exit_date"), e.date.toString(Qt::ISODate)}};
        if (Result<QStringList> r = m_writer.update(EntitySchema::child(), e.id, change); !r) {
            m_db.rollback();
            return R::failure(r.error());
        }
    }
    if (!m_db.setSetting(QStringLiteral("classified_on"), on) ||
        !m_db.setSetting(QStringLiteral("classified_settings"), m_db.classifierSettings().signature())) {
        m_db.rollback();
        return R::failure(CaseRepository::tr("The verdicts could not be saved."));
    }
    if (Status c = m_db.commit(); !c)
        return R::failure(c.error());
    return overAge;
}
