#include "sms/smscountries.h"
#include "sms/smsrender.h"
#include "sms/smstable.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sb;
using namespace sb::sms;

namespace {

// A contact as the Salesforce REST API returns it (SOQL with Account.Name, Account.Status__c).
QJsonObject contact()
{
    return QJsonObject{
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Contact")}}},
        {QStringLiteral("Id"), QStringLiteral("0031x00000AbCdEAAV")},
        {QStringLiteral("CommCare_Case_ID__c"), QStringLiteral("6f1c2b9e-case")},
        {QStringLiteral("Patient_Name__c"), QStringLiteral("Amina  Bello Musa")},
        {QStringLiteral("FirstName"), QJsonValue::Null},
        {QStringLiteral("Guardian_1_First_Name__c"), QStringLiteral("Fatima")},
        {QStringLiteral("Pronoun_he_she__c"), QStringLiteral("she")},
        {QStringLiteral("Pronoun_him_her__c"), QStringLiteral("her")},
        {QStringLiteral("Pronoun_his_her__c"), QStringLiteral("her")},
        {QStringLiteral("AccountId"), QStringLiteral("0011x00000XyZaBAAV")},
        {QStringLiteral("Account"),
         QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Account")}}},
                     {QStringLiteral("Name"), QStringLiteral("Kano Clubfoot Clinic")},
                     {QStringLiteral("Status__c"), QStringLiteral("Actively Supported")},
                     {QStringLiteral("Country__c"), QStringLiteral("Nigeria")}}},
        {QStringLiteral("Next_Visit_Date_New__c"), QStringLiteral("2025-03-07")},
        {QStringLiteral("Last_Visit_Date__c"), QStringLiteral("2025-02-28")},
        {QStringLiteral("SMS_Timezone__c"), QStringLiteral("Africa/Lagos")},
        {QStringLiteral("Visit_Count__c"), 3},
        {QStringLiteral("Empty_Field__c"), QStringLiteral("   ")},
    };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestSmsRender final : public QObject
{
    Q_OBJECT

private slots:
    void simplePlaceholders()
    {
        const RenderResult r = renderText(QStringLiteral("Hi {Guardian_1_First_Name__c}, {Pronoun_he_she__c} has {Visit_Count__c} visits."),
                                          contact());
        QVERIFY(r.ok());
        QCOMPARE(r.text, QStringLiteral("Hi Fatima, she has 3 visits."));
    }

    void accountIdIsTheClinicName()
    {
        const RenderResult r = renderText(QStringLiteral("the clubfoot clinic at {AccountId}."), contact());
        QVERIFY(r.ok());
        QCOMPARE(r.text, QStringLiteral("the clubfoot clinic at Kano Clubfoot Clinic."));
        QCOMPARE(renderText(QStringLiteral("{Account.Country__c}"), contact()).text, QStringLiteral("Nigeria"));

        // No Account in the query: the record id is never shown instead.
        QJsonObject c = contact();
        c.remove(QStringLiteral("Account"));
        const RenderResult missing = renderText(QStringLiteral("at {AccountId}."), c);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.missing, QStringList{QStringLiteral("AccountId")});
    }

    void firstName()
    {
        QCOMPARE(renderText(QStringLiteral("{FirstName}'s treatment"), contact()).text,
                 QStringLiteral("Amina's treatment"));
        QJsonObject c = contact();
        c.insert(QStringLiteral("FirstName"), QStringLiteral("Ami"));
        QCOMPARE(renderText(QStringLiteral("{FirstName}'s treatment"), c).text, QStringLiteral("Ami's treatment"));
        c.remove(QStringLiteral("FirstName"));
        c.insert(QStringLiteral("Patient_Name__c"), QStringLiteral("   "));
        const RenderResult r = renderText(QStringLiteral("{FirstName}'s treatment"), c);
        QVERIFY(!r.ok());
        QCOMPARE(r.missing, QStringList{QStringLiteral("FirstName")});
    }

