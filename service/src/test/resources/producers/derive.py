#!/usr/bin/env python3
"""Writes the derived workbooks of this corpus from the LibreOffice-written one, each changed the way another
producer writes it (see README.md). Run from this folder: python3 derive.py"""
import re
import zipfile

SOURCE = "libreoffice-7.4-excel-2007-365.xlsx"
TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
TRANSITIONAL_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def rewrite(target, change, extra=None):
    with zipfile.ZipFile(SOURCE) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith(".xml") or item.filename.endswith(".rels"):
                data = change(item.filename, data.decode("utf-8")).encode("utf-8")
            out.writestr(item.filename, data)
        if extra:
            extra(src, out)


def date1904(name, xml):
    # what Excel writes when "Use 1904 date system" is ticked: the flag, and every date serial 1,462 days less
    if name == "xl/workbook.xml":
        return xml.replace('date1904="false"', 'date1904="true"')
    if name == "xl/worksheets/sheet1.xml":
        return re.sub(r'(<c r="I\d+" s="1" t="n"><v>)(\d+)(</v>)', lambda m: m.group(1) + str(int(m.group(2)) - 1462) + m.group(3), xml)
    return xml


def no_references(name, xml):
    # rows and cells without r attributes, as .NET's Open XML SDK and several generators write them
    if name == "xl/worksheets/sheet1.xml":
        return re.sub(r'(<(?:row|c)) r="[A-Z]*\d+"', r"\1", xml)
    return xml


def strict(name, xml):
    # Strict Open XML: the ISO namespaces in place of the transitional ones
    return xml.replace(TRANSITIONAL, STRICT).replace(TRANSITIONAL_R, STRICT_R) \
        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                 "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")


def duplicate_sheet(src, out):
    # a second entry of the same name, as some online editors have been seen to write
    out.writestr("xl/worksheets/sheet1.xml", src.read("xl/worksheets/sheet1.xml"))


rewrite("derived-1904-dates.xlsx", date1904)
rewrite("derived-no-cell-references.xlsx", no_references)
rewrite("derived-strict-open-xml.xlsx", strict)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: that is the point
    rewrite("derived-duplicate-entry.xlsx", lambda n, x: x, duplicate_sheet)
