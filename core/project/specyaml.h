#pragma once

// Private to the spec reader: a small YAML tree built from yaml-cpp's parser events, with
// what yaml-cpp's own Node API does not give us — every node's position, duplicate keys
// refused where they appear, plain vs quoted scalars told apart, and each scalar converted
// to QString exactly once.
//
// Speed: yaml-cpp scans block scalars character by character (~25 MB/s), and job bodies
// are most of a spec. With `FastBlocks::On` a pre-pass cuts simple literal blocks
// (`key: |`) out of the text, decodes them itself, and lets yaml-cpp parse the much
// smaller rest; each cut block is checked to come back as a plain scalar exactly where
// the block was, and anything unexpected re-parses the original text the slow way. Any
// error is always reported by the slow way, so messages never depend on the shortcut.

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace sb::spec {

struct YamlNode
{
    enum class Kind : unsigned char { Null, Scalar, Sequence, Mapping };

    Kind kind = Kind::Null;
    bool plain = false; // a plain scalar: no quotes, no block indicator, no tag
    int line = 0;       // 0-based, in the original text
    int column = 0;     // 0-based, in bytes (as yaml-cpp counts)
    QString text;       // Scalar only
    std::vector<int> items; // Sequence: item ids; Mapping: key id, value id, key id, value id…

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMapping() const { return kind == Kind::Mapping; }
    int pairCount() const { return int(items.size() / 2); }
};

enum class FastBlocks { Off, On };

class YamlDocument final
{
public:
    // Parses one YAML document. Checks that the bytes are UTF-8 text first. Errors carry
    // `fileName` and a 1-based line and column.
    static Result<YamlDocument> parse(const QByteArray &text, const QString &fileName,
                                      FastBlocks fast = FastBlocks::On);

    int root() const { return m_root; }
    const YamlNode &node(int id) const { return m_nodes[size_t(id)]; }
    int nodeCount() const { return int(m_nodes.size()); }
    const QString &fileName() const { return m_fileName; }
    // True when the fast pre-pass was used for this document (for tests).
    bool usedFastBlocks() const { return m_usedFastBlocks; }

    // An error located at a node (1-based line, column in characters).
    Error errorAt(int id, const QString &message) const;
    Error errorAtPosition(int line, int byteColumn, const QString &message) const;

    // A short description of what a node is, for messages: "text", "a list", "a mapping", "empty".
    static QString describe(const YamlNode &node);

private:
    QByteArray m_text;
    QString m_fileName;
    std::vector<YamlNode> m_nodes;
    int m_root = -1;
    bool m_usedFastBlocks = false;
};

// Checks that `bytes` are UTF-8 text without NUL bytes. On failure returns false and
// sets the 0-based line, byte column and a message.
bool checkUtf8Text(const QByteArray &bytes, int *line, int *byteColumn, QString *message);

// Number of characters (code points) in the first `byteColumn` bytes of line `line`.
int characterColumn(const QByteArray &text, int line, int byteColumn);

} // namespace sb::spec
