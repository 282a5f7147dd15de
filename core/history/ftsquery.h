#pragma once

#include <QString>

namespace sb {

// Turns what a person typed into an FTS5 query that can never be a syntax error: every
// word is quoted (so AND, OR, NOT, NEAR, parentheses, '-', ':' and '^' are plain text),
// "quoted phrases" stay phrases, a trailing '*' on a word or phrase makes it a prefix, and
// the terms are ANDed. Pieces with no letter or digit are dropped; when nothing is left the
// result is empty, which callers must treat as "matches nothing".
QString toFtsQuery(const QString &text);

} // namespace sb