    void alternatives()
    {
        // The first is blank, the second wins.
        QCOMPARE(renderText(QStringLiteral("Hi {Empty_Field__c || Guardian_1_First_Name__c}"), contact()).text,
                 QStringLiteral("Hi Fatima"));
        QCOMPARE(renderText(QStringLiteral("{case.properties.patient_first_name||FirstName}"), contact()).text,
                 QStringLiteral("Amina"));
        QCOMPARE(renderText(QStringLiteral("{Guardian_1_First_Name__c || FirstName}"), contact()).text,
                 QStringLiteral("Fatima"));
        const RenderResult none = renderText(QStringLiteral("Hi {Nope__c || Empty_Field__c}!"), contact());
        QVERIFY(!none.ok());
        QCOMPARE(none.missing, QStringList{QStringLiteral("Nope__c || Empty_Field__c")});
    }

    void missingValues()
    {
        const RenderResult r = renderText(
            QStringLiteral("{Guardian_2_First_Name__c}, {FirstName}, {Empty_Field__c}, {Account}, {Id}, "
                           "{FirstName\u200B}, {Guardian_2_First_Name__c}"),
            contact());
        QVERIFY(!r.ok());
        QCOMPARE(r.missing, (QStringList{QStringLiteral("Guardian_2_First_Name__c"), QStringLiteral("Empty_Field__c"),
                                         QStringLiteral("Account"), QStringLiteral("FirstName\u200B")}));
        QVERIFY(r.text.startsWith(QStringLiteral("{Guardian_2_First_Name__c}, Amina, ")));
        QVERIFY(renderText(QStringLiteral("no placeholders"), QJsonObject()).ok());
    }

    void unbalancedBraces()
    {
        const RenderResult r = renderText(QStringLiteral("Hi {FirstName has {Guardian_1_First_Name__c} ok}"), contact());
        QVERIFY(!r.ok());
        QCOMPARE(r.missing, (QStringList{QStringLiteral("{FirstName has "), QStringLiteral("}")}));
        QCOMPARE(r.text, QStringLiteral("Hi {FirstName has Fatima ok}"));
        const RenderResult end = renderText(QStringLiteral("see you {Next_Visit_Date_New__c"), contact());
        QCOMPARE(end.missing, QStringList{QStringLiteral("{Next_Visit_Date_New__c")});
    }

    void dates()
    {
        const RenderResult r = renderText(QStringLiteral("an appointment on {Next_Visit_Date_New__c}."), contact());
        QVERIFY(r.ok());
        QCOMPARE(r.text, QStringLiteral("an appointment on 07/03/2025."));

        // A date-time is shown as the date where the family lives.
        QJsonObject c = contact();
        c.insert(QStringLiteral("Next_Visit_Date_New__c"), QStringLiteral("2025-03-07T23:30:00.000+0000"));
        QCOMPARE(renderText(QStringLiteral("{Next_Visit_Date_New__c}"), c, QStringLiteral("Africa/Lagos")).text,
                 QStringLiteral("08/03/2025"));
        QCOMPARE(renderText(QStringLiteral("{Next_Visit_Date_New__c}"), c).text, QStringLiteral("07/03/2025"));
        // Not a real date: shown as given rather than guessed.
        c.insert(QStringLiteral("Next_Visit_Date_New__c"), QStringLiteral("2025-02-30"));
        QCOMPARE(renderText(QStringLiteral("{Next_Visit_Date_New__c}"), c).text, QStringLiteral("2025-02-30"));
    }

    void bulkIdSameForScheduleAndCancel()
    {
        const QString templ = QStringLiteral("visitAfter1-{CommCare_Case_ID__c}-{Next_Visit_Date_New__c}");
        QString error = QStringLiteral("stale");
        const QString scheduled = bulkIdFor(templ, contact(), &error);
        QCOMPARE(scheduled, QStringLiteral("visitAfter1-6f1c2b9e-case-2025-03-07"));
        QVERIFY(error.isEmpty());

        // The clinic-deactivation path queries fewer fields and no Account: same id.
        const QJsonObject cancelInput{
            {QStringLiteral("Next_Visit_Date_New__c"), QStringLiteral("2025-03-07")},
            {QStringLiteral("CommCare_Case_ID__c"), QStringLiteral("6f1c2b9e-case")},
        };
        QCOMPARE(bulkIdFor(templ, cancelInput, nullptr), scheduled);
    }

