Feature: The United Arab Emirates after 10 July 2026
  91 FR 43034 (2026-07-10) moved the UAE into Country Group A:5 and out of D:4, and named it in
  742.6(a)(6)(iii)(B): .b items to the UAE need a licence unless the ultimate consignee and all end users are
  approved entities of Supp. No. 8 to Part 740. The (iii)(A) text for .a items has no UAE carve-out; until this
  is settled, .a items to unapproved UAE end users are treated as licence-required (regulation.md b.3).

  @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A)
  Scenario: before 10 July 2026 the UAE was an advanced-computing destination (D:4)
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    When it is checked as of 2026-07-09
    Then the outcome is LICENSE_REQUIRED
    And the reasons include rule "742.6-AC-DEST-a"

  @rule-742.6-UAE-a @cfr-742.6(a)(6)(iii)(A)
  Scenario: from 10 July 2026 an H100 to an unapproved UAE end user is treated as licence-required
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    When it is checked as of 2026-07-10
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "742.6-UAE-a" says "compliance review"
    And the reasons do not include rule "DEST-AC"

  @rule-742.6-UAE-APPROVED @cfr-740-Supp8
  Scenario: an approved UAE end user of Supplement No. 8 receives H100s licence-free
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    And the end user is "G42 Cloud Technology LLC", declared an approved UAE entity of Supplement No. 8
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And the reasons include rule "742.6-UAE-APPROVED"

  @rule-742.6-UAE-b @cfr-742.6(a)(6)(iii)(B) @rule-740.8-ACA @cfr-740.8(a)
  Scenario: a 3A090.b chip to the UAE needs a licence by name, which ACA overcomes
    Given a datacenter accelerator with 300 dense TOPS at 8 bits and 1200 mm2 of logic die
    And it ships to "AE" for an end user located there
    When it is checked as of 2026-09-30
    Then the reasons include rule "742.6-UAE-b"
    And the outcome is ACA

  Scenario Outline: a 3A090.b chip to the UAE either side of 10 July 2026
    Given a datacenter accelerator with 300 dense TOPS at 8 bits and 1200 mm2 of logic die
    And it ships to "AE" for an end user located there
    When it is checked as of <date>
    Then the reasons include rule "<requirement>"
    And the outcome is ACA

    @rule-742.6-AC-DEST-b @cfr-742.6(a)(6)(iii)(B) @rule-DEST-AC @cfr-742.6(a)(6)(iii)(B)
    Examples: on 9 July 2026 the UAE was in D:4, an advanced-computing destination
      | date       | requirement     |
      | 2026-07-09 | 742.6-AC-DEST-b |

    @rule-742.6-UAE-b @cfr-742.6(a)(6)(iii)(B)
    Examples: on 11 July 2026 it is in A:5, and named in 742.6(a)(6)(iii)(B)
      | date       | requirement  |
      | 2026-07-11 | 742.6-UAE-b  |

  @rule-742.6-UAE-a @cfr-742.6(a)(6)(iii)(A)
  Scenario: an approved end user is not enough when an ultimate consignee not declared approved receives the chips
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    And the end user is "G42 Cloud Technology LLC", declared an approved UAE entity of Supplement No. 8
    And the ultimate consignee is "Desert Logistics LLC" in "AE", headquartered in "AE"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "742.6-UAE-a" says "end user and ultimate consignee"

  @rule-742.6-UAE-a-OPEN @cfr-742.6(a)(6)(iii)(A)
  Scenario: an RTX 4090 to an unapproved UAE end user is held rather than cleared under ACA: the notes leave it open
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "AE" for an end user located there
    When it is checked as of 2026-09-30
    Then the line is held because "Open question (regulation.md b.3)"

  @rule-742.6-UAE-APPROVAL-EXPIRED @cfr-740-Supp8
  Scenario: from 6 April 2027 the approval of G42 has expired: its line is held
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    And the end user is "G42 Cloud Technology LLC", declared an approved UAE entity of Supplement No. 8
    When it is checked as of 2027-05-01
    Then the line is held because "Supp. No. 8 approval expired on 2027-04-06"

  @rule-742.6-UAE-APPROVED @cfr-740-Supp8
  Scenario: the approval of a listed U.S. company's UAE subsidiary does not expire
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    And the end user is headquartered in "AE" and its ultimate parent in "US"
    And the end user is "Microsoft Gulf FZ-LLC", declared an approved UAE entity of Supplement No. 8
    When it is checked as of 2027-05-01
    Then the outcome is NLR
    And the reasons do not include rule "742.6-UAE-APPROVAL-EXPIRED"

  @rule-742.6-UAE-APPROVAL-UNLISTED @cfr-740-Supp8
  Scenario Outline: a declared approval is believed only for an entity Supplement No. 8 names
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    And the end user is headquartered in "AE" and its ultimate parent in "<parent>"
    And the end user is "<name>", declared an approved UAE entity of Supplement No. 8
    When it is checked as of 2026-09-30
    Then the line is held because "not one of the entities the list names"

    Examples:
      | name                     | parent | why                                                   |
      | Desert Compute LLC       | AE     | not on the list                                       |
      | Microsoft Gulf FZ-LLC    | AE     | a listed name, but not a subsidiary of the US company |
      | Abu Dhabi Digital Authority | AE  | a government agency: the list approves them unnamed   |
