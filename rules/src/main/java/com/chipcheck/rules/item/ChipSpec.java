package com.chipcheck.rules.item;

import java.math.BigDecimal;
import java.util.List;

/**
 * The datasheet figures of an item, as a catalogue row or an ad-hoc request gives them. Every figure may be
 * missing: the rules, not this class, decide whether a missing figure matters (and hold the line if it does).
 *
 * @param datacenter          designed or marketed for use in datacenters (Note 2 to 3A090); null when unknown
 * @param datacenterEvidence  where that determination comes from (datasheet, marketing material)
 * @param dieAreaMm2          'applicable die area': logic dies on non-planar (FinFET/GAA) nodes (Technical Note 2.4)
 * @param interconnectGBs     aggregate bidirectional I/O transfer rate, GB/s (the 2022 text of 3A090)
 * @param memoryBandwidthGBs  memory bandwidth of the packaged device, GB/s (3A090.c, NAC data)
 * @param packageAreaMm2      area of the HBM package or stack (Technical Note 1 to 3A090.c)
 * @param dominantFunctionProcessing for HBM co-packaged with logic: true when the dominant function is processing
 * @param declaredEccn        an ECCN the catalogue declares for items outside 3A090/4A090, if any
 */
public record ChipSpec(
        String name,
        ItemKind kind,
        Boolean datacenter,
        String datacenterEvidence,
        List<PerformanceFigure> performance,
        BigDecimal dieAreaMm2,
        BigDecimal interconnectGBs,
        BigDecimal memoryBandwidthGBs,
        BigDecimal packageAreaMm2,
        Boolean dominantFunctionProcessing,
        List<Component> contains,
        String declaredEccn,
        String source) {

    public ChipSpec {
        kind = kind == null ? ItemKind.IC : kind;
        performance = performance == null ? List.of() : List.copyOf(performance);
        contains = contains == null ? List.of() : List.copyOf(contains);
    }

    public ProcessingFigures figures() {
        return ProcessingFigures.of(this);
    }
}
