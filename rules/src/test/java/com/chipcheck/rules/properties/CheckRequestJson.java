package com.chipcheck.rules.properties;

import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.PerformanceFigure;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated line written as the body of {@code POST /api/v1/checks}, so that a counter-example jqwik reports can
 * be pasted into the service and decided again by an officer (field names as in the service's CheckRequest).
 */
final class CheckRequestJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CheckRequestJson() {
    }

    static String of(List<OrderLine> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", "PROPERTY-COUNTEREXAMPLE");
        body.put("asOf", lines.isEmpty() || lines.get(0).asOf() == null ? null : lines.get(0).asOf().toString());
        body.put("lines", lines.stream().map(CheckRequestJson::line).toList());
        try {
            return JSON.writeValueAsString(withoutNulls(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String of(OrderLine line) {
        return of(List.of(line));
    }

    private static Map<String, Object> line(OrderLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lineId", l.lineId());
        m.put("partNumber", l.partNumber());
        m.put("chip", l.chip() == null ? null : chip(l.chip()));
        m.put("quantity", l.quantity());
        m.put("destinationCountry", l.destinationCountry());
        Party e = l.endUser();
        if (e != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", e.name());
            p.put("country", e.country());
            p.put("headquartersCountry", e.headquartersCountry());
            p.put("ultimateParentCountry", e.ultimateParentCountry());
            p.put("uaeApproved", e.uaeApproved() ? Boolean.TRUE : null);
            p.put("type", l.purchase().endUserType());
            p.put("incorporated", l.purchase().endUserIncorporated() == null ? null : l.purchase().endUserIncorporated().toString());
            p.put("declaredCapacity", l.purchase().declaredCapacity());
            m.put("endUser", p);
        }
        m.put("asOf", l.asOf() == null ? null : l.asOf().toString());
        for (LineParty p : l.otherParties()) {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("name", p.name());
            named.put("country", p.country());
            named.put("headquartersCountry", p.headquartersCountry());
            named.put("ultimateParentCountry", p.ultimateParentCountry());
            String field = switch (p.role()) {
                case LineParty.ULTIMATE_CONSIGNEE -> "ultimateConsignee";
                case LineParty.INTERMEDIATE_CONSIGNEE -> "intermediateConsignee";
                default -> "purchaser";
            };
            m.put(field, named);
        }
        m.put("unitPrice", l.purchase().unitPrice());
        m.put("currency", l.purchase().currency());
        return m;
    }

    private static Map<String, Object> chip(ChipSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("kind", c.kind().name());
        m.put("datacenter", c.datacenter());
        List<Object> figures = new ArrayList<>();
        for (PerformanceFigure f : c.performance()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("unit", f.labelled() ? f.unit() : null);
            p.put("precision", f.precision());
            p.put("bitLength", f.bitLength());
            p.put("denseTops", f.denseTops());
            figures.add(p);
        }
        m.put("performance", figures.isEmpty() ? null : figures);
        m.put("dieAreaMm2", c.dieAreaMm2());
        m.put("interconnectGBs", c.interconnectGBs());
        m.put("memoryBandwidthGBs", c.memoryBandwidthGBs());
        m.put("packageAreaMm2", c.packageAreaMm2());
        m.put("dominantFunctionProcessing", c.dominantFunctionProcessing());
        List<Object> contains = new ArrayList<>();
        for (Component k : c.contains()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("partNumber", k.partNumber());
            p.put("count", k.count());
            p.put("chip", k.chip() == null ? null : chip(k.chip()));
            contains.add(p);
        }
        m.put("contains", contains.isEmpty() ? null : contains);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Object withoutNulls(Object o) {
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (v != null) {
                    out.put(k, withoutNulls(v));
                }
            });
            return out;
        }
        if (o instanceof List<?> list) {
            return list.stream().map(CheckRequestJson::withoutNulls).toList();
        }
        return o;
    }
}
