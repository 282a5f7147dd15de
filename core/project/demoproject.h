#pragma once

#include "common/result.h"
#include "project/model.h"
#include "project/projectdiff.h"

namespace sb {

class ProjectStore;

// The demo project shipped in resources (demo/demo-project.yaml).
Result<Project> demoProject();

// Adds (or refreshes) the demo project in the store. Returns what changed.
Result<ProjectDiff> installDemoProject(ProjectStore &projects);

} // namespace sb
