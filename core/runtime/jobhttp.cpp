#include "runtime/jobhttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <map>

#include <future>
#include <memory>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::HttpClient)
};

constexpr qint64 kMaxResponseBytes = qint64(64) * 1024 * 1024;

} // namespace

// ---- cookies ----------------------------------------------------------------------------

namespace {
// QNetworkCookieJar keeps its domain and path rules protected; this exposes what we need.
class Jar : public QNetworkCookieJar
{
public:
    int size() const { return int(allCookies().size()); }
};
} // namespace

struct HttpCookieJar::Impl
{
    mutable QMutex mutex;
    Jar jar;
};

HttpCookieJar::HttpCookieJar() : d(std::make_unique<Impl>()) {}
HttpCookieJar::~HttpCookieJar() = default;

QByteArray HttpCookieJar::cookieHeader(const QUrl &url) const
{
    QMutexLocker lock(&d->mutex);
    QByteArray out;
    for (const QNetworkCookie &c : d->jar.cookiesForUrl(url)) {
        if (!out.isEmpty())
            out += "; ";
        out += c.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    return out;
}

void HttpCookieJar::store(const QUrl &url, const QList<QByteArray> &setCookieHeaders)
{
    QList<QNetworkCookie> cookies;
    for (const QByteArray &h : setCookieHeaders)
        cookies += QNetworkCookie::parseCookies(h);
    if (cookies.isEmpty())
        return;
    QMutexLocker lock(&d->mutex);
    d->jar.setCookiesFromUrl(cookies, url);
}

int HttpCookieJar::count() const
{
    QMutexLocker lock(&d->mutex);
    return d->jar.size();
}

// ---- the network thread -----------------------------------------------------------------

namespace {

struct Active
{
    quint64 id = 0;
    HttpCall call;
    std::function<void(HttpOutcome)> done;
    QPointer<QNetworkReply> reply;
    QTimer *deadline = nullptr;
    QElapsedTimer clock;
    int hops = 0;
    bool timedOut = false;
    bool aborted = false;
    bool tooBig = false;
    QStringList tlsErrors;
};

class Network
{
public:
    static Network &instance()
    {
        static Network *net = [] {
            auto *n = new Network;
            // Stop the thread before the application object goes; never destroyed itself.
            if (QCoreApplication::instance())
                qAddPostRoutine([] { Network::instance().shutdown(); });
            return n;
        }();
        return *net;
    }

    quint64 start(HttpCall call, std::function<void(HttpOutcome)> done)
    {
        const quint64 id = ++m_nextId;
        auto active = std::make_shared<Active>();
        active->id = id;
        active->call = std::move(call);
        active->done = std::move(done);
        QMetaObject::invokeMethod(m_context, [this, active] { begin(active); }, Qt::QueuedConnection);
        return id;
    }

    void abort(quint64 id)
    {
        QMetaObject::invokeMethod(m_context, [this, id] {
            auto it = m_active.find(id);
            if (it == m_active.end())
                return;
            it->second->aborted = true;
            if (it->second->reply)
                it->second->reply->abort();
        }, Qt::QueuedConnection);
    }

private:
    Network()
    {
        m_thread.setObjectName(QStringLiteral("sb-job-http"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }

    void shutdown()
    {
        QMetaObject::invokeMethod(m_context, [this] {
            for (auto &[id, a] : m_active) {
                a->aborted = true;
                if (a->reply)
                    a->reply->abort();
            }
            delete m_nam;
            m_nam = nullptr;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QNetworkAccessManager *nam()
    {
        if (!m_nam) {
            m_nam = new QNetworkAccessManager;
            m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
            m_nam->setCookieJar(nullptr);
        }
        return m_nam;
    }

    void begin(const std::shared_ptr<Active> &a)
    {
        m_active[a->id] = a;
        a->clock.start();
        a->deadline = new QTimer(m_context);
        a->deadline->setSingleShot(true);
        QObject::connect(a->deadline, &QTimer::timeout, m_context, [a] {
            a->timedOut = true;
            if (a->reply)
                a->reply->abort();
        });
        a->deadline->start(std::max(1, a->call.timeoutMs));
        if (a->aborted) {
            finish(a, failure(a, QStringLiteral("EABORTED"), Tr::tr("The request was stopped before it was sent.")));
            return;
        }
        send(a);
    }

    void send(const std::shared_ptr<Active> &a)
    {
        const HttpCall &c = a->call;
        QNetworkRequest req(c.url);
        bool hasAgent = false;
        QByteArray cookie;
        for (const auto &[name, value] : c.headers) {
            if (name.compare("cookie", Qt::CaseInsensitive) == 0) {
                cookie = value;
                continue;
            }
            if (name.compare("user-agent", Qt::CaseInsensitive) == 0)
                hasAgent = true;
            req.setRawHeader(name, value);
        }
        if (!hasAgent)
            req.setRawHeader("User-Agent", "Switchboard");
        if (c.cookies) {
            const QByteArray fromJar = c.cookies->cookieHeader(c.url);
            if (!fromJar.isEmpty())
                cookie = cookie.isEmpty() ? fromJar : cookie + "; " + fromJar;
        }
        if (!cookie.isEmpty())
            req.setRawHeader("Cookie", cookie);
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!c.verifyTls && c.url.scheme() == QLatin1String("https")) {
            QSslConfiguration tls = req.sslConfiguration();
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            req.setSslConfiguration(tls);
        }

        QNetworkReply *reply = nullptr;
        if (!c.multipart.isEmpty()) {
            auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            for (const HttpPart &p : c.multipart) {
                QHttpPart part;
                QByteArray disposition = "form-data; name=\"" + QByteArray(p.name).replace('"', "%22") + '"';
                if (!p.filename.isEmpty())
                    disposition += "; filename=\"" + QByteArray(p.filename).replace('"', "%22") + '"';
                part.setRawHeader("Content-Disposition", disposition);
                if (!p.contentType.isEmpty())
                    part.setRawHeader("Content-Type", p.contentType);
                else if (!p.filename.isEmpty())
                    part.setRawHeader("Content-Type", "application/octet-stream");
                part.setBody(p.value);
                multi->append(part);
            }
            reply = nam()->sendCustomRequest(req, c.method, multi);
            multi->setParent(reply);
        } else {
            reply = nam()->sendCustomRequest(req, c.method, c.body);
        }
        a->reply = reply;
        QObject::connect(reply, &QNetworkReply::sslErrors, m_context, [a, reply](const QList<QSslError> &errors) {
            if (!a->call.verifyTls) {
                reply->ignoreSslErrors();
                return;
            }
            for (const QSslError &e : errors)
                a->tlsErrors << e.errorString();
        });
        QObject::connect(reply, &QNetworkReply::downloadProgress, m_context, [a, reply](qint64 received, qint64) {
            if (received > kMaxResponseBytes && !a->tooBig) {
                a->tooBig = true;
                reply->abort();
            }
        });
        QObject::connect(reply, &QNetworkReply::finished, m_context, [this, a, reply] { replied(a, reply); });
    }

    HttpOutcome failure(const std::shared_ptr<Active> &a, const QString &code, const QString &message)
    {
        HttpOutcome o;
        o.finalUrl = a->call.url;
        o.errorCode = code;
        o.errorMessage = message;
        return o;
    }

    void replied(const std::shared_ptr<Active> &a, QNetworkReply *reply)
    {
        reply->deleteLater();
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QString where = a->call.url.toString(QUrl::RemoveUserInfo);
        if (a->timedOut) {
            finish(a, failure(a, QStringLiteral("ETIMEDOUT"),
                              Tr::tr("No complete answer from %1 within %2 s; the request was given up.")
                                  .arg(where).arg(a->call.timeoutMs / 1000.0)));
            return;
        }
        if (a->aborted) {
            finish(a, failure(a, QStringLiteral("EABORTED"), Tr::tr("The request to %1 was stopped.").arg(where)));
            return;
        }
        if (a->tooBig) {
            finish(a, failure(a, QStringLiteral("ETOOBIG"),
                              Tr::tr("The answer from %1 is larger than %2 MB; it was not read.").arg(where).arg(kMaxResponseBytes >> 20)));
            return;
        }
        if (!statusAttr.isValid() || statusAttr.toInt() <= 0) {
            QString code = QStringLiteral("EUNKNOWN");
            QString message;
            switch (reply->error()) {
            case QNetworkReply::ConnectionRefusedError:
                code = QStringLiteral("ECONNREFUSED");
                message = Tr::tr("Could not connect to %1: connection refused (is the server running, and is the port right?).").arg(where);
                break;
            case QNetworkReply::HostNotFoundError:
                code = QStringLiteral("ENOTFOUND");
                message = Tr::tr("Could not connect to %1: the host name %2 was not found.").arg(where, a->call.url.host());
                break;
            case QNetworkReply::TimeoutError:
                code = QStringLiteral("ETIMEDOUT");
                message = Tr::tr("Could not connect to %1: the connection timed out.").arg(where);
                break;
            case QNetworkReply::RemoteHostClosedError:
                code = QStringLiteral("ECONNRESET");
                message = Tr::tr("%1 closed the connection before it answered.").arg(where);
                break;
            case QNetworkReply::SslHandshakeFailedError:
            case QNetworkReply::InsecureRedirectError:
                code = QStringLiteral("ETLS");
                message = a->tlsErrors.isEmpty()
                    ? Tr::tr("The secure connection to %1 failed: %2.").arg(where, reply->errorString())
                    : Tr::tr("The certificate of %1 was not accepted: %2. If this server uses a self-signed certificate on "
                             "purpose, turn certificate checks off for its credential.").arg(where, a->tlsErrors.join(QStringLiteral("; ")));
                break;
            default:
                message = Tr::tr("The request to %1 failed: %2.").arg(where, reply->errorString());
                break;
            }
            finish(a, failure(a, code, message));
            return;
        }

        const int status = statusAttr.toInt();
        HeaderList headers;
        QList<QByteArray> setCookies;
        QByteArray location;
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            if (name.compare("set-cookie", Qt::CaseInsensitive) == 0) {
                for (const QByteArray &v : value.split('\n')) {
                    setCookies << v;
                    headers.append({name, v});
                }
                continue;
            }
            if (name.compare("location", Qt::CaseInsensitive) == 0)
                location = value;
            headers.append({name, value});
        }
        if (a->call.cookies && !setCookies.isEmpty())
            a->call.cookies->store(a->call.url, setCookies);

        const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        if (redirect && a->call.followRedirects && !location.isEmpty()) {
            if (++a->hops > a->call.maxRedirects) {
                finish(a, failure(a, QStringLiteral("EREDIRECT"),
                                  Tr::tr("%1 redirected more than %2 times; the request was given up.").arg(where).arg(a->call.maxRedirects)));
                return;
            }
            const QUrl next = a->call.url.resolved(QUrl::fromEncoded(location));
            // As browsers and Node's fetch do: 303 (and 301/302 after a POST) continue as a
            // GET without the body; 307 and 308 repeat the request as it was.
            if (status == 303 || ((status == 301 || status == 302) && a->call.method == "POST")) {
                if (a->call.method != "HEAD")
                    a->call.method = "GET";
                a->call.body.clear();
                a->call.multipart.clear();
                a->call.headers.removeIf([](const auto &h) {
                    return h.first.compare("content-type", Qt::CaseInsensitive) == 0
                        || h.first.compare("content-length", Qt::CaseInsensitive) == 0;
                });
            }
            // Credentials stay with the origin they were meant for.
            if (next.host() != a->call.url.host() || next.port() != a->call.url.port() || next.scheme() != a->call.url.scheme())
                a->call.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; });
            a->call.url = next;
            send(a);
            return;
        }

        HttpOutcome o;
        o.status = status;
        o.statusMessage = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        o.headers = std::move(headers);
        o.body = reply->readAll();
        o.finalUrl = a->call.url;
        finish(a, std::move(o));
    }

    void finish(const std::shared_ptr<Active> &a, HttpOutcome o)
    {
        o.durationMs = a->clock.elapsed();
        if (a->deadline) {
            a->deadline->stop();
            a->deadline->deleteLater();
            a->deadline = nullptr;
        }
        m_active.erase(a->id);
        auto done = std::move(a->done);
        a->done = nullptr;
        if (done)
            done(std::move(o));
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    std::map<quint64, std::shared_ptr<Active>> m_active;
    std::atomic<quint64> m_nextId{0};
};

} // namespace

HttpOutcome HttpClient::run(HttpCall call)
{
    auto promise = std::make_shared<std::promise<HttpOutcome>>();
    std::future<HttpOutcome> future = promise->get_future();
    start(std::move(call), [promise](HttpOutcome o) { promise->set_value(std::move(o)); });
    return future.get();
}

quint64 HttpClient::start(HttpCall call, std::function<void(HttpOutcome)> done)
{
    return Network::instance().start(std::move(call), std::move(done));
}

void HttpClient::abort(quint64 id)
{
    Network::instance().abort(id);
}

} // namespace sb
