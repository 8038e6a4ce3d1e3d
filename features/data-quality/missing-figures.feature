Feature: Missing or unreadable figures never produce a guess
  The engine fails closed: an unknown part, a missing figure that the classification depends on, or input it
  cannot read, holds the line for a person, and the hold names what is missing. A TPP of 4800 or more needs
  no die area: the chip is 3A090.a whatever its density. Figures that can be read two ways are read the way that
  controls more, and the decision says so; a party that receives the item must say where it is.

  Background: unless a scenario says otherwise, the line ships to an end user in the United States
    Given it ships to "US" for an end user located there

  @rule-ITEM-UNKNOWN @cfr-732.3 @rule-OUTCOME-HOLD @cfr-732-Supp3
  Scenario: a part that is in neither the catalogue nor the order is held
    Given the part "NVIDIA H999 Imaginary"
    And it ships to "DE" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "not in the parts catalogue"

  @rule-FIG-NO-THROUGHPUT @cfr-774-3A090-TechNote2
  Scenario Outline: catalogue parts whose vendors did not publish their throughput are held
    Given the part "<part>"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "TOPS"

    Examples:
      | part                              |
      | AMD Instinct MI308X               |
      | Intel Gaudi 3 China (HL-328 OAM)  |

  @rule-FIG-NO-THROUGHPUT @cfr-774-3A090-TechNote2
  Scenario: an ad-hoc chip without throughput figures is held
    Given an accelerator with no published throughput
    When it is classified as of 2026-09-30
    Then the line is held because "total processing performance cannot be computed"

  Scenario Outline: between 1600 and 4800 the die area is needed; at 4800 or more it is not
    Given a datacenter accelerator with <tops> dense TOPS at 8 bits and no die area
    When it is classified as of 2026-09-30
    Then the outcome is <outcome>

    @rule-FIG-NO-DIE-AREA @cfr-774-3A090-TechNote2
    Examples: a TPP of 1600 or more and less than 4800
      | tops   | outcome |
      | 200    | HOLD    |
      | 599.99 | HOLD    |

    @rule-3A090-a1 @cfr-774-3A090.a.1
    Examples: a TPP of 4800
      | tops | outcome |
      | 600  | NLR     |

  @rule-INPUT-PROBLEM @cfr-732.3
  Scenario Outline: unreadable or out-of-range input holds the line and names the problem
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "<country>" for an end user located there
    When <quantity> of it are checked as of <date>
    Then the line is held because "<problem>"

    Examples:
      | country | quantity | date       | problem                      |
      | DE      | -1       | 2026-09-30 | -1 is not a positive number  |
      | DE      | 2.5      | 2026-09-30 | 2.5 is not a whole number    |
      | ZZ      | 1        | 2026-09-30 | is not a country             |
      | DE      | 1        | 2022-10-06 | earliest date                |

  @rule-FIG-UNITS-AMBIGUOUS @cfr-774-3A090-TechNote2
  Scenario: two figures of 3000 TPP at 8 bits without unit labels may be one unit (3000) or two dies (6000): held
    Given a datacenter accelerator with two throughput figures of 375 dense TOPS at 8 bits without unit labels, and 800 mm2 of logic die
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "read as separate units its TPP is 6000, as precisions of one unit 3000"

  @rule-FIG-UNITS-UNLABELLED @cfr-774-3A090-TechNote2 @rule-3A090-a1 @cfr-774-3A090.a.1
  Scenario: two unlabelled figures of 5600 TPP at 8 bits are 3A090.a either way: read as two units, and said so
    Given a datacenter accelerator with two throughput figures of 700 dense TOPS at 8 bits without unit labels, and 800 mm2 of logic die
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then its total processing performance is 11200
    And it is classified 3A090.a by rule "3A090-a1"
    And a reason from rule "FIG-UNITS-UNLABELLED" says "as one unit it would be 5600"
    And the outcome is LICENSE_REQUIRED

  @rule-3A090-b1 @cfr-774-3A090.b.1 @rule-740.8-NAC @cfr-740.8(a)(2)
  Scenario: the same figures labelled as two precisions of one unit are one unit: 3000, 3A090.b
    Given a datacenter accelerator with two throughput figures of 375 dense TOPS at 8 bits, both labelled as processing unit "gpu", and 800 mm2 of logic die
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then its total processing performance is 3000
    And it is classified 3A090.b by rule "3A090-b1"
    And the reasons do not include rule "FIG-UNITS-AMBIGUOUS"
    And the outcome is NAC

  @rule-PARTY-LOCATION-UNKNOWN @cfr-732.3
  Scenario: a line that does not say where its end user is, is held, whatever the ship-to address
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "US"
    And the end user's country is not given
    When it is checked as of 2026-09-30
    Then the line is held because "the end user's country"

  @rule-INPUT-PROBLEM @cfr-732.3
  Scenario: a catalogue part cannot be re-described by figures given with it: the catalogue's figures decide, and the line is held
    Given the part "NVIDIA H100 SXM5 80GB", given with figures of its own: 100 dense TOPS at 8 bits, not for datacenters
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then it is classified 3A090.a
    And its total processing performance is 15832
    And the line is held because "is a catalogue part, and figures were given for it as well"

  @rule-INPUT-PROBLEM @cfr-732.3
  Scenario: an FP16 figure given at 4 bits contradicts its precision and is held
    Given an accelerator whose FP16 figure of 989.5 dense TOPS is given at 4 bits
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "FP16 multiplies 16-bit inputs"

  @rule-INPUT-PROBLEM @cfr-732.3
  Scenario: a system's own throughput figures are not weighed: a system given them is held
    Given a server given 2000 dense TOPS at 8 bits of its own, containing 1 datacenter accelerators with 10 dense TOPS at 8 bits and 100 mm2 of logic die
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "classified through the integrated circuits it contains"

  @rule-FIG-IC-MEMORY-DENSITY @cfr-774-3A090.c-TechNote1
  Scenario: an integrated circuit given with memory of 10.9 GB/s per mm2 may be 3A090.c memory under another name: held
    Given an integrated circuit with 10 dense TOPS at 8 bits and 1200 GB/s of memory bandwidth on a 110 mm2 package
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "if it is memory give kind HBM"

  @rule-FIG-IC-PACKAGE-AREA @cfr-774-3A090.c-TechNote1
  Scenario: an integrated circuit of the order's own description with memory bandwidth but no package area: held
    Its memory bandwidth density (bandwidth per mm2 of package) cannot be compared with 2 GB/s per mm2.
    Given an integrated circuit with 10 dense TOPS at 8 bits and 1200 GB/s of memory bandwidth, without its package area
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "give packageAreaMm2"