    void bulkIdErrors()
    {
        QJsonObject c = contact();
        c.insert(QStringLiteral("CommCare_Case_ID__c"), QJsonValue::Null);
        QString error;
        QCOMPARE(bulkIdFor(QStringLiteral("registration-1-{CommCare_Case_ID__c}"), c, &error), QString());
        QVERIFY2(error.contains(QStringLiteral("CommCare_Case_ID__c")), qPrintable(error));

        error.clear();
        QCOMPARE(bulkIdFor(QStringLiteral("registration-1-{CommCare_Case_ID__c"), contact(), &error), QString());
        QVERIFY2(error.contains(QStringLiteral("{CommCare_Case_ID__c")), qPrintable(error));

        error.clear();
        QCOMPARE(bulkIdFor(QStringLiteral("  "), contact(), &error), QString());
        QVERIFY(!error.isEmpty());
    }

    void realSheet()
    {
        const auto t = readTableFile(test::sourceDir() + QStringLiteral("/tests/sms/fixtures/master-mapping-table.csv"));
        QVERIFY2(t, qPrintable(t.error().toString()));
        const RenderResult r = renderText(t->cell(0, QStringLiteral("English")), contact(), QStringLiteral("Africa/Lagos"));
        QVERIFY2(r.ok(), qPrintable(r.missing.join(QLatin1Char(','))));
        QCOMPARE(r.text, QStringLiteral("Hi Fatima, this is from the clubfoot clinic at Kano Clubfoot Clinic. We will send "
                                        "you important information and reminders regarding Amina's treatment."));
        QString error;
        QCOMPARE(bulkIdFor(t->cell(0, QString::fromLatin1(kColumnBulkId)), contact(), &error),
                 QStringLiteral("registration-1-6f1c2b9e-case"));

        // The first missed-visit reminder (alert 18) with its date.
        int missed = -1;
        for (int row = 0; row < t->rows.size() && missed < 0; ++row)
            if (t->cell(row, QString::fromLatin1(kColumnAlert)) == QLatin1String("18"))
                missed = row;
        QVERIFY(missed >= 0);
        const RenderResult m = renderText(t->cell(missed, QStringLiteral("English")), contact());
        QVERIFY2(m.ok(), qPrintable(m.missing.join(QLatin1Char(','))));
        QVERIFY2(m.text.contains(QStringLiteral("Amina's appointment on 07/03/2025")), qPrintable(m.text));

        // Every bulkId template of the sheet fills for a complete contact, except the two the
        // validator flags (row 91 names CAST_Patient_ID__c, row 114 the CommCare-era visit_date):
        // those are refused, never sent with a half-filled id.
        QStringList refused;
        for (int row = 0; row < t->rows.size(); ++row) {
            const QString id = bulkIdFor(t->cell(row, QString::fromLatin1(kColumnBulkId)), contact(), &error);
            if (id.isEmpty()) {
                QVERIFY(!error.isEmpty());
                refused << QStringLiteral("%1 %2").arg(row + 1).arg(error.contains(QStringLiteral("visit_date"))
                                                                      ? QStringLiteral("visit_date")
                                                                      : error.contains(QStringLiteral("CAST_Patient_ID__c"))
                                                                          ? QStringLiteral("CAST_Patient_ID__c")
                                                                          : error);
            }
        }
        QCOMPARE(refused, (QStringList{QStringLiteral("91 CAST_Patient_ID__c"), QStringLiteral("114 visit_date")}));
    }

