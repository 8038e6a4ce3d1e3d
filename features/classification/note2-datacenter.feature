Feature: Chips not designed or marketed for datacenters are outside 3A090 below a TPP of 4800
  15 CFR 774 Supp. No. 1, ECCN 3A090, Note 2 to 3A090.a and 3A090.b: 3A090.a and .b do not apply to items that
  are not designed or marketed for use in datacenters and do not have a TPP of 4800 or more. Note 4: such
  chips are not classified under the .z paragraphs or 4A090 either. Whether a chip is for datacenters is
  recorded with its evidence; where it is unknown and it matters, the line is held.

  Background: unless a scenario says otherwise, the line ships to an end user in the United States
    Given it ships to "US" for an end user located there

  Scenario Outline: consumer graphics cards either side of 4800
    Given a consumer graphics card with <tops> dense TOPS at 8 bits and 608.5 mm2 of logic die
    When it is classified as of 2026-09-30
    Then its total processing performance is <tpp>
    And the reasons <note2> rule "3A090-NOTE2"
    And the reasons <note2> rule "3A090-NOTE4"

    @rule-3A090-NOTE2 @cfr-774-3A090-Note2 @rule-3A090-NOTE4 @cfr-774-3A090-Note4
    Examples: below 4800 Note 2 takes the card out of 3A090, and Note 4 out of 4A090
      | tops   | tpp     | note2   |
      | 599.99 | 4799.92 | include |

    @rule-3A090-a1 @cfr-774-3A090.a.1
    Examples: at 4800 the notes do not apply
      | tops | tpp  | note2          |
      | 600  | 4800 | do not include |

  @rule-3A090-NOTE2 @cfr-774-3A090-Note2
  Scenario Outline: China-market consumer cards designed under 4800
    Given the part "<part>"
    When it is classified as of 2026-09-30
    Then it is outside 3A090 and 4A090
    And a reason from rule "3A090-NOTE2" says "less than 4800"
    And its total processing performance is <tpp>

    Examples:
      | part                      | tpp    |
      | NVIDIA GeForce RTX 4090 D | 4706.8 |
      | NVIDIA GeForce RTX 5090 D | 4750   |

  @rule-3A090-a1 @cfr-774-3A090.a.1
  Scenario: the RTX 4090, a consumer card of 4800 or more, is 3A090.a
    Given the part "NVIDIA GeForce RTX 4090"
    When it is classified as of 2026-09-30
    Then it is classified 3A090.a by rule "3A090-a1"

  @rule-FIG-DATACENTER-UNKNOWN @cfr-774-3A090-Note2
  Scenario: a mid-range chip whose datacenter designation is unknown is held
    Given an accelerator not known to be for datacenters or not, with 300 dense TOPS at 8 bits and 1000 mm2 of logic die
    When it is classified as of 2026-09-30
    Then the line is held because "designed or marketed for datacenters"
