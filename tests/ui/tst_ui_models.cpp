// The views' models under QAbstractItemModelTester, with real data and after changes.

#include "project/demoproject.h"
#include "project/projectdiff.h"
#include "workflows/adaptorname.h"
#include "workflows/importpreviewmodel.h"
#include "workflows/nextfiresmodel.h"
#include "workflows/triggertablemodel.h"
#include "workflows/workflowlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace sb;

namespace {

Workflow makeWorkflow(const QString &key, const QString &name, int jobs, bool cron)
{
    Workflow w;
    w.key = key;
    w.name = name;
    Trigger webhook;
    webhook.key = QStringLiteral("webhook");
    webhook.type = TriggerType::Webhook;
    w.triggers.append(webhook);
    if (cron) {
        Trigger c;
        c.key = QStringLiteral("cron");
        c.type = TriggerType::Cron;
        c.cronExpression = QStringLiteral("0 6 * * *");
        c.enabled = false;
        w.triggers.append(c);
    }
    for (int i = 0; i < jobs; ++i) {
        Job j;
        j.key = QStringLiteral("job%1").arg(i);
        j.name = QStringLiteral("Job %1").arg(i);
        j.adaptor = QStringLiteral("@openfn/language-common@1.7.5");
        j.body = QStringLiteral("fn(s => s);");
        w.jobs.append(j);
    }
    return w;
}

Project smallProject()
{
    Project p;
    p.name = QStringLiteral("Test");
    p.workflows = {makeWorkflow(QStringLiteral("b"), QStringLiteral("Beta"), 3, true),
                   makeWorkflow(QStringLiteral("a"), QStringLiteral("alpha"), 10, false),
                   makeWorkflow(QStringLiteral("c"), QStringLiteral("Gamma"), 1, false)};
    return p;
}

} // namespace

