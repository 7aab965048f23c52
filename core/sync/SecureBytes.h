#pragma once

#include <QByteArray>
#include <QByteArrayView>

// An owning byte buffer for secrets (private keys, derived keys, decrypted key material).
// The bytes live in libsodium's guarded memory (sodium_malloc: locked, guard pages, canary) and are
// wiped when the buffer is destroyed. Move-only: a secret is never copied by accident.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(qsizetype size); // zero-filled
    static SecureBytes fromBytes(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, m_size}; }

    // An explicit copy into guarded memory.
    SecureBytes clone() const;
    // Constant-time comparison of contents.
    bool equals(const SecureBytes& other) const;
    // A copy in ordinary (unguarded, unwiped) memory: only where an API needs a QByteArray.
    QByteArray toByteArrayUnsafe() const;

private:
    void release();

    unsigned char* m_data = nullptr;
    qsizetype m_size = 0;
};
