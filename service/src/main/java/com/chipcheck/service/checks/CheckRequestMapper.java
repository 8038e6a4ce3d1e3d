package com.chipcheck.service.checks;

import com.chipcheck.rules.catalogue.PartsCatalogue;
import com.chipcheck.rules.item.ChipSpec;
import com.chipcheck.rules.item.Component;
import com.chipcheck.rules.item.ItemKind;
import com.chipcheck.rules.item.PerformanceFigure;
import com.chipcheck.rules.order.FieldProblem;
import com.chipcheck.rules.order.LineValidator;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.Party;
import com.chipcheck.rules.order.Purchase;
import com.chipcheck.service.system.InvalidRequestException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a request into an order, collecting every problem with its JSON path ({@code lines[2].quantity}); a
 * request with any problem is refused whole, so a caller never gets half an answer to half an order.
 */
final class CheckRequestMapper {

    private final PartsCatalogue catalogue;
    private final int maxLines;
    private final java.util.function.Supplier<com.chipcheck.rules.money.ExchangeRates> rates;

    /** @param rates the exchange-rate table in use: a price in a currency without a rate on the line's date is refused */
    CheckRequestMapper(PartsCatalogue catalogue, int maxLines, java.util.function.Supplier<com.chipcheck.rules.money.ExchangeRates> rates) {
        this.catalogue = catalogue;
        this.maxLines = maxLines;
        this.rates = rates;
    }

