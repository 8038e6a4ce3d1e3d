package com.chipcheck.service.orders;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WrittenDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-20", "2026/10/20", "2026.10.20", "2026年10月20日", "2026年10月20", " 2026 年 10 月 20 日 ",
            "２０２６年１０月２０日"})
    void yearFirstDatesAsBuyersWriteThem(String written) {
        assertEquals(LocalDate.of(2026, 10, 20), WrittenDates.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/1/5", "2026年1月5日", "2026-1-5"})
    void oneDigitMonthsAndDays(String written) {
        assertEquals(LocalDate.of(2026, 1, 5), WrittenDates.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10/20/2026", "20/10/2026", "20.10.2026", "2026-02-30", "2026年13月1日", "next Tuesday", "2026-10", ""})
    void dayOrMonthFirstAndImpossibleDatesAreRefused(String written) {
        assertNull(WrittenDates.parse(written));
    }
}
