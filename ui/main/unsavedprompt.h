#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sb {

enum class UnsavedChoice { Save, Discard, Cancel };

// Asks what to do with unsaved changes before leaving them. Editors hold one of these so
// that tests can answer the question instead of a person (no modal in a test run).
using UnsavedPrompt = std::function<UnsavedChoice(QWidget *parent, const QString &what)>;

// The default: a Save / Discard / Cancel message box. `what` names the thing, e.g.
// "the job “Upsert contact”".
UnsavedChoice askAboutUnsavedChanges(QWidget *parent, const QString &what);

// Asks `prompt` about `what` and acts on the answer: Save → `save()`'s result; Discard →
// `discard()` (when given), true; Cancel → false. True: the caller may go on.
bool resolveUnsavedChanges(const UnsavedPrompt &prompt, QWidget *parent, const QString &what,
                           const std::function<bool()> &save, const std::function<void()> &discard = {});

} // namespace sb
