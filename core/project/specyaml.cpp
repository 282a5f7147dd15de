#include "specyaml.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <istream>
#include <memory>
#include <streambuf>
#include <unordered_map>

namespace sb::spec {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Spec)
};

// ---------------------------------------------------------------------------------------
// Text checks

// Returns the length of the valid UTF-8 sequence at p (1..4), or 0 when invalid.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0) // overlong
            return 0;
        if (c == 0xED && p[1] >= 0xA0) // UTF-16 surrogates
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90) // overlong
            return 0;
        if (c == 0xF4 && p[1] >= 0x90) // beyond U+10FFFF
            return 0;
        return 4;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// The block pre-pass (see the header)

const char kTokenPrefix[] = "__sb_literal_block_";

struct LineSpan
{
    qsizetype begin = 0; // first byte
    qsizetype end = 0;   // one past the last byte, without "\n" or "\r\n"
    qsizetype next = 0;  // first byte of the next line
    bool strayCr = false; // a '\r' inside the line (not as part of its line break)
};

LineSpan lineAt(const char *d, qsizetype size, qsizetype pos)
{
    LineSpan l;
    l.begin = pos;
    const void *nl = std::memchr(d + pos, '\n', size_t(size - pos));
    l.next = nl ? static_cast<const char *>(nl) - d + 1 : size;
    l.end = nl ? l.next - 1 : size;
    if (l.end > l.begin && d[l.end - 1] == '\r')
        --l.end;
    l.strayCr = l.end > l.begin && std::memchr(d + l.begin, '\r', size_t(l.end - l.begin)) != nullptr;
    return l;
}

struct BlockHeader
{
    qsizetype bar = 0; // position of '|'
    int parentIndent = -1;
    int explicitIndent = 0;
    char chomp = 0; // 0 (clip), '-' or '+'
};

bool isKeyStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
           || c == '/';
}

bool isKeyChar(char c)
{
    if (static_cast<unsigned char>(c) >= 0x80)
        return true;
    if (static_cast<unsigned char>(c) < 0x20)
        return false;
    return !std::strchr("#'\"{}[],&*!|>%@`:", c);
}

// Recognises the common shapes `  key: |…`, `  - key: |…` and `  - |…` (no anchor, tag
// or quoted key; anything else is left to yaml-cpp).
bool detectHeader(const char *d, const LineSpan &l, BlockHeader *h)
{
    if (l.strayCr)
        return false;
    qsizetype i = l.begin;
    const qsizetype e = l.end;
    while (i < e && d[i] == ' ')
        ++i;
    int parent = -1;
    while (i + 1 < e && d[i] == '-' && d[i + 1] == ' ') {
        parent = int(i - l.begin);
        ++i;
        while (i < e && d[i] == ' ')
            ++i;
    }
    if (i >= e)
        return false;
    if (d[i] != '|') {
        if (!isKeyStart(d[i]))
            return false;
        const qsizetype keyStart = i;
        while (i < e && isKeyChar(d[i]))
            ++i;
        if (i + 1 >= e || d[i] != ':' || d[i + 1] != ' ' || d[i - 1] == ' ')
            return false;
        parent = int(keyStart - l.begin);
        ++i;
        while (i < e && d[i] == ' ')
            ++i;
        if (i >= e || d[i] != '|')
            return false;
    }
    if (parent < 0)
        return false;
    h->bar = i;
    h->parentIndent = parent;
    h->explicitIndent = 0;
    h->chomp = 0;
    ++i;
    for (int n = 0; n < 2 && i < e; ++n) {
        if (d[i] >= '1' && d[i] <= '9' && h->explicitIndent == 0)
            h->explicitIndent = d[i++] - '0';
        else if ((d[i] == '-' || d[i] == '+') && h->chomp == 0)
            h->chomp = d[i++];
        else
            break;
    }
    if (i < e && d[i] != ' ')
        return false;
    while (i < e && d[i] == ' ')
        ++i;
    return i == e || d[i] == '#';
}

