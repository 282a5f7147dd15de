#include "runtime/jobruntime.h"

#include "common/sysinfo.h"
#include "runtime/jobhttp.h"
#include "runtime/jsglue.h"
#include "clinics/clinicservice.h"
#include "sms/smsjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <js/CompilationAndEvaluation.h>
#include <js/CompileOptions.h>
#include <js/Conversions.h>
#include <js/Exception.h>
#include <js/Initialization.h>
#include <js/GCVector.h>
#include <js/Interrupt.h>
#include <js/JSON.h>
#include <js/MemoryCallbacks.h>
#include <js/Principals.h>
#include <js/Promise.h>
#include <js/SourceText.h>
#include <js/Warnings.h>
#include <js/experimental/JSStencil.h>
#include <jsfriendapi.h>
#include <mozilla/RefPtr.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

#include <cstdio>

#include <pthread.h>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::JobRuntime)
};

using Clock = std::chrono::steady_clock;

enum class Kill { None, Timeout, Memory, Cancel, NeverSettles, StateTooLarge };

const JSClass kGlobalClass = {"SwitchboardStep", JSCLASS_GLOBAL_FLAGS, &JS::DefaultGlobalClassOps, nullptr, nullptr, nullptr};

QString formatMs(qint64 ms)
{
    if (ms % 1000 == 0)
        return Tr::tr("%n s", nullptr, int(ms / 1000));
    return Tr::tr("%1 ms").arg(ms);
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return Tr::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
    if (bytes >= 1024)
        return Tr::tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return Tr::tr("%n bytes", nullptr, int(bytes));
}

// The stack available to SpiderMonkey on this thread, leaving room for C++ frames.
size_t stackQuotaForThisThread()
{
    size_t size = 8 * 1024 * 1024;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr = nullptr;
        size_t s = 0;
        if (pthread_attr_getstack(&attr, &addr, &s) == 0 && s > 0)
            size = s;
        pthread_attr_destroy(&attr);
    }
    const size_t margin = 256 * 1024;
    return size > 2 * margin ? size - margin : size / 2;
}

// Promise jobs (microtasks) for one context, so that a killed step's leftovers can be
// thrown away instead of running in the next step's realm.
class StepJobQueue final : public JS::JobQueue
{
public:
    explicit StepJobQueue(JSContext *cx) : m_jobs(cx) {}

    JSObject *getIncumbentGlobal(JSContext *cx) override { return JS::CurrentGlobalOrNull(cx); }

    bool enqueuePromiseJob(JSContext *cx, JS::HandleObject, JS::HandleObject job, JS::HandleObject,
                           JS::HandleObject) override
    {
        if (!m_jobs.append(job)) {
            JS_ReportOutOfMemory(cx);
            return false;
        }
        return true;
    }

    void runJobs(JSContext *cx) override { drain(cx); }
    bool empty() const override { return m_jobs.empty(); }

    js::UniquePtr<SavedJobQueue> saveJobQueue(JSContext *cx) override
    {
        // Only the debugger uses this; Switchboard never runs it.
        JS_ReportOutOfMemory(cx);
        return nullptr;
    }

    // Runs jobs until the queue is empty. False when the engine was told to stop
    // (uncatchable termination); a job that throws only loses its own exception.
    bool drain(JSContext *cx)
    {
        while (!m_jobs.empty()) {
            JS::RootedObject job(cx, m_jobs[0]);
            m_jobs.erase(m_jobs.begin());
            JSAutoRealm ar(cx, job);
            JS::RootedValue rval(cx);
            if (!JS::Call(cx, JS::UndefinedHandleValue, job, JS::HandleValueArray::empty(), &rval)) {
                if (!JS_IsExceptionPending(cx))
                    return false;
                JS_ClearPendingException(cx);
            }
        }
        return true;
    }

    void clear() { m_jobs.clear(); }

private:
    JS::PersistentRooted<JS::GCVector<JSObject *, 0, js::SystemAllocPolicy>> m_jobs;
};

struct CompiledJob
{
    RefPtr<JS::Stencil> stencil;
    QString map;
};

struct Timer
{
    Clock::time_point due;
    int id = 0;
};

} // namespace

QString exitReasonName(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Success: return QStringLiteral("success");
    case ExitReason::Fail: return QStringLiteral("fail");
    case ExitReason::Crash: return QStringLiteral("crash");
    case ExitReason::Kill: return QStringLiteral("kill");
    case ExitReason::Cancel: return QStringLiteral("cancel");
    case ExitReason::Exception: return QStringLiteral("exception");
    case ExitReason::Lost: return QStringLiteral("lost");
    }
    return {};
}

