#pragma once

#include "common/result.h"
#include "project/model.h"
#include "project/projectdiff.h"

namespace sb {

class ProjectStore;
class Store;

// The demo project shipped in resources (demo/demo-project.yaml).
Result<Project> demoProject();

// Adds (or refreshes) the demo project in the store. Returns what changed.
Result<ProjectDiff> installDemoProject(ProjectStore &projects);

// Queues the demo's first runs, so a console opened on a new store shows real runs against
// the sandbox at once: two CommCare forms (a registration, and a visit form the filter
// drops), a registration from a clinic Salesforce does not know (it fails), a Primero
// sync request for HIS, the daily SMS schedule and the Primero → OSCaR referrals.
// Returns how many were queued.
Result<int> queueDemoFirstRuns(Store &store);

} // namespace sb
