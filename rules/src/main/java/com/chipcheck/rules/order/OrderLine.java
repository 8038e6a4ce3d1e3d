package com.chipcheck.rules.order;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.item.ChipSpec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line to decide: a catalogue part or an ad-hoc chip spec, a quantity, a destination, an end user, and
 * the as-of (shipping) date. {@code problems} carries what could not be read upstream (a bad cell in a
 * workbook): a line with problems is held, naming them, and never silently dropped. {@code otherParties} are the
 * consignees and purchaser, screened like the end user. A line is rebuilt only through its {@code with…} copies.
 */
public record OrderLine(String lineId, String partNumber, ChipSpec chip, BigDecimal quantity,
                        String destinationCountry, Party endUser, LocalDate asOf, List<String> problems,
                        List<LineParty> otherParties, Purchase purchase) {

    public OrderLine {
        problems = problems == null ? List.of() : List.copyOf(problems);
        otherParties = otherParties == null ? List.of() : List.copyOf(otherParties);
        purchase = purchase == null ? Purchase.NONE : purchase;
    }

    /** A new line with no other parties, no purchase data and no upstream problems; change it with the with… copies. */
    public OrderLine(String lineId, String partNumber, ChipSpec chip, BigDecimal quantity, String destinationCountry,
                     Party endUser, LocalDate asOf) {
        this(lineId, partNumber, chip, quantity, destinationCountry, endUser, asOf, List.of(), List.of(), Purchase.NONE);
    }

    /** Where the end user is: its own country, else the ship-to country (ISO codes; null if neither reads as one). */
    public String endUserLocation() {
        String own = endUser == null ? null : Countries.resolve(endUser.country()).orElse(null);
        return own != null ? own : Countries.resolve(destinationCountry).orElse(null);
    }

    /** The same line without its commercial side, which the export rules never read. */
    public OrderLine withoutPurchase() {
        return withPurchase(Purchase.NONE);
    }

    // Copies with one component changed. Every place that rebuilds a line uses these, so that nothing the line
    // carries (its parties, its purchase, its problems) is dropped on the way.

    /** The same line for another catalogue part (to find compliant alternatives). */
    public OrderLine withPart(String part) {
        return new OrderLine(lineId, part, null, quantity, destinationCountry, endUser, asOf, problems, otherParties, purchase);
    }

    /** The same line for another item: a catalogue part number, or (with the part number as a label) a chip's figures. */
    public OrderLine withItem(String part, ChipSpec spec) {
        return new OrderLine(lineId, part, spec, quantity, destinationCountry, endUser, asOf, problems, otherParties, purchase);
    }

    public OrderLine withChip(ChipSpec spec) {
        return new OrderLine(lineId, partNumber, spec, quantity, destinationCountry, endUser, asOf, problems, otherParties, purchase);
    }

    public OrderLine withLineId(String id) {
        return new OrderLine(id, partNumber, chip, quantity, destinationCountry, endUser, asOf, problems, otherParties, purchase);
    }

    public OrderLine withAsOf(LocalDate date) {
        return new OrderLine(lineId, partNumber, chip, quantity, destinationCountry, endUser, date, problems, otherParties, purchase);
    }

    public OrderLine withQuantity(BigDecimal units) {
        return new OrderLine(lineId, partNumber, chip, units, destinationCountry, endUser, asOf, problems, otherParties, purchase);
    }

    public OrderLine withDestinationCountry(String country) {
        return new OrderLine(lineId, partNumber, chip, quantity, country, endUser, asOf, problems, otherParties, purchase);
    }

    public OrderLine withEndUser(Party party) {
        return new OrderLine(lineId, partNumber, chip, quantity, destinationCountry, party, asOf, problems, otherParties, purchase);
    }

    public OrderLine withOtherParties(List<LineParty> parties) {
        return new OrderLine(lineId, partNumber, chip, quantity, destinationCountry, endUser, asOf, problems, parties, purchase);
    }

    public OrderLine withPurchase(Purchase commercial) {
        return new OrderLine(lineId, partNumber, chip, quantity, destinationCountry, endUser, asOf, problems, otherParties, commercial);
    }

    /** The same line with every party's name left out (for comparing what the rules see, which is never a name). */
    public OrderLine withoutPartyNames() {
        return withEndUser(endUser == null ? null : endUser.withName(null))
                .withOtherParties(otherParties.stream().map(LineParty::withoutName).toList());
    }
}
