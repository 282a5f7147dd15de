#pragma once

// Small helpers between SpiderMonkey and Qt, for core/runtime only (includes jsapi.h).

#include <QString>

#include <jsapi.h>

namespace sb::jsg {

// JS_Init once per process; true when the engine is usable.
bool ensureEngine();

QString toQString(JSContext *cx, JS::HandleValue value);   // String(value); "" when that throws
JSString *newString(JSContext *cx, const QString &text);
QString stringProperty(JSContext *cx, JS::HandleObject object, const char *name);
int intProperty(JSContext *cx, JS::HandleObject object, const char *name);
QString describeValue(JSContext *cx, JS::HandleValue value);

struct ExceptionReport
{
    QString message;
    int line = 0;
    int column = 0;
};
// Takes (and clears) the pending exception.
ExceptionReport takeException(JSContext *cx);
QString takeExceptionMessage(JSContext *cx);

} // namespace sb::jsg
