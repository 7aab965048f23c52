#include "SiblingUpdate.h"
#include "Localization.h"

#include "domain/Vocabulary.h"
#include "storage/EntitySchema.h"
#include "storage/FieldText.h"

#include <QMessageBox>

const QStringList& SiblingUpdate::sharedFields()
{
    static const QStringList fields{QStringLiteral("phone"), QStringLiteral("work_place_code"),
                                    QStringLiteral("work_place"), QStringLiteral("status"),
                                    QStringLiteral("away_since")};
    return fields;
}

QList<CaseRepository::ParentChange> SiblingUpdate::changes(const CaseRepository& repo,
                                                           const ChildFile& before, const ChildFile& after,
                                                           QString* question)
{
    QList<CaseRepository::ParentChange> out;
    QStringList sentences;
    for (const QString& relation : {QStringLiteral("father"), QStringLiteral("mother")}) {
        const QVariantMap was = before.persons.value(relation);
        const QVariantMap now = after.persons.value(relation);
        const QString idNumber = now.value(QStringLiteral("id_number")).toString();
        if (idNumber.isEmpty() || idNumber != was.value(QStringLiteral("id_number")).toString())
            continue; // another person now, or nobody to recognise in the other files
        QVariantMap fields;
        QStringList said;
        for (const QString& f : sharedFields()) {
            if (now.value(f).toString() == was.value(f).toString())
                continue;
            fields.insert(f, now.value(f));
            if (const FieldSpec* spec = EntitySchema::person().field(f))
                said << FieldText::labelled(*spec, now.value(f));
        }
        if (fields.isEmpty())
            continue;
        const QList<CaseRepository::SiblingParent> siblings = repo.siblingsSharingParent(after.id, idNumber);
        QStringList names;
        for (const CaseRepository::SiblingParent& s : siblings) {
            out.append({s.childId, s.relation, fields});
            names << s.childName;
        }
        if (names.isEmpty())
            continue;
        const QString parent = now.value(QStringLiteral("name")).toString().isEmpty()
                                   ? Vocabulary::label(Vocabulary::Relation, relation)
                                   : now.value(QStringLiteral("name")).toString();
        sentences << tr("%1 is also the parent of %2 on the register.").arg(parent, names.join(tr(", ")))
                  << tr("Changed: %1.").arg(said.join(tr("; ")));
    }
    if (question)
        *question =
            sentences.isEmpty()
                ? QString()
                : Localization::joinSentences(sentences << tr("Write the same change into their files?"));
    return out;
}

bool SiblingUpdate::offer(QWidget* parent, CaseRepository& repo, const ChildFile& before,
                          const ChildFile& after)
{
    QString question;
    const QList<CaseRepository::ParentChange> todo = changes(repo, before, after, &question);
    if (todo.isEmpty())
        return true;
    if (QMessageBox::question(parent, tr("Siblings' files"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) != QMessageBox::Yes)
        return true;
    if (Result<int> r = repo.updateParents(todo); !r) {
        QMessageBox::warning(parent, tr("Siblings' files"), r.error());
        return false;
    }
    return true;
}
