#include "RosterReader.h"

#include "RosterMapping.h"
#include "RosterValues.h"
#include "ZipReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>

namespace {

// The rows of the file, before the header is found: raw cells (trimmed), with their row numbers.
using Rows = QList<RosterTable::Row>;

QString tooLong(int row, int column)
{
    return RosterReader::tr("Row %1, column %2 holds more than %3 characters: this is not a roster.")
        .arg(row)
        .arg(column + 1)
        .arg(RosterReader::MaxCellLength);
}

QString tooManyRows()
{
    return RosterReader::tr("The file has more than %1 rows; split the roster into smaller files.")
        .arg(RosterReader::MaxRows);
}

QString tooManyColumns(int row)
{
    return RosterReader::tr("Row %1 has more than %2 columns: this is not a roster.")
        .arg(row)
        .arg(RosterReader::MaxColumns);
}

bool emptyRow(const QStringList& cells)
{
    for (const QString& c : cells) {
        if (!c.isEmpty())
            return false;
    }
    return true;
}

// --- CSV ------------------------------------------------------------------------------------------------

Result<QString> decode(const QByteArray& bytes, QString& format)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder d(QStringDecoder::Utf8);
        const QString text = d(bytes.mid(3));
        if (d.hasError())
            return Result<QString>::failure(
                RosterReader::tr("The file says it is UTF-8 but holds bytes that are not UTF-8 text."));
        format = QStringLiteral("csv-utf8");
        return text;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = d(bytes.mid(2));
        if (d.hasError())
            return Result<QString>::failure(
                RosterReader::tr("The file says it is UTF-16 but holds bytes that are not UTF-16 text."));
        format = QStringLiteral("csv-utf16");
        return text;
    }
    if (bytes.contains('\0'))
        return Result<QString>::failure(
            RosterReader::tr("The file is neither a spreadsheet (XLSX) nor a text (CSV) file."));
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        format = QStringLiteral("csv-utf8");
        return text;
    }
    QStringDecoder gbk("GBK");
    if (!gbk.isValid())
        return Result<QString>::failure(RosterReader::tr(
            "The file is not UTF-8 text, and this program cannot read GBK text: save the file as UTF-8."));
    text = gbk(bytes);
    if (gbk.hasError())
        return Result<QString>::failure(
            RosterReader::tr("The file is neither UTF-8 nor GBK text: save it again as CSV (UTF-8)."));
    format = QStringLiteral("csv-gbk");
    return text;
}

// The separator that the first lines use most, outside quotes.
QChar separator(const QString& text)
{
    int comma = 0, tab = 0, semicolon = 0, lines = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines < 10; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char('\t'))
            ++tab;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\n'))
            ++lines;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Result<Rows> parseCsv(const QString& text)
{
    const QChar sep = separator(text);
    Rows rows;
    RosterTable::Row row;
    QString cell;
    int line = 1;
    row.number = 1;
    bool quoted = false;
    const auto endCell = [&]() -> Status {
        if (cell.size() > RosterReader::MaxCellLength)
            return Status::failure(tooLong(row.number, int(row.cells.size())));
        if (row.cells.size() >= RosterReader::MaxColumns)
            return Status::failure(tooManyColumns(row.number));
        row.cells.append(cell.trimmed());
        cell.clear();
        return {};
    };
    const auto endRow = [&]() -> Status {
        if (Status s = endCell(); !s)
            return s;
        if (!emptyRow(row.cells)) {
            if (rows.size() >= RosterReader::MaxRows)
                return Status::failure(tooManyRows());
            rows.append(row);
        }
        row = {};
        row.number = line;
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            if (cell.size() > RosterReader::MaxCellLength)
                return Result<Rows>::failure(tooLong(row.number, int(row.cells.size())));
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
        } else if (c == sep) {
            if (Status s = endCell(); !s)
                return Result<Rows>::failure(s.error());
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            if (Status s = endRow(); !s)
                return Result<Rows>::failure(s.error());
        } else {
            cell += c;
            if (cell.size() > RosterReader::MaxCellLength)
                return Result<Rows>::failure(tooLong(row.number, int(row.cells.size())));
        }
    }
    if (Status s = endRow(); !s)
        return Result<Rows>::failure(s.error());
    return rows;
}

// --- XLSX -----------------------------------------------------------------------------------------------

QString notWorkbook()
{
    return RosterReader::tr("The file is not an XLSX workbook that can be read: save it again from the "
                            "spreadsheet as \"Excel workbook (*.xlsx)\".");
}

QString damagedPart(const QString& part)
{
    return RosterReader::tr("The part %1 of the workbook is damaged: save it again from the spreadsheet.")
        .arg(RosterValues::shown(part));
}

// A reader that refuses document type declarations (no entities of the file's own are expanded).
bool startXml(QXmlStreamReader& xml)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return false;
        if (xml.isStartElement())
            return true;
    }
    return false;
}

