package com.chipcheck.service.orders;

import com.chipcheck.rules.decision.OrderDecision;
import com.chipcheck.rules.order.Order;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The orders decided since start-up with their annotated workbooks, for fast download and re-screening. The
 * record of every order (file, input, decision) is in the database (OrderUploads, DecisionLedger); a report not
 * held here is rebuilt from there.
 */
@Component
public class OrderStore {

    /** {@code order} is the input as read, kept so that the order can be screened again against a new list. */
    public record StoredOrder(String orderId, String fileName, Order order, OrderDecision decision, byte[] report,
                              String decisionId) {
    }

    private final Map<String, StoredOrder> orders = new ConcurrentHashMap<>();

    public void save(StoredOrder order) {
        orders.put(order.orderId(), order);
    }

    public Collection<StoredOrder> all() {
        return orders.values();
    }

    public Optional<StoredOrder> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }
}
