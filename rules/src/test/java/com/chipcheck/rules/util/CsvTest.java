package com.chipcheck.rules.util;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() {
        String csv = "a,b,c\r\n1,\"Korea, South\",\"say \"\"hi\"\"\"\n\n2,\"two\nlines\",\n";
        List<List<String>> rows = Csv.readRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("a", "b", "c"), rows.get(0));
        assertEquals(List.of("1", "Korea, South", "say \"hi\""), rows.get(1));
        assertEquals(List.of("2", "two\nlines", ""), rows.get(2));
        assertEquals(3, rows.size());
    }
}
