#include "unsavedprompt.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace sb {

UnsavedChoice askAboutUnsavedChanges(QWidget *parent, const QString &what)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QCoreApplication::translate("sb::UnsavedPrompt", "Unsaved changes"));
    box.setText(QCoreApplication::translate("sb::UnsavedPrompt", "Save your changes to %1?").arg(what));
    box.setInformativeText(
        QCoreApplication::translate("sb::UnsavedPrompt", "If you don't save, your changes are lost."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return UnsavedChoice::Save;
    case QMessageBox::Discard: return UnsavedChoice::Discard;
    default: return UnsavedChoice::Cancel;
    }
}

bool resolveUnsavedChanges(const UnsavedPrompt &prompt, QWidget *parent, const QString &what,
                           const std::function<bool()> &save, const std::function<void()> &discard)
{
    switch (prompt(parent, what)) {
    case UnsavedChoice::Save: return save();
    case UnsavedChoice::Discard:
        if (discard)
            discard();
        return true;
    case UnsavedChoice::Cancel: return false;
    }
    return false;
}

} // namespace sb
