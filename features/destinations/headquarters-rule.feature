Feature: Entities headquartered in Macau or D:5 need a licence wherever they are located
  15 CFR 744.23(a)(3) (88 FR 73458): .a and .b items for an entity headquartered in, or whose ultimate parent
  is headquartered in, Macau or a Country Group D:5 country need a licence, wherever the entity is located.
  From 13 January 2025 the .a side sits in 742.6(a)(6)(iii)(A); BIS confirmed on 31 May 2026 that it still
  enforces it. 3A090.c: 744.23(a)(3)(i)(B). Without the headquarters and ultimate parent, the line is held.

  Scenario Outline: an H100 to a Singapore subsidiary, by where the group is headquartered
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "SG"
    And the end user is headquartered in "<hq>" and its ultimate parent in "<parent>"
    When it is checked as of 2026-09-30
    Then the outcome is <outcome>
    And the reasons <rule> rule "742.6-HQ-a"

    @rule-742.6-HQ-a @cfr-742.6(a)(6)(iii)(A) @rule-HQ-D5-MACAU @cfr-744.23(a)(3)
    Examples: the group is headquartered in China, Hong Kong or Macau
      | hq | parent | outcome          | rule    |
      | SG | CN     | LICENSE_REQUIRED | include |
      | CN | CN     | LICENSE_REQUIRED | include |
      | SG | MO     | LICENSE_REQUIRED | include |
      | SG | HK     | LICENSE_REQUIRED | include |

    @rule-OUTCOME-NLR @cfr-732.3
    Examples: the group is headquartered in Singapore or the United States
      | hq | parent | outcome | rule           |
      | SG | SG     | NLR     | do not include |
      | SG | US     | NLR     | do not include |

  @rule-744.23-HQ-a-2023 @cfr-744.23(a)(3)(i)(A)
  Scenario: before the AI Diffusion rule the .a headquarters requirement was in 744.23(a)(3)
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "MY"
    And the end user is headquartered in "CN" and its ultimate parent in "CN"
    When it is checked as of 2024-06-01
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "744.23-HQ-a-2023" cites "744.23(a)(3)(i)(A)"

  @rule-744.23-HQ-b @cfr-744.23(a)(3)(i)(A) @rule-740.8-NAC @cfr-740.8(a)(2)
  Scenario: a 3A090.b chip for a Chinese-owned company in Malaysia: licence, which NAC overcomes after notification
    Given a datacenter accelerator with 300 dense TOPS at 8 bits and 1200 mm2 of logic die
    And it ships to "MY"
    And the end user is headquartered in "MY" and its ultimate parent in "CN"
    When it is checked as of 2026-09-30
    Then the reasons include rule "744.23-HQ-b"
    And the outcome is NAC
    And the licence exceptions used are "NAC"

  @rule-744.23-HQ-c @cfr-744.23(a)(3)(i)(B)
  Scenario: HBM for a Chinese-headquartered packaging house in Singapore needs a licence
    Given high bandwidth memory with 1180 GB/s of bandwidth on a 121 mm2 package
    And it ships to "SG"
    And the end user is headquartered in "CN" and its ultimate parent in "CN"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And the reasons include rule "744.23-HQ-c"

  @rule-744.23-HQ-UNKNOWN @cfr-744.23(a)(3)
  Scenario: an advanced computing item whose end user's headquarters is unknown is held
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "SG"
    And the end user's headquarters country is not given
    When it is checked as of 2026-09-30
    Then the line is held because "headquarters country"

  @rule-744.23-a1-ADVISORY @cfr-744.23(a)(1)
  Scenario: an H20 to China ships NLR, with a warning about supercomputer end uses
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "CN" for an end user located there
    When it is checked as of 2024-06-01
    Then the outcome is NLR
    And an advisory from rule "744.23-a1-ADVISORY" says "supercomputer"

  @rule-742.6-HQ-a @cfr-742.6(a)(6)(iii)(A) @rule-HQ-D5-MACAU @cfr-744.23(a)(3)
  Scenario: an H100 shipped to a US warehouse for a Chinese-owned end user in Singapore needs a licence
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "US"
    And the end user is located in "SG"
    And the end user is headquartered in "SG" and its ultimate parent in "CN"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "742.6-HQ-a" says "the ultimate parent headquarters is CN"

  @rule-OUTCOME-NLR @cfr-732.3
  Scenario: the same H100 for a Chinese-owned end user located in the United States is not exported
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "US"
    And the end user is located in "US"
    And the end user is headquartered in "US" and its ultimate parent in "CN"
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And the reasons do not include rule "742.6-HQ-a"

  @rule-744.23-HQ-UNKNOWN @cfr-744.23(a)(3)
  Scenario: shipped to a US address for an end user abroad, a missing headquarters is held
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "US"
    And the end user is located in "MY"
    And the end user's headquarters country is not given
    When it is checked as of 2026-09-30
    Then the line is held because "headquarters country"

  @rule-744.23-HQ-b @cfr-744.23(a)(3)(i)(A) @rule-740.8-NAC @cfr-740.8(a)(2)
  Scenario: a 3A090.b chip whose ultimate consignee in Malaysia is headquartered in China: licence, which NAC overcomes
    Given a datacenter accelerator with 300 dense TOPS at 8 bits and 1200 mm2 of logic die
    And it ships to "MY" for an end user located there
    And the ultimate consignee is "Johor Compute Sdn Bhd" in "MY", headquartered in "CN"
    When it is checked as of 2026-09-30
    Then a reason from rule "744.23-HQ-b" says "the ultimate consignee headquarters is CN"
    And the outcome is NAC

  @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A)
  Scenario: an intermediate consignee in Hong Kong makes China a destination of a line to Germany
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the intermediate consignee is "Kowloon Freight Ltd" in "HK"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "742.6-AC-DEST-a" says "to CN"
