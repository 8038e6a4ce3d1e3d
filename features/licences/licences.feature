Feature: A licence-required line ships under a registered BIS licence that covers it
  15 CFR 750.7: a licence authorises the items, destinations, parties, quantity and value it states, while it is
  valid. A line the rules decide LICENSE_REQUIRED is matched against the licences a compliance officer registered:
  a licence valid on the ship date that names the line's ECCN, destination and end user, with enough units and value
  left, makes it LICENSED and says what is left; otherwise the line stays LICENSE_REQUIRED and says why the nearest
  licence does not cover it. A check only asks; an uploaded order draws the licence down.

  Background:
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "CN" for an end user located there
    And the end user is "Beijing Compute Co"
    And licence "D1000001" authorises 10 units of 3A090.a to "CN" for the end user "Beijing Compute Co., Ltd.", valid from 2026-01-01 to 2026-12-31

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: 8 H100s to the licensed end user ship under the licence, 2 units left
    When 8 of it are checked as of 2026-09-30
    Then the line ships under licence "D1000001" with 2 units left
    And a reason from rule "750.7-LICENCE" says "Licensed: licence D1000001 (valid 2026-01-01 to 2026-12-31)"

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: with 6 of its 10 units shipped, the licence cannot cover 8 more
    Given 6 units of licence "D1000001" have been shipped
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "750.7-LICENCE" says "has 4 units left of 10 (the line needs 8)"

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: an exhausted licence covers nothing
    Given 10 units of licence "D1000001" have been shipped
    When 1 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "750.7-LICENCE" says "has 0 units left of 10"

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: a licence does not cover a ship date after its expiry
    When 8 of it are checked as of 2027-01-15
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "750.7-LICENCE" says "expired on 2026-12-31 (ship date 2027-01-15)"

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: a revoked licence covers nothing from the day of its revocation
    Given licence "D1000001" was revoked on 2026-06-01
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "750.7-LICENCE" says "was revoked on 2026-06-01"

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: a licence for another end user does not cover the line
    Given the end user is "Shanghai Vision Compute Co"
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "750.7-LICENCE" says "does not name the end user \"Shanghai Vision Compute Co\""

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: a licence whose value is used up does not cover the line, even with units left
    Given licence "D1000001" also limits the value to 200000 USD
    And the unit price is 30000 USD
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "750.7-LICENCE" says "has 200000 USD left of 200000 (the line is worth 240000)"

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: a licence for a company of a similar name does not cover the line
    Given the end user is "Beijing Compute Systems Co"
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "750.7-LICENCE" says "does not name the end user \"Beijing Compute Systems Co\""

  @rule-750.7-LICENCE @cfr-750.7
  Scenario: goods routed through an intermediate consignee in the UAE need a licence that names the UAE too
    Given the intermediate consignee is "Gulf Freight Hub LLC" in "AE"
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "750.7-LICENCE" says "does not name the destination AE"
