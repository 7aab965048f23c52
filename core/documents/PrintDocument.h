#pragma once

#include <QString>

// One printable document: filled HTML, its title, and the short case reference printed at the foot of each
// of its pages (empty for a blank form).
struct PrintDocument
{
    QString title;
    QString html;
    QString reference;
    // The document must fit on one page (an agreement): DocumentRenderer refuses to spill onto a second.
    bool onePage = false;
    // Printed across the page (A4 landscape: a wide table such as the weekly dispatch report).
    bool landscape = false;
    // The name a PDF of this document alone is saved under, set by DocumentService (DocumentText::fileName).
    QString fileName;
};