    Order toOrder(CheckRequest request, LocalDate today) {
        if (request == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("(body)", "is required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<CheckRequest.Line> lines = request.lines();
        if (lines == null || lines.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldProblem("lines", "must contain at least one line")));
        }
        if (lines.size() > maxLines) {
            throw new InvalidRequestException(List.of(new FieldProblem("lines",
                    lines.size() + " lines is more than the " + maxLines + " a check accepts; upload a workbook instead")));
        }
        LocalDate orderAsOf = request.asOf() != null ? request.asOf() : today;
        longText("orderId", request.orderId(), MAX_ID, problems);
        Set<String> lineIds = new HashSet<>();
        List<OrderLine> orderLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String at = "lines[" + i + "].";
            CheckRequest.Line l = lines.get(i);
            if (l == null) {
                problems.add(new FieldProblem("lines[" + i + "]", "is null"));
                continue;
            }
            longText(at + "lineId", l.lineId(), MAX_ID, problems);
            longText(at + "partNumber", l.partNumber(), MAX_ID, problems);
            longText(at + "endUser.name", l.endUser() == null ? null : l.endUser().name(), MAX_NAME, problems);
            if (l.lineId() != null && !lineIds.add(l.lineId())) {
                problems.add(new FieldProblem(at + "lineId", "\"" + l.lineId() + "\" is used by another line"));
            }
            ChipSpec chip = l.chip() == null ? null : chip(l.chip(), at + "chip.", problems);
            if (chip != null && catalogue.find(l.partNumber()).isPresent()) {
                problems.add(catalogued(at + "chip", l.partNumber()));
            }
            List<LineParty> others = new ArrayList<>();
            named(LineParty.ULTIMATE_CONSIGNEE, l.ultimateConsignee(), at + "ultimateConsignee", others, problems);
            named(LineParty.INTERMEDIATE_CONSIGNEE, l.intermediateConsignee(), at + "intermediateConsignee", others, problems);
            named(LineParty.PURCHASER, l.purchaser(), at + "purchaser", others, problems);
            OrderLine line = new OrderLine(l.lineId(), l.partNumber(), chip, l.quantity(), l.destinationCountry(), party(l.endUser()),
                    l.asOf(), List.of(), others, purchase(l, at, problems));
            boolean known = chip != null || catalogue.find(l.partNumber()).isPresent();
            LocalDate asOf = l.asOf() != null ? l.asOf() : orderAsOf;
            convertible(line, asOf, at, problems);
            for (FieldProblem p : LineValidator.problems(line, asOf, known)) {
                problems.add(new FieldProblem(p.field().equals("asOf") && l.asOf() == null ? "asOf" : at + p.field(), p.message()));
            }
            orderLines.add(line);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.stream().distinct().toList());
        }
        return new Order(request.orderId(), orderAsOf, orderLines);
    }

    /** A price in another currency than USD is compared in USD: the table in use must have a rate on the line's date. */
    private void convertible(OrderLine line, LocalDate asOf, String at, List<FieldProblem> problems) {
        String currency = line.purchase().currencyOrUsd();
        if (line.purchase().unitPrice() == null || asOf == null || !com.chipcheck.rules.money.Currencies.isIso4217(currency)) {
            return;
        }
        rates.get().noRate(currency, asOf).ifPresent(why -> problems.add(new FieldProblem(at + "currency", why)));
    }

    /** Ids and names are kept in the decision records (order id and line id in columns of 200 characters). */
    private static final int MAX_ID = 200;
    private static final int MAX_NAME = 400;

    private static void longText(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "is " + value.length() + " characters long; at most " + max + " are accepted"));
        }
    }

    /** A catalogue part re-described: its figures are the catalogue's, never the request's. */
    private static FieldProblem catalogued(String field, String part) {
        return new FieldProblem(field, "\"" + part + "\" is a catalogue part: its figures come from the catalogue; give either the "
                + "part number or the figures of an item the catalogue does not hold (with a part number of your own as its label)");
    }

    private static void bounded(String field, java.math.BigDecimal value, List<FieldProblem> problems) {
        String problem = com.chipcheck.rules.order.Decimals.problem(value);
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void named(String role, CheckRequest.NamedParty p, String at, List<LineParty> out, List<FieldProblem> problems) {
        if (p == null) {
            return;
        }
        if (p.name() == null || p.name().isBlank()) {
            problems.add(new FieldProblem(at + ".name", "is required when the party is given"));
            return;
        }
        longText(at + ".name", p.name(), MAX_NAME, problems);
        boolean countriesRead = true;
        for (String[] field : new String[][] {{".country", p.country()}, {".headquartersCountry", p.headquartersCountry()},
                {".ultimateParentCountry", p.ultimateParentCountry()}}) {
            if (field[1] != null && !field[1].isBlank() && Countries.resolve(field[1]).isEmpty()) {
                problems.add(new FieldProblem(at + field[0], "\"" + field[1] + "\" is not a country"));
                countriesRead = false;
            }
        }
        if (!role.equals(LineParty.ULTIMATE_CONSIGNEE) && (notBlank(p.headquartersCountry()) || notBlank(p.ultimateParentCountry()))) {
            problems.add(new FieldProblem(at + ".headquartersCountry", "is read for the ultimate consignee only; give the "
                    + "headquarters of the end user under endUser"));
            countriesRead = false;
        }
        if (countriesRead) {
            out.add(new LineParty(role, p.name().trim(), Countries.resolve(p.country()).orElse(null),
                    Countries.resolve(p.headquartersCountry()).orElse(null), Countries.resolve(p.ultimateParentCountry()).orElse(null)));
        }
    }

    /** The commercial side of a line, for the procurement policy; every bad value is named. */
    private static Purchase purchase(CheckRequest.Line l, String at, List<FieldProblem> problems) {
        bounded(at + "unitPrice", l.unitPrice(), problems);
        bounded(at + "endUser.declaredCapacity", l.endUser() == null ? null : l.endUser().declaredCapacity(), problems);
        if (l.unitPrice() != null && l.unitPrice().signum() < 0) {
            problems.add(new FieldProblem(at + "unitPrice", "must not be negative"));
        }
        String currency = com.chipcheck.rules.money.Currencies.fold(l.currency());
        if (currency != null && !com.chipcheck.rules.money.Currencies.isIso4217(currency)) {
            problems.add(new FieldProblem(at + "currency", "\"" + l.currency() + "\" is not an ISO 4217 currency code (USD, CNY, HKD …)"));
            currency = null;
        }
        CheckRequest.Party p = l.endUser();
        String type = p == null ? null : Purchase.endUserType(p.type());
        if (type != null && !Purchase.END_USER_TYPES.contains(type)) {
            problems.add(new FieldProblem(at + "endUser.type", "\"" + p.type() + "\" is not one of " + Purchase.END_USER_TYPES));
        }
        if (p != null && p.declaredCapacity() != null && p.declaredCapacity().signum() <= 0) {
            problems.add(new FieldProblem(at + "endUser.declaredCapacity", "must be a positive number of units"));
        }
        return new Purchase(l.unitPrice(), currency, type,
                p == null ? null : p.incorporated(), p == null ? null : p.declaredCapacity());
    }

    private static Party party(CheckRequest.Party p) {
        return p == null ? null : new Party(p.name(), p.country(), p.headquartersCountry(), p.ultimateParentCountry(),
                Boolean.TRUE.equals(p.uaeApproved()));
    }

    private ChipSpec chip(CheckRequest.Chip c, String at, List<FieldProblem> problems) {
        List<PerformanceFigure> figures = new ArrayList<>();
        List<CheckRequest.Performance> performance = c.performance() == null ? List.of() : c.performance();
        for (int i = 0; i < performance.size(); i++) {
            CheckRequest.Performance p = performance.get(i);
            String field = at + "performance[" + i + "].";
            if (p == null || p.bitLength() == null || p.bitLength() <= 0 || p.bitLength() > 1024) {
                problems.add(new FieldProblem(field + "bitLength", "must be a whole number from 1 to 1024"));
            } else if (p.denseTops() == null || p.denseTops().signum() < 0) {
                problems.add(new FieldProblem(field + "denseTops", "must be a number of 0 or more"));
            } else {
                figures.add(new PerformanceFigure(p.unit(), p.precision(), p.bitLength(), p.denseTops()));
            }
        }
        List<Component> contains = new ArrayList<>();
        List<CheckRequest.Contained> contained = c.contains() == null ? List.of() : c.contains();
        for (int i = 0; i < contained.size(); i++) {
            CheckRequest.Contained k = contained.get(i);
            String field = at + "contains[" + i + "].";
            if (k == null || k.count() == null || k.count() <= 0) {
                problems.add(new FieldProblem(field + "count", "must be a whole number of 1 or more"));
                continue;
            }
            ChipSpec inner = k.chip() == null ? null : chip(k.chip(), field + "chip.", problems);
            if (inner != null && catalogue.find(k.partNumber()).isPresent()) {
                problems.add(catalogued(field + "chip", k.partNumber()));
            }
            if (inner == null && catalogue.find(k.partNumber()).isEmpty()) {
                problems.add(new FieldProblem(field + "partNumber", "\"" + k.partNumber()
                        + "\" is not in the parts catalogue; give its figures as \"chip\""));
            }
            contains.add(new Component(k.partNumber(), k.count(), inner));
        }
        ItemKind kind = c.kind() == null ? ItemKind.IC : c.kind();
        return new ChipSpec(c.name(), kind, c.datacenter(),
                c.datacenterEvidence() != null ? c.datacenterEvidence() : "stated in the check request",
                figures, c.dieAreaMm2(), c.interconnectGBs(), c.memoryBandwidthGBs(), c.packageAreaMm2(),
                c.dominantFunctionProcessing(), contains, null, "check request");
    }
}
