// Writing the classic openfn-<uuid>-spec.yaml. The output is deterministic (fixed key
// order, the model's object order) and reads back to the same Project: strings are
// written plain only when no YAML reader could take them for anything else, bodies as
// literal blocks with exact chomping, and text a literal block cannot carry (CR, control
// characters) as escaped double-quoted strings.

#include "spec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace sb {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Spec)
};

// Characters that are fine in any YAML scalar as they are (not escaped).
bool isPrintable(char32_t c)
{
    if (c == 0x09 || c == 0x0A)
        return true;
    if (c < 0x20 || c == 0x7F)
        return false;
    if (c >= 0x80 && c <= 0x9F) // C1 controls, NEL among them
        return false;
    if (c == 0x2028 || c == 0x2029 || c == 0xFEFF) // line/paragraph separators, BOM
        return false;
    if (c >= 0xD800 && c <= 0xDFFF) // lone surrogates
        return false;
    if (c == 0xFFFE || c == 0xFFFF)
        return false;
    return true;
}

QList<uint> codePoints(const QString &s)
{
    return s.toUcs4();
}

bool allPrintable(const QString &s, bool allowTabAndNewline)
{
    for (const char32_t c : codePoints(s)) {
        if (!isPrintable(c))
            return false;
        if (!allowTabAndNewline && (c == 0x09 || c == 0x0A))
            return false;
    }
    return true;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// Whether a YAML 1.1 or 1.2 reader might take a string starting with a digit for a number,
// a date or a time: only digits and number punctuation, a 0x/0o/0b prefix, or a date.
bool looksLikeNumberOrDate(const QString &s)
{
    bool numberChars = true;
    for (QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringView(u"._-+eE:").contains(c)))
            numberChars = false;
    if (numberChars)
        return true;
    static const QRegularExpression prefixed(QStringLiteral("^0([xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)$"));
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"));
    return prefixed.match(s).hasMatch() || date.match(s).hasMatch();
}

// Plain (unquoted) only when every YAML reader takes it as this very string: starts with
// a letter, '_', a digit (when it cannot be a number or a date) or a path ("/", "./",
// "../"); no ':', '#', flow characters, leading or trailing space; and is not a word that
// YAML 1.1 or 1.2 resolves to a boolean or null.
bool canBePlain(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar first = s.front();
    const bool digitFirst = first >= QLatin1Char('0') && first <= QLatin1Char('9');
    const bool pathFirst = first == QLatin1Char('/') || s.startsWith(QLatin1String("./")) || s.startsWith(QLatin1String("../"));
    if (!(isAsciiLetter(first) || first == QLatin1Char('_') || (first.unicode() >= 0x80 && first.isLetter())
          || digitFirst || pathFirst))
        return false;
    if (digitFirst && (s.contains(QLatin1Char(' ')) || looksLikeNumberOrDate(s)))
        return false; // ids like 0b8e4a1c-… stay plain; '0 6 * * *' is quoted as OpenFn writes it
    if (s.back().isSpace())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == '#' || u == ':' || u == '{' || u == '}' || u == '[' || u == ']' || u == ',' || u == '\t' || u == '\n'
            || u == '\r')
            return false;
    }
    if (!allPrintable(s, false))
        return false;
    static const QStringList words = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                      QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                      QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("null")};
    return !words.contains(s.toLower());
}

QString doubleQuotedChar(char32_t c)
{
    switch (c) {
    case '"': return QStringLiteral("\\\"");
    case '\\': return QStringLiteral("\\\\");
    case '\n': return QStringLiteral("\\n");
    case '\r': return QStringLiteral("\\r");
    case '\t': return QStringLiteral("\\t");
    case 0: return QStringLiteral("\\0");
    default: break;
    }
    if (!isPrintable(c)) {
        if (c <= 0xFF)
            return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return QString::fromUcs4(&c, 1);
}

// One line: "…" with every non-printable character escaped.
QString doubleQuoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const char32_t c : codePoints(s))
        out += doubleQuotedChar(c);
    out += QLatin1Char('"');
    return out;
}

// A scalar on one line: plain, 'single' or "double" quoted, whichever is the simplest that is exact.
QString inlineScalar(const QString &s)
{
    if (canBePlain(s))
        return s;
    if (allPrintable(s, false)) {
        QString escaped = s;
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    }
    return doubleQuoted(s);
}