// Decodes the literal block after a header. Returns false for anything unusual (tabs in
// the indentation, stray CRs, an empty block, over-long leading blank lines…), which is
// then left to yaml-cpp.
bool scanBlock(const char *d, qsizetype size, qsizetype pos, const BlockHeader &h, QByteArray *content,
               qsizetype *endPos, int *lineCount)
{
    struct Piece
    {
        qsizetype begin;
        qsizetype end;
        bool isContent;
        bool hasBreak; // false only for the file's last line without a newline
    };
    std::vector<Piece> pieces;
    int indent = h.explicitIndent > 0 ? h.parentIndent + h.explicitIndent : -1;
    int leadingMax = 0;
    int lines = 0;
    while (pos < size) {
        const LineSpan l = lineAt(d, size, pos);
        if (l.strayCr)
            return false;
        int sp = 0;
        while (l.begin + sp < l.end && d[l.begin + sp] == ' ')
            ++sp;
        const bool blank = l.begin + sp == l.end;
        if (indent < 0) {
            if (blank) {
                leadingMax = std::max(leadingMax, sp);
                pieces.push_back({0, 0, false, l.next > l.end});
                ++lines;
                pos = l.next;
                continue;
            }
            if (sp <= h.parentIndent || leadingMax > sp)
                return false;
            indent = sp;
        }
        if (blank && sp <= indent) {
            pieces.push_back({0, 0, false, l.next > l.end});
        } else if (sp >= indent) {
            pieces.push_back({l.begin + indent, l.end, true, l.next > l.end});
        } else if (d[l.begin + sp] == '\t') {
            return false;
        } else {
            break;
        }
        ++lines;
        pos = l.next;
    }
    auto lastContent = std::find_if(pieces.rbegin(), pieces.rend(), [](const Piece &p) { return p.isContent; });
    if (lastContent == pieces.rend())
        return false;
    const size_t last = size_t(pieces.rend() - lastContent) - 1;
    qsizetype bytes = 0;
    for (const Piece &p : pieces)
        bytes += p.end - p.begin + 1;
    content->clear();
    content->reserve(bytes);
    for (size_t i = 0; i <= last; ++i) {
        if (i > 0)
            content->append('\n');
        if (pieces[i].isContent)
            content->append(d + pieces[i].begin, pieces[i].end - pieces[i].begin);
    }
    if (h.chomp != '-' && pieces[last].hasBreak)
        content->append('\n');
    if (h.chomp == '+')
        for (size_t i = last + 1; i < pieces.size(); ++i)
            if (pieces[i].hasBreak)
                content->append('\n');
    *endPos = pos;
    *lineCount = lines;
    return true;
}

struct Skeleton
{
    QByteArray text;
    std::vector<QString> blocks;
    // (first skeleton line after a cut block, lines removed up to there)
    std::vector<std::pair<int, int>> shifts;

    int originalLine(int skeletonLine) const
    {
        auto it = std::upper_bound(shifts.begin(), shifts.end(), std::make_pair(skeletonLine, INT_MAX));
        return it == shifts.begin() ? skeletonLine : skeletonLine + std::prev(it)->second;
    }
};

bool buildSkeleton(const QByteArray &text, Skeleton *sk)
{
    if (text.contains(kTokenPrefix))
        return false;
    const char *d = text.constData();
    const qsizetype size = text.size();
    sk->text.reserve(size / 4 + 64);
    int skeletonLine = 0;
    int removed = 0;
    qsizetype pos = 0;
    QByteArray content;
    while (pos < size) {
        const LineSpan l = lineAt(d, size, pos);
        BlockHeader h;
        qsizetype endPos = 0;
        int lineCount = 0;
        if (detectHeader(d, l, &h) && scanBlock(d, size, l.next, h, &content, &endPos, &lineCount)) {
            sk->text.append(d + l.begin, h.bar - l.begin);
            sk->text.append(kTokenPrefix);
            sk->text.append(QByteArray::number(qulonglong(sk->blocks.size())));
            sk->text.append('\n');
            sk->blocks.push_back(QString::fromUtf8(content));
            removed += lineCount;
            ++skeletonLine;
            sk->shifts.emplace_back(skeletonLine, removed);
            pos = endPos;
            continue;
        }
        sk->text.append(d + l.begin, l.next - l.begin);
        ++skeletonLine;
        pos = l.next;
    }
    return !sk->blocks.empty();
}

// ---------------------------------------------------------------------------------------
// Parsing

