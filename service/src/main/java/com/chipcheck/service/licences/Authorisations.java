package com.chipcheck.service.licences;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.order.Order;
import com.chipcheck.service.records.AfterRules;
import com.chipcheck.service.records.DecisionRecord;
import org.springframework.stereotype.Component;

/**
 * What the company holds that lets a line ship, consulted after the rules: first the NAC notifications (a NAC line's
 * status; an objected one needs a licence), then the registered licences (a licence-required line covered becomes
 * LICENSED). A check asks; an order's record ships and draws in its own transaction; a replay asks the books as they
 * stood just before the record.
 */
@Component
public class Authorisations implements AfterRules {

    private final NacRegistry notifications;
    private final LicenceRegistry licences;

    public Authorisations(NacRegistry notifications, LicenceRegistry licences) {
        this.notifications = notifications;
        this.licences = licences;
    }

    /** The decision against the books as they stand now; {@code orderId} of an order decided again gets its own draws back. */
    @Override
    public OrderDecision now(Order input, OrderDecision ruled, String orderId) {
        return asOf(Long.MAX_VALUE, input, ruled, orderId);
    }

    @Override
    public OrderDecision again(DecisionRecord record, Order input, OrderDecision ruled) {
        return asOf(record.seq(), input, ruled, record.kind() == com.chipcheck.service.records.RecordKind.ORDER ? record.orderId() : null);
    }

    private OrderDecision asOf(long seq, Order input, OrderDecision ruled, String orderId) {
        OrderDecision noticed = notifications.review(input, ruled, notifications.book(seq, orderId));
        return licences.cover(input, noticed, licences.book(seq, orderId));
    }

    /** Inside the order record's transaction: its CLEARED NAC lines shipped, its LICENSED lines drawn; else {@link TakenMeanwhile}. */
    public void ship(DecisionRecord record, Order input, OrderDecision decision, String by) {
        notifications.ship(record, input, decision);
        licences.draw(record, input, decision, by);
    }
}
