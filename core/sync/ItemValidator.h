#pragma once

#include "PayloadItem.h"
#include "storage/EntitySchema.h"
#include "storage/FieldClocks.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// The strict reading of a package item's values: each value is checked exactly as the same field is when a
// person types it (type, length, code list, date form; FieldValidator) and must already be in its stored
// form; nothing is coerced. Identities have their canonical forms: record ids are lowercase UUIDs
// (8-4-4-4-12), station ids 16 lowercase hex digits, times ISO 8601. Every check returns an empty string when
// the value is good, else the reason in words (part of the importer's refusal).
class ItemValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ItemValidator)

public:
    explicit ItemValidator(QDate today);

    // How a value is written: in a record's "values" yes/no fields are the integers 0/1; in audit entries and
    // conflicts every value is text ("0"/"1").
    enum class Form
    {
        Record,
        Text,
    };

    QString value(const FieldSpec& field, const PayloadItem::Entry& entry, Form form) const;

    // What a refusal calls a kind of item or record ("audit", "conflict", "child", …), translated.
    static QString kindLabel(const QString& kind);

    static bool isUuid(QStringView text);
    // ISO 8601 date and time, seconds required, milliseconds and a UTC offset (or Z) optional.
    static bool isTimestamp(QStringView text);
    // "hlc@station": a positive decimal integer (no sign, no leading zero) and a station id.
    static std::optional<Stamp> parseStamp(QStringView text);
    // A record's clocks ("hlc@station:field,field;…"): every group well formed, every field a field of the
    // schema and named once.
    static std::optional<FieldClocks> parseClocks(QStringView text, const EntitySchema& schema);

private:
    QDate m_today;
};
