#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class CaseDatabase;

// Which roster column fills which field of a child's file. Fields are named by key: a field of the child
// ("name", "id_number", "birth_date", ...), "village" (the village's 12-digit code or its name), or a
// person's field as "relation.field" ("guardian.phone", "father.name"). Columns are named by their header
// text, so a mapping fits every file with the same headers.
//
// The JSON form (`--mapping FILE`, docs/roster.md):
//   {"format": "shouhu-roster-mapping", "version": 1, "columns": {"姓名": "name", "身份证号": "id_number"}}
// A mapping chosen for a header set is remembered in the station's settings (setting roster_mapping:<hash>).
class RosterMapping final
{
    Q_DECLARE_TR_FUNCTIONS(RosterMapping)

public:
    // Every field a column may fill, in the order the mapping dialog lists them.
    static const QStringList& fieldKeys();
    // The field's name for the user ("Father: Phone").
    static QString fieldLabel(const QString& key);
    // The field a header names (Chinese or English, as rosters and the national form write them); empty when
    // it names none.
    static QString fieldForHeader(const QString& header);
    // Guesses from the headers: each field at most once, the first column that names it.
    static RosterMapping guess(const QStringList& headers);

    QString field(const QString& header) const { return m_columns.value(header); }
    // An empty key unmaps the column.
    void set(const QString& header, const QString& key);
    const QMap<QString, QString>& columns() const { return m_columns; }
    // The index of the column mapped to the field among `headers`, or -1.
    int column(const QString& key, const QStringList& headers) const;

    // The columns a roster cannot do without, checked against the headers: the child's name and ID number,
    // and the village unless the station is a village. One sentence names the first one missing.
    Status checkRequired(const QStringList& headers, bool stationIsVillage) const;

    QJsonObject toJson() const;
    static Result<RosterMapping> fromJson(const QJsonObject& json);
    static Result<RosterMapping> load(const QString& path);
    Status save(const QString& path) const;

    // The mapping remembered for this header set, if any; remember() stores this one for it.
    static std::optional<RosterMapping> remembered(const CaseDatabase& db, const QStringList& headers);
    Status remember(CaseDatabase& db, const QStringList& headers) const;
    static QString settingKey(const QStringList& headers);

private:
    QMap<QString, QString> m_columns; // header -> field key
};
