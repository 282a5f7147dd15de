#include "importcontroller.h"

#include "project/projectstore.h"
#include "project/spec.h"

#include <QThread>

#include <memory>

namespace sb {

ImportController::ImportController(ProjectStore &projects, QObject *parent)
    : QObject(parent)
    , m_projects(projects)
{
}

ImportController::~ImportController()
{
    // Reading is bounded (spec files are capped at kMaxSpecBytes); wait for it rather
    // than leave a thread writing into a destroyed object.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ImportController::readFile(const QString &path)
{
    const int generation = ++m_generation;
    m_reading = true;
    m_path = path;
    m_project.reset();
    m_preview.reset();
    m_error = Error();

    auto result = std::make_shared<std::optional<Result<Project>>>();
    QThread *thread = QThread::create([path, result] { result->emplace(readSpecFile(path)); });
    thread->setObjectName(QStringLiteral("spec reader"));
    m_threads.append(thread);
    // finished() is delivered on this object's thread; the lambda dies with this object.
    connect(thread, &QThread::finished, this, [this, thread, generation, result] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (result->has_value())
            onReadFinished(generation, **result);
        else
            onReadFinished(generation, makeError(tr("The file could not be read.")));
    });
    thread->start();
}

void ImportController::onReadFinished(int generation, const Result<Project> &result)
{
    if (generation != m_generation)
        return; // a newer file was chosen meanwhile
    m_reading = false;
    if (!result) {
        m_error = result.error();
        emit parsed();
        return;
    }
    m_project = result.value();
    const Result<ProjectDiff> diff = m_projects.preview(*m_project);
    if (diff)
        m_preview = diff.value();
    else
        m_error = diff.error();
    emit parsed();
}

Result<ProjectDiff> ImportController::apply()
{
    if (!m_project)
        return makeError(tr("There is nothing to import: choose a spec file first."));
    Result<ProjectDiff> applied = m_projects.import(*m_project);
    if (applied) {
        // What the store holds now is what was imported: a second apply changes nothing.
        const Result<ProjectDiff> again = m_projects.preview(*m_project);
        m_preview = again ? std::optional<ProjectDiff>(again.value()) : std::nullopt;
    }
    return applied;
}

} // namespace sb
