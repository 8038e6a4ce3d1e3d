package com.chipcheck.service.checks;

import com.chipcheck.rules.item.ItemKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/checks}. Field names are a contract; other fields may be added. Every field is
 * nullable here so that the answer to a missing one is a 400 naming it, not a parse failure.
 */
public record CheckRequest(
        @Schema(example = "PO-1") String orderId,
        @Schema(description = "as-of (shipping) date; defaults to today", example = "2026-09-30") LocalDate asOf,
        List<Line> lines) {

    public record Line(
            @Schema(example = "1") String lineId,
            @Schema(description = "a catalogue part number (case-insensitive), or omit it and give chip",
                    example = "NVIDIA H100 SXM5 80GB") String partNumber,
            Chip chip,
            @Schema(example = "8") BigDecimal quantity,
            @Schema(description = "ISO 3166-1 alpha-2 code (or the country's English or Chinese name)", example = "SG") String destinationCountry,
            Party endUser,
            @Schema(description = "this line's own as-of date, if it differs from the order's") LocalDate asOf,
            @Schema(description = "screened against the restricted-party lists like the end user") NamedParty ultimateConsignee,
            NamedParty intermediateConsignee,
            NamedParty purchaser,
            @Schema(description = "unit price, read by the procurement policy (price bands, order value)", example = "28000") BigDecimal unitPrice,
            @Schema(description = "ISO 4217 currency of unitPrice; USD if not given", example = "USD") String currency) {

        /** A line without the other parties and without a price (they are optional). */
        public Line(String lineId, String partNumber, Chip chip, BigDecimal quantity, String destinationCountry,
                    Party endUser, LocalDate asOf) {
            this(lineId, partNumber, chip, quantity, destinationCountry, endUser, asOf, null, null, null, null, null);
        }
    }

    public record NamedParty(@Schema(example = "Lion City Logistics Pte Ltd") String name, @Schema(example = "SG") String country,
                             @Schema(description = "ultimate consignee only: where it is headquartered (744.23(a)(3))") String headquartersCountry,
                             @Schema(description = "ultimate consignee only: where its ultimate parent is headquartered") String ultimateParentCountry) {

        public NamedParty(String name, String country) {
            this(name, country, null, null);
        }
    }

    public record Party(
            @Schema(example = "Acme Pte Ltd") String name,
            @Schema(example = "SG") String country,
            @Schema(example = "CN") String headquartersCountry,
            @Schema(example = "CN") String ultimateParentCountry,
            @Schema(description = "an approved UAE entity of 15 CFR 740 Supp. No. 8") Boolean uaeApproved,
            @Schema(description = "END_USER, RESELLER, DISTRIBUTOR or FREIGHT_FORWARDER (procurement policy)") String type,
            @Schema(description = "date of incorporation (procurement policy: newly created companies)") LocalDate incorporated,
            @Schema(description = "the most units the end user declared it can use (procurement policy)") BigDecimal declaredCapacity) {

        public Party(String name, String country, String headquartersCountry, String ultimateParentCountry, Boolean uaeApproved) {
            this(name, country, headquartersCountry, ultimateParentCountry, uaeApproved, null, null, null);
        }
    }

    public record Chip(
            String name,
            @Schema(description = "IC (default), HBM or SYSTEM") ItemKind kind,
            @Schema(description = "designed or marketed for use in datacenters") Boolean datacenter,
            String datacenterEvidence,
            List<Performance> performance,
            BigDecimal dieAreaMm2,
            BigDecimal interconnectGBs,
            BigDecimal memoryBandwidthGBs,
            @Schema(description = "HBM: package or stack area") BigDecimal packageAreaMm2,
            @Schema(description = "HBM co-packaged with logic: the dominant function is processing") Boolean dominantFunctionProcessing,
            @Schema(description = "SYSTEM: the parts it contains") List<Contained> contains) {
    }

    public record Performance(String unit, String precision, Integer bitLength,
                              @Schema(description = "dense (non-sparse) peak TOPS or TFLOPS") BigDecimal denseTops) {
    }

    public record Contained(String partNumber, Integer count, Chip chip) {
    }
}
