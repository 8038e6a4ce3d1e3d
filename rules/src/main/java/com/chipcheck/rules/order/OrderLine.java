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
 * consignees and purchaser, screened like the end user.
 */
public record OrderLine(String lineId, String partNumber, ChipSpec chip, BigDecimal quantity,
                        String destinationCountry, Party endUser, LocalDate asOf, List<String> problems,
                        List<LineParty> otherParties, Purchase purchase) {

    public OrderLine {
        problems = problems == null ? List.of() : List.copyOf(problems);
        otherParties = otherParties == null ? List.of() : List.copyOf(otherParties);
        purchase = purchase == null ? Purchase.NONE : purchase;
    }

    public OrderLine(String lineId, String partNumber, ChipSpec chip, BigDecimal quantity, String destinationCountry,
                     Party endUser, LocalDate asOf, List<String> problems, List<LineParty> otherParties) {
        this(lineId, partNumber, chip, quantity, destinationCountry, endUser, asOf, problems, otherParties, Purchase.NONE);
    }

    public OrderLine(String lineId, String partNumber, ChipSpec chip, BigDecimal quantity, String destinationCountry,
                     Party endUser, LocalDate asOf, List<String> problems) {
        this(lineId, partNumber, chip, quantity, destinationCountry, endUser, asOf, problems, List.of(), Purchase.NONE);
    }

    public OrderLine(String lineId, String partNumber, ChipSpec chip, BigDecimal quantity, String destinationCountry,
                     Party endUser, LocalDate asOf) {
        this(lineId, partNumber, chip, quantity, destinationCountry, endUser, asOf, List.of());
    }

    /** Where the end user is: its own country, else the ship-to country (ISO codes; null if neither reads as one). */
    public String endUserLocation() {
        String own = endUser == null ? null : Countries.resolve(endUser.country()).orElse(null);
        return own != null ? own : Countries.resolve(destinationCountry).orElse(null);
    }

    /** The same line without its commercial side, which the export rules never read. */
    public OrderLine withoutPurchase() {
        return new OrderLine(lineId, partNumber, chip, quantity, destinationCountry, endUser, asOf, problems, otherParties, Purchase.NONE);
    }

    /** The same line for another part (to find compliant alternatives). */
    public OrderLine withPart(String part) {
        return new OrderLine(lineId, part, null, quantity, destinationCountry, endUser, asOf, problems, otherParties, purchase);
    }

    public OrderLine withLineId(String id) {
        return new OrderLine(id, partNumber, chip, quantity, destinationCountry, endUser, asOf, problems, otherParties, purchase);
    }

    /** The same line with every party's name left out (for comparing what the rules see, which is never a name). */
    public OrderLine withoutPartyNames() {
        Party anonymous = endUser == null ? null : new Party(null, endUser.country(), endUser.headquartersCountry(),
                endUser.ultimateParentCountry(), endUser.uaeApproved());
        List<LineParty> others = otherParties.stream().map(p -> new LineParty(p.role(), null, p.country())).toList();
        return new OrderLine(lineId, partNumber, chip, quantity, destinationCountry, anonymous, asOf, problems, others, purchase);
    }
}
