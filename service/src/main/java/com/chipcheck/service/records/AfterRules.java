package com.chipcheck.service.records;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.order.Order;

/**
 * A step a decision passes through after the rules, with data the service keeps (the registered licences): a replay
 * does it again as things stood when the record was made, so that the replay is the decision.
 */
public interface AfterRules {

    /** As things stood just before {@code record} was made (a replay). */
    OrderDecision again(DecisionRecord record, Order input, OrderDecision ruled);

    /** As things stand now; {@code orderId} (if not null) is an order decided again, whose own earlier draws are given back. */
    OrderDecision now(Order input, OrderDecision ruled, String orderId);
}
