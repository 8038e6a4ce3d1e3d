package com.chipcheck.service.licences;

/**
 * Another order took what this one counted on (a licence's last units, a notification's last notified units) between
 * its decision and its record: nothing was drawn, and the order is to be decided again against the books as they now
 * stand.
 */
public final class TakenMeanwhile extends RuntimeException {
    public TakenMeanwhile(String what) {
        super(what + " was drawn by another order meanwhile");
    }
}
