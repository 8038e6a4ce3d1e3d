Feature: Computers and boards containing 3A090 chips are 4A090
  15 CFR 774 Supp. No. 1, ECCN 4A090.a and .b: computers, electronic assemblies and components containing
  integrated circuits any of which meets or exceeds the limits in 3A090.a (4A090.a) or 3A090.b (4A090.b). The
  system takes the datacenter designation of its chips, which decides NAC/ACA (740.8(a)). "Containing" reaches
  through any depth: a pod of racks of servers of GPUs contains the GPUs, and is classified by them.


  Background: unless a scenario says otherwise, the line ships to an end user in the United States
    Given it ships to "US" for an end user located there

  @rule-4A090-a @cfr-774-4A090.a @rule-4A090-DC-DECLARED @cfr-740.8(a)
  Scenario: an NVIDIA DGX H100 is 4A090.a and needs a licence to China
    Given the part "NVIDIA DGX H100"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then it is classified 4A090.a by rule "4A090-a"
    And its total processing performance is 15832
    And the outcome is LICENSE_REQUIRED

  @rule-4A090-b @cfr-774-4A090.b
  Scenario: a server of 3A090.b accelerators is 4A090.b
    Given a server containing 8 datacenter accelerators with 300 dense TOPS at 8 bits and 1200 mm2 of logic die
    When it is classified as of 2026-09-30
    Then it is classified 4A090.b by rule "4A090-b"

  @rule-NOT-3A090-4A090 @cfr-774-4A090
  Scenario: an HGX H20 board is outside 4A090 because the H20 is outside 3A090
    Given the part "NVIDIA HGX H20 8-GPU"
    When it is classified as of 2026-09-30
    Then it is outside 3A090 and 4A090

  @rule-3A090-NOTE4 @cfr-774-3A090-Note4
  Scenario: a server of consumer cards excluded by Note 2 is not 4A090 (Note 4)
    Given a server containing 4 of "NVIDIA GeForce RTX 4090 D"
    When it is classified as of 2026-09-30
    Then it is outside 3A090 and 4A090
    And a reason from rule "3A090-NOTE4" says "nor is a system on its account"

  @rule-4A090-NO-CONTENTS @cfr-774-4A090
  Scenario: a server whose contents are not given is held
    Given a server whose contents are not given
    When it is classified as of 2026-09-30
    Then the line is held because "integrated circuits contained"

  @rule-ITEM-UNKNOWN @cfr-732.3
  Scenario: a server containing a part nobody knows is held
    Given a server containing 8 of "Mystery Accelerator X9"
    When it is classified as of 2026-09-30
    Then the line is held because "Mystery Accelerator X9"

  @rule-4A090-a @cfr-774-4A090.a @rule-4A090-DC-CARRIED-UP @cfr-740.8(a) @rule-740.8-EXCLUDED-DC-a @cfr-740.8(a)
  Scenario: a rack of four DGX H100 systems is 4A090.a, carries the datacenter design up, and needs a licence to China
    Given a rack containing 4 of "NVIDIA DGX H100"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then it is classified 4A090.a by rule "4A090-a"
    And a reason from rule "4A090-a" says "contains \"NVIDIA H100 SXM5 80GB\", classified 3A090.a"
    And a reason from rule "4A090-DC-CARRIED-UP" says "designed or marketed for datacenters"
    And its total processing performance is 15832
    And the outcome is LICENSE_REQUIRED
    And NAC and ACA are refused by rule "740.8-EXCLUDED-DC-a"

  @rule-4A090-a @cfr-774-4A090.a @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A)
  Scenario: a pod of 2 racks of 4 servers of 8 H100 is 4A090.a three levels up
    Given a pod containing 2 racks, each containing 4 servers of 8 "NVIDIA H100 SXM5 80GB"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then it is classified 4A090.a by rule "4A090-a"
    And the outcome is LICENSE_REQUIRED

  Scenario Outline: a rack of HGX A800 boards, the day before and the day the October 2023 rule took effect
    Given a rack containing 4 of "NVIDIA HGX A800 8-GPU"
    And it ships to "CN" for an end user located there
    When it is checked as of <date>
    Then the outcome is <outcome>

    @rule-3A090-2022-BELOW-600 @cfr-774-3A090.a-2022 @rule-NOT-3A090-4A090 @cfr-774-3A090
    Examples: on 16 November 2023 the A800 was outside 3A090, and so the rack outside 4A090
      | date       | outcome |
      | 2023-11-16 | NLR     |

    @rule-4A090-a @cfr-774-4A090.a @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A)
    Examples: from 17 November 2023 the A800 is 3A090.a, and the rack 4A090.a
      | date       | outcome          |
      | 2023-11-17 | LICENSE_REQUIRED |

  @rule-4A090-DC-CONTRADICTED @cfr-740.8(a) @rule-740.8-EXCLUDED-DC-a @cfr-740.8(a)
  Scenario: a server declared not for datacenters but full of datacenter H100s is treated as a datacenter server
    Given a server declared not designed or marketed for datacenters, containing 8 of "NVIDIA H100 SXM5 80GB"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then it is classified 4A090.a
    And a reason from rule "4A090-DC-CONTRADICTED" says "the declaration is contradicted by the contents"
    And NAC and ACA are refused by rule "740.8-EXCLUDED-DC-a"
    And the outcome is LICENSE_REQUIRED

  @rule-4A090-DC-CONTRADICTED @cfr-740.8(a)
  Scenario: the contradiction is found however deep the datacenter chips sit
    Given a rack declared not designed or marketed for datacenters, containing 2 servers of 8 "NVIDIA H100 SXM5 80GB"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then a reason from rule "4A090-DC-CONTRADICTED" says "NVIDIA H100 SXM5 80GB"
    And the outcome is LICENSE_REQUIRED

  @rule-4A090-DC-DECLARED-NOT @cfr-740.8(a) @rule-740.8-NAC @cfr-740.8(a)(2)
  Scenario: a workstation declared not for datacenters, with consumer RTX 4090 cards in it, may use NAC to China
    Given a server declared not designed or marketed for datacenters, containing 4 of "NVIDIA GeForce RTX 4090"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then it is classified 4A090.a
    And the outcome is NAC

  @rule-4A090-DC-NONE-INSIDE @cfr-740.8(a)
  Scenario: a server that declares nothing, with consumer cards only, is not a datacenter server
    Given a server containing 4 of "NVIDIA GeForce RTX 4090"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then a reason from rule "4A090-DC-NONE-INSIDE" says "declared not designed for datacenters"
    And the outcome is NAC

  @rule-4A090-DC-DECLARED @cfr-740.8(a) @rule-740.8-EXCLUDED-DC-a @cfr-740.8(a)
  Scenario: a server declared for datacenters is one, even with consumer cards inside: no NAC to China
    Given a server declared as designed or marketed for datacenters, containing 4 of "NVIDIA GeForce RTX 4090"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And NAC and ACA are refused by rule "740.8-EXCLUDED-DC-a"

  @rule-4A090-DC-UNKNOWN @cfr-740.8(a) @rule-740.8-DATACENTER-UNKNOWN @cfr-740.8(a)
  Scenario: a server of chips of unknown design is held where NAC or ACA turn on it
    Given a server containing 8 accelerators not known to be for datacenters or not, with 700 dense TOPS at 8 bits and 800 mm2 of logic die
    And it ships to "VN" for an end user located there
    When it is checked as of 2026-09-30
    Then a reason from rule "4A090-DC-UNKNOWN" says "of unknown design"
    And the line is held because "NAC/ACA eligibility"

  @rule-4A090-CONTAINS-HBM @cfr-742.6(a)(6)(i)(B)
  Scenario Outline: a server of 3A090.c memory is held where the memory alone would need a licence
    Given a server containing 8 high bandwidth memory stacks with 1180 GB/s of bandwidth on a 121 mm2 package
    And it ships to "<country>" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "4A090 has no paragraph for it"

    Examples:
      | country |
      | CN      |
      | MO      |

  @rule-NOT-3A090-4A090 @cfr-774-4A090
  Scenario: the same server to Germany ships: 3A090.c needs no licence there
    Given a server containing 8 high bandwidth memory stacks with 1180 GB/s of bandwidth on a 121 mm2 package
    And it ships to "DE" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And the reasons do not include rule "4A090-CONTAINS-HBM"

  @rule-4A090-DIES-OR-PACKAGES @cfr-774-3A090-TechNote2
  Scenario: a "server" of eight described chips of 1592 TPP may be eight dies of one 12736-TPP package: held
    Given a server containing 8 datacenter accelerators with 199 dense TOPS at 8 bits and 200 mm2 of logic die
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "adds up to 12736"

  @rule-4A090-DIES-OR-PACKAGES @cfr-774-3A090-TechNote2
  Scenario: described chips are counted through every level: 2 boards of 4 chips of 300 TPP add up to 2400
    Given a rack of 2 boards, each containing 4 datacenter accelerators with 37.5 dense TOPS at 8 bits and 200 mm2 of logic die
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "adds up to 2400"

  @rule-NOT-3A090-4A090 @cfr-774-4A090
  Scenario: the same count of catalogue H20 chips is a board of packaged chips: outside 4A090
    Given a server containing 8 of "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And the reasons do not include rule "4A090-DIES-OR-PACKAGES"

  @rule-4A090-NOTE2-IN-DATACENTER-SYSTEM @cfr-774-3A090-Note2
  Scenario: a datacenter server built of consumer RTX 4090 D cards is held: the notes do not settle it
    Note 2 excludes the RTX 4090 D (not for datacenters, TPP below 4800) and Note 4 keeps systems from 4A090 on its
    account; whether a server marketed for datacenters is itself the "item" Note 2 looks at is for a person to decide.
    Given a server declared as designed or marketed for datacenters, containing 8 of "NVIDIA GeForce RTX 4090 D"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "a compliance officer decides whether the system is the item Note 2 looks at"

