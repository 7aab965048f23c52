#include "TableExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

bool isNumber(const QVariant& v)
{
    const int type = v.typeId();
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double ||
           type == QMetaType::UInt || type == QMetaType::ULongLong;
}

QString cellText(const QVariant& v, bool percent)
{
    if (percent && isNumber(v))
        return TableExport::percentText(v.toDouble());
    return v.toString();
}

// The width of a text in Excel's units (characters of the default font; Chinese characters count two).
double textWidth(const QString& text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2.1 : 1.1;
    return width;
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

} // namespace

QString TableExport::percentText(double percent)
{
    return QString::number(percent, 'f', 1) + QLatin1Char('%');
}

QByteArray TableExport::csv(const Table& table)
{
    QString out;
    const auto line = [&out](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(table.headers);
    for (const QVariantList& row : table.rows) {
        QStringList fields;
        for (int c = 0; c < row.size(); ++c)
            fields << cellText(row.at(c), table.percentColumns.contains(c));
        line(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status TableExport::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    const auto cannot = [&] {
        return Status::failure(
            tr("The file %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannot();
    // A write cut short (a full disk, the file size limit) is not an error to QFile: write the rest until
    // all is written or a write fails, which then says why.
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const Status s = cannot();
            file.cancelWriting();
            return s;
        }
        done += n;
    }
    if (!file.commit())
        return cannot();
    return {};
}

Status TableExport::writeCsv(const Table& table, const QString& path)
{
    return writeFile(path, csv(table));
}

Status TableExport::writeXlsx(const Table& table, const QString& path)
{
    // libxlsxwriter writes a file by name: into a scratch folder first, then the bytes through QSaveFile.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Status::failure(
            tr("No temporary folder can be made for the spreadsheet: %1").arg(scratch.errorString()));
    const QByteArray scratchFile = QFile::encodeName(scratch.filePath(QStringLiteral("table.xlsx")));
    QByteArray tmpdir = QFile::encodeName(scratch.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(scratchFile.constData(), &options);
    if (!book)
        return Status::failure(tr("The spreadsheet cannot be started (not enough memory)."));
    lxw_worksheet* sheet = workbook_add_worksheet(book, utf8(table.sheetName.left(31)).constData());
    if (!sheet) {
        workbook_close(book);
        return Status::failure(tr("The spreadsheet cannot be started (the sheet name is not allowed)."));
    }
    const auto format = [book](bool bold, bool shaded, bool percent) {
        lxw_format* f = workbook_add_format(book);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        if (bold)
            format_set_bold(f);
        if (shaded)
            format_set_bg_color(f, 0xFFD7D7);
        if (percent)
            format_set_num_format(f, "0.0%");
        return f;
    };
    lxw_format* titleFormat = workbook_add_format(book);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format* headerFormat = format(true, false, false);
    format_set_bg_color(headerFormat, 0xEEEEEE);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_CENTER);
    // Plain, shaded, bold, shaded and bold; each as text and as a percentage.
    lxw_format* cells[2][2][2];
    for (int shaded = 0; shaded < 2; ++shaded) {
        for (int bold = 0; bold < 2; ++bold) {
            for (int percent = 0; percent < 2; ++percent)
                cells[shaded][bold][percent] = format(bold, shaded, percent);
        }
    }

    lxw_row_t r = 0;
    worksheet_write_string(sheet, r++, 0, utf8(table.title).constData(), titleFormat);
    if (!table.subtitle.isEmpty())
        worksheet_write_string(sheet, r++, 0, utf8(table.subtitle).constData(), nullptr);
    ++r;
    const lxw_row_t headerRow = r;
    QList<double> widths(table.headers.size(), 6);
    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, r, lxw_col_t(c), utf8(table.headers.at(c)).constData(), headerFormat);
        widths[c] = std::max(widths[c], std::min(textWidth(table.headers.at(c)), 12.0));
    }
    ++r;
    for (int i = 0; i < table.rows.size(); ++i, ++r) {
        const QVariantList& row = table.rows.at(i);
        const int shaded = table.highlightedRows.contains(i) ? 1 : 0;
        const int bold = table.boldRows.contains(i) ? 1 : 0;
        for (int c = 0; c < row.size(); ++c) {
            const QVariant& v = row.at(c);
            const bool percent = table.percentColumns.contains(c) && isNumber(v);
            lxw_format* f = cells[shaded][bold][percent ? 1 : 0];
            if (percent)
                worksheet_write_number(sheet, r, lxw_col_t(c), v.toDouble() / 100.0, f);
            else if (isNumber(v))
                worksheet_write_number(sheet, r, lxw_col_t(c), v.toDouble(), f);
            else
                worksheet_write_string(sheet, r, lxw_col_t(c), utf8(v.toString()).constData(), f);
            if (c < widths.size())
                widths[c] = std::max(widths[c], std::min(textWidth(cellText(v, percent)), 40.0));
        }
    }
    if (!table.note.isEmpty())
        worksheet_write_string(sheet, r + 1, 0, utf8(table.note).constData(), nullptr);
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c) + 1, nullptr);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    worksheet_repeat_rows(sheet, headerRow, headerRow);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);

    lxw_doc_properties properties{};
    QByteArray title = utf8(table.title);
    QByteArray author = QByteArrayLiteral("Shouhu");
    properties.title = title.data();
    properties.author = author.data();
    workbook_set_properties(book, &properties);
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        return Status::failure(
            tr("The spreadsheet could not be made: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    QFile made(QFile::decodeName(scratchFile));
    if (!made.open(QIODevice::ReadOnly))
        return Status::failure(tr("The spreadsheet could not be made: %1").arg(made.errorString()));
    return writeFile(path, made.readAll());
}
