#include "statestyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::HistoryView)
};

QIcon roundIcon(const QColor &color, bool hollow)
{
    static QHash<QRgb, QIcon> cache[2];
    QIcon &icon = cache[hollow][color.rgba()];
    if (!icon.isNull())
        return icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal m = size * 0.2;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        if (hollow) {
            p.setPen(QPen(color, size / 8.0));
            p.setBrush(Qt::NoBrush);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
        }
        p.drawEllipse(r);
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("available")) return Tr::tr("Queued");
    if (state == QLatin1String("claimed")) return Tr::tr("Claimed");
    if (state == QLatin1String("started")) return Tr::tr("Running");
    if (state == QLatin1String("success")) return Tr::tr("Success");
    if (state == QLatin1String("failed")) return Tr::tr("Failed");
    if (state == QLatin1String("crashed")) return Tr::tr("Crashed");
    if (state == QLatin1String("cancelled")) return Tr::tr("Cancelled");
    if (state == QLatin1String("killed")) return Tr::tr("Killed");
    if (state == QLatin1String("exception")) return Tr::tr("Exception");
    if (state == QLatin1String("lost")) return Tr::tr("Lost");
    return state;
}

QColor stateColor(const QString &state)
{
    if (state == QLatin1String("success")) return QColor(0x2e, 0x7d, 0x32);
    if (state == QLatin1String("failed")) return QColor(0xc6, 0x28, 0x28);
    if (state == QLatin1String("crashed")) return QColor(0x8e, 0x24, 0xaa);
    if (state == QLatin1String("killed")) return QColor(0xd8, 0x43, 0x15);
    if (state == QLatin1String("exception")) return QColor(0xad, 0x14, 0x57);
    if (state == QLatin1String("lost")) return QColor(0x6d, 0x4c, 0x41);
    if (state == QLatin1String("cancelled")) return QColor(0x75, 0x75, 0x75);
    if (state == QLatin1String("available")) return QColor(0x15, 0x65, 0xc0);
    return QColor(0x00, 0x83, 0x8f); // claimed, started
}

QIcon stateIcon(const QString &state)
{
    const bool pending = state == QLatin1String("available") || state == QLatin1String("claimed")
                         || state == QLatin1String("started");
    return roundIcon(stateColor(state), pending);
}

QString exitReasonLabel(const QString &r)
{
    if (r.isEmpty()) return Tr::tr("Running");
    if (r == QLatin1String("success")) return Tr::tr("Success");
    if (r == QLatin1String("fail")) return Tr::tr("Fail");
    if (r == QLatin1String("crash")) return Tr::tr("Crash");
    if (r == QLatin1String("cancel")) return Tr::tr("Cancel");
    if (r == QLatin1String("kill")) return Tr::tr("Kill");
    if (r == QLatin1String("exception")) return Tr::tr("Exception");
    if (r == QLatin1String("lost")) return Tr::tr("Lost");
    return r;
}

QColor exitReasonColor(const QString &r)
{
    if (r.isEmpty()) return stateColor(QStringLiteral("started"));
    if (r == QLatin1String("success")) return stateColor(QStringLiteral("success"));
    if (r == QLatin1String("fail")) return stateColor(QStringLiteral("failed"));
    if (r == QLatin1String("crash")) return stateColor(QStringLiteral("crashed"));
    if (r == QLatin1String("cancel")) return stateColor(QStringLiteral("cancelled"));
    if (r == QLatin1String("kill")) return stateColor(QStringLiteral("killed"));
    if (r == QLatin1String("lost")) return stateColor(QStringLiteral("lost"));
    return stateColor(QStringLiteral("exception"));
}

QIcon exitReasonIcon(const QString &r)
{
    return roundIcon(exitReasonColor(r), r.isEmpty());
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return Tr::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime();
    return QLocale().toString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace sb