class Emitter final
{
public:
    QByteArray result() const { return m_out.toUtf8(); }

    // "key: value" at `indent`; `block` prefers a literal block even for one line (job bodies).
    void field(int indent, const QString &key, const QString &value, bool block = false)
    {
        m_out += QString(indent, QLatin1Char(' '));
        m_out += inlineScalar(key);
        m_out += QLatin1Char(':');
        value_(indent, value, block);
    }

    // "key:" with nested content to follow.
    void open(int indent, const QString &key)
    {
        m_out += QString(indent, QLatin1Char(' '));
        m_out += inlineScalar(key);
        m_out += QLatin1String(":\n");
    }

    // "key:" with the value to follow on the same line (json()).
    void key(int indent, const QString &key)
    {
        m_out += QString(indent, QLatin1Char(' '));
        m_out += inlineScalar(key);
        m_out += QLatin1Char(':');
    }

    void raw(int indent, const QString &text)
    {
        m_out += QString(indent, QLatin1Char(' '));
        m_out += text;
        m_out += QLatin1Char('\n');
    }

    void boolean(int indent, const QString &key, bool value)
    {
        raw(indent, inlineScalar(key) + (value ? QLatin1String(": true") : QLatin1String(": false")));
    }

    // The value of a key (or a list item) whose parent node is indented by `parent`;
    // the current line already ends with "key:" or "-".
    void value_(int parent, const QString &s, bool preferBlock)
    {
        const bool multiLine = s.contains(QLatin1Char('\n'));
        if ((multiLine || preferBlock) && literalBlock(parent, s))
            return;
        if (multiLine) {
            multiLineDoubleQuoted(parent, s);
            return;
        }
        m_out += QLatin1Char(' ');
        m_out += inlineScalar(s);
        m_out += QLatin1Char('\n');
    }

    void json(int indent, const nlohmann::ordered_json &v, bool afterDash);

private:
    // Writes `s` as a literal block (`|`, `|-`, `|+`, with an indentation indicator when
    // the first line starts with white space). False when a literal block cannot hold it.
    bool literalBlock(int parent, const QString &s)
    {
        if (s.isEmpty() || !allPrintable(s, true))
            return false;
        bool hasText = false;
        for (QChar c : s)
            if (!c.isSpace()) {
                hasText = true;
                break;
            }
        if (!hasText)
            return false;
        qsizetype trailing = 0;
        while (trailing < s.size() && s.at(s.size() - 1 - trailing) == QLatin1Char('\n'))
            ++trailing;
        const QStringList lines = s.left(s.size() - trailing).split(QLatin1Char('\n'));
        // Auto-detected indentation would be wrong if the first text line (or a blank
        // line before it) starts with white space: say the indentation explicitly then.
        bool indicator = false;
        for (const QString &line : lines) {
            if (line.isEmpty())
                continue;
            indicator = line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t');
            if (!line.trimmed().isEmpty() || indicator)
                break;
        }
        m_out += QLatin1String(" |");
        if (indicator)
            m_out += QLatin1Char('2');
        if (trailing == 0)
            m_out += QLatin1Char('-');
        else if (trailing > 1)
            m_out += QLatin1Char('+');
        m_out += QLatin1Char('\n');
        const QString pad(parent + 2, QLatin1Char(' '));
        for (const QString &line : lines) {
            if (!line.isEmpty()) {
                m_out += pad;
                m_out += line;
            }
            m_out += QLatin1Char('\n');
        }
        for (qsizetype i = 1; i < trailing; ++i)
            m_out += QLatin1Char('\n');
        return true;
    }

    // "…\n\ continued on the next line…": exact for any text, still one source line per line.
    void multiLineDoubleQuoted(int parent, const QString &s)
    {
        const QString pad(parent + 2, QLatin1Char(' '));
        m_out += QLatin1String(" \"");
        const QList<uint> cps = codePoints(s);
        bool lineStart = false;
        for (qsizetype i = 0; i < cps.size(); ++i) {
            const char32_t c = cps[i];
            if (lineStart && (c == ' ' || c == '\t'))
                m_out += c == ' ' ? QLatin1String("\\x20") : QLatin1String("\\t"); // a continuation line's leading space is dropped otherwise
            else
                m_out += doubleQuotedChar(c);
            lineStart = false;
            if (c == '\n' && i + 1 < cps.size()) {
                m_out += QLatin1String("\\\n");
                m_out += pad;
                lineStart = true;
            }
        }
        m_out += QLatin1String("\"\n");
    }

