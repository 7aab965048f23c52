// libFuzzer target for the roster reader (RosterReader, ZipReader, QXmlStreamReader over an XLSX's parts, the
// CSV decoder and parser) and the column guesses (RosterMapping). The input is a whole file, as a user would
// choose it in the import dialog.
//
// Besides "no crash, no sanitizer report, no allocation beyond the reader's limits" (libFuzzer's
// -rss_limit_mb), rules that must hold for any file; a broken rule aborts:
// - a refused file says why in one sentence (one line);
// - a file read keeps every bound: at most MaxRows rows and MaxColumns columns, cells of at most
//   MaxCellLength characters, trimmed; rows numbered upwards, below the header row; no empty row;
// - a column is guessed as at most one field, and each field for at most one column;
// - every entry of a ZIP archive that opens is read or refused, never beyond MaxEntryBytes.
#include "roster/RosterMapping.h"
#include "roster/RosterReader.h"
#include "roster/ZipReader.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool rule, const char* what)
{
    if (rule)
        return;
    std::fprintf(stderr, "rule broken: %s\n", what);
    std::abort();
}

void checkTable(const RosterTable& t)
{
    require(t.headers.size() <= RosterReader::MaxColumns, "at most MaxColumns headers");
    require(t.rows.size() <= RosterReader::MaxRows, "at most MaxRows rows");
    int last = t.headerRow;
    for (const RosterTable::Row& r : t.rows) {
        require(r.number > last, "rows numbered upwards below the header");
        last = r.number;
        require(r.cells.size() <= RosterReader::MaxColumns, "at most MaxColumns cells");
        bool empty = true;
        for (const QString& c : r.cells) {
            require(c.size() <= RosterReader::MaxCellLength, "cells of at most MaxCellLength");
            require(c == c.trimmed(), "cells trimmed");
            empty = empty && c.isEmpty();
        }
        require(!empty, "no empty row");
    }
    const RosterMapping m = RosterMapping::guess(t.headers);
    QSet<QString> fields;
    for (auto it = m.columns().cbegin(); it != m.columns().cend(); ++it) {
        require(RosterMapping::fieldKeys().contains(it.value()), "a guessed field is a roster field");
        require(!fields.contains(it.value()), "each field for at most one column");
        fields.insert(it.value());
    }
    (void)m.checkRequired(t.headers, true);
}

void checkZip(const QByteArray& bytes)
{
    Result<ZipReader> zip = ZipReader::open(bytes);
    if (!zip) {
        require(!zip.error().isEmpty() && !zip.error().contains(QLatin1Char('\n')),
                "a refusal in one sentence");
        return;
    }
    for (const ZipReader::Entry& e : zip->entries()) {
        Result<QByteArray> data = zip->read(e.name);
        if (data)
            require(data->size() <= ZipReader::MaxEntryBytes && data->size() == e.size,
                    "an entry as declared");
        else
            require(!data.error().isEmpty(), "a refused entry says why");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_roster_reader";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<RosterTable> t = RosterReader::readBytes(bytes);
    if (t)
        checkTable(t.value());
    else
        require(!t.error().isEmpty() && !t.error().contains(QLatin1Char('\n')), "a refusal in one sentence");
    if (ZipReader::looksLikeZip(bytes))
        checkZip(bytes);
    return 0;
}