QString attribute(const QXmlStreamReader& xml, QStringView localName)
{
    for (const QXmlStreamAttribute& a : xml.attributes()) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

// The path of the first sheet: workbook.xml's first <sheet>, through the workbook's relationships.
QString firstSheetPath(ZipReader& zip)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    Result<QByteArray> workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    Result<QByteArray> rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return fallback;
    QString rid;
    QXmlStreamReader wb(workbook.value());
    if (!startXml(wb))
        return fallback;
    while (!wb.atEnd() && rid.isEmpty()) {
        wb.readNext();
        if (wb.isStartElement() && wb.name() == QLatin1String("sheet"))
            rid = attribute(wb, u"id");
    }
    QXmlStreamReader rx(rels.value());
    if (rid.isEmpty() || !startXml(rx))
        return fallback;
    while (!rx.atEnd()) {
        rx.readNext();
        if (rx.isStartElement() && rx.name() == QLatin1String("Relationship") &&
            attribute(rx, u"Id") == rid) {
            QString target = attribute(rx, u"Target");
            if (target.startsWith(QLatin1Char('/')))
                target = target.mid(1);
            else
                target = QStringLiteral("xl/") + target;
            if (target.contains(QLatin1String("..")))
                return fallback;
            return target;
        }
    }
    return fallback;
}

// The text of a string item (<si> or <is>): its <t> elements, without phonetic runs (<rPh>).
QString stringItem(QXmlStreamReader& xml, QStringView endName, bool& tooLongText)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.size() > RosterReader::MaxCellLength)
                tooLongText = true;
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

Result<QStringList> sharedStrings(ZipReader& zip)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.contains(part))
        return QStringList();
    Result<QByteArray> bytes = zip.read(part);
    if (!bytes)
        return Result<QStringList>::failure(bytes.error());
    QStringList out;
    QXmlStreamReader xml(bytes.value());
    if (!startXml(xml))
        return Result<QStringList>::failure(damagedPart(part));
    bool tooLongText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            QString s = stringItem(xml, u"si", tooLongText);
            // A string longer than a cell may hold is kept cut: refused only when a cell uses it.
            if (tooLongText)
                s = s.left(RosterReader::MaxCellLength + 1);
            tooLongText = false;
            out.append(s);
        }
    }
    if (xml.hasError())
        return Result<QStringList>::failure(damagedPart(part));
    return out;
}

bool isDateFormat(QString code)
{
    // Quoted text, escaped characters and [colour]/[locale] sections say nothing about dates.
    static const QRegularExpression noise(QStringLiteral(R"("[^"]*"|\\.|\[[^\]]*\])"));
    code.remove(noise);
    code = code.toLower();
    return code.contains(QLatin1Char('y')) || code.contains(QLatin1Char('d')) ||
           (code.contains(QLatin1Char('m')) && !code.contains(QLatin1Char('h')) &&
            !code.contains(QLatin1Char('s')));
}

// The cell styles (indexes into cellXfs) whose number format is a date.
QSet<int> dateStyles(ZipReader& zip)
{
    QSet<int> out;
    const QString part = QStringLiteral("xl/styles.xml");
    if (!zip.contains(part))
        return out;
    Result<QByteArray> bytes = zip.read(part);
    if (!bytes)
        return out;
    QSet<int> dateFormats{14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58};
    QXmlStreamReader xml(bytes.value());
    if (!startXml(xml))
        return out;
    bool inCellXfs = false;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                const int id = attribute(xml, u"numFmtId").toInt();
                if (isDateFormat(attribute(xml, u"formatCode")))
                    dateFormats.insert(id);
                else
                    dateFormats.remove(id);
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                if (dateFormats.contains(attribute(xml, u"numFmtId").toInt()))
                    out.insert(index);
                ++index;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return out;
}

// "BC12" -> column 54 (0-based); -1 when it is no cell reference.
int columnOf(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

// A number as it was typed: integers without a decimal point or exponent (a phone number, a long code).
QString numberText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

Result<Rows> readSheet(ZipReader& zip, const QString& part, const QStringList& strings,
                       const QSet<int>& dates)
{
    Result<QByteArray> bytes = zip.read(part);
    if (!bytes)
        return Result<Rows>::failure(bytes.error());
    QXmlStreamReader xml(bytes.value());
    if (!startXml(xml))
        return Result<Rows>::failure(damagedPart(part));
    Rows rows;
    RosterTable::Row row;
    int lastRow = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
                row.cells.removeLast();
            if (!emptyRow(row.cells)) {
                if (rows.size() >= RosterReader::MaxRows)
                    return Result<Rows>::failure(tooManyRows());
                rows.append(row);
            }
            row = {};
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const int r = attribute(xml, u"r").toInt();
            row = {};
            row.number = r > lastRow ? r : lastRow + 1;
            lastRow = row.number;
        } else if (xml.name() == QLatin1String("c")) {
            const QString ref = attribute(xml, u"r");
            const int column = ref.isEmpty() ? int(row.cells.size()) : columnOf(ref);
            if (column < 0)
                return Result<Rows>::failure(damagedPart(part));
            if (column >= RosterReader::MaxColumns)
                return Result<Rows>::failure(tooManyColumns(row.number));
            const QString type = attribute(xml, u"t");
            const int style = attribute(xml, u"s").toInt();
            QString value;
            bool tooLongText = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (value.size() > RosterReader::MaxCellLength)
                        return Result<Rows>::failure(tooLong(row.number, column));
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    value = stringItem(xml, u"is", tooLongText);
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (!ok || i < 0 || i >= strings.size())
                    return Result<Rows>::failure(damagedPart(part));
                value = strings.at(i);
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                bool ok = false;
                const double v = value.toDouble(&ok);
                if (ok && dates.contains(style)) {
                    const QDate d = RosterReader::excelDate(v);
                    value = d.isValid() ? d.toString(Qt::ISODate) : numberText(value);
                } else if (ok) {
                    value = numberText(value);
                }
            }
            if (tooLongText || value.size() > RosterReader::MaxCellLength)
                return Result<Rows>::failure(tooLong(row.number, column));
            while (row.cells.size() < column)
                row.cells.append(QString());
            if (row.cells.size() == column)
                row.cells.append(value.trimmed());
            else
                row.cells[column] = value.trimmed();
        }
    }
    if (xml.hasError())
        return Result<Rows>::failure(damagedPart(part));
    return rows;
}

