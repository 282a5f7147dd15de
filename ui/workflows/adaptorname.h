#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// An adaptor reference split for display and editing:
// "@openfn/language-salesforce@4.0.5" ↔ package "salesforce", version "4.0.5".
struct AdaptorName
{
    QString package;
    QString version; // empty means "latest"

    static AdaptorName parse(const QString &adaptor);
    // The full reference; an empty version becomes "latest".
    QString toString() const;
    // "salesforce 4.0.5", for graph nodes and lists.
    QString shortName() const;

    // The adaptors people pick most, for the editor's list.
    static QStringList commonPackages();
};

} // namespace sb