class MemoryBuffer final : public std::streambuf
{
public:
    MemoryBuffer(const char *data, qsizetype size)
    {
        char *p = const_cast<char *>(data);
        setg(p, p, p + size);
    }
};

struct ParseFailure
{
    Error error;
};

struct FastPathMismatch
{
};

QString friendlyYamlError(const std::string &msg)
{
    struct Known
    {
        const char *yamlCpp;
        const char *text;
    };
    static const Known known[] = {
        {YAML::ErrorMsg::MAP_VALUE,
         QT_TRANSLATE_NOOP("sb::Spec", "a value cannot start here; put quotes around text that contains \": \", "
                                       "or fix the indentation")},
        {YAML::ErrorMsg::END_OF_MAP,
         QT_TRANSLATE_NOOP("sb::Spec", "this line does not fit the mapping it is in; check its indentation")},
        {YAML::ErrorMsg::END_OF_SEQ,
         QT_TRANSLATE_NOOP("sb::Spec", "this line does not fit the list it is in; check its indentation")},
        {YAML::ErrorMsg::END_OF_MAP_FLOW,
         QT_TRANSLATE_NOOP("sb::Spec", "a { … } mapping is not closed; add the missing }")},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW, QT_TRANSLATE_NOOP("sb::Spec", "a [ … ] list is not closed; add the missing ]")},
        {YAML::ErrorMsg::TAB_IN_INDENTATION,
         QT_TRANSLATE_NOOP("sb::Spec", "a tab is used for indentation; YAML indents with spaces only")},
        {YAML::ErrorMsg::EOF_IN_SCALAR,
         QT_TRANSLATE_NOOP("sb::Spec", "a quoted text starting here is never closed; add the closing quote")},
        {YAML::ErrorMsg::UNKNOWN_ANCHOR,
         QT_TRANSLATE_NOOP("sb::Spec", "this alias refers to an anchor (&name) that is not defined before it")},
        {YAML::ErrorMsg::BLOCK_ENTRY,
         QT_TRANSLATE_NOOP("sb::Spec", "a list item (- ) cannot start here; check the indentation")},
    };
    for (const Known &k : known)
        if (msg == k.yamlCpp)
            return QCoreApplication::translate("sb::Spec", k.text);
    return QCoreApplication::translate("sb::Spec", "the YAML is not valid here (%1); check the indentation and quoting")
        .arg(QString::fromStdString(msg));
}