    QString m_out;
};

// webhook_response_config: JSON written as block YAML (`indent` is the column of its
// content; the current line ends with "key:" or "- ").
void Emitter::json(int indent, const nlohmann::ordered_json &v, bool afterDash)
{
    const QString pad(indent, QLatin1Char(' '));
    if (v.is_object() && !v.empty()) {
        bool first = true;
        if (!afterDash)
            m_out += QLatin1Char('\n');
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!(afterDash && first))
                m_out += pad;
            first = false;
            m_out += inlineScalar(QString::fromStdString(it.key()));
            m_out += QLatin1Char(':');
            json(indent + 2, it.value(), false);
        }
        return;
    }
    if (v.is_array() && !v.empty()) {
        bool first = true;
        if (!afterDash)
            m_out += QLatin1Char('\n');
        for (const auto &item : v) {
            if (!(afterDash && first))
                m_out += pad;
            first = false;
            m_out += QLatin1Char('-');
            if ((item.is_object() || item.is_array()) && !item.empty()) {
                m_out += QLatin1Char(' ');
                json(indent + 2, item, true);
            } else {
                json(indent + 2, item, false);
            }
        }
        return;
    }
    if (v.is_string()) {
        // A string's parent (for block indentation) is the key or dash two columns left.
        value_(indent - 2, QString::fromStdString(v.get<std::string>()), false);
        return;
    }
    QString scalar;
    if (v.is_object())
        scalar = QStringLiteral("{}");
    else if (v.is_array())
        scalar = QStringLiteral("[]");
    else if (v.is_null())
        scalar = QStringLiteral("null");
    else
        scalar = QString::fromStdString(v.dump());
    m_out += QLatin1Char(' ');
    m_out += scalar;
    m_out += QLatin1Char('\n');
}

void writeJob(Emitter &e, const Job &job)
{
    e.open(6, job.key);
    if (!job.uuid.isEmpty())
        e.field(8, QStringLiteral("id"), job.uuid);
    e.field(8, QStringLiteral("name"), job.name);
    e.field(8, QStringLiteral("adaptor"), job.adaptor);
    if (!job.credential.isEmpty())
        e.field(8, QStringLiteral("credential"), job.credential);
    if (!job.bodyPath.isEmpty()) {
        e.open(8, QStringLiteral("body"));
        e.field(10, QStringLiteral("path"), job.bodyPath);
    } else {
        e.field(8, QStringLiteral("body"), job.body, true);
    }
}

void writeTrigger(Emitter &e, const Trigger &t)
{
    e.open(6, t.key);
    if (!t.uuid.isEmpty())
        e.field(8, QStringLiteral("id"), t.uuid);
    e.field(8, QStringLiteral("type"), toString(t.type));
    e.boolean(8, QStringLiteral("enabled"), t.enabled);
    if (t.type == TriggerType::Cron) {
        e.field(8, QStringLiteral("cron_expression"), t.cronExpression);
        return;
    }
    if (!t.webhookReply.isEmpty())
        e.field(8, QStringLiteral("webhook_reply"), t.webhookReply);
    if (!t.webhookResponseConfig.isEmpty()) {
        const auto parsed = nlohmann::ordered_json::parse(t.webhookResponseConfig.toStdString(), nullptr, false);
        if (parsed.is_object()) {
            e.key(8, QStringLiteral("webhook_response_config"));
            e.json(10, parsed, false);
        } else {
            // Not JSON: written as text, so that reading it back says what is wrong.
            e.field(8, QStringLiteral("webhook_response_config"), t.webhookResponseConfig);
        }
    }
    if (!t.customPath.isEmpty())
        e.field(8, QStringLiteral("custom_path"), t.customPath);
}

void writeEdge(Emitter &e, const Edge &edge)
{
    e.open(6, edge.key);
    if (!edge.uuid.isEmpty())
        e.field(8, QStringLiteral("id"), edge.uuid);
    if (!edge.sourceTrigger.isEmpty())
        e.field(8, QStringLiteral("source_trigger"), edge.sourceTrigger);
    if (!edge.sourceJob.isEmpty())
        e.field(8, QStringLiteral("source_job"), edge.sourceJob);
    e.field(8, QStringLiteral("target_job"), edge.targetJob);
    e.field(8, QStringLiteral("condition_type"), toString(edge.condition));
    if (!edge.conditionLabel.isEmpty())
        e.field(8, QStringLiteral("condition_label"), edge.conditionLabel);
    if (edge.condition == ConditionType::JsExpression)
        e.field(8, QStringLiteral("condition_expression"), edge.conditionExpression);
    e.boolean(8, QStringLiteral("enabled"), edge.enabled);
}

} // namespace