std::optional<ExitReason> exitReasonFromName(const QString &name)
{
    for (auto r : {ExitReason::Success, ExitReason::Fail, ExitReason::Crash, ExitReason::Kill, ExitReason::Cancel,
                   ExitReason::Exception, ExitReason::Lost}) {
        if (exitReasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString StepError::toString() const
{
    if (line > 0 && column > 0)
        return Tr::tr("%1 (line %2, column %3): %4").arg(type).arg(line).arg(column).arg(message);
    if (line > 0)
        return Tr::tr("%1 (line %2): %3").arg(type).arg(line).arg(message);
    return type.isEmpty() ? message : type + QStringLiteral(": ") + message;
}

// ---------------------------------------------------------------------------------------

struct JobRuntime::Impl
{
    JSContext *cx = nullptr;
    Status initStatus = Ok{};
    std::unique_ptr<StepJobQueue> jobs;

    // Compiled once per context.
    std::map<QString, RefPtr<JS::Stencil>> scripts;  // "runtime/prelude.js" → stencil
    QHash<QString, CompiledJob> jobCache;            // jobName + '\n' + source
    std::unique_ptr<JS::PersistentRootedObject> compilerGlobal;
    std::unique_ptr<JS::PersistentRootedObject> compilerFn;
    // The library realm: runtime library, adaptors and npm libraries, warm across steps.
    std::unique_ptr<JS::PersistentRootedObject> libraryGlobal;
    std::unique_ptr<JS::PersistentRootedObject> newStepFn;
    std::unique_ptr<JS::PersistentRootedObject> adoptRealmFn;

    // Job realms kept for the next run of the same job (same isolation key, name, source):
    // the job's code stays warm. A realm is dropped when a run changed a built-in, ended
    // abnormally, or the cache is full (least recently used first).
    struct JobRealm
    {
        std::unique_ptr<JS::PersistentRootedObject> global;
        std::unique_ptr<JS::PersistentRootedObject> jobFn;
        quint64 lastUsed = 0;
    };
    std::map<QString, JobRealm> realms;
    quint64 realmClock = 0;
    static constexpr size_t kMaxRealms = 32;
    JobRealm *jobRealm(const QString &key, JS::Stencil *stencil, QString *problem);

    // The step being run.
    const StepRequest *request = nullptr;
    StepResult *result = nullptr;
    QStringList secrets;
    int codegenAllowed = 0;
    std::atomic<Kill> kill{Kill::None};
    std::atomic<bool> outOfMemory{false};
    qint64 heapLimit = 0;
    qint64 stepsRun = 0;

    // Event loop: timers and work posted from other threads.
    std::vector<Timer> timers; // a heap ordered by due time
    int nextTimerId = 1;
    std::mutex loopMutex;
    std::condition_variable loopWake;
    std::deque<std::function<void()>> posted;
    int nativePending = 0;

    // HTTP (sb.http): the step's requests in flight (local id → client id, under loopMutex),
    // its cookie jar, and where completions go. Completions of an earlier step carry an
    // older serial and are dropped.
    struct PostSink
    {
        std::mutex mutex;
        Impl *impl = nullptr;
    };
    std::shared_ptr<PostSink> sink = std::make_shared<PostSink>();
    std::map<int, quint64> httpInFlight;
    int nextHttpId = 1;
    quint64 stepSerial = 0;
    std::shared_ptr<HttpCookieJar> cookieJar;
    JS::RootedObject *stepHooks = nullptr;
    // Runs `fn` in the step's event loop if the runtime is still there; from any thread.
    static void postToLoop(const std::weak_ptr<PostSink> &sink, std::function<void(Impl *)> fn);
    int startHttp(HttpCall call);
    void httpDelivered(quint64 serial, int id, const HttpOutcome &outcome);
    void endHttp();

    // Native tasks (the sms adaptor's scheduling run): work on a thread of its own whose
    // JSON answer resolves a promise in the step (stepHooks.taskDone). At the end of the
    // step the task's cancel flag is set and a late answer is dropped.
    std::map<int, std::shared_ptr<std::atomic<bool>>> tasksInFlight;
    int startTask(std::function<QByteArray(const std::atomic<bool> &cancel)> work);
    void taskDelivered(quint64 serial, int id, const QByteArray &result);

    // Watchdog: stops the step when its time is up or it is cancelled.
    std::thread watchdog;
    std::mutex watchMutex;
    std::condition_variable watchWake;
    std::optional<Clock::time_point> deadline;
    const std::atomic<bool> *cancelFlag = nullptr;
    qint64 memoryLimit = 0;
    qint64 rssAtStart = 0;
    bool quitting = false;

    Impl();
    ~Impl();

    StepResult run(const StepRequest &request);
    Result<CompiledJob> compile(const QString &source, const QString &jobName);
    Status ensureLibrary();
    JS::Stencil *script(const QString &path, QString *error);
    bool instantiate(const QString &path, JS::MutableHandleValue rval);

    void watchdogLoop();
    void arm(const StepLimits &limits, const std::atomic<bool> *cancel);
    void disarm();
    void stopStep(Kill why);

    QString mask(QString text) const;
    void emitLog(const QString &level, const QString &text);
};

namespace {

JobRuntime::Impl *implOf(JSContext *cx)
{
    return static_cast<JobRuntime::Impl *>(JS_GetContextPrivate(cx));
}

bool interruptCallback(JSContext *cx)
{
    // Returning false ends the running script with an uncatchable termination.
    return implOf(cx)->kill.load() == Kill::None;
}

bool codegenAllowed(JSContext *cx, JS::RuntimeCode, JS::HandleString)
{
    return implOf(cx)->codegenAllowed > 0;
}

const JSSecurityCallbacks kSecurityCallbacks = {codegenAllowed, nullptr};

void gcCallback(JSContext *cx, JSGCStatus status, JS::GCReason, void *data)
{
    auto *impl = static_cast<JobRuntime::Impl *>(data);
    if (status == JSGC_END && impl->heapLimit > 0 && qint64(JS_GetGCParameter(cx, JSGC_BYTES)) > impl->heapLimit)
        impl->stopStep(Kill::Memory);
}

void outOfMemoryCallback(JSContext *, void *data)
{
    auto *impl = static_cast<JobRuntime::Impl *>(data);
    impl->outOfMemory = true;
}

// ---- natives handed to the runtime library (prelude.js) --------------------------------------------------

bool nativeEmit(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    const QString level = jsg::toQString(cx, args.get(0));
    const QString text = jsg::toQString(cx, args.get(1));
    implOf(cx)->emitLog(level, text);
    args.rval().setUndefined();
    return true;
}

bool nativeTimerStart(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    auto *d = implOf(cx);
    double ms = 0;
    if (!JS::ToNumber(cx, args.get(0), &ms))
        return false;
    int id = 0;
    if (args.length() > 1 && args[1].isInt32())
        id = args[1].toInt32();
    else
        id = d->nextTimerId++;
    const auto delay = std::chrono::milliseconds(qint64(std::clamp(ms, 0.0, 1e12)));
    d->timers.push_back(Timer{Clock::now() + delay, id});
    std::push_heap(d->timers.begin(), d->timers.end(), [](const Timer &a, const Timer &b) { return a.due > b.due; });
    args.rval().setInt32(id);
    return true;
}

bool nativeTimerCancel(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    auto *d = implOf(cx);
    if (args.get(0).isInt32()) {
        const int id = args[0].toInt32();
        auto it = std::remove_if(d->timers.begin(), d->timers.end(), [id](const Timer &t) { return t.id == id; });
        if (it != d->timers.end()) {
            d->timers.erase(it, d->timers.end());
            std::make_heap(d->timers.begin(), d->timers.end(),
                           [](const Timer &a, const Timer &b) { return a.due > b.due; });
        }
    }
    args.rval().setUndefined();
    return true;
}

bool loadScript(JSContext *cx, unsigned argc, JS::Value *vp, const QString &folder)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    const QString name = jsg::toQString(cx, args.get(0));
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1String(".."))) {
        JS_ReportErrorUTF8(cx, "no such module");
        return false;
    }
    auto *d = implOf(cx);
    JSAutoRealm ar(cx, *d->libraryGlobal); // libraries and adaptors live in the library realm
    return d->instantiate(folder + name + QStringLiteral(".js"), args.rval());
}

bool nativeVendor(JSContext *cx, unsigned argc, JS::Value *vp)
{
    return loadScript(cx, argc, vp, QStringLiteral("vendor/"));
}

bool nativeAdaptor(JSContext *cx, unsigned argc, JS::Value *vp)
{
    return loadScript(cx, argc, vp, QStringLiteral("adaptors/"));
}

bool nativeWithCodegen(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    auto *d = implOf(cx);
    ++d->codegenAllowed;
    const bool ok = JS::Call(cx, JS::UndefinedHandleValue, args.get(0), JS::HandleValueArray::empty(), args.rval());
    --d->codegenAllowed;
    return ok;
}

// httpStart(specJson) → id. The spec is what prelude.js's sb.http.request built: method,
// url, headers [[name, value]…], body (string), multipart [{name, value, filename,
// contentType}], timeout, verifyTls, redirect, cookies.
bool nativeHttpStart(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    const QJsonObject spec = QJsonDocument::fromJson(jsg::toQString(cx, args.get(0)).toUtf8()).object();
    HttpCall call;
    call.method = spec.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper().toLatin1();
    call.url = QUrl(spec.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    if (!call.url.isValid() || (call.url.scheme() != QLatin1String("http") && call.url.scheme() != QLatin1String("https"))
        || call.url.host().isEmpty()) {
        JS_ReportErrorUTF8(cx, "%s", Tr::tr("“%1” is not an http:// or https:// address a request can be sent to.")
                                         .arg(spec.value(QStringLiteral("url")).toString())
                                         .toUtf8()
                                         .constData());
        return false;
    }
    for (const QJsonValue &h : spec.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = h.toArray();
        const QByteArray name = pair.at(0).toString().toUtf8();
        const QByteArray value = pair.at(1).toString().toUtf8();
        if (name.isEmpty() || name.contains('\n') || name.contains('\r') || name.contains(':') || value.contains('\n') || value.contains('\r')) {
            JS_ReportErrorUTF8(cx, "%s", Tr::tr("The header “%1” has a name or value a request cannot carry (a line break or a colon in the name).")
                                             .arg(QString::fromUtf8(name))
                                             .toUtf8()
                                             .constData());
            return false;
        }
        call.headers.append({name, value});
    }
    call.body = spec.value(QStringLiteral("body")).toString().toUtf8();
    for (const QJsonValue &p : spec.value(QStringLiteral("multipart")).toArray()) {
        const QJsonObject part = p.toObject();
        call.multipart.append(HttpPart{part.value(QStringLiteral("name")).toString().toUtf8(),
                                       part.value(QStringLiteral("value")).toString().toUtf8(),
                                       part.value(QStringLiteral("filename")).toString().toUtf8(),
                                       part.value(QStringLiteral("contentType")).toString().toUtf8()});
    }
    call.timeoutMs = std::clamp(spec.value(QStringLiteral("timeout")).toInt(300000), 1, 24 * 3600 * 1000);
    call.verifyTls = spec.value(QStringLiteral("verifyTls")).toBool(true);
    call.followRedirects = spec.value(QStringLiteral("redirect")).toBool(true);
    auto *d = implOf(cx);
    if (spec.value(QStringLiteral("cookies")).toBool(true)) {
        if (!d->cookieJar)
            d->cookieJar = std::make_shared<HttpCookieJar>();
        call.cookies = d->cookieJar;
    }
    args.rval().setInt32(d->startHttp(std::move(call)));
    return true;
}

bool nativeHttpCookies(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    auto *d = implOf(cx);
    const QUrl url(jsg::toQString(cx, args.get(0)));
    const QByteArray header = d->cookieJar ? d->cookieJar->cookieHeader(url) : QByteArray();
    args.rval().setString(jsg::newString(cx, QString::fromUtf8(header)));
    return true;
}

bool nativeHttpSetCookie(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    auto *d = implOf(cx);
    if (!d->cookieJar)
        d->cookieJar = std::make_shared<HttpCookieJar>();
    d->cookieJar->store(QUrl(jsg::toQString(cx, args.get(0))), {jsg::toQString(cx, args.get(1)).toUtf8()});
    args.rval().setUndefined();
    return true;
}

// base64(text) → Base64 of its UTF-8; unbase64(b64) → the UTF-8 text it encodes.
bool nativeBase64(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    const QByteArray b64 = jsg::toQString(cx, args.get(0)).toUtf8().toBase64();
    args.rval().setString(jsg::newString(cx, QString::fromLatin1(b64)));
    return true;
}

bool nativeUnbase64(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    const QByteArray bytes = QByteArray::fromBase64(jsg::toQString(cx, args.get(0)).toLatin1());
    args.rval().setString(jsg::newString(cx, QString::fromUtf8(bytes)));
    return true;
}

// smsRun(requestJson) → id: the sms adaptor's scheduling run (sms/smsjob.h), on a thread of
// its own; the answer resolves through stepHooks.taskDone.
bool nativeSmsRun(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    const QByteArray request = jsg::toQString(cx, args.get(0)).toUtf8();
    auto *d = implOf(cx);
    args.rval().setInt32(d->startTask([request](const std::atomic<bool> &cancel) { return sms::runForJob(request, cancel); }));
    return true;
}

// clinicsSync(requestJson) → id: the clinic sync of the sms adaptor's syncClinics
// (clinics/clinicservice.h), on a thread of its own, against the jobs' store.
bool nativeClinicsSync(JSContext *cx, unsigned argc, JS::Value *vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    const QByteArray request = jsg::toQString(cx, args.get(0)).toUtf8();
    auto *d = implOf(cx);
    args.rval().setInt32(d->startTask([request](const std::atomic<bool> &) -> QByteArray {
        Store *store = sms::jobStore();
        if (!store)
            return QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                             {QStringLiteral("error"),
                                              QCoreApplication::translate("sb::JobRuntime",
                                                                          "syncClinics needs Switchboard's store; run the job "
                                                                          "in the engine, or with run-job --db PATH.")}})
                .toJson(QJsonDocument::Compact);
        return clinics::syncForJob(*store, request);
    }));
    return true;
}

