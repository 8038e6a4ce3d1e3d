Feature: Embargoed destinations are prohibited, whatever the chip
  15 CFR Part 746 and 740.2(a)(6): Cuba, Iran, North Korea and Syria (Country Groups E:1 and E:2), Russia and
  Belarus (746.8), and the Crimea, DNR and LNR regions of Ukraine (746.6): licence required with a policy of
  denial, and no licence exception. This applies even to chips outside 3A090.

  @rule-746-E1-E2 @cfr-746 @rule-OUTCOME-PROHIBITED @cfr-746
  Scenario Outline: Country Group E:1 and E:2 destinations
    Given the part "<part>"
    And it ships to "<country>" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is PROHIBITED
    And the reasons include rule "746-E1-E2"

    Examples:
      | part                      | country |
      | NVIDIA H20 (HGX H20 96GB) | IR      |
      | NVIDIA H100 SXM5 80GB     | KP      |
      | NVIDIA GeForce RTX 4090 D | SY      |
      | NVIDIA GeForce RTX 4090   | CU      |

  @rule-OUTCOME-PROHIBITED @cfr-746
  Scenario: a part nobody can identify, shipped to Iran, is prohibited rather than held
    An open question (here: which chip is it?) cannot make a prohibited line releasable by a reviewer.
    Given the part "ACME Mystery Accelerator X1"
    And it ships to "IR" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is PROHIBITED
    And the reasons include rule "746-E1-E2"

  @rule-746.8-RU-BY @cfr-746.8
  Scenario Outline: Russia and Belarus
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "<country>" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is PROHIBITED
    And the reasons include rule "746.8-RU-BY"

    Examples:
      | country |
      | RU      |
      | BY      |

  @rule-740.8-b-BLOCKED @cfr-740.8(b)
  Scenario: an embargo closes NAC and ACA even for a consumer card
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "CU" for an end user located there
    When it is checked as of 2026-09-30
    Then NAC and ACA are refused by rule "740.8-b-BLOCKED"

  @rule-746-E1-E2 @cfr-746
  Scenario: shipping to Dubai for an end user located in Iran is prohibited
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "AE"
    And the end user is located in "IR"
    When it is checked as of 2026-09-30
    Then the outcome is PROHIBITED
    And a reason from rule "746-E1-E2" says "end user location IR"

  @rule-746.6-UA-REGIONS @cfr-746.6
  Scenario: a line to Ukraine is held until the region is confirmed
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "UA" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "Crimea"

  @rule-746-PARTY-EMBARGOED @cfr-746
  Scenario: a purchaser in Iran takes part in a sale to Germany: held for compliance
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the purchaser "Tehran Trading" is in "IR"
    When it is checked as of 2026-09-30
    Then the line is held because "the purchaser is in IR"

  @rule-746-PARTY-EMBARGOED @cfr-746.6
  Scenario: a purchaser in Ukraine is held until its region is confirmed
    Crimea, DNR and LNR are embargoed regions of Ukraine (746.6); a country code alone cannot tell them apart.
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the purchaser "Kyiv Compute" is in "UA"
    When it is checked as of 2026-09-30
    Then the line is held because "confirm it is not in the Crimea, DNR or LNR regions"

  @rule-746-HQ-EMBARGOED @cfr-746
  Scenario: an end user in Germany headquartered in Russia is held for compliance, not cleared under NAC
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "DE" for an end user located there
    And the end user is headquartered in "RU" and its ultimate parent in "RU"
    When it is checked as of 2026-09-30
    Then the line is held because "the end user headquarters is RU"

  @rule-746-HQ-EMBARGOED @cfr-746.6
  Scenario: an end user in Germany headquartered in Ukraine is held until the region is confirmed
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "DE" for an end user located there
    And the end user is headquartered in "UA" and its ultimate parent in "UA"
    When it is checked as of 2026-09-30
    Then the line is held because "confirm it is not in the Crimea, DNR or LNR regions"
