package com.chipcheck.features;

import com.chipcheck.rules.i18n.Language;
import com.chipcheck.rules.util.Csv;
import com.chipcheck.rules.util.Resources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the rulebook for auditors: every rule of the production rule set with its id, citation, plain-language
 * statement and DRL source, the Gherkin scenarios tagged with it and their status in this build's Cucumber run
 * (target/cucumber.json), and the paragraphs of the regulation notes the engine deliberately does not model.
 * Run by the build (exec-maven-plugin, prepare-package) after the scenarios ran; the service serves the result.
 * Arguments: the features module folder, Cucumber's JSON report, the HTML file to write.
 */
public final class RulebookGenerator {

    record Rule(String id, String name, String citation, String statement, String file, String source) {
    }

    record Scenario(String feature, String name, List<String> tags, String status) {
    }

    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\"(.*?)^end\\b");
    private static final Pattern META = Pattern.compile("@(ruleId|citation|statement)\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

    static final String CHINESE_FILE = "index.zh-CN.html";

    /** The rulebook's own words in Chinese (the rules' statements come from i18n/reasons.tsv). */
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("ChipCheck rulebook", "ChipCheck 规则手册"),
            Map.entry(" rules of the production rule set, each with the Gherkin scenarios that specify it. ",
                    " 条生产规则，每条均附有规定其行为的 Gherkin 场景。"),
            Map.entry("The scenarios were not run in this build.", "本次构建未运行这些场景。"),
            Map.entry("Scenario status from the Cucumber run of ", "场景状态取自 Cucumber 运行，时间："),
            Map.entry(" Full scenario report: ", " 完整场景报告："),
            Map.entry("Contents", "目录"),
            Map.entry("The company's procurement policy (decision table)", "公司采购政策（决策表）"),
            Map.entry("The 3A090 thresholds the rules compare against", "规则所比较的 3A090 阈值"),
            Map.entry("Paragraphs deliberately not modelled", "有意未建模的条款"),
            Map.entry("Citation:", "法规依据："),
            Map.entry("Scenarios", "场景"),
            Map.entry("DRL source", "DRL 源代码"),
            Map.entry("In English, as the rule base states it:", "本规则的英文表述："),
            Map.entry("English", "English"),
            Map.entry("中文", "中文"));

    private RulebookGenerator() {
    }

    private static String w(String english, Language language) {
        return language == Language.ZH ? ZH.getOrDefault(english, english) : english;
    }

    public static void main(String[] args) throws IOException {
        Path featuresDir = Path.of(args[0]);
        Path cucumberJson = Path.of(args[1]);
        Path out = Path.of(args[2]);
        List<Rule> rules = rules();
        List<Scenario> scenarios = scenarios(featuresDir, cucumberJson);
        Files.createDirectories(out.getParent());
        Instant run = Files.exists(cucumberJson) ? Files.getLastModifiedTime(cucumberJson).toInstant() : null;
        Files.writeString(out, html(rules, scenarios, run, Language.EN));
        // the same rulebook in Chinese beside it: statements in Chinese, citations, rule ids and scenarios as written
        Path chinese = out.resolveSibling(CHINESE_FILE);
        Files.writeString(chinese, html(rules, scenarios, run, Language.ZH));
        System.out.println("rulebook: " + rules.size() + " rules, " + scenarios.size() + " scenarios -> " + out + ", " + chinese);
    }

    static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        String ruleset;
        try (InputStream in = Resources.open("ruleset.txt")) {
            ruleset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : ruleset.lines().map(String::trim).filter(l -> l.endsWith(".drl")).toList()) {
            String drl;
            try (InputStream in = Resources.open(line)) {
                drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = RULE.matcher(drl);
            while (m.find()) {
                Map<String, String> meta = new TreeMap<>();
                Matcher mm = META.matcher(m.group(2));
                while (mm.find()) {
                    meta.put(mm.group(1), mm.group(2).replace("\\\"", "\""));
                }
                rules.add(new Rule(meta.get("ruleId"), m.group(1), meta.get("citation"), meta.get("statement"), line, m.group()));
            }
        }
        return rules;
    }

    /** Scenarios from the .feature files; status from Cucumber's JSON report of this build, the worst of an outline's examples. */
    static List<Scenario> scenarios(Path featuresDir, Path cucumberJson) throws IOException {
        Map<String, String> status = new LinkedHashMap<>();
        if (Files.exists(cucumberJson)) {
            for (JsonNode feature : new ObjectMapper().readTree(cucumberJson.toFile())) {
                String uri = feature.path("uri").asText().replaceFirst("^classpath:features/", "");
                for (JsonNode element : feature.path("elements")) {
                    if (!"scenario".equals(element.path("type").asText())) {
                        continue;
                    }
                    String s = "passed";
                    for (JsonNode step : element.path("steps")) {
                        String r = step.path("result").path("status").asText();
                        if (!r.equals("passed")) {
                            s = r.equals("failed") ? "failed" : s.equals("failed") ? s : r;
                        }
                    }
                    status.merge(uri + "|" + element.path("name").asText(), s, (a, b) -> a.equals("failed") || b.equals("failed") ? "failed" : a.equals("passed") ? b : a);
                }
            }
        }
        List<Scenario> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(featuresDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature") && !p.toString().contains("target")
                    && !featuresDir.relativize(p).startsWith("src")).sorted().toList()) {
                String rel = featuresDir.relativize(f).toString().replace('\\', '/');
                List<String> tags = new ArrayList<>();
                for (String line : Files.readAllLines(f)) {
                    String t = line.trim();
                    if (t.startsWith("@")) {
                        tags.addAll(List.of(t.split("\\s+")));
                    } else if (t.startsWith("Scenario")) {
                        String name = t.substring(t.indexOf(':') + 1).trim();
                        out.add(new Scenario(rel, name, List.copyOf(tags), status.getOrDefault(rel + "|" + name, "not run in this build")));
                        tags.clear();
                    } else if (t.startsWith("Examples") && !tags.isEmpty() && !out.isEmpty()) {
                        // tags of an Examples block belong to the outline above it
                        Scenario outline = out.remove(out.size() - 1);
                        List<String> merged = new ArrayList<>(outline.tags());
                        tags.stream().filter(tag -> !merged.contains(tag)).forEach(merged::add);
                        out.add(new Scenario(outline.feature(), outline.name(), List.copyOf(merged), outline.status()));
                        tags.clear();
                    } else if (!t.isEmpty() && !t.startsWith("#")) {
                        tags.clear();
                    }
                }
            }
        }
        return out;
    }

    static String html(List<Rule> rules, List<Scenario> scenarios, Instant run, Language language) throws IOException {
        com.chipcheck.rules.i18n.Translations zh = com.chipcheck.rules.i18n.Translations.bundled();
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html lang=\"").append(language.tag()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(w("ChipCheck rulebook", language)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}")
                .append("h2{border-top:1px solid #ccc;padding-top:1em}code,pre{background:#f5f5f5}pre{padding:.6em;overflow:auto;font-size:12px}")
                .append(".passed{color:#176117}.failed{color:#b00;font-weight:bold}.other{color:#886600}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}</style></head><body>")
                .append("<p><a href=\"index.html\">English</a> | <a href=\"").append(CHINESE_FILE).append("\">中文</a></p>")
                .append("<h1>").append(w("ChipCheck rulebook", language)).append("</h1><p>").append(rules.size())
                .append(w(" rules of the production rule set, each with the Gherkin scenarios that specify it. ", language))
                .append(run == null ? w("The scenarios were not run in this build.", language)
                        : w("Scenario status from the Cucumber run of ", language) + run + ".")
                .append(w(" Full scenario report: ", language)).append("<code>features/target/cucumber-report.html</code>.</p><h2>")
                .append(w("Contents", language)).append("</h2><ul>");
        for (Rule r : rules) {
            h.append("<li><a href=\"#").append(esc(r.id())).append("\">").append(esc(r.id())).append("</a> — ").append(esc(r.name())).append("</li>");
        }
        h.append("<li><a href=\"#policy\">").append(w("The company's procurement policy (decision table)", language)).append("</a></li>")
                .append("<li><a href=\"#thresholds\">").append(w("The 3A090 thresholds the rules compare against", language)).append("</a></li>")
                .append("<li><a href=\"#not-modelled\">").append(w("Paragraphs deliberately not modelled", language)).append("</a></li></ul>");
        for (Rule r : rules) {
            List<Scenario> proving = scenarios.stream().filter(s -> s.tags().contains("@rule-" + r.id())).toList();
            h.append("<h2 id=\"").append(esc(r.id())).append("\">").append(esc(r.id())).append(": ").append(esc(r.name())).append("</h2>")
                    .append("<p><b>").append(w("Citation:", language)).append("</b> ").append(esc(r.citation())).append("</p><p>")
                    .append(esc(zh.statement(r.id(), r.statement(), language))).append("</p>");
            if (language == Language.ZH) {
                h.append("<p><small>").append(w("In English, as the rule base states it:", language)).append(' ').append(esc(r.statement()))
                        .append("</small></p>");
            }
            h.append("<p><b>").append(w("Scenarios", language)).append("</b> (").append(proving.size()).append("):</p><ul>");
            for (Scenario s : proving) {
                String cls = s.status().equals("passed") ? "passed" : s.status().equals("failed") ? "failed" : "other";
                h.append("<li><span class=\"").append(cls).append("\">").append(esc(s.status())).append("</span> ").append(esc(s.name()))
                        .append(" <small>(").append(esc(s.feature())).append(")</small></li>");
            }
            h.append("</ul><details><summary>").append(w("DRL source", language)).append(" (").append(esc(r.file())).append(")</summary><pre>").append(esc(r.source())).append("</pre></details>");
        }
        h.append("<h2 id=\"policy\">").append(w("The company's procurement policy (decision table)", language)).append("</h2>")
                .append("<p>Not law: the company's own red flags, price bands, quantity caps and approval tiers, kept by compliance officers in ")
                .append("<code>procurement-policy.xlsx</code> (docs/procurement-policy.md). Each table is specified by scenarios tagged <code>@policy-&lt;table&gt;</code>.</p>");
        policyTables(h, scenarios);
        h.append("<h2 id=\"thresholds\">").append(w("The 3A090 thresholds the rules compare against", language)).append("</h2>")
                .append("<p>Data (<code>reference/thresholds.csv</code>, part of the rule-set version), compared with the operator the text uses.</p>")
                .append("<table><tr><th>Name</th><th>Value</th><th>Paragraph</th><th>As written</th></tr>");
        try (InputStream in = Resources.open("reference/thresholds.csv")) {
            for (Map<String, String> row : Csv.readRecords(in)) {
                h.append("<tr><td>").append(esc(row.get("name"))).append("</td><td>").append(esc(row.get("value")))
                        .append("</td><td>").append(esc(row.get("paragraph"))).append("</td><td>").append(esc(row.get("as written"))).append("</td></tr>");
            }
        }
        h.append("</table><h2 id=\"not-modelled\">").append(w("Paragraphs deliberately not modelled", language)).append("</h2><table><tr><th>Paragraph</th><th>Subject</th><th>What the engine does instead</th></tr>");
        try (InputStream in = Resources.open("rulebook/not-modelled.csv")) {
            for (Map<String, String> row : Csv.readRecords(in)) {
                h.append("<tr><td>").append(esc(row.get("paragraph"))).append("</td><td>").append(esc(row.get("subject")))
                        .append("</td><td>").append(esc(row.get("what the engine does instead"))).append("</td></tr>");
            }
        }
        return h.append("</table></body></html>\n").toString();
    }

    /** Every table of the shipped policy with its rows as written, and the scenarios that specify it. */
    private static void policyTables(StringBuilder h, List<Scenario> scenarios) throws IOException {
        byte[] xlsx = com.chipcheck.rules.procurement.ProcurementPolicy.bundled().file();
        org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                String first = row == null ? "" : text.formatCellValue(row.getCell(1));
                if (!first.startsWith("RuleTable")) {
                    continue;
                }
                String name = first.substring("RuleTable".length()).trim();
                String tag = "@policy-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                h.append("<h3>").append(esc(name)).append("</h3><table><tr>");
                org.apache.poi.ss.usermodel.Row labels = sheet.getRow(r + 4);
                for (int c = 1; c < labels.getLastCellNum(); c++) {
                    h.append("<th>").append(esc(text.formatCellValue(labels.getCell(c)))).append("</th>");
                }
                h.append("</tr>");
                int rr = r + 5;
                for (; rr <= sheet.getLastRowNum() && sheet.getRow(rr) != null && !text.formatCellValue(sheet.getRow(rr).getCell(1)).isBlank(); rr++) {
                    h.append("<tr>");
                    for (int c = 1; c < labels.getLastCellNum(); c++) {
                        h.append("<td>").append(esc(text.formatCellValue(sheet.getRow(rr).getCell(c)))).append("</td>");
                    }
                    h.append("</tr>");
                }
                h.append("</table><ul>");
                for (Scenario s : scenarios.stream().filter(s -> s.tags().contains(tag)).toList()) {
                    String cls = s.status().equals("passed") ? "passed" : s.status().equals("failed") ? "failed" : "other";
                    h.append("<li><span class=\"").append(cls).append("\">").append(esc(s.status())).append("</span> ").append(esc(s.name())).append("</li>");
                }
                h.append("</ul>");
                r = rr;
            }
        }
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
