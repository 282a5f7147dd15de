// `switchboard sandbox` as a script uses it: the real binary, one JSON line when ready,
// serving until SIGTERM (exit 0); a taken port is exit 1 with the remedy.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLineThenServesUntilSigterm()
    {
        QProcess p;
        p.start(QStringLiteral(SB_BINARY), {QStringLiteral("sandbox"), QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--json")});
        QVERIFY(p.waitForStarted(60000));
        QByteArray line;
        while (!line.contains('\n')) {
            if (!p.waitForReadyRead(60000))
                QFAIL(qPrintable(QStringLiteral("no JSON line; stderr: ") + QString::fromUtf8(p.readAllStandardError())));
            line += p.readAllStandardOutput();
        }
        QCOMPARE(line.count('\n'), 1);
        QJsonParseError error;
        const QJsonObject all = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        for (const char *id : {"salesforce", "commcare", "infobip"}) {
            const QJsonObject s = all.value(QLatin1String(id)).toObject();
            QVERIFY2(s.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("http://127.0.0.1:")), id);
            QVERIFY2(!s.value(QStringLiteral("configuration")).toObject().isEmpty(), id);
        }
        const QJsonObject infobip = all.value(QStringLiteral("infobip")).toObject().value(QStringLiteral("configuration")).toObject();
        QVERIFY(infobip.contains(QStringLiteral("baseUrl")));
        QVERIFY(infobip.contains(QStringLiteral("apiKey")));

        QNetworkAccessManager net;
        QNetworkRequest request{QUrl(infobip.value(QStringLiteral("baseUrl")).toString() + QStringLiteral("/account/1/balance"))};
        request.setRawHeader("Authorization", "App " + infobip.value(QStringLiteral("apiKey")).toString().toUtf8());
        QNetworkReply *reply = net.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(60000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(QJsonDocument::fromJson(reply->readAll()).object().contains(QStringLiteral("balance")));
        delete reply;

        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void humanTableListsSystems()
    {
        QProcess p;
        p.start(QStringLiteral(SB_BINARY), {QStringLiteral("sandbox"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(p.waitForStarted(60000));
        QByteArray text;
        while (!text.contains("SIGTERM")) {
            if (!p.waitForReadyRead(60000))
                QFAIL(qPrintable(QString::fromUtf8(text + p.readAllStandardError())));
            text += p.readAllStandardOutput();
        }
        QVERIFY2(text.contains("salesforce") && text.contains("commcare") && text.contains("infobip"), text.constData());
        QVERIFY(text.contains("http://127.0.0.1:"));
        p.terminate();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    void takenPortIsExit1()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QProcess p;
        p.start(QStringLiteral(SB_BINARY), {QStringLiteral("sandbox"), QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:%1").arg(blocker.serverPort())});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--listen HOST:PORT")), qPrintable(err));

        QProcess usage;
        usage.start(QStringLiteral(SB_BINARY), {QStringLiteral("sandbox"), QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(usage.waitForFinished(60000));
        QCOMPARE(usage.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
