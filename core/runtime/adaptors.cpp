#include "runtime/jobruntime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::JobRuntime)
};

// The adaptors this build carries, and the major versions each implementation covers.
struct KnownAdaptor
{
    const char *package;
    const char *name;     // resources/adaptors/<name>.js
    int minMajor;
    int maxMajor;
    const char *newest;
};

// Versions inside a range share one implementation; where behaviour changed between major
// versions (http 3.x / 6.x / 7.x, salesforce <= 4 / >= 5, primero v1.1 / v2) the adaptor
// picks it from the pinned version (sb.major).
constexpr KnownAdaptor kAdaptors[] = {
    {"@openfn/language-common", "common", 1, 3, "3.3.4"},
    {"@openfn/language-http", "http", 1, 7, "7.0.6"},
    {"@openfn/language-salesforce", "salesforce", 1, 9, "9.0.2"},
    {"@openfn/language-commcare", "commcare", 1, 3, "3.2.1"},
    {"@openfn/language-primero", "primero", 1, 3, "3.0.0"},
    {"@openfn/language-infobip", "infobip", 1, 2, "2.0.0"},
    {"@openfn/language-dhis2", "dhis2", 1, 6, "6.0.0"},
    {"@openfn/language-openmrs", "openmrs", 1, 4, "4.0.0"},
    {"@openfn/language-rapidpro", "rapidpro", 1, 2, "2.0.0"},
    {"@openfn/language-cht", "cht", 1, 1, "1.0.0"},
    // OSCaR and HIS have no OpenFn adaptor (projects call them with language-http); these
    // are Switchboard's thin helpers for their sign-in schemes.
    {"@switchboard/language-oscar", "oscar", 1, 1, "1.0.0"},
    {"@switchboard/language-his", "his", 1, 1, "1.0.0"},
    // Schedules the SMS Master Mapping Table for Salesforce contacts (docs/sms.md).
    {"@switchboard/language-sms", "sms", 1, 1, "1.0.0"},
};

} // namespace

QString newestCommonAdaptor()
{
    return QStringLiteral("@openfn/language-common@3.3.4");
}

Result<AdaptorSpec> resolveAdaptor(const QString &adaptorIn)
{
    const QString adaptor = adaptorIn.trimmed().isEmpty() ? newestCommonAdaptor() : adaptorIn.trimmed();
    // "@openfn/language-x@1.2.3", "@openfn/language-x@latest" or "@openfn/language-x".
    static const QRegularExpression re(QStringLiteral("^(@?[a-z0-9][a-z0-9._/-]*?)(?:@([A-Za-z0-9._+-]+))?$"));
    const auto m = re.match(adaptor);
    if (!m.hasMatch())
        return makeError(Tr::tr("“%1” is not an adaptor name; write it as @openfn/language-NAME@VERSION.").arg(adaptor));
    const QString package = m.captured(1);
    QString version = m.captured(2);
    for (const auto &known : kAdaptors) {
        if (package != QLatin1String(known.package))
            continue;
        if (version.isEmpty() || version == QLatin1String("latest"))
            version = QLatin1String(known.newest);
        const int major = version.section(QLatin1Char('.'), 0, 0).toInt();
        if (major < known.minMajor || major > known.maxMajor)
            return makeError(Tr::tr("Switchboard cannot run %1 version %2: it supports versions %3.x to %4.x.")
                                 .arg(package, version)
                                 .arg(known.minMajor)
                                 .arg(known.maxMajor));
        return AdaptorSpec{package, QLatin1String(known.name), version};
    }
    return makeError(Tr::tr("Switchboard has no adaptor %1 yet; the jobs that use it cannot run.").arg(package));
}

} // namespace sb
