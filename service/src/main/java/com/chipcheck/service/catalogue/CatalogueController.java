package com.chipcheck.service.catalogue;

import com.chipcheck.service.system.Refusal;
import com.chipcheck.rules.catalogue.CatalogueEntry;
import com.chipcheck.rules.engine.ExportControlEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kie.api.definition.rule.Rule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Read-only views of the reference data and rules: the parts catalogue and the rule list with citations. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "reference", description = "Parts catalogue and rule base")
public class CatalogueController {

    private final ExportControlEngine engine;

    public CatalogueController(ExportControlEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/parts")
    @Operation(summary = "The parts catalogue, with the source of each part's figures")
    public List<CatalogueEntry> parts() {
        return List.copyOf(engine.reference().catalogue().entries());
    }

    @GetMapping("/parts/lookup")
    @Operation(summary = "One catalogue part by part number (case-insensitive)")
    public CatalogueEntry part(@RequestParam String partNumber) {
        return engine.reference().catalogue().find(partNumber)
                .orElseThrow(() -> Refusal.notFound("\"" + partNumber + "\" is not in the parts catalogue"));
    }

    @GetMapping("/rules")
    @Operation(summary = "Every rule of the rule base with its id, citation and plain-language statement")
    public Map<String, Object> rules() {
        List<Map<String, String>> rules = java.util.stream.Stream.concat(engine.ruleSet().rules().stream().map(CatalogueController::describe),
                        ledgerRules().stream())
                .sorted(Comparator.comparing(m -> m.get("ruleId")))
                .toList();
        return Map.of("ruleSetVersion", engine.ruleSetVersion(), "rules", rules);
    }

    /** The rules applied after the rule base, against the licences and NAC notifications the service keeps. */
    private static List<Map<String, String>> ledgerRules() {
        return List.of(
                Map.of("ruleId", com.chipcheck.rules.licence.NacReview.RULE, "citation", com.chipcheck.rules.licence.NacReview.CITATION,
                        "statement", com.chipcheck.rules.licence.NacReview.STATEMENT, "name", "NAC notification to BIS", "package", "ledger"),
                Map.of("ruleId", com.chipcheck.rules.licence.LicenceCoverage.RULE, "citation", com.chipcheck.rules.licence.LicenceCoverage.CITATION,
                        "statement", com.chipcheck.rules.licence.LicenceCoverage.STATEMENT, "name", "registered licence covers the line",
                        "package", "ledger"));
    }

    private static Map<String, String> describe(Rule rule) {
        return Map.of("ruleId", rule.getMetaData().get("ruleId").toString(),
                "citation", rule.getMetaData().get("citation").toString(),
                "statement", rule.getMetaData().get("statement").toString(),
                "name", rule.getName(),
                "package", rule.getPackageName());
    }
}
