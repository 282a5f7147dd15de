#include "adaptorname.h"

namespace sb {

namespace {
const QLatin1String kLanguagePrefix("@openfn/language-");
}

AdaptorName AdaptorName::parse(const QString &adaptor)
{
    AdaptorName name;
    QString rest = adaptor.trimmed();
    // The version follows the last '@' that is not the scope's leading one.
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        name.version = rest.mid(at + 1);
        rest.truncate(at);
    }
    name.package = rest.startsWith(kLanguagePrefix) ? rest.mid(kLanguagePrefix.size()) : rest;
    return name;
}

QString AdaptorName::toString() const
{
    const QString pkg = package.trimmed();
    const QString ver = version.trimmed().isEmpty() ? QStringLiteral("latest") : version.trimmed();
    const QString full = pkg.contains(QLatin1Char('/')) || pkg.startsWith(QLatin1Char('@'))
                             ? pkg
                             : kLanguagePrefix + pkg;
    return full + QLatin1Char('@') + ver;
}

QString AdaptorName::shortName() const
{
    if (version.isEmpty())
        return package;
    return package + QLatin1Char(' ') + version;
}

QStringList AdaptorName::commonPackages()
{
    return {QStringLiteral("common"),  QStringLiteral("http"),     QStringLiteral("salesforce"),
            QStringLiteral("commcare"), QStringLiteral("primero"),  QStringLiteral("dhis2"),
            QStringLiteral("openmrs"),  QStringLiteral("rapidpro"), QStringLiteral("cht"),
            QStringLiteral("infobip"),  QStringLiteral("postgresql"), QStringLiteral("googlesheets")};
}

} // namespace sb