// Builds the tree from parser events.
class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const YamlDocument &doc, std::vector<YamlNode> &nodes, int &root, const QByteArray &input,
                const Skeleton *skeleton)
        : m_doc(doc), m_nodes(nodes), m_root(root), m_input(input), m_skeleton(skeleton)
    {
        if (m_skeleton)
            m_seenBlocks.assign(m_skeleton->blocks.size(), false);
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const int id = make(YamlNode::Kind::Null, mark);
        remember(anchor, id);
        attach(id);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            fail(mark, Tr::tr("this alias refers to an anchor (&name) that is not defined before it"));
        attach(it->second);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const int id = make(YamlNode::Kind::Scalar, mark);
        YamlNode &n = m_nodes[size_t(id)];
        n.plain = tag == "?";
        if (!n.plain)
            checkQuoteClosed(mark);
        if (m_skeleton && value.find(kTokenPrefix) != std::string::npos) {
            n.text = takeBlock(value, n.plain);
            n.plain = false; // it was a literal block
        } else {
            n.text = QString::fromStdString(value);
        }
        remember(anchor, id);
        attach(id);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        begin(YamlNode::Kind::Sequence, mark, anchor, style);
    }
    void OnSequenceEnd() override { m_frames.pop_back(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        begin(YamlNode::Kind::Mapping, mark, anchor, style);
    }
    void OnMapEnd() override { m_frames.pop_back(); }

    // After the document: every cut block must have come back.
    void checkAllBlocksSeen() const
    {
        if (std::find(m_seenBlocks.begin(), m_seenBlocks.end(), false) != m_seenBlocks.end())
            throw FastPathMismatch{};
    }

    int mappedLine(const YAML::Mark &mark) const
    {
        return m_skeleton ? m_skeleton->originalLine(mark.line) : mark.line;
    }

private:
    struct Frame
    {
        int id = -1;
        bool mapping = false;
        bool flow = false;
        bool expectKey = true;
        std::vector<int> keys;
        std::unique_ptr<QHash<QString, int>> index; // built once a mapping has many keys
    };

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message) const
    {
        throw ParseFailure{m_doc.errorAtPosition(mappedLine(mark), mark.column, message)};
    }

    int make(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        YamlNode n;
        n.kind = kind;
        n.line = mappedLine(mark);
        n.column = mark.column;
        m_nodes.push_back(std::move(n));
        return int(m_nodes.size()) - 1;
    }

    void remember(YAML::anchor_t anchor, int id)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = id;
    }

    void begin(YamlNode::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor, YAML::EmitterStyle::value style)
    {
        const int id = make(kind, mark);
        remember(anchor, id);
        attach(id);
        Frame f;
        f.id = id;
        f.mapping = kind == YamlNode::Kind::Mapping;
        f.flow = style == YAML::EmitterStyle::Flow || (!m_frames.empty() && m_frames.back().flow);
        m_frames.push_back(std::move(f));
    }

    void attach(int id)
    {
        if (m_frames.empty()) {
            if (m_root < 0)
                m_root = id;
            return;
        }
        Frame &f = m_frames.back();
        m_nodes[size_t(f.id)].items.push_back(id);
        if (!f.mapping)
            return;
        if (f.expectKey)
            checkKey(f, id);
        f.expectKey = !f.expectKey;
    }

    void checkKey(Frame &f, int id)
    {
        const YamlNode &key = m_nodes[size_t(id)];
        if (key.kind != YamlNode::Kind::Scalar && key.kind != YamlNode::Kind::Null)
            return;
        if (key.plain && key.text == QLatin1String("<<"))
            throw ParseFailure{m_doc.errorAtPosition(
                key.line, key.column, Tr::tr("merge keys (<<) are not supported; write the keys out in full"))};
        int first = -1;
        if (f.index) {
            first = f.index->value(key.text, -1);
        } else {
            for (int k : f.keys) {
                if (m_nodes[size_t(k)].text == key.text) {
                    first = k;
                    break;
                }
            }
        }
        if (first >= 0) {
            const YamlNode &firstNode = m_nodes[size_t(first)];
            throw ParseFailure{m_doc.errorAtPosition(
                key.line, key.column,
                Tr::tr("the key \"%1\" appears twice in this mapping (first on line %2); remove or rename one")
                    .arg(key.text)
                    .arg(firstNode.line + 1))};
        }
        if (f.index) {
            f.index->insert(key.text, id);
        } else {
            f.keys.push_back(id);
            if (f.keys.size() > 8) {
                f.index = std::make_unique<QHash<QString, int>>();
                for (int k : f.keys)
                    f.index->insert(m_nodes[size_t(k)].text, k);
                f.keys.clear();
            }
        }
    }

    // yaml-cpp takes a quoted scalar that reaches the end of the file as closed there.
    void checkQuoteClosed(const YAML::Mark &mark) const
    {
        if (mark.pos < 0 || mark.pos >= m_input.size())
            return;
        const char *d = m_input.constData();
        const qsizetype size = m_input.size();
        const char quote = d[mark.pos];
        if (quote != '\'' && quote != '"')
            return;
        for (qsizetype i = mark.pos + 1; i < size; ++i) {
            if (quote == '"' && d[i] == '\\') {
                ++i;
            } else if (d[i] == quote) {
                if (quote == '\'' && i + 1 < size && d[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return;
            }
        }
        fail(mark, Tr::tr("a quoted text starting here is never closed; add the closing quote"));
    }

    QString takeBlock(const std::string &value, bool plain)
    {
        // Must be exactly one of our tokens, as a plain scalar value in block context.
        const size_t prefix = sizeof(kTokenPrefix) - 1;
        if (!plain || value.size() <= prefix || value.compare(0, prefix, kTokenPrefix) != 0)
            throw FastPathMismatch{};
        if (m_frames.empty() || m_frames.back().flow || (m_frames.back().mapping && m_frames.back().expectKey))
            throw FastPathMismatch{};
        size_t index = 0;
        for (size_t i = prefix; i < value.size(); ++i) {
            if (value[i] < '0' || value[i] > '9')
                throw FastPathMismatch{};
            index = index * 10 + size_t(value[i] - '0');
            if (index >= m_seenBlocks.size())
                throw FastPathMismatch{};
        }
        if (m_seenBlocks[index])
            throw FastPathMismatch{};
        m_seenBlocks[index] = true;
        return m_skeleton->blocks[index];
    }

    const YamlDocument &m_doc;
    std::vector<YamlNode> &m_nodes;
    int &m_root;
    const QByteArray &m_input;
    const Skeleton *m_skeleton;
    std::vector<Frame> m_frames;
    std::unordered_map<YAML::anchor_t, int> m_anchors;
    std::vector<bool> m_seenBlocks;
};

class DocumentProbe final : public YAML::EventHandler
{
public:
    YAML::Mark mark;
    bool started = false;
    void OnDocumentStart(const YAML::Mark &m) override
    {
        if (!started)
            mark = m;
        started = true;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

enum class Outcome { Ok, Failed, Mismatch };

// yaml-cpp reports a tab used for indentation as some other problem; say what it is.
bool tabIndented(const QByteArray &text, int line, int *tabColumn)
{
    const char *d = text.constData();
    qsizetype start = 0;
    for (int l = 0; l < line; ++l) {
        const void *nl = std::memchr(d + start, '\n', size_t(text.size() - start));
        if (!nl)
            return false;
        start = static_cast<const char *>(nl) - d + 1;
    }
    for (qsizetype i = start; i < text.size() && (d[i] == ' ' || d[i] == '\t'); ++i) {
        if (d[i] == '\t') {
            *tabColumn = int(i - start);
            return true;
        }
    }
    return false;
}

Outcome runParser(const YamlDocument &doc, std::vector<YamlNode> &nodes, int &root, const QByteArray &original,
                  const QByteArray &input, const Skeleton *skeleton, Error *error)
{
    nodes.clear();
    root = -1;
    MemoryBuffer buffer(input.constData(), input.size());
    std::istream stream(&buffer);
    TreeBuilder builder(doc, nodes, root, input, skeleton);
    auto mapped = [&](const YAML::Mark &m) { return builder.mappedLine(m); };
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder)) {
            *error = doc.errorAtPosition(-1, 0,
                                         Tr::tr("the file holds no YAML (only blank lines or comments); a project spec "
                                            "needs at least name: and workflows:"));
            return Outcome::Failed;
        }
        if (skeleton)
            builder.checkAllBlocksSeen();
        DocumentProbe probe;
        if (parser.HandleNextDocument(probe)) {
            *error = doc.errorAtPosition(mapped(probe.mark), probe.mark.column,
                                         Tr::tr("a second YAML document starts here; a project spec is one document, so "
                                            "remove the extra ---"));
            return Outcome::Failed;
        }
    } catch (const FastPathMismatch &) {
        return Outcome::Mismatch;
    } catch (const ParseFailure &f) {
        *error = f.error;
        return Outcome::Failed;
    } catch (const YAML::DeepRecursion &e) {
        // (yaml-cpp 0.7 words this one "bad file")
        *error = doc.errorAtPosition(mapped(e.mark), e.mark.column,
                                     Tr::tr("the YAML is nested too deeply to be a project spec; is this the right file?"));
        return Outcome::Failed;
    } catch (const YAML::Exception &e) {
        int tabColumn = 0;
        if (tabIndented(original, mapped(e.mark), &tabColumn))
            *error = doc.errorAtPosition(mapped(e.mark), tabColumn,
                                         Tr::tr("a tab is used for indentation; YAML indents with spaces only"));
        else
            *error = doc.errorAtPosition(mapped(e.mark), e.mark.column, friendlyYamlError(e.msg));
        return Outcome::Failed;
    } catch (const std::exception &e) {
        *error = doc.errorAtPosition(-1, 0, Tr::tr("the file cannot be parsed (%1)").arg(QString::fromLocal8Bit(e.what())));
        return Outcome::Failed;
    }
    return Outcome::Ok;
}

} // namespace

