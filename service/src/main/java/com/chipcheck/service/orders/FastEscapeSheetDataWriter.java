package com.chipcheck.service.orders;

import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * POI's sheet writer with the same XML escaping done in runs: POI writes every character of a cell through the
 * Writer one by one, which was the hottest method of a 100,000-line annotated workbook (the Reasons and Citations
 * cells are long). The escapes are POI's: &lt; &gt; &amp; &quot;, newline, carriage return, tab and non-breaking
 * space as character references, other control characters and U+FFFE/U+FFFF as '?'.
 */
final class FastEscapeSheetDataWriter extends SheetDataWriter {

    FastEscapeSheetDataWriter() throws IOException {
        super();
    }

    @Override
    protected void outputEscapedString(String s) throws IOException {
        escapeTo(s, _out);
    }

    static void escapeTo(String s, Writer _out) throws IOException {
        if (s == null || s.isEmpty()) {
            return;
        }
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            String replacement = escape(s.charAt(i));
            if (replacement != null) {
                if (i > start) {
                    _out.write(s, start, i - start);
                }
                _out.write(replacement);
                start = i + 1;
            }
        }
        if (start < n) {
            _out.write(s, start, n - start);
        }
    }

    private static String escape(char c) {
        switch (c) {
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '&': return "&amp;";
            case '"': return "&quot;";
            case '\n': return "&#xa;";
            case '\r': return "&#xd;";
            case '\t': return "&#x9;";
            case '\u00a0': return "&#xa0;";
            default: return c < ' ' || c >= '\ufffe' ? "?" : null;
        }
    }
}