const JSFunctionSpec kNatives[] = {
    JS_FN("httpStart", nativeHttpStart, 1, 0),
    JS_FN("httpCookies", nativeHttpCookies, 1, 0),
    JS_FN("httpSetCookie", nativeHttpSetCookie, 2, 0),
    JS_FN("base64", nativeBase64, 1, 0),
    JS_FN("unbase64", nativeUnbase64, 1, 0),
    JS_FN("emit", nativeEmit, 2, 0),
    JS_FN("timerStart", nativeTimerStart, 2, 0),
    JS_FN("timerCancel", nativeTimerCancel, 1, 0),
    JS_FN("vendor", nativeVendor, 1, 0),
    JS_FN("adaptor", nativeAdaptor, 1, 0),
    JS_FN("withCodegen", nativeWithCodegen, 1, 0),
    JS_FN("smsRun", nativeSmsRun, 1, 0),
    JS_FN("clinicsSync", nativeClinicsSync, 1, 0),
    JS_FS_END,
};

// Credential fields that address a system rather than unlock it: masking them would turn
// every request line in a log into "GET ****/path" and hide which system failed.
bool isAddressField(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^(.*url|.*host|hostname|domain|apiversion|port|appid|version)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

// Every string of the credential long enough to be a secret.
void collectSecrets(const QJsonValue &v, QStringList &out)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s.size() >= 4)
            out.append(s);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString() && isAddressField(it.key()))
                continue;
            collectSecrets(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const auto &item : v.toArray())
            collectSecrets(item, out);
    }
}

// A secret can come back from a server encoded: percent-encoded in an echoed URL or form,
// or as the Basic authorization an echo service reflects. Those forms are masked too.
void addEncodedSecrets(const QJsonObject &configuration, QStringList &out)
{
    const int plain = int(out.size());
    for (int i = 0; i < plain; ++i) {
        // RFC 3986 (Qt, most servers) and JavaScript's encodeURIComponent, which keeps !~*'().
        for (const QByteArray &keep : {QByteArray(), QByteArray("!~*'()")}) {
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(out[i], keep));
            if (encoded != out[i] && !out.contains(encoded))
                out.append(encoded);
        }
    }
    const QString password = configuration.value(QStringLiteral("password")).toString();
    if (password.isEmpty())
        return;
    for (const char *userField : {"username", "user", "email"}) {
        const QString user = configuration.value(QLatin1String(userField)).toString();
        if (!user.isEmpty())
            out.append(QString::fromLatin1(QString(user + QLatin1Char(':') + password).toUtf8().toBase64()));
    }
}

} // namespace

// ---- context lifetime ------------------------------------------------------------------

JobRuntime::Impl::Impl()
{
    if (!jsg::ensureEngine()) {
        initStatus = makeError(Tr::tr("The JavaScript engine could not start."));
        return;
    }
    cx = JS_NewContext(JS::DefaultHeapMaxBytes);
    if (!cx) {
        initStatus = makeError(Tr::tr("The JavaScript engine could not create a context (out of memory?)."));
        return;
    }
    JS_SetContextPrivate(cx, this);
    JS_SetNativeStackQuota(cx, stackQuotaForThisThread());
    JS_SetGCParameter(cx, JSGC_MAX_BYTES, uint32_t(512) * 1024 * 1024);
    if (!JS::InitSelfHostedCode(cx)) {
        initStatus = makeError(Tr::tr("The JavaScript engine could not initialise its built-in library."));
        return;
    }
    jobs = std::make_unique<StepJobQueue>(cx);
    JS::SetJobQueue(cx, jobs.get());
    JS_AddInterruptCallback(cx, interruptCallback);
    JS_SetSecurityCallbacks(cx, &kSecurityCallbacks);
    JS::SetOutOfMemoryCallback(cx, outOfMemoryCallback, this);
    JS_SetGCCallback(cx, gcCallback, this);
    JS::SetWarningReporter(cx, [](JSContext *, JSErrorReport *) {});

    sink->impl = this;
    watchdog = std::thread([this] { watchdogLoop(); });
}

void JobRuntime::Impl::postToLoop(const std::weak_ptr<PostSink> &weakSink, std::function<void(Impl *)> fn)
{
    const auto s = weakSink.lock();
    if (!s)
        return;
    std::lock_guard guard(s->mutex);
    Impl *d = s->impl;
    if (!d)
        return;
    {
        std::lock_guard lock(d->loopMutex);
        d->posted.push_back([d, fn = std::move(fn)] { fn(d); });
    }
    d->loopWake.notify_all();
}