Result<YamlDocument> YamlDocument::parse(const QByteArray &text, const QString &fileName, FastBlocks fast)
{
    YamlDocument doc;
    // Without its byte order mark, yaml-cpp's positions and ours agree on the first line.
    doc.m_text = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    doc.m_fileName = fileName;
    if (text.isEmpty())
        return makeError(Tr::tr("the file is empty; a project spec needs at least name: and workflows:"), fileName);
    int line = 0;
    int column = 0;
    QString message;
    if (!checkUtf8Text(text, &line, &column, &message))
        return doc.errorAtPosition(line, column, message);

    const QByteArray &input = doc.m_text;
    Error error;
    if (fast == FastBlocks::On) {
        Skeleton skeleton;
        if (buildSkeleton(input, &skeleton)) {
            if (runParser(doc, doc.m_nodes, doc.m_root, input, skeleton.text, &skeleton, &error) == Outcome::Ok) {
                doc.m_usedFastBlocks = true;
                return doc;
            }
            // Whatever went wrong, the original text decides (and words any error).
        }
    }
    if (runParser(doc, doc.m_nodes, doc.m_root, input, input, nullptr, &error) != Outcome::Ok)
        return error;
    return doc;
}

Error YamlDocument::errorAt(int id, const QString &message) const
{
    const YamlNode &n = node(id);
    return errorAtPosition(n.line, n.column, message);
}

