#pragma once

#include <QString>

namespace sb {

// Where the store lives unless --db says otherwise: $SWITCHBOARD_DB, else
// ~/.local/share/Switchboard/switchboard.db (the platform's app data directory).
QString defaultDatabasePath();

} // namespace sb
