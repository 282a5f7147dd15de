#include "runtime/jsglue.h"

#include <js/Conversions.h>
#include <js/ErrorReport.h>
#include <js/Exception.h>
#include <js/Initialization.h>
#include <mozilla/Range.h>

#include <cstdlib>
#include <mutex>

namespace sb::jsg {

bool ensureEngine()
{
    static std::once_flag once;
    static bool ok = false;
    // The engine stays up until the process ends; every JobRuntime must be gone by then.
    std::call_once(once, [] {
        ok = JS_Init();
        if (ok)
            std::atexit([] { JS_ShutDown(); });
    });
    return ok;
}

QString toQString(JSContext *cx, JS::HandleValue value)
{
    JS::RootedString str(cx, value.isString() ? value.toString() : JS::ToString(cx, value));
    if (!str) {
        JS_ClearPendingException(cx);
        return {};
    }
    const size_t length = JS_GetStringLength(str);
    QString out(qsizetype(length), Qt::Uninitialized);
    if (!JS_CopyStringChars(cx, mozilla::Range<char16_t>(reinterpret_cast<char16_t *>(out.data()), length), str)) {
        JS_ClearPendingException(cx);
        return {};
    }
    return out;
}

JSString *newString(JSContext *cx, const QString &text)
{
    return JS_NewUCStringCopyN(cx, reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size()));
}

QString stringProperty(JSContext *cx, JS::HandleObject object, const char *name)
{
    JS::RootedValue v(cx);
    if (!JS_GetProperty(cx, object, name, &v)) {
        JS_ClearPendingException(cx);
        return {};
    }
    if (v.isNullOrUndefined())
        return {};
    return toQString(cx, v);
}

int intProperty(JSContext *cx, JS::HandleObject object, const char *name)
{
    JS::RootedValue v(cx);
    if (!JS_GetProperty(cx, object, name, &v)) {
        JS_ClearPendingException(cx);
        return 0;
    }
    if (v.isInt32())
        return v.toInt32();
    if (v.isDouble())
        return int(v.toDouble());
    return 0;
}

QString describeValue(JSContext *cx, JS::HandleValue value)
{
    if (value.isObject()) {
        JS::RootedObject obj(cx, &value.toObject());
        const QString message = stringProperty(cx, obj, "message");
        if (!message.isEmpty())
            return message;
    }
    return toQString(cx, value);
}

ExceptionReport takeException(JSContext *cx)
{
    ExceptionReport out;
    JS::ExceptionStack stack(cx);
    if (!JS::StealPendingExceptionStack(cx, &stack)) {
        out.message = QStringLiteral("out of memory or stopped");
        return out;
    }
    JS::ErrorReportBuilder builder(cx);
    if (builder.init(cx, stack, JS::ErrorReportBuilder::WithSideEffects) && builder.report()) {
        const JSErrorReport *report = builder.report();
        out.message = report->message() ? QString::fromUtf8(report->message().c_str()) : QString();
        out.line = int(report->lineno);
        out.column = int(report->column) + 1;
    } else {
        JS_ClearPendingException(cx);
        out.message = describeValue(cx, stack.exception());
    }
    return out;
}

QString takeExceptionMessage(JSContext *cx)
{
    if (!JS_IsExceptionPending(cx))
        return QStringLiteral("no details");
    return takeException(cx).message;
}

} // namespace sb::jsg