int JobRuntime::Impl::startHttp(HttpCall call)
{
    const int id = nextHttpId++;
    const quint64 serial = stepSerial;
    std::weak_ptr<PostSink> weakSink = sink;
    const quint64 clientId = HttpClient::start(std::move(call), [weakSink, serial, id](HttpOutcome outcome) {
        postToLoop(weakSink, [serial, id, o = std::move(outcome)](Impl *d) { d->httpDelivered(serial, id, o); });
    });
    std::lock_guard lock(loopMutex);
    httpInFlight[id] = clientId;
    ++nativePending;
    return id;
}

void JobRuntime::Impl::httpDelivered(quint64 serial, int id, const HttpOutcome &o)
{
    {
        std::lock_guard lock(loopMutex);
        if (serial != stepSerial || !httpInFlight.erase(id))
            return;
        --nativePending;
    }
    if (!stepHooks)
        return;
    QJsonArray headers;
    for (const auto &[name, value] : o.headers)
        headers.append(QJsonArray{QString::fromLatin1(name).toLower(), QString::fromUtf8(value)});
    const QJsonObject meta{{QStringLiteral("status"), o.status},
                           {QStringLiteral("statusMessage"), QString::fromUtf8(o.statusMessage)},
                           {QStringLiteral("headers"), headers},
                           {QStringLiteral("url"), QString::fromUtf8(o.finalUrl.toEncoded())},
                           {QStringLiteral("duration"), o.durationMs},
                           {QStringLiteral("errorCode"), o.errorCode},
                           {QStringLiteral("errorMessage"), o.errorMessage}};
    // Text as its charset says; UTF-8 unless it names Latin-1.
    QString body;
    QByteArray contentType;
    for (const auto &[name, value] : o.headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = value.toLower();
    }
    if (contentType.contains("charset=iso-8859-1") || contentType.contains("charset=latin1")
        || contentType.contains("charset=windows-1252"))
        body = QString::fromLatin1(o.body);
    else
        body = QString::fromUtf8(o.body);
    JS::RootedValueArray<3> args(cx);
    args[0].setInt32(id);
    args[1].setString(jsg::newString(cx, QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact))));
    args[2].setString(jsg::newString(cx, body));
    JS::RootedValue ignored(cx);
    if (!JS_CallFunctionName(cx, *stepHooks, "httpDone", args, &ignored)) {
        const QString why = jsg::takeExceptionMessage(cx);
        emitLog(QStringLiteral("error"), Tr::tr("The answer to an HTTP request could not be handed to the job: %1").arg(why));
    }
}

// At the end of a step: requests still in flight are stopped, late answers dropped.
void JobRuntime::Impl::endHttp()
{
    std::map<int, quint64> inFlight;
    std::map<int, std::shared_ptr<std::atomic<bool>>> tasks;
    {
        std::lock_guard lock(loopMutex);
        inFlight.swap(httpInFlight);
        tasks.swap(tasksInFlight);
        ++stepSerial;
        nativePending = 0;
    }
    for (const auto &[id, cancel] : tasks)
        cancel->store(true);
    for (const auto &[id, clientId] : inFlight)
        HttpClient::abort(clientId);
    cookieJar.reset();
    stepHooks = nullptr;
}

int JobRuntime::Impl::startTask(std::function<QByteArray(const std::atomic<bool> &cancel)> work)
{
    const int id = nextHttpId++;
    const quint64 serial = stepSerial;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    std::weak_ptr<PostSink> weakSink = sink;
    {
        std::lock_guard lock(loopMutex);
        tasksInFlight[id] = cancel;
        ++nativePending;
    }
    std::thread([weakSink, serial, id, cancel, work = std::move(work)] {
        QByteArray result = work(*cancel);
        postToLoop(weakSink, [serial, id, r = std::move(result)](Impl *d) { d->taskDelivered(serial, id, r); });
    }).detach();
    return id;
}

void JobRuntime::Impl::taskDelivered(quint64 serial, int id, const QByteArray &result)
{
    {
        std::lock_guard lock(loopMutex);
        if (serial != stepSerial || !tasksInFlight.erase(id))
            return;
        --nativePending;
    }
    if (!stepHooks)
        return;
    JS::RootedValueArray<2> args(cx);
    args[0].setInt32(id);
    args[1].setString(jsg::newString(cx, QString::fromUtf8(result)));
    JS::RootedValue ignored(cx);
    if (!JS_CallFunctionName(cx, *stepHooks, "taskDone", args, &ignored)) {
        const QString why = jsg::takeExceptionMessage(cx);
        emitLog(QStringLiteral("error"), Tr::tr("The result of a native task could not be handed to the job: %1").arg(why));
    }
}

JobRuntime::Impl::~Impl()
{
    {
        std::lock_guard lock(sink->mutex);
        sink->impl = nullptr;
    }
    endHttp();
    {
        std::lock_guard lock(watchMutex);
        quitting = true;
    }
    watchWake.notify_all();
    if (watchdog.joinable())
        watchdog.join();
    if (cx) {
        jobCache.clear();
        scripts.clear();
        compilerFn.reset();
        compilerGlobal.reset();
        realms.clear();
        adoptRealmFn.reset();
        newStepFn.reset();
        libraryGlobal.reset();
        jobs.reset();
        JS_DestroyContext(cx);
    }
}

void JobRuntime::Impl::watchdogLoop()
{
    std::unique_lock lock(watchMutex);
    while (!quitting) {
        if (!deadline) {
            // Arming does not wake this thread (a wake-up per step costs more than the
            // step's own work); it looks again within 20 ms.
            watchWake.wait_for(lock, std::chrono::milliseconds(20));
            continue;
        }
        // Wake at the deadline, and every 20 ms to look at the cancel flag and memory.
        const auto until = std::min(*deadline, Clock::now() + std::chrono::milliseconds(20));
        watchWake.wait_until(lock, until);
        if (!deadline || quitting)
            continue;
        if (Clock::now() >= *deadline) {
            deadline.reset();
            stopStep(Kill::Timeout);
        } else if (cancelFlag && cancelFlag->load()) {
            deadline.reset();
            stopStep(Kill::Cancel);
        } else if (memoryLimit > 0 && residentMemoryBytes() - rssAtStart > memoryLimit) {
            // Buffers SpiderMonkey allocates outside its GC heap (array elements, string
            // characters) show only in the process's resident memory.
            deadline.reset();
            stopStep(Kill::Memory);
        }
    }
}

void JobRuntime::Impl::stopStep(Kill why)
{
    Kill expected = Kill::None;
    if (!kill.compare_exchange_strong(expected, why))
        return;
    JS_RequestInterruptCallback(cx);
    {
        std::lock_guard lock(loopMutex);
    }
    loopWake.notify_all();
}

void JobRuntime::Impl::arm(const StepLimits &limits, const std::atomic<bool> *cancel)
{
    const qint64 rss = residentMemoryBytes();
    {
        std::lock_guard lock(watchMutex);
        deadline = Clock::now() + std::chrono::milliseconds(std::max<qint64>(limits.timeoutMs, 1));
        cancelFlag = cancel;
        memoryLimit = limits.heapBytes;
        rssAtStart = rss;
    }
}

void JobRuntime::Impl::disarm()
{
    std::lock_guard lock(watchMutex);
    deadline.reset();
    cancelFlag = nullptr;
}

QString JobRuntime::Impl::mask(QString text) const
{
    for (const auto &secret : secrets)
        text.replace(secret, QStringLiteral("****"));
    return text;
}

