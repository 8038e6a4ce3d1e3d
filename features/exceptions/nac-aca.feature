Feature: License Exceptions NAC and ACA
  15 CFR 740.8: NAC and ACA authorise 3A090/4A090 items, except items designed or marketed for datacenters
  that meet 3A090.a, and never 3A090.c. NAC covers Macau, D:5 and D:5/Macau-headquartered entities and needs a
  notification to BIS at least 25 days before export; ACA covers the rest without notification. Until
  2024-04-03 NAC was the only exception; from 2024-04-04 to 2025-01-12 ACA covered D:1 and D:4; from
  2025-01-13 ACA covers every destination except Macau, D:5 and D:5-headquartered entities.
  The outcome is the least burdensome lawful path.

  @rule-740.8-ACA @cfr-740.8(a) @rule-OUTCOME-ACA @cfr-740.8(a)
  Scenario: an RTX 4090 (consumer, 3A090.a) to Vietnam ships under ACA
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "VN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is ACA
    And the licence exceptions used are "ACA"
    And a reason from rule "740.8-ACA" says "no notification required"

  @rule-740.8-NAC @cfr-740.8(a)(2) @rule-OUTCOME-NAC @cfr-740.8(c)
  Scenario: an RTX 4090 to China ships under NAC after the 25-day notification
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is NAC
    And a reason from rule "740.8-NAC" says "25 calendar days"

  Scenario Outline: NAC and ACA reach an eligible item only when a licence requirement applies and nothing blocks them
    Given the part "<part>"
    And it ships to "<country>" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is <outcome>
    And the reasons <eligible> rule "740.8-ELIGIBLE"

    @rule-740.8-ELIGIBLE @cfr-740.8(a) @cfr-740.8(b)
    Examples: a consumer 3A090.a item under a licence requirement, to ACA and to NAC destinations
      | part                      | country | outcome | eligible |
      | NVIDIA GeForce RTX 4090   | VN      | ACA     | include  |
      | NVIDIA GeForce RTX 4090   | CN      | NAC     | include  |

    Examples: no licence requirement to lift, or a datacenter 3A090.a item the exceptions never reach
      | part                      | country | outcome          | eligible       |
      | NVIDIA GeForce RTX 4090   | DE      | NLR              | do not include |
      | NVIDIA H100 SXM5 80GB     | CN      | LICENSE_REQUIRED | do not include |

  Scenario Outline: the NAC/ACA split of 4 April 2024 for an RTX 4090 to Vietnam
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "VN" for an end user located there
    When it is checked as of <date>
    Then the outcome is <outcome>
    And the reasons include rule "<rule>"

    @rule-740.8-NAC-2023 @cfr-740.8-2023
    Examples: until 3 April 2024 NAC, with its notification, was the only exception
      | date       | outcome | rule           |
      | 2024-04-03 | NAC     | 740.8-NAC-2023 |

    @rule-740.8-ACA-D1-D4 @cfr-740.8(a)-2024
    Examples: from 4 April 2024 to 12 January 2025 ACA covered D:1 and D:4
      | date       | outcome | rule            |
      | 2024-04-04 | ACA     | 740.8-ACA-D1-D4 |
      | 2025-01-12 | ACA     | 740.8-ACA-D1-D4 |

    @rule-740.8-ACA @cfr-740.8(a)
    Examples: from 13 January 2025 ACA covers every destination but Macau, D:5 and their entities
      | date       | outcome | rule      |
      | 2025-01-13 | ACA     | 740.8-ACA |

  Scenario Outline: Cambodia left D:5 on 4 February 2026, which moves a 3A090.b chip from NAC to ACA
    Given a datacenter accelerator with 300 dense TOPS at 8 bits and 1200 mm2 of logic die
    And it ships to "KH" for an end user located there
    When it is checked as of <date>
    Then the outcome is <outcome>

    @rule-740.8-NAC @cfr-740.8(a)(2) @rule-DEST-D5-MACAU @cfr-740.8(a)
    Examples: on 3 February 2026 Cambodia was still in D:5
      | date       | outcome |
      | 2026-02-03 | NAC     |

    @rule-740.8-ACA @cfr-740.8(a)
    Examples: from 4 February 2026 it is in D:1 only
      | date       | outcome |
      | 2026-02-04 | ACA     |

  @rule-740.8-EXCLUDED-HBM @cfr-740.2(a)(9)(ii)-Note1 @rule-742.6-HBM-D5 @cfr-742.6(a)(6)(i)(B) @rule-740.25-HBM-ADVISORY @cfr-740.25
  Scenario: HBM to China needs a licence; NAC/ACA are closed to 3A090.c, License Exception HBM may help
    Given high bandwidth memory with 1180 GB/s of bandwidth on a 121 mm2 package
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And NAC and ACA are refused by rule "740.8-EXCLUDED-HBM"
    And an advisory from rule "740.25-HBM-ADVISORY" says "packaging site"

  @rule-ECCN-3A090-c @cfr-774-3A090.c
  Scenario: HBM to Vietnam (D:1, not D:5) needs no licence
    Given high bandwidth memory with 1180 GB/s of bandwidth on a 121 mm2 package
    And it ships to "VN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And the reasons do not include rule "742.6-HBM-D5"

  @rule-ADV-HBM-COMPLIANCE-DATE @cfr-89FR96790
  Scenario: in December 2024 3A090.c was in force before its compliance date
    Given high bandwidth memory with 1180 GB/s of bandwidth on a 121 mm2 package
    And it ships to "CN" for an end user located there
    When it is checked as of 2024-12-10
    Then the outcome is LICENSE_REQUIRED
    And an advisory from rule "ADV-HBM-COMPLIANCE-DATE" says "2024-12-31"

  @rule-740.8-DATACENTER-UNKNOWN @cfr-740.8(a)
  Scenario: a 3A090.a chip of unknown datacenter designation to Vietnam is held: NAC/ACA turn on it
    Given an accelerator not known to be for datacenters or not, with 700 dense TOPS at 8 bits and 800 mm2 of logic die
    And it ships to "VN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "NAC/ACA eligibility"

  @rule-740.2-a9ii @cfr-740.2(a)(9)(ii)
  Scenario: for advanced-computing destinations only the listed exceptions remain
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then a reason from rule "740.2-a9ii" says "LVS and GBS are not available"

  Scenario Outline: the outcome of a line
    Given the part "<part>"
    And it ships to "<country>" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is <outcome>
    And the reasons include rule "<rule>"

    @rule-OUTCOME-LICENSE-REQUIRED @cfr-742.6(a)(6)
    Examples: a licence requirement no exception overcomes
      | part                      | country | outcome          | rule                     |
      | NVIDIA H100 SXM5 80GB     | CN      | LICENSE_REQUIRED | OUTCOME-LICENSE-REQUIRED |
      | AMD Instinct MI300X       | CN      | LICENSE_REQUIRED | OUTCOME-LICENSE-REQUIRED |

    @rule-OUTCOME-NLR @cfr-732.3
    Examples: no enforced licence requirement
      | part                      | country | outcome | rule        |
      | NVIDIA H100 SXM5 80GB     | JP      | NLR     | OUTCOME-NLR |
      | NVIDIA GeForce RTX 4090 D | CN      | NLR     | OUTCOME-NLR |
      | NVIDIA H20 (HGX H20 96GB) | CN      | NLR     | OUTCOME-NLR |

    @rule-OUTCOME-PROHIBITED @cfr-746
    Examples: an embargo
      | part               | country | outcome    | rule               |
      | Huawei Ascend 910B | RU      | PROHIBITED | OUTCOME-PROHIBITED |
