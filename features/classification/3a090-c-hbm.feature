Feature: High bandwidth memory is 3A090.c from 2 December 2024
  15 CFR 774 Supp. No. 1, ECCN 3A090.c (89 FR 96790, effective 2024-12-02, compliance 2024-12-31): high
  bandwidth memory with a memory bandwidth density greater than 2 GB/s per mm2 of package area. Technical
  Note 1: co-packaged ICs with HBM and logic whose dominant function is processing are not covered.

  @rule-3A090-c @cfr-774-3A090.c @rule-ECCN-3A090-c @cfr-774-3A090.c
  Scenario Outline: the 2 GB/s/mm2 boundary is "greater than"
    Given high bandwidth memory with <bandwidth> GB/s of bandwidth on a <area> mm2 package
    When it is classified as of 2026-09-30
    Then the reasons <met> rule "3A090-c"

    Examples:
      | bandwidth | area | met            |
      | 240       | 120  | do not include |
      | 240.01    | 120  | include        |
      | 1180      | 121  | include        |

  @rule-3A090-c @cfr-774-3A090.c
  Scenario: HBM was not controlled before 2 December 2024
    Given high bandwidth memory with 1180 GB/s of bandwidth on a 121 mm2 package
    When it is classified as of 2024-12-01
    Then it is outside 3A090 and 4A090

  @rule-3A090-c-COPACKAGED @cfr-774-3A090.c-TechNote1
  Scenario: HBM co-packaged with processing logic is not 3A090.c
    Given high bandwidth memory co-packaged with logic whose dominant function is processing
    When it is classified as of 2026-09-30
    Then it is outside 3A090 and 4A090
    And the reasons include rule "3A090-c-COPACKAGED"

  @rule-FIG-HBM-NO-DENSITY @cfr-774-3A090.c-TechNote1
  Scenario: HBM without its package area is held
    Given high bandwidth memory without a published package area
    When it is classified as of 2026-09-30
    Then the line is held because "package area"
