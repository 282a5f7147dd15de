#include "jsonbody.h"

#include "engine/workorders.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <string>
#include <utility>
#include <vector>

namespace sb {

namespace {

using Found = std::vector<std::pair<int, std::string>>;

// The telling fields of `value` down to depth 3, as summarizeData() finds them.
void collect(simdjson::dom::element value, int depth, Found &found)
{
    if (depth > 3 || found.size() > 24)
        return;
    simdjson::dom::object object;
    if (value.get(object) != simdjson::SUCCESS)
        return;
    for (const simdjson::dom::key_value_pair field : object) {
        const simdjson::dom::element v = field.value;
        switch (v.type()) {
        case simdjson::dom::element_type::STRING:
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE: {
            const int rank = tellingKeyRank(field.key);
            if (rank < 0)
                break;
            std::string text;
            if (v.type() == simdjson::dom::element_type::STRING)
                text = std::string(std::string_view(v));
            else
                text = simdjson::minify(v);
            if (!text.empty() && text.size() < 80)
                found.emplace_back(rank * 10 + depth, std::move(text));
            break;
        }
        case simdjson::dom::element_type::OBJECT:
            collect(v, depth + 1, found);
            break;
        default:
            break;
        }
    }
}

} // namespace

struct JsonBodyChecker::Private
{
    simdjson::dom::parser parser;
};

JsonBodyChecker::JsonBodyChecker() : d(std::make_unique<Private>()) {}

JsonBodyChecker::~JsonBodyChecker() = default;

JsonBodyVerdict JsonBodyChecker::check(const QByteArray &body)
{
    JsonBodyVerdict verdict;
    simdjson::dom::element root;
    // The parser copies the body into its padded buffer (bodies carry no padding).
    if (d->parser.parse(body.constData(), std::size_t(body.size())).get(root) == simdjson::SUCCESS) {
        verdict.ok = true;
        Found found;
        collect(root, 0, found);
        QStringList keys;
        simdjson::dom::object object;
        if (root.get(object) == simdjson::SUCCESS)
            for (const simdjson::dom::key_value_pair field : object) {
                if (keys.size() == 6)
                    break;
                keys << QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
            }
        verdict.summary = composeSummary(std::move(found), keys);
        return verdict;
    }
    // Not JSON (or beyond simdjson's limits, such as nesting over 1024 levels): parse
    // again to accept it after all or to find where it breaks, for the sender's sake.
    std::size_t at = std::size_t(body.size());
    try {
        const nlohmann::json parsed = nlohmann::json::parse(body.constBegin(), body.constEnd());
        verdict.ok = true;
        verdict.summary = summarizeData(parsed);
        return verdict;
    } catch (const nlohmann::json::parse_error &e) {
        at = e.byte;
    }
    verdict.byte = qint64(at);
    verdict.line = 1;
    verdict.column = 1;
    for (std::size_t i = 0; i + 1 < at && i < std::size_t(body.size()); ++i) {
        if (body[qsizetype(i)] == '\n') {
            ++verdict.line;
            verdict.column = 1;
        } else {
            ++verdict.column;
        }
    }
    return verdict;
}

} // namespace sb
