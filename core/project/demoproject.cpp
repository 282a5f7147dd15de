#include "demoproject.h"

#include "project/projectstore.h"
#include "project/spec.h"

#include <QCoreApplication>
#include <QFile>

namespace sb {

Result<Project> demoProject()
{
    QFile f(QStringLiteral(":/demo/demo-project.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("sb::Demo", "The demo project is missing from this build."));
    return readSpec(f.readAll(), QStringLiteral("demo-project.yaml"), QStringLiteral(":/demo"));
}

Result<ProjectDiff> installDemoProject(ProjectStore &projects)
{
    const Result<Project> demo = demoProject();
    if (!demo)
        return demo.error();
    return projects.import(demo.value());
}

} // namespace sb
