Feature: Computers and boards containing 3A090 chips are 4A090
  15 CFR 774 Supp. No. 1, ECCN 4A090.a and .b: computers, electronic assemblies and components containing
  integrated circuits any of which meets or exceeds the limits in 3A090.a (4A090.a) or 3A090.b (4A090.b). The
  system takes the datacenter designation of its chips, which decides NAC/ACA (740.8(a)).

  @rule-4A090-a @cfr-774-4A090.a
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