void JobRuntime::Impl::emitLog(const QString &level, const QString &text)
{
    if (!result)
        return;
    JobLogLine line{QDateTime::currentMSecsSinceEpoch(), level, mask(text)};
    if (request && request->onLog)
        request->onLog(line);
    result->logs.append(std::move(line));
}

// ---- scripts ---------------------------------------------------------------------------

JS::Stencil *JobRuntime::Impl::script(const QString &path, QString *error)
{
    auto it = scripts.find(path);
    if (it != scripts.end())
        return it->second.get();
    QFile file(QStringLiteral(":/js/") + path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("This build of Switchboard lacks the script %1.").arg(path);
        return nullptr;
    }
    const QByteArray text = file.readAll();
    const QByteArray fileName = QByteArray("sb:") + path.toUtf8();
    JS::CompileOptions options(cx);
    options.setFileAndLine(fileName.constData(), 1).setForceFullParse();
    JS::SourceText<mozilla::Utf8Unit> source;
    if (!source.init(cx, text.constData(), size_t(text.size()), JS::SourceOwnership::Borrowed)) {
        *error = jsg::takeExceptionMessage(cx);
        return nullptr;
    }
    RefPtr<JS::Stencil> stencil = JS::CompileGlobalScriptToStencil(cx, options, source);
    if (!stencil) {
        *error = Tr::tr("The built-in script %1 does not compile: %2").arg(path, jsg::takeExceptionMessage(cx));
        return nullptr;
    }
    JS::Stencil *raw = stencil.get();
    scripts.emplace(path, std::move(stencil));
    return raw;
}

// Instantiates a resource script into the current realm and runs it; its completion value
// (a function, by convention) lands in rval.
bool JobRuntime::Impl::instantiate(const QString &path, JS::MutableHandleValue rval)
{
    QString error;
    JS::Stencil *stencil = script(path, &error);
    if (!stencil) {
        if (!JS_IsExceptionPending(cx))
            JS_ReportErrorUTF8(cx, "%s", error.toUtf8().constData());
        return false;
    }
    JS::CompileOptions options(cx);
    options.setForceFullParse();
    JS::InstantiateOptions instantiateOptions(options);
    JS::RootedScript s(cx, JS::InstantiateGlobalStencil(cx, instantiateOptions, stencil));
    if (!s)
        return false;
    return JS_ExecuteScript(cx, s, rval);
}

// ---- the library realm -----------------------------------------------------------------

Status JobRuntime::Impl::ensureLibrary()
{
    if (newStepFn)
        return Ok{};
    JS::RealmOptions options;
    options.creationOptions().setNewCompartmentAndZone();
    JS::RootedObject global(cx, JS_NewGlobalObject(cx, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, options));
    if (!global)
        return makeError(Tr::tr("The job runtime could not start: %1").arg(jsg::takeExceptionMessage(cx)));
    libraryGlobal = std::make_unique<JS::PersistentRootedObject>(cx, global);
    JSAutoRealm ar(cx, global);
    JS::RootedValue libraryFn(cx);
    JS::RootedObject native(cx, JS_NewPlainObject(cx));
    JS::RootedValue newStep(cx);
    if (!JS::InitRealmStandardClasses(cx) || !native || !JS_DefineFunctions(cx, native, kNatives)
        || !instantiate(QStringLiteral("runtime/prelude.js"), &libraryFn)) {
        libraryGlobal.reset();
        return makeError(Tr::tr("The job runtime could not start: %1").arg(jsg::takeExceptionMessage(cx)));
    }
    JS::RootedValueArray<1> args(cx);
    args[0].setObject(*native);
    JS::RootedValue library(cx);
    JS::RootedValue adopt(cx);
    if (!JS::Call(cx, JS::UndefinedHandleValue, libraryFn, args, &library) || !library.isObject()) {
        libraryGlobal.reset();
        return makeError(Tr::tr("The job runtime could not start: %1").arg(jsg::takeExceptionMessage(cx)));
    }
    JS::RootedObject libraryObj(cx, &library.toObject());
    if (!JS_GetProperty(cx, libraryObj, "newStep", &newStep) || !newStep.isObject()
        || !JS_GetProperty(cx, libraryObj, "adoptRealm", &adopt) || !adopt.isObject()) {
        libraryGlobal.reset();
        return makeError(Tr::tr("The job runtime could not start: %1").arg(jsg::takeExceptionMessage(cx)));
    }
    newStepFn = std::make_unique<JS::PersistentRootedObject>(cx, &newStep.toObject());
    adoptRealmFn = std::make_unique<JS::PersistentRootedObject>(cx, &adopt.toObject());
    return Ok{};
}

JobRuntime::Impl::JobRealm *JobRuntime::Impl::jobRealm(const QString &key, JS::Stencil *stencil, QString *problem)
{
    auto it = realms.find(key);
    if (it != realms.end()) {
        it->second.lastUsed = ++realmClock;
        return &it->second;
    }
    if (realms.size() >= kMaxRealms) {
        auto oldest = std::min_element(realms.begin(), realms.end(),
                                       [](const auto &a, const auto &b) { return a.second.lastUsed < b.second.lastUsed; });
        realms.erase(oldest);
    }
    // A new realm in the library realm's compartment: the step calls the (warm) library
    // code directly, without wrappers.
    JS::RealmOptions options;
    options.creationOptions().setExistingCompartment(*libraryGlobal);
    JS::RootedObject global(cx, JS_NewGlobalObject(cx, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, options));
    if (!global) {
        *problem = jsg::takeExceptionMessage(cx);
        return nullptr;
    }
    JSAutoRealm ar(cx, global);
    JS::RootedValue jobFn(cx);
    JS::RootedValue unnamed(cx);
    JS::CompileOptions compileOptions(cx);
    compileOptions.setForceFullParse();
    JS::InstantiateOptions instantiateOptions(compileOptions);
    JS::RootedScript script(cx, JS::InstantiateGlobalStencil(cx, instantiateOptions, stencil));
    if (!JS::InitRealmStandardClasses(cx) || !script || !JS_ExecuteScript(cx, script, &jobFn) || !jobFn.isObject()
        || !instantiate(QStringLiteral("runtime/realm.js"), &unnamed)) {
        *problem = jsg::takeExceptionMessage(cx);
        return nullptr;
    }
    JS::RootedValueArray<2> args(cx);
    args[0].setObject(*global);
    args[1].set(unnamed);
    JS::RootedValue ignored(cx);
    JS::RootedValue adopt(cx, JS::ObjectValue(**adoptRealmFn));
    if (!JS::Call(cx, JS::UndefinedHandleValue, adopt, args, &ignored)) {
        *problem = jsg::takeExceptionMessage(cx);
        return nullptr;
    }
    JobRealm realm;
    realm.global = std::make_unique<JS::PersistentRootedObject>(cx, global);
    realm.jobFn = std::make_unique<JS::PersistentRootedObject>(cx, &jobFn.toObject());
    realm.lastUsed = ++realmClock;
    return &realms.emplace(key, std::move(realm)).first->second;
}

// ---- the compile step ------------------------------------------------------------------

