#pragma once
// Checks a webhook body is JSON and summarizes it for History, without building a
// document: simdjson validates at gigabytes per second, where a DOM parse of a 50 KB
// CommCare form costs the inbox's thread most of a millisecond. Only a body that fails
// is parsed again (by nlohmann) to say where it breaks.

#include <QByteArray>
#include <QString>

#include <memory>

namespace sb {

struct JsonBodyVerdict
{
    bool ok = false;
    QString summary; // ok: History's one-line summary of the body
    int line = 0;    // not ok and not empty: where the first error is (1-based)
    int column = 0;
    qint64 byte = 0;
};

// One per thread: keeps its parser's buffers between bodies.
class JsonBodyChecker
{
public:
    JsonBodyChecker();
    ~JsonBodyChecker();
    JsonBodyChecker(const JsonBodyChecker &) = delete;
    JsonBodyChecker &operator=(const JsonBodyChecker &) = delete;

    JsonBodyVerdict check(const QByteArray &body);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sb
