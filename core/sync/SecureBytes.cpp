#include "SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <utility>

SecureBytes::SecureBytes(qsizetype size)
{
    Q_ASSERT(size >= 0);
    if (size <= 0)
        return;
    // sodium_malloc needs the library initialised (page size); sodium_init() is idempotent and cheap.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    m_data = static_cast<unsigned char*>(sodium_malloc(static_cast<size_t>(size)));
    if (!m_data)
        qFatal("Out of secure memory");
    m_size = size;
    sodium_memzero(m_data, static_cast<size_t>(m_size));
}

SecureBytes SecureBytes::fromBytes(QByteArrayView bytes)
{
    SecureBytes result(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(result.m_data, bytes.data(), static_cast<size_t>(bytes.size()));
    return result;
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::clone() const
{
    return fromBytes(view());
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, static_cast<size_t>(m_size)) == 0;
}

QByteArray SecureBytes::toByteArrayUnsafe() const
{
    return QByteArray(reinterpret_cast<const char*>(m_data), m_size);
}

void SecureBytes::release()
{
    if (m_data)
        sodium_free(m_data); // wipes the bytes before unmapping
    m_data = nullptr;
    m_size = 0;
}
