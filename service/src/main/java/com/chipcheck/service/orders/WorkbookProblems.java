package com.chipcheck.service.orders;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what went wrong reading a workbook into what a procurement clerk can act on: the cause in words and what to
 * do. The exception itself goes to the log under a reference the clerk can quote; no Java class name reaches them.
 */
final class WorkbookProblems {

    private static final Logger log = LoggerFactory.getLogger(WorkbookProblems.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SAVE_AGAIN = "open it in Excel (or LibreOffice, WPS) and save it again as Excel Workbook (.xlsx)";

    private WorkbookProblems() {
    }

    static OrderFileException explain(File file, boolean strict, Exception cause) {
        if (strict) {
            return logged(cause, "the workbook is saved as Strict Open XML Spreadsheet, which this service cannot read: in Excel, "
                    + "choose File > Save As > Excel Workbook (.xlsx)");
        }
        String duplicate = duplicateEntry(file);
        if (duplicate != null) {
            return logged(cause, "the workbook's package holds the part \"" + duplicate + "\" twice, so which one counts cannot be "
                    + "told (some online editors write such files): " + SAVE_AGAIN);
        }
        String chain = messages(cause);
        if (chain.contains("zip bomb") || chain.contains("would exceed the max size")) {
            return logged(cause, "a part of the workbook inflates to far more than the file's size (a zip bomb, or a part larger "
                    + "than this service reads): it is refused; a genuine order this large must be split into smaller ones");
        }
        if (chain.contains("doctype")) {
            return logged(cause, "the workbook carries an XML document type declaration, which no spreadsheet program writes and which "
                    + "can be used to read files on the server: it is refused; " + SAVE_AGAIN);
        }
        if (cause instanceof NotOfficeXmlFileException || cause instanceof InvalidFormatException) {
            return logged(cause, "the file is a zip package but not an Excel workbook (it has no workbook inside it): save the order "
                    + "as Excel Workbook (.xlsx)");
        }
        return logged(cause, "part of the workbook is damaged or written in a way this service does not read: " + SAVE_AGAIN);
    }

    /** The messages of the cause and of every cause behind it, lower-cased, to recognise what POI says in its own words. */
    private static String messages(Throwable cause) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = cause; t != null && all.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** The refusal, with a reference to the logged cause appended. */
    private static OrderFileException logged(Exception cause, String problem) {
        String reference = "W-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toUpperCase(Locale.ROOT);
        log.warn("workbook refused ({}): {}", reference, problem, cause);
        return new OrderFileException(problem + " (reference " + reference + ")");
    }

    /**
     * The first entry name a zip package holds twice, or null (also when the file is no zip at all). Read from the
     * central directory only: nothing is inflated, so a zip bomb costs nothing here.
     */
    static String duplicateEntry(File file) {
        Set<String> names = new HashSet<>();
        try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setFile(file).get()) {
            var entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    return name;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