Result<CompiledJob> JobRuntime::Impl::compile(const QString &source, const QString &jobName)
{
    const QString key = jobName + QLatin1Char('\n') + source;
    auto cached = jobCache.constFind(key);
    if (cached != jobCache.constEnd())
        return *cached;

    if (!compilerGlobal) {
        JS::RealmOptions options;
        JS::RootedObject global(cx, JS_NewGlobalObject(cx, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, options));
        if (!global)
            return makeError(Tr::tr("The job compiler could not start: %1").arg(jsg::takeExceptionMessage(cx)));
        JSAutoRealm ar(cx, global);
        JS::RootedValue fn(cx);
        if (!JS::InitRealmStandardClasses(cx) || !JS_InitReflectParse(cx, global)
            || !instantiate(QStringLiteral("runtime/compile.js"), &fn) || !fn.isObject())
            return makeError(Tr::tr("The job compiler could not start: %1").arg(jsg::takeExceptionMessage(cx)));
        compilerGlobal = std::make_unique<JS::PersistentRootedObject>(cx, global);
        compilerFn = std::make_unique<JS::PersistentRootedObject>(cx, &fn.toObject());
    }

    JSAutoRealm ar(cx, *compilerGlobal);
    JS::RootedValue out(cx);
    JS::RootedValueArray<1> args(cx);
    args[0].setString(jsg::newString(cx, source));
    JS::RootedValue fnValue(cx, JS::ObjectValue(**compilerFn));
    if (!JS::Call(cx, JS::UndefinedHandleValue, fnValue, args, &out) || !out.isObject())
        return makeError(Tr::tr("The job compiler failed: %1").arg(jsg::takeExceptionMessage(cx)));
    JS::RootedObject outObj(cx, &out.toObject());
    JS::RootedValue errorValue(cx);
    JS_GetProperty(cx, outObj, "error", &errorValue);
    if (errorValue.isObject()) {
        JS::RootedObject e(cx, &errorValue.toObject());
        const QString message = jsg::stringProperty(cx, e, "message");
        const int line = jsg::intProperty(cx, e, "line");
        const int column = jsg::intProperty(cx, e, "column");
        return makeError(message, jobName, line, column);
    }
    const QString code = jsg::stringProperty(cx, outObj, "code");
    CompiledJob job;
    job.map = jsg::stringProperty(cx, outObj, "map");

    const QByteArray fileName = jobName.toUtf8();
    // Fully parsed: every function's bytecode is in the stencil, so instantiating it into a
    // new job realm never parses again.
    JS::CompileOptions options(cx);
    options.setFileAndLine(fileName.constData(), 1).setForceFullParse();
    JS::SourceText<char16_t> text;
    if (!text.init(cx, reinterpret_cast<const char16_t *>(code.utf16()), size_t(code.size()),
                   JS::SourceOwnership::Borrowed))
        return makeError(jsg::takeExceptionMessage(cx));
    job.stencil = JS::CompileGlobalScriptToStencil(cx, options, text);
    if (!job.stencil) {
        // The parser accepted the job, the compiler did not (an early error): report it the
        // same way, at the job's own line.
        const auto report = jsg::takeException(cx);
        return makeError(report.message, jobName, report.line, report.column);
    }
    if (jobCache.size() >= 256)
        jobCache.clear();
    jobCache.insert(key, job);
    return job;
}

// ---- one step --------------------------------------------------------------------------