    void defaultCountriesAreTheRealTable()
    {
        const QList<Country> &list = defaultCountries();
        const QByteArray fixture = readAll(test::sourceDir() + QStringLiteral("/resources/sms/countries.csv"));
        QVERIFY(!fixture.isEmpty());
        QCOMPARE(int(list.size()), int(fixture.trimmed().count('\n'))); // one line per country after the header
        QCOMPARE(int(list.size()), 21);
        const Country *nigeria = countryFor(list, QStringLiteral(" nigeria "));
        QVERIFY(nigeria);
        QCOMPARE(nigeria->senderId, QStringLiteral("TSCFFOOT"));
        QCOMPARE(nigeria->dialCode, QStringLiteral("234"));
        QCOMPARE(nigeria->timeZone, QStringLiteral("Africa/Lagos"));
        QCOMPARE(nigeria->defaultLanguage, QStringLiteral("English"));
        QCOMPARE(countryFor(list, QStringLiteral("Tanzania"))->senderId, QStringLiteral("MGUUKIFUNDO"));
        QCOMPARE(countryFor(list, QStringLiteral("Senegal"))->defaultLanguage, QStringLiteral("Wolof"));
        QVERIFY(!countryFor(list, QStringLiteral("Atlantis")));
        QCOMPARE(writeCountriesCsv(list), fixture);
    }

    void countriesRoundTrip()
    {
        QList<Country> list = defaultCountries();
        list.append({QStringLiteral("Côte d'Ivoire, test"), QStringLiteral("225"), QStringLiteral("PIED BOT"),
                     QStringLiteral("Africa/Abidjan"), QStringLiteral("French")});
        const auto back = readCountriesCsv(writeCountriesCsv(list));
        QVERIFY2(back, qPrintable(back.error().toString()));
        QVERIFY(back.value() == list);

        // A short language name becomes the long one.
        const auto shortName = readCountriesCsv(
            "Country,Dial code,Sender id,Time zone,Default language\nMali,223,PiedBotMali,Africa/Bamako,FRA\n");
        QVERIFY2(shortName, qPrintable(shortName.error().toString()));
        QCOMPARE(shortName->first().defaultLanguage, QStringLiteral("French"));
    }

    void countriesErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        const QByteArray header = "Country,Dial code,Sender id,Time zone,Default language\n";
        const QByteArray good = "Nigeria,234,TSCFFOOT,Africa/Lagos,English\n";
        QTest::newRow("bad time zone") << QByteArray(header + good + "Mali,223,PiedBotMali,Africa/Timbuktu,French\n") << 3
                                       << QStringLiteral("Africa/Timbuktu");
        QTest::newRow("bad language") << QByteArray(header + good + "Niger,227,TSCFFOOT,Africa/Niamey,Hausa\n") << 3 << QStringLiteral("Hausa");
        QTest::newRow("bad dial code") << QByteArray(header + "Nigeria,+234,TSCFFOOT,Africa/Lagos,English\n") << 2
                                       << QStringLiteral("+234");
        QTest::newRow("long sender id") << QByteArray(header + "Nigeria,234,TSCFFOOTCLUBFOOT,Africa/Lagos,English\n") << 2
                                        << QStringLiteral("TSCFFOOTCLUBFOOT");
        QTest::newRow("duplicate") << QByteArray(header + good + good) << 3 << QStringLiteral("Nigeria");
        QTest::newRow("missing column") << QByteArray("Country,Dial code,Sender id,Time zone\nNigeria,234,T,Africa/Lagos\n")
                                        << 1 << QStringLiteral("Default language");
        QTest::newRow("multi-line cell before") << QByteArray(header + "\"Nigeria\nNorth\",234,TSCFFOOT,Africa/Lagos,English\n"
                                                                   + "Mali,223,PiedBotMali,Mars/Olympus,French\n")
                                                << 4 << QStringLiteral("Mars/Olympus");
    }

    void countriesErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const auto r = readCountriesCsv(csv, QStringLiteral("countries.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().line, line);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Line %1").arg(line)), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSmsRender)
#include "tst_smsrender.moc"
