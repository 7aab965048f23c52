#include "CheckedChildren.h"

#include "domain/ChineseName.h"
#include "domain/IdNumber.h"
#include "storage/CaseDatabase.h"
#include "storage/SqliteStatement.h"

#include <QSet>

#include <algorithm>

namespace {

// The children on the register: the whole table is read (`+status`: not through the index on status, which
// would visit the rows out of order); in an area, through the index on the area code (two bound values).
const char* const kChildrenSql =
    "SELECT id, area_code, name, name_key, name_indexed IS name, sex, id_number, hukou_address, health,"
    " schooling, birth_date, hukou_type, hukou_county, lives_with, lives_at, guardianship_type,"
    " abuse_suspected, household_id, category, created_at FROM child WHERE +status = 'active'";

// How many there are (read from an index).
const char* const kCountSql = "SELECT count(*) FROM child WHERE status = 'active'";

// The households whose facts count (dibao, support for the extremely poor, economic difficulty): a
// household with neither gives its children no fact.
const char* const kHouseholdsSql = "SELECT id, assistance, economic_difficulty FROM household"
                                   " WHERE assistance <> '' OR economic_difficulty IS NOT NULL";

// The persons with the fields the rules read for their slot: the parents' for the classifier and the
// work place, the guardian's and caregiver's names, the caregiver's birth date, everyone's ID number (a
// grandparent without one is of no interest). A person's id is its slot's (RecordIdentity::personId): one
// row per slot.
const char* const kPersonsSql =
    "SELECT child_id, relation, id_number,"
    " CASE WHEN relation IN ('guardian', 'caregiver') THEN name END,"
    " CASE WHEN relation = 'caregiver' THEN birth_date END,"
    " CASE WHEN relation IN ('father', 'mother') THEN status END,"
    " CASE WHEN relation IN ('father', 'mother') THEN work_place_code END,"
    " CASE WHEN relation IN ('father', 'mother') THEN away_since END,"
    " CASE WHEN relation IN ('father', 'mother') THEN alive END,"
    " CASE WHEN relation IN ('father', 'mother') THEN capable END,"
    " CASE WHEN relation IN ('father', 'mother') THEN status_since END,"
    " CASE WHEN relation IN ('father', 'mother') THEN work_place END"
    " FROM person WHERE relation IN ('father', 'mother', 'guardian', 'caregiver') OR id_number <> ''";

// The last visit of each child, of any kind (corrections included, as a file's history shows them).
const char* const kLastVisitsSql = "SELECT child_id, max(visit_date) FROM visit GROUP BY child_id";

// The current agreement of each child (AgreementRepository::current): the newest one neither replaced nor
// waiting for a review.
const char* const kAgreementsSql =
    "SELECT child_id, status, term_to FROM agreement WHERE status <> 'replaced'"
    " AND coalesce(needs_review, 0) = 0 ORDER BY child_id, created_at DESC, seq DESC";

// Every active file's ID number (read from an index), then the files that share one.
const char* const kNumbersSql =
    "SELECT id_number, rowid FROM child WHERE status = 'active' AND id_number <> ''";
const char* const kFileSql = "SELECT id, name, category IS NULL, category FROM child WHERE rowid = ?";

// ChildFile's reading of a yes/no field (a value as Qt's SQLite driver gives it).
bool isYes(const QVariant& v)
{
    return !v.isNull() && v.toString() != QLatin1String("0") && v.toString() != QLatin1String("false");
}

std::optional<bool> yesNo(const QVariant& v)
{
    if (v.isNull() || v.toString().trimmed().isEmpty())
        return std::nullopt;
    return isYes(v);
}

bool recorded(const QString& text)
{
    return !text.trimmed().isEmpty();
}

QDate isoDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// One copy of each of the few distinct codes (categories, county codes, ...) shared by all the children.
class Codes final
{
public:
    QString operator()(const QString& text)
    {
        if (text.isNull())
            return text;
        const auto it = m_codes.constFind(text);
        if (it != m_codes.cend())
            return *it;
        m_codes.insert(text);
        return text;
    }

private:
    QSet<QString> m_codes;
};

using Child = CheckedChildren::Child;

// Puts list[order[i]] at i for every i, following the cycles of the permutation.
template <typename T>
void permute(QList<T>& list, const std::vector<qsizetype>& order)
{
    std::vector<bool> done(order.size());
    for (size_t start = 0; start < order.size(); ++start) {
        if (done[start])
            continue;
        T first = std::move(list[qsizetype(start)]);
        size_t at = start;
        while (true) {
            done[at] = true;
            const size_t from = size_t(order[at]);
            if (from == start) {
                list[qsizetype(at)] = std::move(first);
                break;
            }
            list[qsizetype(at)] = std::move(list[qsizetype(from)]);
            at = from;
        }
    }
}

Status readChildren(CaseDatabase& db, const QString& areaPrefix, Codes& codes, QList<Child>& children,
                    QStringList& households)
{
    QString sql = QString::fromLatin1(kChildrenSql);
    if (!areaPrefix.isEmpty())
        sql += QStringLiteral(" AND area_code >= ? AND area_code < ?");
    SqliteStatement q(db.sql(), sql);
    if (!q.isValid())
        return Status::failure(db.errorSentence(q.lastError()));
    if (!areaPrefix.isEmpty())
        q.add(areaPrefix).add(QString(areaPrefix + QLatin1Char(':')));
    // As many as there may be, so that the list is not moved while it grows (60,000 children are some
    // 40 MB).
    SqliteStatement count(
        db.sql(),
        QString::fromLatin1(kCountSql) +
            (areaPrefix.isEmpty() ? QString() : QStringLiteral(" AND area_code >= ? AND area_code < ?")));
    if (!count.isValid())
        return Status::failure(db.errorSentence(count.lastError()));
    if (!areaPrefix.isEmpty())
        count.add(areaPrefix).add(QString(areaPrefix + QLatin1Char(':')));
    if (count.exec()) {
        children.reserve(count.integer(0));
        households.reserve(count.integer(0));
    }
    if (!count.ok())
        return Status::failure(db.errorSentence(count.lastError()));
    for (bool row = q.exec(); row; row = q.next()) {
        Child c;
        c.id = q.text(0);
        c.areaCode = codes(q.text(1));
        c.name = q.text(2);
        c.nameKey = q.integer(4) ? q.text(3) : ChineseName::sortKey(c.name);
        c.sex = sexFromCode(q.text(5));
        c.idNumber = q.text(6);
        c.hukouAddressRecorded = recorded(q.text(7));
        const QString health = q.text(8);
        c.healthRecorded = recorded(health);
        c.schoolingRecorded = recorded(q.text(9));
        // ChildFile::facts(), the child's own part.
        ChildFacts& f = c.facts;
        f.birthDate = isoDate(q.text(10));
        const QString hukou = q.text(11);
        if (hukou == QLatin1String("rural"))
            f.ruralHukou = true;
        else if (hukou == QLatin1String("urban"))
            f.ruralHukou = false;
        f.hukouCountyCode = codes(q.text(12).left(6));
        if (f.hukouCountyCode.isEmpty() && c.areaCode.size() >= 6)
            f.hukouCountyCode = codes(c.areaCode.left(6));
        f.livesWith = codes(q.text(13));
        f.livesAt = codes(q.text(14));
        f.childDisabled = health == QLatin1String("disabled");
        f.childSeriouslyIll = health == QLatin1String("ill");
        f.guardianshipType = codes(q.text(15));
        f.abuseOrAbandonment = isYes(q.value(16));
        households.append(q.text(17));
        c.category = codes(q.text(18));
        c.createdAt = q.text(19);
        children.append(std::move(c));
    }
    if (!q.ok())
        return Status::failure(db.errorSentence(q.lastError()));
    // In the order of their ids (UUIDs, whose order is the same as SQLite's), moved in place.
    std::vector<qsizetype> order(size_t(children.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::sort(order.begin(), order.end(),
              [&children](qsizetype a, qsizetype b) { return children.at(a).id < children.at(b).id; });
    permute(children, order);
    permute(households, order);
    return {};
}

Status readHouseholds(CaseDatabase& db, const QStringList& households, QList<Child>& children)
{
    struct Household
    {
        bool dibao;
        bool tekun;
        bool difficulty;
    };
    QHash<QString, Household> facts;
    SqliteStatement q(db.sql(), QString::fromLatin1(kHouseholdsSql));
    if (!q.isValid())
        return Status::failure(db.errorSentence(q.lastError()));
    for (bool row = q.exec(); row; row = q.next()) {
        const QStringList aid = q.text(1).split(QLatin1Char(','));
        facts.insert(q.text(0), {aid.contains(QStringLiteral("dibao")), aid.contains(QStringLiteral("tekun")),
                                 isYes(q.value(2))});
    }
    if (!q.ok())
        return Status::failure(db.errorSentence(q.lastError()));
    for (qsizetype i = 0; i < households.size(); ++i) {
        if (households.at(i).isNull())
            continue; // no household (a join on NULL finds none)
        const auto it = facts.constFind(households.at(i));
        if (it == facts.cend())
            continue;
        ChildFacts& f = children[i].facts;
        f.householdDibao = it->dibao;
        f.householdTekun = it->tekun;
        f.economicDifficulty = it->difficulty;
    }
    return {};
}

Status readPersons(CaseDatabase& db, const QHash<QString, qsizetype>& index, QDate today, Codes& codes,
                   QList<Child>& children)
{
    SqliteStatement q(db.sql(), QString::fromLatin1(kPersonsSql));
    if (!q.isValid())
        return Status::failure(db.errorSentence(q.lastError()));
    // A child's persons are mostly written together, one row after the other: the last child is kept.
    QByteArray lastId;
    qsizetype last = -1;
    for (bool row = q.exec(); row; row = q.next()) {
        if (lastId.isNull() || !q.textEquals(0, lastId)) {
            const QString childId = q.text(0);
            const auto it = index.constFind(childId);
            last = it == index.cend() ? -1 : it.value();
            lastId = childId.toUtf8();
        }
        if (last < 0)
            continue;
        Child& c = children[last];
        const QString relation = codes(q.text(1));
        const QString number = q.text(2);
        const bool father = relation == QLatin1String("father");
        if (father || relation == QLatin1String("mother")) {
            // ChildFile::facts(), a parent's part.
            ParentFacts& f = father ? c.facts.father : c.facts.mother;
            f.status = parentStatusFromCode(q.text(5));
            f.alive = yesNo(q.value(8));
            f.capable = yesNo(q.value(9));
            const QString awaySince = q.text(7);
            f.awaySince = isoDate(awaySince);
            c.awaySinceRecorded[father ? 0 : 1] = recorded(awaySince);
            f.statusSince = isoDate(q.text(10));
            f.workPlaceCode = codes(q.text(6));
            f.workPlaceText = codes(q.text(11));
        } else if (relation == QLatin1String("guardian") || relation == QLatin1String("caregiver")) {
            const bool carer = relation == QLatin1String("caregiver");
            CheckedChildren::Entrusted& e = carer ? c.caregiver : c.guardian;
            e.named = recorded(q.text(3));
            e.numbered = recorded(number);
            e.numberBirth = IdNumber::parse(number, today).birthDate();
            if (carer)
                e.birthDate = isoDate(q.text(4));
        }
        if (!recorded(number))
            continue;
        const IdNumber parsed = IdNumber::parse(number.trimmed(), today);
        if (parsed.isValid())
            continue;
        QList<CheckedChildren::InvalidNumber>& invalid = c.invalidNumbers;
        const auto at = std::lower_bound(
            invalid.begin(), invalid.end(), relation,
            [](const CheckedChildren::InvalidNumber& a, const QString& r) { return a.relation < r; });
        invalid.insert(at, {relation, parsed.reason()});
    }
    if (!q.ok())
        return Status::failure(db.errorSentence(q.lastError()));
    return {};
}

Status readVisitsAndAgreements(CaseDatabase& db, const QHash<QString, qsizetype>& index,
                               QList<Child>& children)
{
    SqliteStatement visits(db.sql(), QString::fromLatin1(kLastVisitsSql));
    if (!visits.isValid())
        return Status::failure(db.errorSentence(visits.lastError()));
    for (bool row = visits.exec(); row; row = visits.next()) {
        if (const auto it = index.constFind(visits.text(0)); it != index.cend())
            children[it.value()].lastVisit = isoDate(visits.text(1));
    }
    if (!visits.ok())
        return Status::failure(db.errorSentence(visits.lastError()));
    SqliteStatement agreements(db.sql(), QString::fromLatin1(kAgreementsSql));
    if (!agreements.isValid())
        return Status::failure(db.errorSentence(agreements.lastError()));
    for (bool row = agreements.exec(); row; row = agreements.next()) {
        const auto it = index.constFind(agreements.text(0));
        if (it == index.cend())
            continue;
        Child& c = children[it.value()];
        if (c.hasAgreement)
            continue; // an older one
        c.hasAgreement = true;
        c.agreementStatus = agreements.value(1);
        c.agreementTermTo = agreements.value(2);
    }
    if (!agreements.ok())
        return Status::failure(db.errorSentence(agreements.lastError()));
    return {};
}

Status readDuplicates(CaseDatabase& db, QDate today, CheckedChildren::Register& out)
{
    QHash<QString, qint64> first;             // normalized number -> the first file's row
    QHash<QString, QList<qint64>> duplicates; // -> every file's row, for numbers on more than one
    {
        SqliteStatement q(db.sql(), QString::fromLatin1(kNumbersSql));
        if (!q.isValid())
            return Status::failure(db.errorSentence(q.lastError()));
        for (bool row = q.exec(); row; row = q.next()) {
            const IdNumber number = IdNumber::parse(q.text(0), today);
            if (!number.isValid())
                continue;
            const qint64 rowid = q.integer(1);
            const auto it = first.constFind(number.normalized());
            if (it == first.cend()) {
                first.insert(number.normalized(), rowid);
                continue;
            }
            QList<qint64>& rows = duplicates[number.normalized()];
            if (rows.isEmpty())
                rows << it.value();
            rows << rowid;
        }
        if (!q.ok())
            return Status::failure(db.errorSentence(q.lastError()));
    }
    if (duplicates.isEmpty())
        return {};
    SqliteStatement file(db.sql(), QString::fromLatin1(kFileSql));
    if (!file.isValid())
        return Status::failure(db.errorSentence(file.lastError()));
    struct File
    {
        QString id;
        bool noCategory;
        QString category;
        qint64 rowid;
    };
    for (auto it = duplicates.cbegin(); it != duplicates.cend(); ++it) {
        QList<File> files;
        for (qint64 rowid : it.value()) {
            file.add(rowid);
            if (file.exec()) {
                files.append({file.text(0), file.integer(2) != 0, file.text(3), rowid});
                out.names.insert(file.text(0), file.text(1));
            }
            if (!file.ok())
                return Status::failure(db.errorSentence(file.lastError()));
            file.reset();
        }
        // In the order the checks have always listed them (the index on status and category).
        std::sort(files.begin(), files.end(), [](const File& a, const File& b) {
            if (a.noCategory != b.noCategory)
                return a.noCategory;
            if (a.category != b.category)
                return a.category < b.category;
            return a.rowid < b.rowid;
        });
        QStringList& ids = out.duplicates[it.key()];
        for (const File& f : std::as_const(files))
            ids << f.id;
    }
    return {};
}

} // namespace

Result<CheckedChildren::Register> CheckedChildren::load(CaseDatabase& db, const QString& areaPrefix,
                                                        QDate today)
{
    using R = Result<Register>;
    Register out;
    Codes codes;
    QStringList households; // of out.children
    if (Status s = readChildren(db, areaPrefix, codes, out.children, households); !s)
        return R::failure(s.error());
    if (Status s = readHouseholds(db, households, out.children); !s)
        return R::failure(s.error());
    QHash<QString, qsizetype> index; // child id -> position in out.children
    index.reserve(out.children.size());
    for (qsizetype i = 0; i < out.children.size(); ++i)
        index.insert(out.children.at(i).id, i);
    if (Status s = readPersons(db, index, today, codes, out.children); !s)
        return R::failure(s.error());
    if (Status s = readVisitsAndAgreements(db, index, out.children); !s)
        return R::failure(s.error());
    if (Status s = readDuplicates(db, today, out); !s)
        return R::failure(s.error());
    return out;
}
