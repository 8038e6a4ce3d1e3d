package com.chipcheck.rules.catalogue;

import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.PerformanceFigure;
import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Resources;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parts catalogue: every row of {@code reference/parts.csv}, keyed by part number (case-insensitive).
 * Adding a part is adding a row; empty cells stay unknown, and the rules hold a line that needs them.
 */
public final class PartsCatalogue {

    public static final String RESOURCE = "reference/parts.csv";

    private final Map<String, CatalogueEntry> byKey;

    private PartsCatalogue(Map<String, CatalogueEntry> byKey) {
        this.byKey = byKey;
    }

    public static PartsCatalogue bundled() {
        return parse(Resources.bytes(RESOURCE));
    }

    public static PartsCatalogue parse(byte[] csv) {
        Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
        List<Map<String, String>> records = Csv.readRecords(new ByteArrayInputStream(csv));
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> r = records.get(i);
            int line = i + 2;
            CatalogueEntry entry = toEntry(r, line);
            CatalogueEntry previous = entries.put(key(entry.partNumber()), entry);
            if (previous != null) {
                throw new IllegalArgumentException(RESOURCE + " line " + line + ": duplicate part number " + entry.partNumber());
            }
        }
        return new PartsCatalogue(Collections.unmodifiableMap(entries));
    }

    public Optional<CatalogueEntry> find(String partNumber) {
        return partNumber == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(partNumber)));
    }

    public Collection<CatalogueEntry> entries() {
        return byKey.values();
    }

    private static String key(String partNumber) {
        return partNumber.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static CatalogueEntry toEntry(Map<String, String> r, int line) {
        String part = r.getOrDefault("part_number", "");
        if (part.isBlank()) {
            throw new IllegalArgumentException(RESOURCE + " line " + line + ": empty part_number");
        }
        try {
            ItemKind kind = blank(r.get("kind")) ? ItemKind.IC : ItemKind.valueOf(r.get("kind").trim());
            List<PerformanceFigure> performance = new ArrayList<>();
            BigDecimal tops = decimal(r.get("dense_tops_best"));
            String bits = r.get("best_precision_bits");
            if (tops != null && !blank(bits)) {
                performance.add(new PerformanceFigure(PerformanceFigure.DEFAULT_UNIT, null, Integer.parseInt(bits.trim()), tops));
            }
            ChipSpec spec = new ChipSpec(part, kind, datacenter(r.get("marketed_for")),
                    "catalogue: marketed_for=" + r.get("marketed_for") + " (" + r.get("source_urls") + ")",
                    performance, decimal(r.get("die_area_mm2")), decimal(r.get("interconnect_gbs")),
                    decimal(r.get("memory_bandwidth_gbs")), decimal(r.get("package_area_mm2")),
                    bool(r.get("dominant_function_processing")), components(r.get("contains")),
                    blank(r.get("declared_eccn")) ? null : r.get("declared_eccn"), r.get("source_urls"));
            return new CatalogueEntry(part, r.get("vendor"), spec, r.get("confidence"), r.get("source_urls"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(RESOURCE + " line " + line + " (" + part + "): " + e.getMessage(), e);
        }
    }

    /** "datacenter" is designed or marketed for datacenters; consumer and workstation parts are not; else unknown. */
    private static Boolean datacenter(String marketedFor) {
        if (blank(marketedFor)) {
            return null;
        }
        return switch (marketedFor.trim().toLowerCase(Locale.ROOT)) {
            case "datacenter" -> Boolean.TRUE;
            case "consumer", "workstation" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static List<Component> components(String cell) {
        if (blank(cell)) {
            return List.of();
        }
        List<Component> out = new ArrayList<>();
        for (String item : cell.split(";")) {
            String[] partAndCount = item.trim().split("\\*");
            int count = partAndCount.length > 1 ? Integer.parseInt(partAndCount[1].trim()) : 1;
            out.add(new Component(partAndCount[0].trim(), count));
        }
        return out;
    }

    private static BigDecimal decimal(String cell) {
        return blank(cell) ? null : new BigDecimal(cell.trim());
    }

    private static Boolean bool(String cell) {
        return blank(cell) ? null : Boolean.valueOf(cell.trim());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
