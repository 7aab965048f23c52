#pragma once

#include "Crypto.h"

#include <QIODevice>

// A read-only window on another device: `length` bytes from `offset`. Lets a reader stop exactly at the
// end of one part of a file (the payload before the signature).
class BoundedDevice final : public QIODevice
{
public:
    BoundedDevice(QIODevice* inner, qint64 offset, qint64 length);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_remaining + QIODevice::bytesAvailable(); }
    // How far into the window the reader has got.
    qint64 consumed() const { return m_length - m_remaining; }
    // Every byte read from now on is also fed to `hasher` (not owned; null stops it).
    void setHasher(Crypto::Hasher* hasher) { m_hasher = hasher; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice* m_inner;
    qint64 m_length;
    qint64 m_remaining;
    Crypto::Hasher* m_hasher = nullptr;
};
