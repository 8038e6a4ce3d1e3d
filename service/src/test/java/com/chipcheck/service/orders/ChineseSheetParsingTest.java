package com.chipcheck.service.orders;

import com.chipcheck.rules.money.ExchangeRates;
import com.chipcheck.rules.order.OrderLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a sheet written in Chinese is read where it could mislead: columns named twice, prices and their currency. */
class ChineseSheetParsingTest {

    private static final String[] HEADER = {"行号", "产品型号", "数量", "目的国", "最终用户", "最终用户所在国", "最终用户总部所在国", "最终母公司所在国", "发货日期"};
    private static final String[] LINE = {"1", "NVIDIA H100 SXM5 80GB", "1", "德国", "Munich Supercompute GmbH", "德国", "德国", "德国", "2026年9月30日"};

    private static SheetRow row(int number, String... cells) {
        Map<Integer, String> m = new TreeMap<>();
        for (int i = 0; i < cells.length; i++) {
            m.put(i, cells[i]);
        }
        return new SheetRow(number, m);
    }

    private static String[] plus(String[] a, String... more) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static OrderLine parse(String[] header, String[] line) {
        return new OrderSheetParser(ExchangeRates.bundled()).parse(List.of(row(1, header), row(2, line))).lines().get(0);
    }

    @Test
    void aHeaderNamingOneColumnTwiceRefusesTheFile() {
        OrderFileException twice = assertThrows(OrderFileException.class,
                () -> parse(plus(HEADER, "目的地"), plus(LINE, "中国")));
        assertTrue(twice.getMessage().contains("Destination (D1 and J1)"), twice.getMessage());
        assertThrows(OrderFileException.class, () -> parse(plus(HEADER, "Destination"), plus(LINE, "CN")), "English and Chinese alike");
    }

    @Test
    void aPriceHeaderMayStateItsCurrency() {
        OrderLine yuan = parse(plus(HEADER, "单价（元）"), plus(LINE, "212000"));
        assertEquals("CNY", yuan.purchase().currency());
        assertEquals(List.of(), yuan.problems());
        assertEquals("CNY", parse(plus(HEADER, "单价(RMB)"), plus(LINE, "212000")).purchase().currency());
        assertEquals("USD", parse(plus(HEADER, "Unit Price (USD)"), plus(LINE, "30000")).purchase().currency());
    }

    @Test
    void aChineseSheetsPriceWithoutACurrencyIsHeldNotReadAsDollars() {
        OrderLine bare = parse(plus(HEADER, "单价"), plus(LINE, "30000"));
        assertTrue(bare.problems().stream().anyMatch(p -> p.startsWith("J2: the price has no currency")), bare.problems().toString());
        OrderLine blank = parse(plus(HEADER, "单价", "币种"), plus(LINE, "30000", ""));
        assertTrue(blank.problems().stream().anyMatch(p -> p.startsWith("J2: the price has no currency")), blank.problems().toString());
        OrderLine given = parse(plus(HEADER, "单价", "币种"), plus(LINE, "30000", "美元"));
        assertEquals("USD", given.purchase().currency());
        assertEquals(List.of(), given.problems());
    }
}
