#pragma once

// HTTP for jobs: requests a step's JavaScript sends through `sb.http` (docs/http-for-jobs.md).
//
// Requests run on one process-wide network thread (a QNetworkAccessManager with an event
// loop); the job's worker thread never runs a Qt event loop. Completion is reported by a
// callback on the network thread, which the runtime posts into the step's own event loop.
// Redirects are followed here, one hop at a time, so that cookies set by a redirect reach
// the step's cookie jar. This header is free of SpiderMonkey.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace sb {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpPart
{
    QByteArray name;
    QByteArray value;
    QByteArray filename;    // empty: a plain field
    QByteArray contentType; // empty: none (text field) or application/octet-stream (file)
};

// The cookies of one step (one job run). Thread-safe.
class HttpCookieJar
{
public:
    HttpCookieJar();
    ~HttpCookieJar();
    QByteArray cookieHeader(const QUrl &url) const;                       // "a=1; b=2", empty when none
    void store(const QUrl &url, const QList<QByteArray> &setCookieHeaders);
    int count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct HttpCall
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QList<HttpPart> multipart;  // non-empty: multipart/form-data, `body` unused
    int timeoutMs = 300000;     // the whole request, redirects included
    bool verifyTls = true;
    bool followRedirects = true;
    int maxRedirects = 10;
    std::shared_ptr<HttpCookieJar> cookies; // null: no cookies sent or kept
};

struct HttpOutcome
{
    int status = 0;            // 0 when no HTTP response came back (see errorCode)
    QByteArray statusMessage;
    HeaderList headers;
    QByteArray body;
    QUrl finalUrl;
    qint64 durationMs = 0;
    QString errorCode;         // "" or ECONNREFUSED, ENOTFOUND, ETIMEDOUT, ECONNRESET, ETLS, EABORTED, EUNKNOWN
    QString errorMessage;      // in words, for the step's log
};

class HttpClient
{
public:
    // Starts a request; `done` runs once, on the network thread. Returns an id for abort().
    static quint64 start(HttpCall call, std::function<void(HttpOutcome)> done);
    // Aborts a request in flight; its `done` runs with EABORTED (unless it already finished).
    static void abort(quint64 id);
    // Runs a request and waits for its outcome (core services on worker threads; never on
    // the network thread itself).
    static HttpOutcome run(HttpCall call);
};

} // namespace sb
