#pragma once

// The emulated systems, one factory each (implemented in <name>system.cpp).

#include "sandbox/sandboxsystem.h"

#include <memory>

namespace sb::sandbox {

std::unique_ptr<System> makeSalesforce(SandboxData &data);
std::unique_ptr<System> makeCommCare(SandboxData &data);
std::unique_ptr<System> makeInfobip(SandboxData &data);
std::unique_ptr<System> makePrimero(SandboxData &data);
std::unique_ptr<System> makeOscar(SandboxData &data);
std::unique_ptr<System> makeHis(SandboxData &data);
std::unique_ptr<System> makeRapidPro(SandboxData &data);
std::unique_ptr<System> makeCht(SandboxData &data);
std::unique_ptr<System> makeOpenMrs(SandboxData &data);
std::unique_ptr<System> makeDhis2(SandboxData &data);

// The path of shared/fixtures-like seed data compiled into the resources (":/sandbox/…").
QByteArray seedFile(const QString &name);

} // namespace sb::sandbox
