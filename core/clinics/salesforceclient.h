#pragma once

// A small blocking Salesforce REST client for core services (clinic sync and status
// changes): the login @openfn/language-salesforce uses (SOAP with user name, password and
// security token; or an access token with its instance URL), SOQL queries that follow
// nextRecordsUrl, and record updates. Requests go through the process-wide HTTP client
// (runtime/jobhttp.h); never call it on the GUI thread. Secrets never reach an error text.

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sb::clinics {

class SalesforceClient
{
public:
    // `configuration`: the credential's body, as the salesforce adaptor takes it.
    explicit SalesforceClient(QJsonObject configuration, int timeoutMs = 30000);

    Status login();
    bool loggedIn() const { return !m_token.isEmpty(); }
    QString instanceUrl() const { return m_instance; }

    // Every record of the query (all pages). Logs in first when needed.
    Result<QList<QJsonObject>> query(const QString &soql);
    // PATCH /sobjects/{type}/{id}.
    Status update(const QString &type, const QString &id, const QJsonObject &fields);

    // A SOQL string literal: 'O\'Brien'.
    static QString literal(const QString &value);

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QString error; // no answer at all, in words
    };
    Answer call(const QByteArray &method, const QString &url, const QByteArray &body = {},
                const QByteArray &contentType = "application/json") const;
    QString errorText(const Answer &a, const QString &what) const;

    QJsonObject m_configuration;
    int m_timeoutMs;
    QString m_instance; // https://….my.salesforce.com
    QString m_token;
    QString m_version = QStringLiteral("47.0");
};

} // namespace sb::clinics
