package com.chipcheck.rules.catalogue;

import com.chipcheck.rules.item.ProcessingFigures;
import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Resources;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartsCatalogueTest {

    /** The part numbers of the shared reference table (chips.csv): every one must ship. */
    private static final List<String> REFERENCE_PARTS = List.of(
            "NVIDIA H100 SXM5 80GB", "NVIDIA H100 PCIe 80GB", "NVIDIA H800 SXM5 80GB", "NVIDIA H800 PCIe 80GB",
            "NVIDIA H200 SXM 141GB", "NVIDIA H20 (HGX H20 96GB)", "NVIDIA A100 SXM4 80GB", "NVIDIA A800 SXM4 80GB",
            "NVIDIA A800 PCIe 40GB", "NVIDIA L40S 48GB", "NVIDIA B200 (HGX B200 180GB)", "NVIDIA GeForce RTX 4090",
            "NVIDIA GeForce RTX 4090 D", "NVIDIA GeForce RTX 5090", "NVIDIA GeForce RTX 5090 D",
            "NVIDIA RTX 6000 Ada Generation", "AMD Instinct MI300X", "AMD Instinct MI355X", "AMD Instinct MI308X",
            "Intel Gaudi 2 (HL-225H)", "Intel Gaudi 2 China (HL-225B)", "Intel Gaudi 3 (HL-325L OAM)",
            "Intel Gaudi 3 China (HL-328 OAM)", "Huawei Ascend 910B", "Huawei Ascend 910C");

    private final PartsCatalogue catalogue = PartsCatalogue.bundled();

    @Test
    void everyReferencePartShipsWithItsSource() {
        for (String part : REFERENCE_PARTS) {
            CatalogueEntry entry = catalogue.find(part).orElseThrow(() -> new AssertionError("missing: " + part));
            assertTrue(entry.sources() != null && entry.sources().startsWith("http"), part + " has no source");
        }
    }

    @Test
    void lookUpIgnoresCaseAndSpacing() {
        assertTrue(catalogue.find("  nvidia   h100 sxm5 80GB ").isPresent());
        assertTrue(catalogue.find("NVIDIA H100").isEmpty(), "no prefix matching: a near miss is an unknown part");
    }

    @Test
    void computedTppAndDensityAgreeWithTheReferenceColumns() {
        List<Map<String, String>> rows = Csv.readRecords(Resources.open(PartsCatalogue.RESOURCE));
        int checked = 0;
        for (Map<String, String> row : rows) {
            if (row.get("tpp").isBlank()) {
                continue;
            }
            ProcessingFigures f = catalogue.find(row.get("part_number")).orElseThrow().spec().figures();
            assertEquals(0, new BigDecimal(row.get("tpp")).compareTo(f.tpp()), row.get("part_number") + " TPP");
            if (!row.get("pd").isBlank()) {
                BigDecimal published = new BigDecimal(row.get("pd"));
                BigDecimal diff = published.subtract(f.performanceDensity()).abs();
                assertTrue(diff.compareTo(new BigDecimal("0.01")) < 0, row.get("part_number") + " PD " + f.performanceDensity());
            }
            checked++;
        }
        assertEquals(23, checked);
    }

    @Test
    void aDuplicatePartNumberIsRefused() {
        String csv = "part_number,kind\nX1,IC\nx1,IC\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartsCatalogue.parse(csv.getBytes()));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aSystemListsItsContents() {
        CatalogueEntry dgx = catalogue.find("NVIDIA DGX H100").orElseThrow();
        assertEquals("NVIDIA H100 SXM5 80GB", dgx.spec().contains().get(0).partNumber());
        assertEquals(8, dgx.spec().contains().get(0).count());
    }
}
