#!/usr/bin/env python3
"""Fills translations into a Qt Linguist .ts file from a tab-separated list.

Usage: fill-ts.py FILE.ts TRANSLATIONS.tsv      (lines: English source<TAB>translation)
       fill-ts.py --english FILE.ts             (shouhu_en.ts: numerus forms from "(s)" sources)

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
            src, dst = line.split("\t", 1)
            table[src] = dst
    return table


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")


def main():
    english = sys.argv[1] == "--english"
    ts_path = sys.argv[2] if english else sys.argv[1]
    table = {} if english else load_tsv(sys.argv[2])
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        numerus = message.get("numerus") == "yes"
        if english:
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                    ET.SubElement(translation, "numerusform").text = form
                translation.attrib.pop("type", None)
            continue
        if source in table:
            target = table[source]
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                ET.SubElement(translation, "numerusform").text = target
            else:
                translation.text = target
            translation.attrib.pop("type", None)
        elif not english and translation.get("type") == "unfinished" or not (translation.text or len(translation)):
            missing.append(source)
    write(tree, ts_path)
    for m in missing:
        print("untranslated:", m, file=sys.stderr)
    print(f"{len(missing)} untranslated", file=sys.stderr)


if __name__ == "__main__":
    main()
