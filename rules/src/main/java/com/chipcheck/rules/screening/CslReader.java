package com.chipcheck.rules.screening;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Consolidated Screening List as trade.gov publishes it: the JSON file ({@code results[]}, or a bare
 * array) or its CSV twin (same field names; aliases separated by ';', addresses by ';' with the country last).
 * A file that is neither, or has no entry with a name, is refused with the reason.
 */
public final class CslReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CslReader() {
    }

    public static ScreeningList read(byte[] content, String fileName, Instant loadedAt, String loadedBy, boolean forced) {
        List<ListEntry> entries = looksLikeJson(content) ? json(content) : csv(content);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the file holds no list entry with a name");
        }
        String sha = Sha256.hex(content);
        ScreeningList counted = new ScreeningList(ListVersion.NONE, entries);
        ListVersion version = new ListVersion("csl-" + sha.substring(0, 12), sha, fileName, entries.size(),
                counted.countBySource(), loadedAt, loadedBy, forced);
        return new ScreeningList(version, entries);
    }

    private static boolean looksLikeJson(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    private static List<ListEntry> json(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException("the file is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode results = root.isArray() ? root : root.path("results");
        if (!results.isArray()) {
            throw new IllegalArgumentException("the JSON has no results[] array");
        }
        List<ListEntry> entries = new ArrayList<>();
        int n = 0;
        for (JsonNode r : results) {
            n++;
            String name = text(r, "name");
            if (name == null) {
                continue;
            }
            List<String> alt = new ArrayList<>();
            r.path("alt_names").forEach(a -> {
                if (!a.asText().isBlank()) {
                    alt.add(a.asText().trim());
                }
            });
            Set<String> countries = new LinkedHashSet<>();
            List<String> addresses = new ArrayList<>();
            for (JsonNode a : r.path("addresses")) {
                addresses.add(String.join(", ", List.of(a.path("address").asText(""), a.path("city").asText(""),
                        a.path("country").asText(""))).replaceAll("(, )+", ", ").replaceAll("^, |, $", ""));
                country(a.path("country").asText(null)).ifPresent(countries::add);
            }
            country(text(r, "country")).ifPresent(countries::add);
            String id = text(r, "id") != null ? text(r, "id") : "row-" + n;
            entries.add(new ListEntry(id, text(r, "source"), name, alt, countries, String.join("; ", addresses),
                    joined(r.path("programs")), text(r, "license_requirement"), text(r, "license_policy"),
                    joined(r.path("federal_register_notice")), text(r, "start_date"), joined(r.path("remarks"))));
        }
        return entries;
    }

    private static List<ListEntry> csv(byte[] content) {
        List<Map<String, String>> rows = Csv.readRecords(new ByteArrayInputStream(content));
        if (rows.isEmpty() || !rows.get(0).containsKey("name") || !rows.get(0).containsKey("source")) {
            throw new IllegalArgumentException("the file is neither CSL JSON nor a CSL CSV with the columns source and name");
        }
        List<ListEntry> entries = new ArrayList<>();
        int n = 0;
        for (Map<String, String> r : rows) {
            n++;
            String name = blankToNull(r.get("name"));
            if (name == null) {
                continue;
            }
            List<String> alt = split(r.get("alt_names"));
            Set<String> countries = new LinkedHashSet<>();
            for (String address : split(r.get("addresses"))) {
                String[] parts = address.split(",");
                country(parts[parts.length - 1].trim()).ifPresent(countries::add);
            }
            country(r.get("country")).ifPresent(countries::add);
            String id = blankToNull(r.get("_id")) != null ? r.get("_id") : blankToNull(r.get("id")) != null ? r.get("id") : "row-" + n;
            entries.add(new ListEntry(id, r.get("source"), name, alt, countries, r.getOrDefault("addresses", ""),
                    r.get("programs"), r.get("license_requirement"), r.get("license_policy"),
                    r.get("federal_register_notice"), r.get("start_date"), r.get("remarks")));
        }
        return entries;
    }

    private static java.util.Optional<String> country(String value) {
        return Countries.resolve(value);
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    private static String joined(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.asText()));
            return String.join("; ", parts);
        }
        return node.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
