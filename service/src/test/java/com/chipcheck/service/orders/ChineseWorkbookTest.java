package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.Reason;
import com.chipcheck.rules.engine.ExportControlEngine;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.service.cli.SampleOrders;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workbook written by a Chinese buyer (Chinese headers, Chinese country names, 2026年10月5日, prices in yuan) is
 * read and decided exactly as its English twin: line by line the same outcome, the same rules, the same red flags.
 */
class ChineseWorkbookTest {

    private static OrderWorkbooks workbooks;

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        workbooks = new OrderWorkbooks(ExportControlEngine.bundled().toBuilder()
                .policies(new ProcurementPolicies(ProcurementPolicy.bundled())).build(), Clock.systemUTC(), 10_000);
    }

    private File save(XSSFWorkbook wb, String name) throws IOException {
        File f = dir.resolve(name).toFile();
        try (wb; FileOutputStream out = new FileOutputStream(f)) {
            wb.write(out);
        }
        return f;
    }

    @Test
    void theChineseTwinDecidesLineByLineAsTheEnglishOrder() throws IOException {
        OrderWorkbooks.Result english = workbooks.evaluate(save(SampleOrders.englishExample(), "en.xlsx"), "PO-EN");
        OrderWorkbooks.Result chinese = workbooks.evaluate(save(SampleOrders.chineseExample(), "zh.xlsx"), "PO-ZH");

        assertTrue(chinese.order().chinese(), "a Chinese header is answered in Chinese");
        assertTrue(!english.order().chinese());
        List<LineDecision> en = english.decision().lines();
        List<LineDecision> zh = chinese.decision().lines();
        assertEquals(30, en.size());
        assertEquals(en.size(), zh.size());
        for (int i = 0; i < en.size(); i++) {
            LineDecision e = en.get(i);
            LineDecision z = zh.get(i);
            String line = "line " + (i + 1) + " (" + e.partNumber() + ")";
            assertEquals(e.lineId(), z.lineId(), line);
            assertEquals(e.asOf(), z.asOf(), line + ": 2026年10月5日 is read as the same date");
            assertEquals(e.outcome(), z.outcome(), line);
            assertEquals(e.eccn(), z.eccn(), line);
            assertEquals(ruleIds(e), ruleIds(z), line);
            assertEquals(e.redFlags().stream().map(f -> f.code()).toList(), z.redFlags().stream().map(f -> f.code()).toList(), line);
        }
        assertEquals(en.stream().map(LineDecision::outcome).distinct().count(), 6, "every outcome but LICENSED appears");
    }

    @Test
    void aChineseWorkbookIsAnsweredInChineseWithCodesCitationsAndRuleIdsAsTheyAre() throws IOException {
        OrderWorkbooks.Result chinese = workbooks.evaluate(save(SampleOrders.chineseExample(), "zh.xlsx"), "PO-ZH");
        try (XSSFWorkbook out = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbooks.reportOf(chinese, WorkbookWords.Choice.ENGLISH)))) {
            org.apache.poi.ss.usermodel.Sheet order = out.getSheet("订单");
            org.apache.poi.ss.usermodel.Row header = order.getRow(0);
            int first = SampleOrders.HEADER_ZH.length;
            assertEquals("结论", header.getCell(first + 3).getStringCellValue());
            assertEquals("判定理由", header.getCell(first + 5).getStringCellValue());
            // line 8: an H100 to China
            org.apache.poi.ss.usermodel.Row h100 = order.getRow(8);
            assertEquals("LICENSE_REQUIRED 需申请许可证", h100.getCell(first + 3).getStringCellValue());
            String reasons = h100.getCell(first + 5).getStringCellValue();
            assertTrue(reasons.contains("[742.6-AC-DEST-a] 需要许可证"), reasons);
            assertTrue(!reasons.contains("Licence required"), "no English left in a translated reason: " + reasons);
            assertTrue(h100.getCell(first + 6).getStringCellValue().contains("742.6"), "citations as written");
            assertEquals("否", h100.getCell(first + 12).getStringCellValue());
            org.apache.poi.ss.usermodel.Sheet summary = out.getSheet("汇总");
            assertEquals("订单结论", summary.getRow(1).getCell(0).getStringCellValue());
        }
        try (XSSFWorkbook out = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbooks.reportOf(chinese,
                new WorkbookWords.Choice(com.chipcheck.rules.i18n.Language.EN, com.chipcheck.rules.i18n.Language.EN))))) {
            assertEquals("Outcome", out.getSheet("订单").getRow(0).getCell(SampleOrders.HEADER_ZH.length + 3).getStringCellValue(),
                    "an explicit lang=en answers a Chinese workbook in English");
            assertTrue(out.getSheet("Summary") != null);
        }
    }

    private static List<String> ruleIds(LineDecision d) {
        return d.reasons().stream().map(Reason::ruleId).toList();
    }
}
