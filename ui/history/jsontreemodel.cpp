#include "jsontreemodel.h"

#include <QColor>
#include <QString>

namespace sb {

struct JsonTreeModel::Node
{
    const nlohmann::json *value = nullptr;
    QString key;
    Node *parent = nullptr;
    int row = 0;
    bool expanded = false;
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(std::shared_ptr<const nlohmann::json> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_root.reset();
    if (m_document) {
        m_root = std::make_unique<Node>();
        m_root->value = m_document.get();
    }
    endResetModel();
}

void JsonTreeModel::clear()
{
    setDocument(nullptr);
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void JsonTreeModel::ensureChildren(Node *node) const
{
    if (!node || node->expanded)
        return;
    node->expanded = true;
    const nlohmann::json &v = *node->value;
    if (v.is_object()) {
        node->children.reserve(v.size());
        int row = 0;
        for (auto it = v.begin(); it != v.end(); ++it) {
            auto child = std::make_unique<Node>();
            child->value = &it.value();
            child->key = QString::fromStdString(it.key());
            child->parent = node;
            child->row = row++;
            node->children.push_back(std::move(child));
        }
    } else if (v.is_array()) {
        node->children.reserve(v.size());
        for (size_t i = 0; i < v.size(); ++i) {
            auto child = std::make_unique<Node>();
            child->value = &v[i];
            child->key = QString::number(i);
            child->parent = node;
            child->row = int(i);
            node->children.push_back(std::move(child));
        }
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *p = nodeOf(parent);
    if (!p || column < 0 || column >= ColumnCount)
        return {};
    ensureChildren(p);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = static_cast<Node *>(child.internalPointer());
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *p = nodeOf(parent);
    if (!p)
        return 0;
    const nlohmann::json &v = *p->value;
    return (v.is_object() || v.is_array()) ? int(v.size()) : 0;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = static_cast<Node *>(index.internalPointer());
    const nlohmann::json &v = *n->value;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Key:
            return n->key;
        case Value:
            if (v.is_object())
                return tr("{%n keys}", nullptr, int(v.size()));
            if (v.is_array())
                return tr("[%n items]", nullptr, int(v.size()));
            if (v.is_string()) {
                const QString s = QString::fromStdString(v.get<std::string>());
                return role == Qt::DisplayRole && s.size() > 500 ? s.left(500) + QStringLiteral("…") : s;
            }
            return QString::fromStdString(v.dump());
        case Type:
            return QString::fromLatin1(v.type_name());
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Value) {
        if (v.is_string())
            return QColor(0x2e, 0x7d, 0x32);
        if (v.is_number())
            return QColor(0x15, 0x65, 0xc0);
        if (v.is_boolean() || v.is_null())
            return QColor(0x8e, 0x24, 0xaa);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key: return tr("Key");
    case Value: return tr("Value");
    case Type: return tr("Type");
    }
    return {};
}

} // namespace sb
