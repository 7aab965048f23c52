#pragma once

#include <QWidget>

class QLabel;
class QPagedPaintDevice;

// This station's identity as another station's operator checks it: name, level, area and id, and the
// fingerprint shown LARGE so that it can be read out on the phone, or printed on a page to hand over.
class FingerprintCard final : public QWidget
{
    Q_OBJECT
public:
    explicit FingerprintCard(QWidget* parent = nullptr);

    // `fingerprint` empty: the station has no keys yet.
    void setStation(const QString& name, const QString& role, const QString& areaCode,
                    const QString& stationId, const QString& fingerprint);
    QString fingerprint() const { return m_fingerprint; }

    // The printed page: the same facts on A4, in large type.
    QString pageHtml() const;
    void printTo(QPagedPaintDevice* device) const;
    // Asks for a printer (QPrintDialog) and prints the page.
    void print();

private:
    QLabel* m_details;
    QLabel* m_fingerprintLabel;
    QString m_name;
    QString m_role;
    QString m_area;
    QString m_station;
    QString m_fingerprint;
};
