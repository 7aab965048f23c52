#include "ChildFormManager.h"

#include "ChildForm.h"
#include "storage/CaseRepository.h"

#include <QSet>
#include <QWidget>

ChildFormManager::ChildFormManager(CaseDatabase& db, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
{}

ChildForm* ChildFormManager::add(const QString& key)
{
    auto* form = new ChildForm(m_db, m_window);
    form->setDraftKey(key);
    m_forms.insert(key, form);
    connect(form, &ChildForm::saved, this, [this, form](const QString& id) {
        // A new child's key changes from child:new:<n> to child:<id>.
        for (auto it = m_forms.begin(); it != m_forms.end(); ++it) {
            if (it.value() == form) {
                m_forms.erase(it);
                break;
            }
        }
        m_forms.insert(form->draftKey(), form);
        emit saved(id);
    });
    return form;
}

QString ChildFormManager::newKey() const
{
    QSet<QString> taken;
    for (const DraftStore::Draft& d : DraftStore(m_db).all())
        taken.insert(d.key);
    for (int n = 1;; ++n) {
        const QString key = QStringLiteral("child:new:%1").arg(n);
        if (!taken.contains(key) && !m_forms.value(key))
            return key;
    }
}

ChildForm* ChildFormManager::open(const QString& childId, QString* error)
{
    const QString key = QStringLiteral("child:") + childId;
    if (ChildForm* form = m_forms.value(key)) {
        form->show();
        form->raise();
        form->activateWindow();
        return form;
    }
    Result<ChildFile> file = CaseRepository(m_db).load(childId);
    if (!file) {
        if (error)
            *error = file.error();
        return nullptr;
    }
    ChildForm* form = add(key);
    form->load(file.value());
    form->show();
    return form;
}

ChildForm* ChildFormManager::create()
{
    ChildForm* form = add(newKey());
    form->show();
    return form;
}

ChildForm* ChildFormManager::restore(const DraftStore::Draft& draft)
{
    Result<ChildFile> values = ChildFile::fromJson(draft.payload);
    if (!values)
        return nullptr;
    ChildForm* form = nullptr;
    if (!draft.recordId.isEmpty()) {
        form = open(draft.recordId);
        if (!form)
            return nullptr;
    } else {
        form = m_forms.value(draft.key);
        if (!form) {
            form = add(draft.key);
            form->show();
        }
    }
    form->applyDraft(values.value());
    return form;
}

QList<DraftStore::Draft> ChildFormManager::drafts() const
{
    QList<DraftStore::Draft> out;
    for (const DraftStore::Draft& d : DraftStore(m_db).all()) {
        if (d.kind == QLatin1String("child") && !m_forms.value(d.key))
            out << d;
    }
    return out;
}

void ChildFormManager::discard(const DraftStore::Draft& draft)
{
    (void)DraftStore(m_db).remove(draft.key);
}

QList<ChildForm*> ChildFormManager::forms() const
{
    QList<ChildForm*> out;
    for (const auto& form : m_forms) {
        if (form)
            out << form.data();
    }
    return out;
}

int ChildFormManager::saveAll()
{
    int failed = 0;
    for (ChildForm* form : forms()) {
        if (form->isDirty() && !form->save())
            ++failed;
    }
    return failed;
}

bool ChildFormManager::closeAll()
{
    for (ChildForm* form : forms()) {
        if (!form->confirmClose())
            return false;
    }
    for (ChildForm* form : forms())
        form->close(); // nothing unsaved is left, so this does not ask again
    return true;
}