StepResult JobRuntime::Impl::run(const StepRequest &req)
{
    StepResult res;
    QElapsedTimer clock;
    clock.start();
    request = &req;
    result = &res;
    kill = Kill::None;
    outOfMemory = false;
    timers.clear();
    {
        std::lock_guard lock(loopMutex);
        posted.clear();
        nativePending = 0;
    }
    stepHooks = nullptr;
    secrets.clear();
    QJsonParseError configError{};
    QJsonDocument configuration = req.configuration.trimmed().isEmpty()
        ? QJsonDocument(QJsonObject())
        : QJsonDocument::fromJson(req.configuration, &configError);
    // As OpenFn assembles state: a `configuration` already in the input state is the base,
    // the step's credential goes over it.
    if (configuration.isObject() && req.inputState.contains("\"configuration\"")) {
        const QJsonValue inputConfig = QJsonDocument::fromJson(req.inputState).object().value(QStringLiteral("configuration"));
        if (inputConfig.isObject()) {
            QJsonObject merged = inputConfig.toObject();
            const QJsonObject credential = configuration.object();
            for (auto it = credential.begin(); it != credential.end(); ++it)
                merged.insert(it.key(), it.value());
            configuration = QJsonDocument(merged);
        }
    }
    if (configuration.isObject()) {
        collectSecrets(configuration.object(), secrets);
        addEncodedSecrets(configuration.object(), secrets);
    }
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

    // Fail before any JavaScript runs: the input, the credential, the adaptor, the syntax.
    auto failEarly = [&](ExitReason reason, StepError error) {
        error.message = mask(error.message);
        QJsonParseError inputError{};
        QJsonDocument input = QJsonDocument::fromJson(req.inputState.trimmed().isEmpty() ? QByteArray("{}") : req.inputState, &inputError);
        QJsonObject state = input.isObject() ? input.object() : QJsonObject();
        state.remove(QStringLiteral("configuration"));
        QJsonObject errors = state.value(QStringLiteral("errors")).toObject();
        QJsonObject report{{QStringLiteral("source"), QStringLiteral("runtime")},
                           {QStringLiteral("name"), error.type},
                           {QStringLiteral("severity"), exitReasonName(reason)},
                           {QStringLiteral("message"), error.message}};
        if (error.line > 0)
            report.insert(QStringLiteral("pos"), QJsonObject{{QStringLiteral("line"), error.line},
                                                             {QStringLiteral("column"), error.column}});
        errors.insert(req.stepId, report);
        state.insert(QStringLiteral("errors"), errors);
        res.reason = reason;
        res.finalState = QJsonDocument(state).toJson(QJsonDocument::Compact);
        res.error = error;
        emitLog(QStringLiteral("error"), error.toString());
        res.durationMs = clock.elapsed();
        request = nullptr;
        result = nullptr;
        return res;
    };

    if (!initStatus)
        return failEarly(ExitReason::Exception, {QStringLiteral("EngineError"), initStatus.error().message});
    if (!req.configurationError.isEmpty())
        return failEarly(ExitReason::Crash, {QStringLiteral("CredentialError"), req.configurationError});
    if (configError.error != QJsonParseError::NoError || !configuration.isObject())
        return failEarly(ExitReason::Crash, {QStringLiteral("InputError"),
                                             Tr::tr("The credential is not a JSON object; the step cannot start.")});
    const auto adaptor = resolveAdaptor(req.adaptor);
    if (!adaptor)
        return failEarly(ExitReason::Crash, {QStringLiteral("ImportError"), adaptor.error().message});
    const auto compiled = compile(req.source, req.jobName);
    if (!compiled) {
        const auto &e = compiled.error();
        return failEarly(ExitReason::Crash, {QStringLiteral("SyntaxError"), e.message, e.line, e.column});
    }

    if (const Status library = ensureLibrary(); !library)
        return failEarly(ExitReason::Exception, {QStringLiteral("EngineError"), library.error().message});

    ++stepsRun;
    // SpiderMonkey's own cap sits above ours so that the GC callback, not a thrashing GC,
    // decides: after each collection a heap still over the limit ends the step.
    JS_SetGCParameter(cx, JSGC_MAX_BYTES,
                      uint32_t(std::clamp<qint64>(req.limits.heapBytes + req.limits.heapBytes / 4, 16 << 20, 0xFFF00000LL)));
    heapLimit = req.limits.heapBytes;
    arm(req.limits, req.cancel);

    // SB_RUNTIME_PROFILE=1 prints how long each phase of the step took (stderr).
    static const bool profile = qEnvironmentVariableIsSet("SB_RUNTIME_PROFILE");
    QElapsedTimer phase;
    phase.start();
    auto mark = [&](const char *what) {
        if (profile) {
            std::fprintf(stderr, "%s %.3f ms\n", what, double(phase.nsecsElapsed()) / 1e6);
            phase.restart();
        }
    };
    std::optional<StepError> error;
    QString severity;
    QByteArray finalJson;
    bool nullState = false;
    {
        // The job's realm: new for its first run, kept for the next runs while pristine.
        const QString realmKey = req.isolationKey + QLatin1Char('\n') + req.jobName + QLatin1Char('\n') + req.source;
        QString realmProblem;
        JobRealm *realm = jobRealm(realmKey, compiled->stencil.get(), &realmProblem);
        if (!realm) {
            disarm();
            return failEarly(ExitReason::Exception, {QStringLiteral("EngineError"), Tr::tr("The step could not be prepared: %1").arg(realmProblem)});
        }
        JS::RootedObject global(cx, *realm->global);
        JS::RootedObject jobFn(cx, *realm->jobFn);
        bool keepRealm = true;
        JSAutoRealm ar(cx, global);
        mark("global");
        JS::RootedObject hooks(cx);
        JS::RootedValue report(cx); // the classified error, when there is one

        // When a call into JavaScript fails: either the step was stopped (no exception) or
        // the job threw; classify the thrown value with OpenFn's rules.
        auto onFailure = [&](bool inOperation) {
            if (kill != Kill::None || outOfMemory || !JS_IsExceptionPending(cx)) {
                JS_ClearPendingException(cx);
                if (outOfMemory)
                    kill = Kill::Memory;
                else if (kill == Kill::None) {
                    error = StepError{QStringLiteral("EngineError"),
                                      Tr::tr("The engine stopped the step without an error to report.")};
                    severity = QStringLiteral("exception");
                }
                return;
            }
            JS::RootedValue thrown(cx);
            JS_GetPendingException(cx, &thrown);
            JS_ClearPendingException(cx);
            JS::RootedValueArray<2> args(cx);
            args[0].set(thrown);
            args[1].setBoolean(inOperation);
            if (!hooks || !JS_CallFunctionName(cx, hooks, "classify", args, &report) || !report.isObject()) {
                JS_ClearPendingException(cx);
                error = StepError{QStringLiteral("JobError"), jsg::describeValue(cx, thrown)};
                severity = QStringLiteral("fail");
                report.setUndefined();
                return;
            }
            JS::RootedObject r(cx, &report.toObject());
            error = StepError{jsg::stringProperty(cx, r, "type"), jsg::stringProperty(cx, r, "message"),
                              jsg::intProperty(cx, r, "line"), jsg::intProperty(cx, r, "column")};
            if (error->line == 0)
                error->line = jsg::intProperty(cx, r, "operationLine");
            severity = jsg::stringProperty(cx, r, "severity");
        };

        // The step's console, timers and adaptor instance; returns the hooks.
        {
            JS::RootedValueArray<1> args(cx);
            args[0].setObject(*global);
            JS::RootedValue h(cx);
            JS::RootedValue fn(cx, JS::ObjectValue(**newStepFn));
            if (JS::Call(cx, JS::UndefinedHandleValue, fn, args, &h) && h.isObject())
                hooks = &h.toObject();
        }
        stepHooks = &hooks;
        if (!hooks) {
            const QString why = jsg::takeExceptionMessage(cx);
            disarm();
            return failEarly(ExitReason::Exception, {QStringLiteral("EngineError"), Tr::tr("The step could not be prepared: %1").arg(why)});
        }

        mark("step hooks");
        // The input state and the credential, assembled as OpenFn does.
        JS::RootedValue input(cx);
        {
            const QString text = req.inputState.trimmed().isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(req.inputState);
            if (!text.trimmed().startsWith(QLatin1Char('{'))
                || !JS_ParseJSON(cx, reinterpret_cast<const char16_t *>(text.utf16()), uint32_t(text.size()), &input)
                || !input.isObject()) {
                JS_ClearPendingException(cx);
                disarm();
                return failEarly(ExitReason::Crash, {QStringLiteral("InputError"), Tr::tr("The input state is not a JSON object.")});
            }
            JS::RootedObject inputObj(cx, &input.toObject());
            JS::RootedValue config(cx);
            const QString configText = QString::fromUtf8(QJsonDocument(configuration.object()).toJson(QJsonDocument::Compact));
            JS_ParseJSON(cx, reinterpret_cast<const char16_t *>(configText.utf16()), uint32_t(configText.size()), &config);
            JS_SetProperty(cx, inputObj, "configuration", config);
            JS::RootedValue data(cx);
            JS_GetProperty(cx, inputObj, "data", &data);
            if (data.isNullOrUndefined()) {
                JS::RootedObject empty(cx, JS_NewPlainObject(cx));
                data.setObject(*empty);
                JS_SetProperty(cx, inputObj, "data", data);
            }
        }

        mark("input");
        bool ok = true;
        {
            JS::RootedValueArray<5> args(cx);
            args[0].setString(jsg::newString(cx, adaptor->name));
            args[1].setString(jsg::newString(cx, adaptor->version));
            args[2].setString(jsg::newString(cx, req.jobName));
            args[3].setString(jsg::newString(cx, compiled->map));
            args[4].set(input);
            JS::RootedValue ignored(cx);
            if (!JS_CallFunctionName(cx, hooks, "setup", args, &ignored)) {
                onFailure(false);
                if (kill == Kill::None && error)
                    error->type = QStringLiteral("ImportError");
                ok = false;
            }
        }

        mark("adaptor");
        // Module code: declarations run, top-level calls are collected.
        if (ok) {
            JS::RootedValue fn(cx, JS::ObjectValue(*jobFn));
            JS::RootedValue ignored(cx);
            if (!JS::Call(cx, JS::UndefinedHandleValue, fn, JS::HandleValueArray::empty(), &ignored)) {
                onFailure(false);
                ok = false;
            }
        }

        mark("module");
        JS::RootedObject promise(cx);
        if (ok) {
            JS::RootedValue p(cx);
            if (!JS_CallFunctionName(cx, hooks, "start", JS::HandleValueArray::empty(), &p) || !p.isObject()) {
                onFailure(false);
                ok = false;
            } else {
                promise = &p.toObject();
            }
        }

        // The event loop: promise jobs, timers, native completions, until the step settles.
        while (ok) {
            if (!jobs->drain(cx)) {
                onFailure(true);
                ok = false;
                break;
            }
            if (kill != Kill::None || outOfMemory) {
                onFailure(true);
                ok = false;
                break;
            }
            if (JS::GetPromiseState(promise) != JS::PromiseState::Pending)
                break;
            std::deque<std::function<void()>> work;
            {
                std::lock_guard lock(loopMutex);
                work.swap(posted);
            }
            if (!work.empty()) {
                for (auto &fn : work)
                    fn();
                continue;
            }
            const auto now = Clock::now();
            if (!timers.empty() && timers.front().due <= now) {
                std::pop_heap(timers.begin(), timers.end(), [](const Timer &a, const Timer &b) { return a.due > b.due; });
                const int id = timers.back().id;
                timers.pop_back();
                JS::RootedValueArray<1> args(cx);
                args[0].setInt32(id);
                JS::RootedValue ignored(cx);
                if (!JS_CallFunctionName(cx, hooks, "fireTimer", args, &ignored)) {
                    // An exception escaping a timer callback fails the step, as it would
                    // crash OpenFn's worker.
                    onFailure(true);
                    ok = false;
                }
                continue;
            }
            std::unique_lock lock(loopMutex);
            if (timers.empty() && nativePending == 0 && posted.empty() && jobs->empty()) {
                kill = Kill::NeverSettles;
                break;
            }
            if (!posted.empty() || kill != Kill::None)
                continue;
            if (timers.empty())
                loopWake.wait(lock);
            else
                loopWake.wait_until(lock, timers.front().due);
        }

        mark("operations");
        if (kill == Kill::NeverSettles)
            ok = false;

        if (ok) {
            const auto state = JS::GetPromiseState(promise);
            JS::RootedValue value(cx, JS::GetPromiseResult(promise));
            if (state == JS::PromiseState::Rejected) {
                JS_SetPendingException(cx, value);
                onFailure(true);
                ok = false;
            } else {
                JS::RootedValueArray<1> args(cx);
                args[0].set(value);
                JS::RootedValue json(cx);
                if (!JS_CallFunctionName(cx, hooks, "finish", args, &json)) {
                    onFailure(true);
                    ok = false;
                } else if (json.isUndefined()) {
                    nullState = true;
                } else if (json.isString()) {
                    JSString *str = json.toString();
                    if (qint64(JS_GetStringLength(str)) > req.limits.maxStateBytes) {
                        kill = Kill::StateTooLarge;
                        ok = false;
                    } else {
                        finalJson = jsg::toQString(cx, json).toUtf8();
                        if (finalJson.size() > req.limits.maxStateBytes) {
                            kill = Kill::StateTooLarge;
                            ok = false;
                        }
                    }
                }
            }
        }

        if (!ok && kill != Kill::None) {
            switch (kill.load()) {
            case Kill::Timeout:
                error = StepError{QStringLiteral("TimeoutError"),
                                  Tr::tr("The step ran longer than its limit of %1 and was stopped.").arg(formatMs(req.limits.timeoutMs))};
                break;
            case Kill::Memory:
                error = StepError{QStringLiteral("MemoryLimitError"),
                                  Tr::tr("The step used more than its memory limit of %1 and was stopped.").arg(formatBytes(req.limits.heapBytes))};
                break;
            case Kill::Cancel:
                error = StepError{QStringLiteral("CancelError"), Tr::tr("The step was cancelled.")};
                break;
            case Kill::NeverSettles:
                error = StepError{QStringLiteral("NeverSettlesError"),
                                  Tr::tr("An operation is waiting for a promise that can never settle: nothing it could wait for "
                                         "(a timer or a request) is pending. The step was stopped at once instead of at its "
                                         "time limit.")};
                break;
            case Kill::StateTooLarge:
                error = StepError{QStringLiteral("StateTooLargeError"),
                                  Tr::tr("The final state is larger than the limit of %1, so it was not kept.").arg(formatBytes(req.limits.maxStateBytes))};
                break;
            case Kill::None:
                break;
            }
            severity = kill == Kill::Cancel ? QStringLiteral("cancel") : QStringLiteral("kill");
        }

        if (!ok) {
            // After a kill the heap may be full or the step's code still on the stack of
            // nothing: build the report from what we know, in JavaScript when possible.
            JS_ClearPendingException(cx);
            kill = Kill::None; // let the reporting code run
            outOfMemory = false;
            if (!error)
                error = StepError{QStringLiteral("EngineError"), Tr::tr("The engine stopped the step without saying why.")};
            if (severity.isEmpty())
                severity = QStringLiteral("fail");
            JS::RootedObject reportObj(cx, JS_NewPlainObject(cx));
            bool reported = false;
            if (reportObj) {
                JS::RootedValue v(cx);
                auto set = [&](const char *key, const QString &s) {
                    v.setString(jsg::newString(cx, s));
                    JS_SetProperty(cx, reportObj, key, v);
                };
                set("source", QStringLiteral("runtime"));
                set("name", error->type);
                set("severity", severity);
                set("message", error->message);
                if (error->line > 0) {
                    JS::RootedObject pos(cx, JS_NewPlainObject(cx));
                    v.setInt32(error->line);
                    JS_SetProperty(cx, pos, "line", v);
                    v.setInt32(error->column);
                    JS_SetProperty(cx, pos, "column", v);
                    v.setObject(*pos);
                    JS_SetProperty(cx, reportObj, "pos", v);
                }
                JS::RootedValueArray<2> args(cx);
                args[0].setString(jsg::newString(cx, req.stepId));
                args[1].setObject(*reportObj);
                JS::RootedValue json(cx);
                if (JS_CallFunctionName(cx, hooks, "failState", args, &json) && json.isString()
                    && qint64(JS_GetStringLength(json.toString())) <= req.limits.maxStateBytes) {
                    finalJson = jsg::toQString(cx, json).toUtf8();
                    reported = true;
                }
                JS_ClearPendingException(cx);
            }
            if (!reported) {
                QJsonObject state{{QStringLiteral("errors"),
                                   QJsonObject{{req.stepId, QJsonObject{{QStringLiteral("name"), error->type},
                                                                        {QStringLiteral("severity"), severity},
                                                                        {QStringLiteral("message"), error->message}}}}}};
                finalJson = QJsonDocument(state).toJson(QJsonDocument::Compact);
            }
        }

        endHttp();
        JS::RootedValue ignored(cx);
        JS_CallFunctionName(cx, hooks, "clearTimers", JS::HandleValueArray::empty(), &ignored);
        JS_ClearPendingException(cx);
        // A realm is reused only after a run that ended on its own (success or an error the
        // job threw) and left the built-ins as they were.
        const bool stopped = error && (severity == QLatin1String("kill") || severity == QLatin1String("cancel")
                                       || severity == QLatin1String("exception"));
        JS::RootedValue pristine(cx);
        if (stopped || !JS_CallFunctionName(cx, hooks, "release", JS::HandleValueArray::empty(), &pristine)
            || !pristine.isTrue())
            keepRealm = false;
        JS_ClearPendingException(cx);
        if (!keepRealm)
            realms.erase(realmKey);
    }
    mark("finish");
    disarm();
    jobs->clear();
    timers.clear();

    const bool wasMemory = error && error->type == QLatin1String("MemoryLimitError");
    if (wasMemory)
        JS_GC(cx);
    else
        JS_MaybeGC(cx);

    mark("gc");
    if (error) {
        error->message = mask(error->message);
        res.reason = severity == QLatin1String("crash") ? ExitReason::Crash
            : severity == QLatin1String("kill")         ? ExitReason::Kill
            : severity == QLatin1String("cancel")       ? ExitReason::Cancel
            : severity == QLatin1String("exception")    ? ExitReason::Exception
                                                        : ExitReason::Fail;
        res.error = error;
        emitLog(QStringLiteral("error"), error->toString());
    } else {
        res.reason = ExitReason::Success;
    }
    if (nullState) {
        res.finalState = QByteArrayLiteral("null");
    } else {
        // A credential value copied into the state is masked before anyone sees the state.
        QString text = QString::fromUtf8(finalJson);
        bool changed = false;
        for (const auto &secret : std::as_const(secrets)) {
            QString escaped = QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact));
            escaped = escaped.mid(2, escaped.size() - 4);
            if (text.contains(escaped)) {
                text.replace(escaped, QStringLiteral("****"));
                changed = true;
            }
        }
        res.finalState = changed ? text.toUtf8() : finalJson;
    }
    res.durationMs = clock.elapsed();
    request = nullptr;
    result = nullptr;
    return res;
}

// ---- public API ------------------------------------------------------------------------

JobRuntime::JobRuntime() : d(std::make_unique<Impl>()) {}
JobRuntime::~JobRuntime() = default;

Status JobRuntime::status() const
{
    return d->initStatus;
}

StepResult JobRuntime::run(const StepRequest &request)
{
    return d->run(request);
}

Status JobRuntime::checkSyntax(const QString &source, const QString &jobName)
{
    if (!d->initStatus)
        return d->initStatus;
    const auto compiled = d->compile(source, jobName);
    if (!compiled)
        return compiled.error();
    return Ok{};
}

RuntimeStats JobRuntime::stats() const
{
    RuntimeStats s;
    if (d->cx)
        s.gcHeapBytes = qint64(JS_GetGCParameter(d->cx, JSGC_BYTES));
    s.stepsRun = d->stepsRun;
    s.cachedJobs = d->jobCache.size();
    return s;
}

void JobRuntime::collectGarbage()
{
    if (d->cx)
        JS_GC(d->cx);
}

void JobRuntime::post(std::function<void()> fn)
{
    {
        std::lock_guard lock(d->loopMutex);
        d->posted.push_back(std::move(fn));
    }
    d->loopWake.notify_all();
}

} // namespace sb