QByteArray writeSpec(const Project &project)
{
    Emitter e;
    e.field(0, QStringLiteral("name"), project.name);
    if (!project.description.isEmpty())
        e.field(0, QStringLiteral("description"), project.description);
    if (!project.credentials.isEmpty()) {
        e.open(0, QStringLiteral("credentials"));
        for (const CredentialRef &c : project.credentials) {
            if (c.name.isEmpty() && c.owner.isEmpty()) {
                e.raw(2, inlineScalar(c.key) + QLatin1String(": {}"));
                continue;
            }
            e.open(2, c.key);
            if (!c.name.isEmpty())
                e.field(4, QStringLiteral("name"), c.name);
            if (!c.owner.isEmpty())
                e.field(4, QStringLiteral("owner"), c.owner);
        }
    }
    if (project.workflows.isEmpty()) {
        e.raw(0, QStringLiteral("workflows: {}"));
        return e.result();
    }
    e.open(0, QStringLiteral("workflows"));
    for (const Workflow &wf : project.workflows) {
        e.open(2, wf.key);
        if (!wf.uuid.isEmpty())
            e.field(4, QStringLiteral("id"), wf.uuid);
        e.field(4, QStringLiteral("name"), wf.name);
        if (!wf.jobs.isEmpty()) {
            e.open(4, QStringLiteral("jobs"));
            for (const Job &job : wf.jobs)
                writeJob(e, job);
        }
        if (!wf.triggers.isEmpty()) {
            e.open(4, QStringLiteral("triggers"));
            for (const Trigger &t : wf.triggers)
                writeTrigger(e, t);
        }
        if (!wf.edges.isEmpty()) {
            e.open(4, QStringLiteral("edges"));
            for (const Edge &edge : wf.edges)
                writeEdge(e, edge);
        }
    }
    return e.result();
}

Status writeSpecFile(const Project &project, const QString &path)
{
    const QDir dir = QFileInfo(path).absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return makeError(Tr::tr("cannot create the folder %1").arg(dir.path()), path);

    // Body files first (each once), so that the spec never points at a file not written.
    struct BodyFile
    {
        QString body;
        QString owner;
    };
    QHash<QString, BodyFile> files;
    QStringList order;
    for (const Workflow &wf : project.workflows) {
        for (const Job &job : wf.jobs) {
            if (job.bodyPath.isEmpty())
                continue;
            const QString owner = Tr::tr("job \"%1\" in workflow \"%2\"").arg(job.key, wf.key);
            const QString relative = QDir::cleanPath(job.bodyPath);
            if (QDir::isAbsolutePath(relative) || relative == QLatin1String("..")
                || relative.startsWith(QLatin1String("../")))
                return makeError(Tr::tr("the body path %1 of %2 points outside the spec's folder; export writes job files "
                                    "only inside it, so make the path relative (e.g. jobs/%3.js)")
                                     .arg(job.bodyPath, owner, job.key),
                                 path);
            const QString target = dir.filePath(relative);
            const auto existing = files.constFind(target);
            if (existing != files.cend()) {
                if (existing->body != job.body)
                    return makeError(Tr::tr("%1 and %2 both keep their body in %3 but the bodies differ; give one of "
                                        "them its own file")
                                         .arg(existing->owner, owner, job.bodyPath),
                                     path);
                continue;
            }
            files.insert(target, {job.body, owner});
            order << target;
        }
    }
    auto save = [&](const QString &file, const QByteArray &bytes) -> Status {
        if (!QDir().mkpath(QFileInfo(file).absolutePath()))
            return makeError(Tr::tr("cannot create the folder for %1").arg(file), path);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return makeError(Tr::tr("cannot write %1: %2").arg(file, out.errorString()), path);
        return Ok{};
    };
    for (const QString &file : order)
        if (Status s = save(file, files.value(file).body.toUtf8()); !s)
            return s;
    return save(path, writeSpec(project));
}

} // namespace sb
