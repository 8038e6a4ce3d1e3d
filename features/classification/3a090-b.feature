Feature: Mid-range datacenter accelerators are 3A090.b
  15 CFR 774 Supp. No. 1, ECCN 3A090.b: an integrated circuit with a TPP of 2400 or more and less than 4800
  and a performance density of 1.6 or more and less than 5.92 (b.1), or a TPP of 1600 or more and a
  performance density of 3.2 or more and less than 5.92 (b.2). A chip that also meets a 3A090.a paragraph is
  3A090.a.

  Background: unless a scenario says otherwise, the line ships to an end user in the United States
    Given it ships to "US" for an end user located there

  @rule-3A090-b1 @cfr-774-3A090.b.1 @rule-ECCN-3A090-b @cfr-774-3A090.b
  Scenario Outline: the boundaries of 3A090.b.1
    Given a datacenter accelerator with <tops> dense TOPS at <bits> bits and <area> mm2 of logic die
    When it is classified as of 2026-09-30
    Then its total processing performance is <tpp>
    And it is classified <eccn> by rule "<rule>"

    Examples:
      | tops | bits | area | tpp  | eccn    | rule     |
      | 300  | 8    | 1500 | 2400 | 3A090.b | 3A090-b1 |
      | 590  | 8    | 1500 | 4720 | 3A090.b | 3A090-b1 |

  @rule-NOT-3A090-4A090 @cfr-774-3A090
  Scenario Outline: just outside 3A090.b.1, and not dense enough for 3A090.b.2
    Given a datacenter accelerator with <tops> dense TOPS at <bits> bits and <area> mm2 of logic die
    When it is classified as of 2026-09-30
    Then its total processing performance is <tpp>
    And it is outside 3A090 and 4A090

    Examples: TPP just below 2400, or density just below 1.6
      | tops   | bits | area    | tpp     |
      | 299.99 | 8    | 1000    | 2399.92 |
      | 300    | 8    | 1500.01 | 2400    |

  @rule-3A090-b2 @cfr-774-3A090.b.2
  Scenario Outline: the boundaries of 3A090.b.2
    Given a datacenter accelerator with <tops> dense TOPS at <bits> bits and <area> mm2 of logic die
    When it is classified as of 2026-09-30
    Then it is classified 3A090.b by rule "3A090-b2"

    Examples: TPP 1600 at density exactly 3.2, and inside the band
      | tops | bits | area |
      | 200  | 8    | 500  |
      | 250  | 8    | 400  |

  @rule-NOT-3A090-4A090 @cfr-774-3A090
  Scenario: a density just below 3.2 at a TPP below 2400 is outside 3A090.b
    Given a datacenter accelerator with 200 dense TOPS at 8 bits and 500.01 mm2 of logic die
    When it is classified as of 2026-09-30
    Then it is outside 3A090 and 4A090
    And the reasons do not include rule "3A090-b2"

  @rule-NOT-3A090-4A090 @cfr-774-3A090
  Scenario: the NVIDIA H20 was designed below both 3A090.b paragraphs
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    When it is classified as of 2026-09-30
    Then its total processing performance is 2368
    And its performance density is 2.909
    And it is outside 3A090 and 4A090
