#!/usr/bin/env python3
"""Fills translations into a Qt Linguist .ts file from a tab-separated list.

Usage: fill-ts.py FILE.ts TRANSLATIONS.tsv      (lines: English source<TAB>translation, or
                                                  Context<TAB>English source<TAB>translation for one context)
       (one TSV per run: for f in translations/pending-*.tsv; do fill-ts.py FILE.ts "$f"; done)
       fill-ts.py --english FILE.ts             (shouhu_en.ts: numerus forms from "(s)" sources)
       fill-ts.py --reuse FILE.ts               (a text moved to another context: the translation the same
                                                 source text has in another context)

Run `cmake --build build --target update_translations` first so that the .ts lists every string in the code;
this script only fills in translations and never removes messages. Messages still without a translation are
listed on stderr.
"""
import sys
import xml.etree.ElementTree as ET


def load_tsv(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            parts = [p.replace("\\n", "\n") for p in line.split("\t")]
            if len(parts) == 3:
                table[(parts[0], parts[1])] = parts[2]
            else:
                table[parts[0]] = parts[1]
    return table


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def set_translation(translation, target, numerus):
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = None
        for form in target:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = target
    translation.attrib.pop("type", None)


def finished(translation):
    return translation is not None and translation.get("type") is None and \
        ((translation.text or "").strip() or len(translation))


def reuse(ts_path):
    tree = ET.parse(ts_path)
    known = {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if finished(translation) and message.get("numerus") != "yes":
            known.setdefault(message.findtext("source") or "", translation.text)
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and not finished(translation) and source in known and \
                    message.get("numerus") != "yes":
                set_translation(translation, known[source], False)
                filled += 1
    write(tree, ts_path)
    print(f"{filled} reused", file=sys.stderr)


def main():
    if sys.argv[1] == "--reuse":
        reuse(sys.argv[2])
        return
    english = sys.argv[1] == "--english"
    ts_path = sys.argv[2] if english else sys.argv[1]
    table = {} if english else load_tsv(sys.argv[2])
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            numerus = message.get("numerus") == "yes"
            if english:
                if numerus:
                    set_translation(translation, [source.replace("(s)", ""), source.replace("(s)", "s")], True)
                continue
            target = table.get((context_name, source), table.get(source))
            if target is not None:
                set_translation(translation, [target] if numerus else target, numerus)
            elif translation.get("type") == "unfinished" or not (translation.text or len(translation)):
                missing.append(f"{context_name}: {source}")
    write(tree, ts_path)
    for m in missing:
        print("untranslated:", m, file=sys.stderr)
    if not english:
        print(f"{len(missing)} untranslated", file=sys.stderr)


if __name__ == "__main__":
    main()
