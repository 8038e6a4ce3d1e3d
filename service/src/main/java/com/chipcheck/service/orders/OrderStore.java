package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.order.Order;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The most recently decided orders with their annotated workbooks, for a fast download. The record of every
 * order (file, input, decision) is in the database (OrderUploads, DecisionLedger); a report not held here is
 * rebuilt from there.
 */
@Component
public class OrderStore {

    /** {@code order} is the input as read, kept so that the order can be screened again against a new list. */
    public record StoredOrder(String orderId, String fileName, Order order, OrderDecision decision, byte[] report,
                              String decisionId) {
    }

    /** The most recent orders only: a report not held here is rebuilt from the database. */
    private static final int KEPT = 16;

    private final Map<String, StoredOrder> orders = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoredOrder> eldest) {
            return size() > KEPT;
        }
    });

    public void save(StoredOrder order) {
        orders.put(order.orderId(), order);
    }

    public Optional<StoredOrder> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }
}
