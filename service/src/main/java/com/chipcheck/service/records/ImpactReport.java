package com.chipcheck.service.records;

import com.chipcheck.service.system.SafeCells;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** The workbook of an impact analysis (GET /api/v1/impact/{id}/report.xlsx). */
final class ImpactReport {

    private ImpactReport() {
    }

    /** The flips on one sheet, the change and the counts on another; text from orders is never evaluated as a formula. */
    static byte[] workbook(ImpactAnalysis.ImpactRequest request, ImpactAnalysis.Result result) throws IOException {
        List<ImpactAnalysis.Flip> flips = result.flips();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SafeCells cells = new SafeCells(wb);
            SXSSFSheet sheet = wb.createSheet("Flips");
            String[] header = {"Decision", "Kind", "Order", "Line", "Part Number", "Destination", "Outcome now", "Outcome under the change", "Licence lost", "Reasons under the change"};
            cells.row(sheet.createRow(0), (Object[]) header);
            int r = 1;
            for (ImpactAnalysis.Flip f : flips) {
                cells.row(sheet.createRow(r++), f.decisionId(), f.kind(), f.orderId(), f.lineId(), f.partNumber(), f.destination(),
                        f.before(), f.after(), f.licenceLost(), String.join("\n", f.reasonsAfter()));
            }
            sheet.createFreezePane(0, 1);
            SXSSFSheet about = wb.createSheet("Change");
            String[][] lines = {{"Description", request.description() == null ? "" : request.description()},
                    {"Candidate as-of date", request.asOf() == null ? "(unchanged)" : request.asOf().toString()},
                    {"Candidate Country Group table", request.hasCountryGroups() ? "supplied" : "(unchanged)"},
                    {"Candidate 3A090 thresholds", request.hasThresholds() ? request.thresholdsCsv() : "(unchanged)"},
                    {"Records re-run", String.valueOf(result.records())}, {"Lines re-run", String.valueOf(result.lines())},
                    {"Lines that flip", String.valueOf(flips.size())}};
            for (int i = 0; i < lines.length; i++) {
                cells.row(about.createRow(i), (Object[]) lines[i]);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
