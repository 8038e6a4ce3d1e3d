Feature: The most capable chips are 3A090.a
  15 CFR 774 Supp. No. 1, ECCN 3A090.a (as amended by 88 FR 73458, in force from 17 November 2023):
  an integrated circuit is 3A090.a if its total processing performance (TPP) is 4800 or more (a.1), or its
  TPP is 1600 or more and its performance density (TPP per mm2 of logic die) is 5.92 or more (a.2).
  TPP is the dense (non-sparse) datasheet TOPS times the bit length of the multiply inputs.
  Figures are compared in exact decimal arithmetic, so a value a hair below a threshold stays below it.

  Background: unless a scenario says otherwise, the line ships to an end user in the United States
    Given it ships to "US" for an end user located there

  Scenario Outline: the 4800 boundary of 3A090.a.1
    Given a datacenter accelerator with <tops> dense TOPS at <bits> bits and <area> mm2 of logic die
    When it is classified as of 2026-09-30
    Then its total processing performance is <tpp>
    And it is classified <eccn> by rule "<rule>"

    @rule-3A090-b1 @cfr-774-3A090.b.1 @rule-ECCN-3A090-b @cfr-774-3A090.b
    Examples: a hair below 4800 the chip is 3A090.b
      | tops   | bits | area | tpp     | eccn    | rule     |
      | 599.99 | 8    | 2000 | 4799.92 | 3A090.b | 3A090-b1 |

    @rule-3A090-a1 @cfr-774-3A090.a.1 @rule-ECCN-3A090-a @cfr-774-3A090.a
    Examples: at 4800 or more it is 3A090.a, whatever the bit length
      | tops   | bits | area | tpp     | eccn    | rule     |
      | 600    | 8    | 2000 | 4800    | 3A090.a | 3A090-a1 |
      | 300    | 16   | 2000 | 4800    | 3A090.a | 3A090-a1 |
      | 2400   | 4    | 2000 | 9600    | 3A090.a | 3A090-a1 |

  Scenario Outline: the 1600 and 5.92 boundaries of 3A090.a.2
    Given a datacenter accelerator with <tops> dense TOPS at <bits> bits and <area> mm2 of logic die
    When it is classified as of 2026-09-30
    Then its total processing performance is <tpp>
    And it is classified <eccn> by rule "<rule>"

    @rule-3A090-a2 @cfr-774-3A090.a.2
    Examples: performance density exactly 5.92, and a TPP of exactly 1600 at a density above it
      | tops | bits | area   | tpp  | eccn    | rule     |
      | 370  | 8    | 500    | 2960 | 3A090.a | 3A090-a2 |
      | 200  | 8    | 270.27 | 1600 | 3A090.a | 3A090-a2 |

    @rule-3A090-b1 @cfr-774-3A090.b.1
    Examples: performance density a hair below 5.92 is 3A090.b
      | tops | bits | area           | tpp  | eccn    | rule     |
      | 370  | 8    | 500.0000000001 | 2960 | 3A090.b | 3A090-b1 |

  @rule-NOT-3A090-4A090 @cfr-774-3A090
  Scenario: a dense chip just below a TPP of 1600 is outside 3A090
    Given a datacenter accelerator with 199.99 dense TOPS at 8 bits and 200 mm2 of logic die
    When it is classified as of 2026-09-30
    Then its total processing performance is 1599.92
    And it is outside 3A090 and 4A090
    And the reasons do not include rule "3A090-a2"

  @rule-3A090-a1 @cfr-774-3A090.a.1
  Scenario Outline: real accelerators of the parts catalogue that are 3A090.a
    Given the part "<part>"
    When it is classified as of 2026-09-30
    Then it is classified 3A090.a
    And its total processing performance is <tpp>

    Examples:
      | part                           | tpp     |
      | NVIDIA H100 SXM5 80GB          | 15832   |
      | NVIDIA H100 PCIe 80GB          | 12104   |
      | NVIDIA H800 SXM5 80GB          | 15832   |
      | NVIDIA H800 PCIe 80GB          | 12104   |
      | NVIDIA H200 SXM 141GB          | 15832   |
      | NVIDIA A100 SXM4 80GB          | 4992    |
      | NVIDIA A800 SXM4 80GB          | 4992    |
      | NVIDIA A800 PCIe 40GB          | 4992    |
      | NVIDIA L40S 48GB               | 5864    |
      | NVIDIA B200 (HGX B200 180GB)   | 36000   |
      | NVIDIA GeForce RTX 4090        | 5284.8  |
      | NVIDIA GeForce RTX 5090        | 6704    |
      | NVIDIA RTX 6000 Ada Generation | 5828    |
      | AMD Instinct MI300X            | 20919.2 |
      | AMD Instinct MI355X            | 60397.8 |
      | Intel Gaudi 2 (HL-225H)        | 6920    |
      | Intel Gaudi 2 China (HL-225B)  | 6920    |
      | Intel Gaudi 3 (HL-325L OAM)    | 29360   |
      | Huawei Ascend 910B             | 6016    |
      | Huawei Ascend 910C             | 12800   |

  @rule-3A090-a1 @cfr-774-3A090.a.1
  Scenario: part numbers are looked up whatever their case
    Given the part "nvidia h100 sxm5 80gb"
    When it is classified as of 2026-09-30
    Then it is classified 3A090.a by rule "3A090-a1"
    And its performance density is 19.45
