Feature: High bandwidth memory is 3A090.c from 2 December 2024
  15 CFR 774 Supp. No. 1, ECCN 3A090.c (89 FR 96790, effective 2024-12-02, compliance 2024-12-31): high
  bandwidth memory with a memory bandwidth density greater than 2 GB/s per mm2 of package area. Technical
  Note 1: co-packaged ICs with HBM and logic whose dominant function is processing are not covered by 3A090.c:
  they are integrated circuits with processing units, classified under 3A090.a and .b like any other.

  Background: unless a scenario says otherwise, the line ships to an end user in the United States
    Given it ships to "US" for an end user located there

  Scenario Outline: the 2 GB/s/mm2 boundary is "greater than"
    Given high bandwidth memory with <bandwidth> GB/s of bandwidth on a <area> mm2 package
    When it is classified as of 2026-09-30
    Then the reasons <met> rule "3A090-c"

    @rule-NOT-3A090-4A090 @cfr-774-3A090.c
    Examples: exactly 2 GB/s per mm2 is not greater than 2
      | bandwidth | area | met            |
      | 240       | 120  | do not include |

    @rule-3A090-c @cfr-774-3A090.c @rule-ECCN-3A090-c @cfr-774-3A090.c
    Examples: above 2 GB/s per mm2
      | bandwidth | area | met     |
      | 240.01    | 120  | include |
      | 1180      | 121  | include |

  @rule-NOT-3A090-4A090 @cfr-774-3A090.c
  Scenario: HBM was not controlled before 2 December 2024
    Given high bandwidth memory with 1180 GB/s of bandwidth on a 121 mm2 package
    When it is classified as of 2024-12-01
    Then it is outside 3A090 and 4A090

  @rule-3A090-c-COPACKAGED @cfr-774-3A090.c-TechNote1 @rule-3A090-a1 @cfr-774-3A090.a.1 @rule-ECCN-3A090-a @cfr-774-3A090.a
  Scenario: HBM co-packaged with processing logic is not 3A090.c but the processor it is: 3A090.a, licence to China
    Given high bandwidth memory co-packaged with logic whose dominant function is processing, with 700 dense TOPS at 8 bits and 800 mm2 of logic die
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then its total processing performance is 5600
    And it is classified 3A090.a by rule "3A090-a1"
    And a reason from rule "3A090-c-COPACKAGED" says "classified by its processing figures"
    And the outcome is LICENSE_REQUIRED

  @rule-3A090-c-COPACKAGED @cfr-774-3A090.c-TechNote1 @rule-FIG-NO-THROUGHPUT @cfr-774-3A090-TechNote2
  Scenario: HBM co-packaged with processing logic, without its processing figures, is held
    Given high bandwidth memory co-packaged with logic whose dominant function is processing
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "total processing performance cannot be computed"

  @rule-FIG-HBM-PROCESSING-UNSTATED @cfr-774-3A090.c-TechNote1
  Scenario: HBM with processing figures that does not say whether processing dominates is held
    Given high bandwidth memory with 700 dense TOPS at 8 bits of processing logic, not saying whether processing is its dominant function
    And it ships to "DE" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "dominantFunctionProcessing"

  @rule-742.6-HBM-D5 @cfr-742.6(a)(6)(i)(B)
  Scenario: HBM to Macau needs a licence: Macau is named beside D:5
    Given high bandwidth memory with 1180 GB/s of bandwidth on a 121 mm2 package
    And it ships to "MO" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "742.6-HBM-D5" says "3A090.c to MO"

  @rule-FIG-HBM-NO-DENSITY @cfr-774-3A090.c-TechNote1
  Scenario: HBM without its package area is held
    Given high bandwidth memory without a published package area
    When it is classified as of 2026-09-30
    Then the line is held because "package area"

  @rule-3A090-c-COPACKAGED-UNCONFIRMED @cfr-774-3A090.c-TechNote1
  Scenario: memory declared processing-dominant whose processing is far below 3A090 is held, not released from 3A090.c
    Given high bandwidth memory co-packaged with logic whose dominant function is processing, with 10 dense TOPS at 8 bits and 800 mm2 of logic die
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "confirm that processing dominates"

  @rule-3A090-c-COPACKAGED-UNCONFIRMED @cfr-774-3A090.c-TechNote1
  Scenario: an integrated circuit declared processing-dominant, with little processing and memory of 10.9 GB/s per mm2, is held
    Given an integrated circuit declared processing-dominant, with 10 dense TOPS at 8 bits and 1200 GB/s of memory bandwidth on a 110 mm2 package
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "confirm that processing dominates"
