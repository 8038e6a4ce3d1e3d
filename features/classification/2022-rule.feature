Feature: Before 17 November 2023 the October 2022 text of 3A090 applied
  87 FR 62186 (in force 2022-10-07 to 2023-11-16): an integrated circuit was 3A090.a if its bit length times
  TOPS was 4800 or more AND its aggregate bidirectional transfer rate was 600 GB/s or more; 3A090 and 4A090
  items needed a licence to China. The A800 and H800 were designed with a 400 GB/s interconnect to stay
  outside; the October 2023 rule (88 FR 73458) dropped the transfer-rate test and caught them.

  Background: unless a scenario says otherwise, the line ships to an end user in the United States
    Given it ships to "US" for an end user located there

  Scenario Outline: the 600 GB/s boundary of the 2022 text
    Given an accelerator with 700 dense TOPS at 8 bits and an interconnect of <io> GB/s
    When it is classified as of 2023-06-01
    Then the reasons include rule "<rule>"

    @rule-3A090-2022-BELOW-600 @cfr-774-3A090.a-2022
    Examples: below 600 GB/s the chip was outside 3A090
      | io     | rule                 |
      | 599.99 | 3A090-2022-BELOW-600 |

    @rule-3A090-a-2022 @cfr-774-3A090.a-2022
    Examples: at 600 GB/s it was 3A090.a
      | io  | rule         |
      | 600 | 3A090-a-2022 |

  Scenario Outline: the A800 and H800 to China, the day before and the day the October 2023 rule took effect
    Given the part "<part>"
    And it ships to "CN" for an end user located there
    When it is checked as of <date>
    Then the outcome is <outcome>

    @rule-3A090-2022-BELOW-600 @cfr-774-3A090.a-2022 @rule-OUTCOME-NLR @cfr-758.1
    Examples: on 16 November 2023 their 400 GB/s interconnect kept them outside 3A090
      | part                  | date       | outcome |
      | NVIDIA A800 SXM4 80GB | 2023-11-16 | NLR     |
      | NVIDIA H800 SXM5 80GB | 2023-11-16 | NLR     |

    @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A) @rule-740.8-EXCLUDED-DC-a @cfr-740.8(a)
    Examples: on 17 November 2023 the new text caught them, with no exception for datacenter chips
      | part                  | date       | outcome          |
      | NVIDIA A800 SXM4 80GB | 2023-11-17 | LICENSE_REQUIRED |
      | NVIDIA H800 SXM5 80GB | 2023-11-17 | LICENSE_REQUIRED |

  @rule-742.6-2022-CN @cfr-742.6(a)(6)(iii)-2022 @rule-740.8-NOT-YET @cfr-740.8
  Scenario: an A100 to China in 2023 needed a licence and no exception existed
    Given the part "NVIDIA A100 SXM4 80GB"
    And it ships to "CN" for an end user located there
    When it is checked as of 2023-06-01
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "742.6-2022-CN" cites "87 FR 62186"
    And NAC and ACA are refused by rule "740.8-NOT-YET"

  @rule-742.6-2022-CN @cfr-742.6(a)(6)(iii)-2022
  Scenario: on the first day of the 2022 rule an H100 to Hong Kong needed a licence
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "HK" for an end user located there
    When it is checked as of 2022-10-07
    Then the outcome is LICENSE_REQUIRED
    And the reasons include rule "742.6-2022-CN"

  @rule-742.6-2023-MO @cfr-742.6(a)(6)(iii)-2023 @rule-ADV-MACAU-2023-DATE @cfr-88FR2821
  Scenario: an A100 to Macau in mid-2023, under the Macau extension whose effective date is unverified
    Given the part "NVIDIA A100 SXM4 80GB"
    And it ships to "MO" for an end user located there
    When it is checked as of 2023-06-01
    Then the outcome is LICENSE_REQUIRED
    And the reasons include rule "742.6-2023-MO"
    And an advisory from rule "ADV-MACAU-2023-DATE" says "not verified"

  @rule-FIG-NO-INTERCONNECT-2022 @cfr-774-3A090.a-2022
  Scenario: under the 2022 text a chip without a published interconnect rate is held
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "CN" for an end user located there
    When it is checked as of 2023-06-01
    Then the line is held because "aggregate bidirectional transfer rate"