Error YamlDocument::errorAtPosition(int line, int byteColumn, const QString &message) const
{
    if (line < 0)
        return makeError(message, m_fileName);
    return makeError(message, m_fileName, line + 1, characterColumn(m_text, line, byteColumn) + 1);
}

QString YamlDocument::describe(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null: return Tr::tr("empty");
    case YamlNode::Kind::Scalar: return Tr::tr("text");
    case YamlNode::Kind::Sequence: return Tr::tr("a list");
    case YamlNode::Kind::Mapping: return Tr::tr("a mapping");
    }
    return {};
}

bool checkUtf8Text(const QByteArray &bytes, int *line, int *byteColumn, QString *message)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = begin + bytes.size();
    auto locate = [&](const unsigned char *at) {
        *line = int(std::count(begin, at, '\n'));
        const auto *lineStart = at;
        while (lineStart > begin && lineStart[-1] != '\n')
            --lineStart;
        *byteColumn = int(at - lineStart);
    };
    if (bytes.size() >= 2 && ((begin[0] == 0xFF && begin[1] == 0xFE) || (begin[0] == 0xFE && begin[1] == 0xFF))) {
        locate(begin);
        *message = Tr::tr("the file is UTF-16 text; save it as UTF-8");
        return false;
    }
    const unsigned char *p = begin;
    while (p < end) {
        // Eight ASCII bytes without a NUL at a time: most of a spec.
        while (end - p >= 8) {
            quint64 v;
            std::memcpy(&v, p, 8);
            const bool ascii = (v & 0x8080808080808080ULL) == 0;
            const bool hasNul = ((v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL) != 0;
            if (!ascii || hasNul)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        if (*p == 0) {
            locate(p);
            *message = Tr::tr("the file contains binary data (a NUL byte), not YAML text; is this the right file?");
            return false;
        }
        const int len = utf8SequenceLength(p, end);
        if (len == 0) {
            locate(p);
            *message = Tr::tr("the file is not UTF-8 text (byte 0x%1 here); save it as UTF-8")
                           .arg(QString::number(*p, 16).toUpper().rightJustified(2, QLatin1Char('0')));
            return false;
        }
        p += len;
    }
    return true;
}

int characterColumn(const QByteArray &text, int line, int byteColumn)
{
    const char *d = text.constData();
    const qsizetype size = text.size();
    qsizetype start = 0;
    for (int l = 0; l < line && start < size; ++l) {
        const void *nl = std::memchr(d + start, '\n', size_t(size - start));
        if (!nl)
            return byteColumn;
        start = static_cast<const char *>(nl) - d + 1;
    }
    int chars = 0;
    for (qsizetype i = start; i < std::min(size, start + byteColumn); ++i)
        if ((static_cast<unsigned char>(d[i]) & 0xC0) != 0x80)
            ++chars;
    return chars + int(std::max<qsizetype>(0, start + byteColumn - size));
}

} // namespace sb::spec
