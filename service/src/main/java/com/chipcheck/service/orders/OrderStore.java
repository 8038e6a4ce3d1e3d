package com.chipcheck.service.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The annotated workbooks of the most recently decided orders, for a fast download, within a byte budget
 * (chipcheck.orders.report-cache). The record of every order (file, input, decision) is in the database
 * (OrderUploads, DecisionLedger); a report not held here is rebuilt from there.
 */
@Component
public class OrderStore {

    public record StoredOrder(String orderId, String fileName, byte[] report) {
    }

    /** Reports kept, most recent first, up to this many bytes in all: a 100,000-line report is ~15 MB. */
    private final long budget;
    private long held;
    private final LinkedHashMap<String, StoredOrder> orders = new LinkedHashMap<>(32, 0.75f, true);

    public OrderStore(@Value("${chipcheck.orders.report-cache:64MB}") DataSize budget) {
        this.budget = budget.toBytes();
    }

    public synchronized void save(StoredOrder order) {
        remove(order.orderId());
        if (order.report().length > budget) {
            return; // rebuilt from the database when asked
        }
        orders.put(order.orderId(), order);
        held += order.report().length;
        Iterator<StoredOrder> eldest = orders.values().iterator();
        while (held > budget && eldest.hasNext()) {
            held -= eldest.next().report().length;
            eldest.remove();
        }
    }

    public synchronized void remove(String orderId) {
        StoredOrder gone = orders.remove(orderId);
        if (gone != null) {
            held -= gone.report().length;
        }
    }

    public synchronized Optional<StoredOrder> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }
}
