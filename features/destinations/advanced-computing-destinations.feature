Feature: 3A090 and 4A090 items need a licence to advanced-computing destinations
  15 CFR 742.6(a)(6)(iii): a licence is required for .a and .b items to a destination in Country Groups D:1,
  D:4 or D:5 that is not also in A:5 or A:6. Country Groups are read from Supp. No. 1 to Part 740 as valid on
  the shipping date. Hong Kong is evaluated as China. The AI Diffusion rule (90 FR 4544) extended the .a
  requirement to every destination, but BIS announced on 2025-05-13 that it does not enforce this: the engine
  decides on the enforced scope and reports the legal text beside it.

  Background:
    Given the part "NVIDIA H100 SXM5 80GB"

  Scenario Outline: a datacenter 3A090.a chip by destination
    And it ships to "<country>" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is <outcome>
    And the reasons <ac> rule "DEST-AC"

    @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A) @rule-DEST-AC @cfr-742.6(a)(6)(iii)(B) @rule-740.8-EXCLUDED-DC-a @cfr-740.8(a)
    Examples: advanced-computing destinations (D:1, D:4 or D:5, not A:5 or A:6)
      | country | outcome          | ac      |
      | CN      | LICENSE_REQUIRED | include |
      | MO      | LICENSE_REQUIRED | include |
      | SA      | LICENSE_REQUIRED | include |
      | VN      | LICENSE_REQUIRED | include |

    @rule-OUTCOME-NLR @cfr-732.3
    Examples: other destinations (Israel is in D:4 but also in A:6)
      | country | outcome | ac             |
      | IL      | NLR     | do not include |
      | SG      | NLR     | do not include |
      | DE      | NLR     | do not include |
      | JP      | NLR     | do not include |

  @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A) @rule-740.8-EXCLUDED-DC-a @cfr-740.8(a)
  Scenario: an H100 to China needs a licence, and NAC/ACA are closed to datacenter .a items
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "742.6-AC-DEST-a" cites "742.6(a)(6)(iii)(A)"
    And NAC and ACA are refused by rule "740.8-EXCLUDED-DC-a"

  @rule-DEST-HK-AS-CN @cfr-740-Supp1
  Scenario: a line to Hong Kong is evaluated as China, and the reason says so
    And it ships to "HK" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "DEST-HK-AS-CN" says "evaluated as CN"

  @rule-DEST-D5-MACAU @cfr-740.8(a)
  Scenario: Macau is named beside D:5 although it is not in D:5
    And it ships to "MO" for an end user located there
    When it is checked as of 2026-09-30
    Then a reason from rule "DEST-D5-MACAU" says "Macau"

  @rule-742.6-WORLDWIDE-a @cfr-742.6(a)(6)(iii)(A) @rule-ADV-DIFFUSION-GAP @cfr-742.6(a)(6)(iii)(A)
  Scenario: to Singapore the legal text requires a licence that BIS does not enforce
    And it ships to "SG" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And a licence requirement from rule "742.6-WORLDWIDE-a" is reported as LEGAL_TEXT_ONLY
    And an advisory from rule "ADV-DIFFUSION-GAP" says "enforced scope"

  @rule-OUTCOME-NLR @cfr-732.3
  Scenario: before the AI Diffusion rule there was no worldwide requirement to report
    And it ships to "SG" for an end user located there
    When it is checked as of 2024-06-01
    Then the outcome is NLR
    And the reasons do not include rule "742.6-WORLDWIDE-a"

  @rule-742.6-AC-DEST-b @cfr-742.6(a)(6)(iii)(B)
  Scenario: a 3A090.b chip to Saudi Arabia (D:4) needs a licence, which ACA overcomes
    Given a datacenter accelerator with 300 dense TOPS at 8 bits and 1200 mm2 of logic die
    And it ships to "SA" for an end user located there
    When it is checked as of 2026-09-30
    Then the reasons include rule "742.6-AC-DEST-b"
    And the outcome is ACA

  @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A)
  Scenario: the end user's own country counts as a destination when it differs from the ship-to country
    And it ships to "SG"
    And the end user is located in "CN"
    And the end user is headquartered in "SG" and its ultimate parent in "SG"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "742.6-AC-DEST-a" says "to CN"

  @rule-742.6-AC-DEST-b @cfr-742.6(a)(6)(iii)(B) @rule-DEST-D5-MACAU @cfr-740.8(a) @rule-740.8-NAC @cfr-740.8(a)(2)
  Scenario: a 3A090.b chip to Macau needs a licence, which NAC overcomes after notification
    Given a datacenter accelerator with 300 dense TOPS at 8 bits and 1200 mm2 of logic die
    And it ships to "MO" for an end user located there
    When it is checked as of 2026-09-30
    Then the reasons include rule "742.6-AC-DEST-b"
    And the outcome is NAC