Result<Rows> readXlsx(const QByteArray& bytes)
{
    Result<ZipReader> opened = ZipReader::open(bytes);
    if (!opened)
        return Result<Rows>::failure(opened.error());
    ZipReader& zip = opened.value();
    const QString sheet = firstSheetPath(zip);
    if (!zip.contains(sheet))
        return Result<Rows>::failure(notWorkbook());
    Result<QStringList> strings = sharedStrings(zip);
    if (!strings)
        return Result<Rows>::failure(strings.error());
    return readSheet(zip, sheet, strings.value(), dateStyles(zip));
}

// The header: among the first ten rows, the one naming the most known columns (at least two); else the
// first row.
int headerIndex(const Rows& rows)
{
    int best = 0;
    int bestScore = 1;
    for (int i = 0; i < rows.size() && i < 10; ++i) {
        QSet<QString> fields;
        for (const QString& cell : rows.at(i).cells) {
            const QString f = RosterMapping::fieldForHeader(cell);
            if (!f.isEmpty())
                fields.insert(f);
        }
        if (int(fields.size()) > bestScore) {
            best = i;
            bestScore = int(fields.size());
        }
    }
    return best;
}

} // namespace

QDate RosterReader::excelDate(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466)
        return {};
    const qint64 day = qint64(std::floor(serial));
    // Excel counts a 29 February 1900 that never was: from day 61 on, day 0 is 30 December 1899.
    if (day >= 61)
        return QDate(1899, 12, 30).addDays(day);
    if (day == 60)
        return {};
    return QDate(1899, 12, 31).addDays(day);
}

Result<RosterTable> RosterReader::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<RosterTable>::failure(tr("The file %1 does not exist.").arg(path));
    if (info.size() > MaxFileBytes)
        return Result<RosterTable>::failure(
            tr("The file %1 is larger than %2 MB: this is not a roster.").arg(path).arg(MaxFileBytes >> 20));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<RosterTable>::failure(tr("The file %1 cannot be read.").arg(path));
    const QByteArray bytes = f.read(MaxFileBytes + 1);
    return readBytes(bytes);
}

Result<RosterTable> RosterReader::readBytes(const QByteArray& bytes)
{
    if (bytes.size() > MaxFileBytes)
        return Result<RosterTable>::failure(
            tr("The file is larger than %1 MB: this is not a roster.").arg(MaxFileBytes >> 20));
    RosterTable table;
    Result<Rows> rows = Result<Rows>::failure(QString());
    if (ZipReader::looksLikeZip(bytes)) {
        table.format = QStringLiteral("xlsx");
        rows = readXlsx(bytes);
    } else {
        Result<QString> text = decode(bytes, table.format);
        if (!text)
            return Result<RosterTable>::failure(text.error());
        rows = parseCsv(text.value());
    }
    if (!rows)
        return Result<RosterTable>::failure(rows.error());
    if (rows->isEmpty())
        return Result<RosterTable>::failure(tr("The file holds no rows."));
    const int h = headerIndex(rows.value());
    table.headerRow = rows->at(h).number;
    table.headers = rows->at(h).cells;
    for (int i = h + 1; i < rows->size(); ++i)
        table.rows.append(rows->at(i));
    return table;
}
