package com.chipcheck.rules.engine;

import com.chipcheck.rules.country.Countries;
import com.chipcheck.rules.facts.LookAlikeName;
import com.chipcheck.rules.facts.ScreeningHitFact;
import com.chipcheck.rules.order.LineParty;
import com.chipcheck.rules.order.OrderLine;
import com.chipcheck.rules.order.Party;
import com.chipcheck.rules.screening.Certainty;
import com.chipcheck.rules.screening.PartyScreening;
import com.chipcheck.rules.screening.ScreeningHit;
import com.chipcheck.rules.screening.Screener;

import java.util.ArrayList;
import java.util.List;

/** Screens the parties of a line (the end user, then the others), and turns each hit into a fact for the rules. */
final class LineScreening {

    private LineScreening() {
    }

    static List<PartyScreening> of(OrderLine line, Screener screener) {
        List<LineParty> parties = new ArrayList<>();
        Party endUser = line.endUser();
        if (endUser != null && endUser.name() != null && !endUser.name().isBlank()) {
            parties.add(new LineParty(LineParty.END_USER, endUser.name(), line.endUserLocation()));
        }
        parties.addAll(line.otherParties());
        List<PartyScreening> out = new ArrayList<>();
        for (LineParty p : parties) {
            if (p.name() != null && !p.name().isBlank()) {
                out.add(screener.screen(p.role(), p.name(), Countries.resolve(p.country()).orElse(null)));
            }
        }
        return out;
    }

    /** A hit, or a name in look-alike letters: the rules then read something of the party beyond its country. */
    static boolean anyHit(List<PartyScreening> screening) {
        return screening.stream().anyMatch(p -> !p.hits().isEmpty() || p.lookAlikes() != null);
    }

    static List<Object> facts(String lineId, List<PartyScreening> screening) {
        List<Object> facts = new ArrayList<>();
        for (PartyScreening p : screening) {
            if (p.lookAlikes() != null) {
                facts.add(new LookAlikeName(lineId, p.role(), p.name(), p.lookAlikes()));
            }
            for (ScreeningHit hit : p.hits()) {
                facts.add(new ScreeningHitFact(lineId, p.role(), p.name(), hit.entry().source(), hit.entry().id(),
                        hit.entry().name(), hit.matchedName(), hit.score(), hit.certainty() == Certainty.MATCH,
                        hit.entry().footnote(), hit.entry().licenseRequirement(), p.listVersion()));
            }
        }
        return facts;
    }
}
