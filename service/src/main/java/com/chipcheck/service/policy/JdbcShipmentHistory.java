package com.chipcheck.service.policy;

import com.chipcheck.rules.decision.LineDecision;
import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.decision.Outcome;
import com.chipcheck.rules.order.Order;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.procurement.ShipmentHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The TPP x units each stored order will ship, per end user, appended when the order's decision is recorded; only
 * lines that may ship (NLR, ACA, NAC) count. Answers the procurement policy's cumulative-TPP question.
 */
@Repository
public class JdbcShipmentHistory implements ShipmentHistory {

    /**
     * Lines that count towards the yearly TPP cap: those that ship, and NAC lines whether or not their notification has
     * cleared yet (the order is meant to ship once it does; counting it early makes the cap stricter, never looser).
     */
    private static final Set<Outcome> SHIPS = EnumSet.of(Outcome.NLR, Outcome.ACA, Outcome.NAC, Outcome.LICENSED);

    private final JdbcTemplate jdbc;

    public JdbcShipmentHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BigDecimal tppShipped(String endUserKey, LocalDate from, LocalDate to) {
        BigDecimal sum = jdbc.queryForObject("SELECT SUM(tpp_units) FROM shipment WHERE end_user_key = ? AND ship_date BETWEEN ? AND ?",
                BigDecimal.class, endUserKey, from, to);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public void record(Order input, OrderDecision decision, String decisionId) {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < decision.lines().size() && i < input.lines().size(); i++) {
            if (SHIPS.contains(decision.lines().get(i).outcome())) {
                Object[] row = row(input.lines().get(i), decision.lines().get(i), decisionId);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    /** A held line of a stored order that a person released: it ships now, and counts from here on. */
    public void recordReleased(OrderLine line, LineDecision held, String releaseDecisionId) {
        Object[] row = row(line, held, releaseDecisionId);
        if (row != null) {
            jdbc.update(INSERT, row);
        }
    }

    private static final String INSERT = "INSERT INTO shipment (end_user_key, ship_date, tpp_units, decision_id, line_id) VALUES (?, ?, ?, ?, ?)";

    /** The shipment row of a line, or null for a line whose TPP, quantity or end user is unknown. */
    private static Object[] row(OrderLine line, LineDecision d, String decisionId) {
        if (d.tpp() == null || line.quantity() == null || line.endUser() == null || line.endUser().name() == null) {
            return null;
        }
        return new Object[]{ShipmentHistory.endUserKey(line), d.asOf(), d.tpp().multiply(line.quantity()), decisionId, d.lineId()};
    }
}
