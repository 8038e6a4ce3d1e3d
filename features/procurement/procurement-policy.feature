Feature: The company's procurement policy flags diversion risks, sets approvals and offers compliant alternatives
  Beyond what the export rules require, the company holds a line for a person when a "Know your customer" red
  flag shows (15 CFR 732 Supp. No. 3, and BIS guidance on AI-chip diversion through third countries), says who
  must approve it, and, for a line that needs a licence, lists catalogue parts that would not. The thresholds,
  price bands, destinations and approval tiers are rows of a spreadsheet kept by compliance officers
  (procurement-policy.xlsx); each table of it is specified here in plain words, with the values shipped.

  Background:
    Given the company's procurement policy applies

  @policy-transshipment-risk-destination-and-end-user-type @cfr-732-Supp3 @rule-POLICY-HOLD @cfr-732-Supp3
  Scenario: a reseller in Singapore is a diversion risk: the line is held
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "SG" for an end user located there
    And the end user is a RESELLER
    When it is checked as of 2026-09-30
    Then the outcome is HOLD
    And the policy flags TRANSSHIPMENT_RISK as HOLD
    And the line is held because "Diversion risk: SG is a destination commonly used for diversion of advanced chips, and the end user is a reseller"

  @policy-transshipment-risk-destination-and-end-user-type @cfr-732-Supp3
  Scenario: the same line to a data-centre operator in Singapore ships
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "SG" for an end user located there
    And the end user is a END_USER
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And the policy raises no red flag

  @policy-transshipment-risk-destination-and-a-newly-created-end-user @cfr-732-Supp3
  Scenario: an end user incorporated four months before the ship date, in a diversion-risk destination, is held
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "AE" for an end user located there
    And the end user was incorporated on 2026-06-01
    When it is checked as of 2026-09-30
    Then the policy flags NEW_COMPANY as HOLD
    And the outcome is HOLD

  @policy-price-anomaly-unit-price-outside-the-market-band-of-the-part @cfr-732-Supp3
  Scenario Outline: an H100 far below or above its market band is held, in any currency, converted at the rate of the ship date
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the unit price is <price> <currency>
    When it is checked as of 2026-09-30
    Then the outcome is <outcome>

    Examples: the shipped exchange-rate table gives 0.141 USD for 1 CNY and 1.16 USD for 1 EUR in 2026
      | price  | currency | outcome |
      | 9000   | USD      | HOLD    |
      | 95000  | USD      | HOLD    |
      | 30000  | USD      | NLR     |
      | 9000   | EUR      | HOLD    |
      | 30000  | EUR      | NLR     |
      | 64000  | CNY      | HOLD    |
      | 212000 | CNY      | NLR     |

  @policy-price-anomaly-unit-price-outside-the-market-band-of-the-part @cfr-732-Supp3
  Scenario: a CNY price far below the band is flagged exactly as the USD price is, at its value in USD
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the unit price is 64000 CNY
    When it is checked as of 2026-09-30
    Then the policy flags PRICE_ANOMALY as HOLD
    And the line is held because "a unit price of USD 9024 is outside the reference band for NVIDIA H100 SXM5 80GB"

  @rule-PRICE-NO-RATE @cfr-732-Supp3
  Scenario Outline: a price that cannot be converted to USD is held, never passed as if no price were given
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the unit price is <price> <currency>
    When it is checked as of 2026-09-30
    Then the outcome is HOLD
    And the line is held because "<why>"

    Examples:
      | price | currency | why                                                        |
      | 30000 | CHF      | has no CHF rate on 2026-09-30                              |
      | 30000 | XYZ      | which is not an ISO 4217 currency code                     |

  @policy-price-anomaly-unit-price-outside-the-market-band-of-the-part @cfr-732-Supp3
  Scenario: the price reason names the price and the part
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the unit price is 9000 USD
    When it is checked as of 2026-09-30
    Then the policy flags PRICE_ANOMALY as HOLD
    And the line is held because "a unit price of USD 9000 is outside the reference band for NVIDIA H100 SXM5 80GB"

  @policy-quantity-anomaly-total-processing-performance-shipped-to-one-end-user-in-a-year @cfr-732-Supp3
  Scenario: eight more H100s would take the end user above the yearly cap of 8,000,000 TPP x units
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And 7900000 TPP x units were already shipped to this end user in the past year
    When 8 of it are checked as of 2026-09-30
    Then the policy flags CUMULATIVE_TPP as HOLD
    And the line is held because "with this line 8026656 TPP x units go to this end user within a year"

  @policy-quantity-anomaly-beyond-the-end-user-s-declared-capacity @cfr-732-Supp3
  Scenario: more units than the end user declared it can use
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the end user declared a capacity of 32 units
    When 64 of it are checked as of 2026-09-30
    Then the policy flags ABOVE_DECLARED_CAPACITY as HOLD

  @policy-party-data-end-user-located-elsewhere-than-the-ship-to-and-no-intermediate-consignee @cfr-732-Supp3
  Scenario: goods to Singapore for an end user in Malaysia, with no intermediate consignee, are held
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "SG"
    And the end user is located in "MY"
    When it is checked as of 2026-09-30
    Then the policy flags PARTY_DATA as HOLD

  @policy-party-data-end-user-located-elsewhere-than-the-ship-to-and-no-intermediate-consignee @cfr-732-Supp3
  Scenario: naming the intermediate consignee clears the party-data flag
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "SG"
    And the end user is located in "MY"
    And the intermediate consignee is "Lion City Logistics Pte Ltd" in "SG"
    When it is checked as of 2026-09-30
    Then the policy raises no red flag

  @policy-approval-tiers @cfr-none-company-policy
  Scenario: a line that needs a licence needs a compliance officer's approval, and the order value a manager's
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "CN" for an end user located there
    And the unit price is 40000 USD
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And approval is needed by "compliance officer, procurement manager"

  @policy-approval-tiers @cfr-none-company-policy
  Scenario: a small order that ships without a licence needs no approval
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the unit price is 30000 USD
    When it is checked as of 2026-09-30
    Then no approval is needed

  @policy-alternatives @cfr-742.6(a)(6)(iii)
  Scenario: an H100 for a Chinese buyer needs a licence; the H20 would ship without one at 15 % of the TPP
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And "NVIDIA H20 (HGX H20 96GB)" is offered instead with outcome NLR
    And "NVIDIA H20 (HGX H20 96GB)" is offered at 0.15 of the requested TPP

  @policy-alternatives @cfr-742.6(a)(6)(iii)
  Scenario: nothing is offered for an embargoed destination
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "IR" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is PROHIBITED
    And no alternative is offered

  @policy-transshipment-risk-destination-and-end-user-type @cfr-732-Supp3 @rule-POLICY-HOLD @cfr-732-Supp3
  Scenario: an impact analysis on the day a reseller's line was decided keeps it held, for the same reasons
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "SG" for an end user located there
    And the end user is a RESELLER
    And the unit price is 30000 USD
    When it is checked as of 2025-03-03
    And it is decided again for an impact analysis as of 2025-03-03
    Then the outcome is HOLD
    And the impact analysis gives the same outcome, reasons and red flags
