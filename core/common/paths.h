#pragma once

#include <QString>

namespace sb {

// Where the store lives unless --db says otherwise: $SWITCHBOARD_DB, else
// ~/.local/share/Switchboard/switchboard.db (the platform's app data directory).
QString defaultDatabasePath();

} // namespace sb

namespace sb {

// Base URL the inbox listens on unless configured: http://127.0.0.1:4000, or
// $SWITCHBOARD_LISTEN ("HOST:PORT"). Webhook URLs shown to users are built on it.
QString defaultListenUrl();

} // namespace sb
