#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace sb {

// An error a person can act on: one sentence, and where it is when it comes from a file.
struct Error
{
    QString message;
    QString file;   // empty when not about a file
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown

    // "spec.yaml:12:5: message" or just the message.
    QString toString() const;
};

// A value or an error. Small on purpose: no exceptions cross core's API.
template<typename T>
class Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but can fail.
struct Ok final {};
using Status = Result<Ok>;

inline Error makeError(QString message, QString file = {}, int line = 0, int column = 0)
{
    return Error{std::move(message), std::move(file), line, column};
}

} // namespace sb