class TestUiModels final : public QObject
{
    Q_OBJECT

private slots:
    void workflowListWithDemo()
    {
        const Result<Project> demo = demoProject();
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QHash<QString, bool> enabled;
        enabled.insert(demo->workflows.last().key, false);
        model.setProject(demo.value(), enabled);
        QCOMPARE(model.rowCount(), int(demo->workflows.size()));
        QCOMPARE(model.columnCount(), int(WorkflowListModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const Workflow &w = demo->workflows[row];
            QCOMPARE(model.index(row, WorkflowListModel::Name).data().toString(), w.name);
            QCOMPARE(model.index(row, WorkflowListModel::Jobs).data().toInt(), int(w.jobs.size()));
            QVERIFY(!model.index(row, WorkflowListModel::Triggers).data().toString().isEmpty());
            QCOMPARE(model.index(row, WorkflowListModel::Name).data(WorkflowListModel::KeyRole).toString(), w.key);
        }
        QCOMPARE(model.index(model.rowCount() - 1, WorkflowListModel::Enabled).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(model.index(0, WorkflowListModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // Refreshing with the same workflows updates in place; fewer workflows reset.
        model.setProject(demo.value(), {});
        Project fewer = demo.value();
        fewer.workflows.removeFirst();
        model.setProject(fewer, {});
        QCOMPARE(model.rowCount(), int(fewer.workflows.size()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void workflowListTriggersAndSorting()
    {
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(smallProject(), {});
        QCOMPARE(model.index(0, WorkflowListModel::Triggers).data().toString(),
                 QStringLiteral("webhook, cron 0 6 * * * (disabled)"));
        QCOMPARE(model.index(1, WorkflowListModel::Triggers).data().toString(), QStringLiteral("webhook"));

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(WorkflowListModel::RawRole);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(WorkflowListModel::Jobs, Qt::AscendingOrder);
        // Numeric, not textual: 1, 3, 10.
        QCOMPARE(proxy.index(0, WorkflowListModel::Jobs).data().toInt(), 1);
        QCOMPARE(proxy.index(1, WorkflowListModel::Jobs).data().toInt(), 3);
        QCOMPARE(proxy.index(2, WorkflowListModel::Jobs).data().toInt(), 10);
        proxy.sort(WorkflowListModel::Name, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, WorkflowListModel::Name).data().toString(), QStringLiteral("alpha"));
    }

    void workflowListCheckboxAsksTheSetter()
    {
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(smallProject(), {});
        QVERIFY(model.flags(model.index(0, WorkflowListModel::Enabled)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, WorkflowListModel::Name)) & Qt::ItemIsUserCheckable));

        bool agree = false;
        QStringList asked;
        model.setEnabledSetter([&](const QString &key, bool enabled) {
            asked << key + (enabled ? QStringLiteral("=on") : QStringLiteral("=off"));
            return agree;
        });
        const QModelIndex box = model.index(1, WorkflowListModel::Enabled);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Refused: the box stays checked and nothing changes.
        QVERIFY(!model.setData(box, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(changed.count(), 0);
        // Accepted.
        agree = true;
        QVERIFY(model.setData(box, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(box.data(WorkflowListModel::RawRole).toBool(), false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(asked, (QStringList{QStringLiteral("a=off"), QStringLiteral("a=off")}));
        // Other columns are not editable.
        QVERIFY(!model.setData(model.index(1, WorkflowListModel::Name), QStringLiteral("x")));
        model.setWorkflowEnabled(QStringLiteral("a"), true);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void triggerTable()
    {
        TriggerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TriggerRow> rows;
        const Project project = smallProject();
        const QDateTime next(QDate(2030, 1, 2), QTime(6, 0), Qt::UTC);
        for (const Workflow &w : project.workflows) {
            for (const Trigger &t : w.triggers) {
                TriggerRow row;
                row.workflowKey = w.key;
                row.workflowName = w.name;
                row.trigger = t;
                row.endpoint = t.type == TriggerType::Cron ? t.cronExpression
                                                           : QStringLiteral("http://127.0.0.1:4000/i/") + w.key;
                row.reading = QStringLiteral("reading");
                if (t.type == TriggerType::Cron)
                    row.nextFire = next;
                rows.append(row);
            }
        }
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TriggerTableModel::ColumnCount));
        QCOMPARE(model.index(0, TriggerTableModel::Type).data().toString(), QStringLiteral("Webhook"));
        QCOMPARE(model.index(1, TriggerTableModel::Type).data().toString(), QStringLiteral("Cron"));
        QCOMPARE(model.index(1, TriggerTableModel::Endpoint).data().toString(), QStringLiteral("0 6 * * *"));
        // The cron trigger is disabled: no next fire shown, sorts last.
        QCOMPARE(model.index(1, TriggerTableModel::NextUtc).data().toString(), QStringLiteral("disabled"));
        rows[1].trigger.enabled = true;
        model.setRows(rows);
        QVERIFY(model.index(1, TriggerTableModel::NextUtc).data().toString().contains(QStringLiteral("2030-01-02 06:00")));
        QCOMPARE(model.index(1, TriggerTableModel::NextUtc).data(TriggerTableModel::RawRole).toLongLong(),
                 next.toMSecsSinceEpoch());
        QVERIFY(!model.index(1, TriggerTableModel::NextLocal).data().toString().isEmpty());
        QCOMPARE(model.index(0, TriggerTableModel::NextUtc).data().toString(), QString());
        QCOMPARE(model.index(2, TriggerTableModel::Endpoint).data().toString(), QStringLiteral("http://127.0.0.1:4000/i/a"));

        // Checkbox goes through the setter.
        int calls = 0;
        model.setEnabledSetter([&](const TriggerRow &row, bool enabled) {
            ++calls;
            return row.workflowKey == QStringLiteral("b") && !enabled;
        });
        QVERIFY(model.setData(model.index(0, TriggerTableModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.index(0, TriggerTableModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!model.setData(model.index(2, TriggerTableModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.index(2, TriggerTableModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(calls, 2);

        rows.removeLast();
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 3);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void nextFires()
    {
        NextFiresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QDateTime> times;
        for (int i = 0; i < 5; ++i)
            times.append(QDateTime(QDate(2030, 3, 1 + i), QTime(6, 0), Qt::UTC));
        model.setFireTimes(times);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.index(0, NextFiresModel::Utc).data().toString().contains(QStringLiteral("2030-03-01 06:00 UTC")));
        QVERIFY(!model.index(0, NextFiresModel::Local).data().toString().isEmpty());
        QCOMPARE(model.index(4, NextFiresModel::Utc).data(NextFiresModel::RawRole).toLongLong(),
                 times.last().toMSecsSinceEpoch());
        model.setFireTimes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void importPreview()
    {
        const Result<Project> demo = demoProject();
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A new project: everything added, grouped by workflow.
        const ProjectDiff added = diffProjects(nullptr, demo.value());
        QVERIFY(!added.isEmpty());
        model.setDiff(added, &demo.value());
        QVERIFY(model.rowCount() >= int(demo->workflows.size()));
        int children = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            children += model.rowCount(group);
            for (int r = 0; r < model.rowCount(group); ++r)
                QCOMPARE(model.index(r, ImportPreviewModel::Kind, group).data(ImportPreviewModel::ChangeKindRole).toInt(),
                         int(ChangeKind::Added));
        }
        QCOMPARE(children, int(added.changes.size()));
        const QString firstWorkflow = demo->workflows.first().name;
        bool found = false;
        for (int g = 0; g < model.rowCount(); ++g)
            found = found || model.index(g, 0).data().toString().contains(firstWorkflow);
        QVERIFY2(found, qPrintable(firstWorkflow));

        // A change: one job body edited, one job removed.
        Project changed = demo.value();
        changed.workflows[0].jobs[0].body += QStringLiteral("\n// edited\n");
        changed.workflows[1].jobs.removeLast();
        const ProjectDiff diff = diffProjects(&demo.value(), changed);
        model.setDiff(diff, &changed);
        QVERIFY(model.rowCount() >= 2);
        QSet<int> kinds;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int r = 0; r < model.rowCount(group); ++r) {
                const QModelIndex kind = model.index(r, ImportPreviewModel::Kind, group);
                kinds.insert(kind.data(ImportPreviewModel::ChangeKindRole).toInt());
                QVERIFY(kind.data(Qt::ForegroundRole).value<QColor>().isValid());
            }
        }
        QVERIFY(kinds.contains(int(ChangeKind::Changed)));
        QVERIFY(kinds.contains(int(ChangeKind::Removed)));
        QVERIFY(ImportPreviewModel::changeColor(ChangeKind::Added, false) != ImportPreviewModel::changeColor(ChangeKind::Removed, false));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void adaptorNames()
    {
        AdaptorName sf = AdaptorName::parse(QStringLiteral("@openfn/language-salesforce@4.0.5"));
        QCOMPARE(sf.package, QStringLiteral("salesforce"));
        QCOMPARE(sf.version, QStringLiteral("4.0.5"));
        QCOMPARE(sf.shortName(), QStringLiteral("salesforce 4.0.5"));
        QCOMPARE(sf.toString(), QStringLiteral("@openfn/language-salesforce@4.0.5"));
        AdaptorName latest = AdaptorName::parse(QStringLiteral("@openfn/language-http"));
        QCOMPARE(latest.package, QStringLiteral("http"));
        QVERIFY(latest.version.isEmpty());
        QCOMPARE(latest.toString(), QStringLiteral("@openfn/language-http@latest"));
        AdaptorName other = AdaptorName::parse(QStringLiteral("@acme/adaptor-x@2"));
        QCOMPARE(other.package, QStringLiteral("@acme/adaptor-x"));
        QCOMPARE(other.toString(), QStringLiteral("@acme/adaptor-x@2"));
        QVERIFY(AdaptorName::commonPackages().contains(QStringLiteral("infobip")));
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
