#include "WorkPlace.h"

#include "AreaCatalog.h"
#include "AreaCode.h"
#include "Vocabulary.h"

bool WorkPlace::isOutsideMainland(QStringView code)
{
    return Vocabulary::contains(Vocabulary::CountryRegion, code);
}

QString WorkPlace::label(QStringView code)
{
    if (isOutsideMainland(code))
        return Vocabulary::label(Vocabulary::CountryRegion, code);
    const QString name = AreaCatalog::instance().fullName(AreaCode::normalize(code));
    return name.isEmpty() ? code.toString() : name;
}
