Feature: A NAC line ships only once its notification to BIS has cleared
  15 CFR 740.8(a)(2) and (c): License Exception NAC needs a notification to BIS, submitted at least 25 calendar days
  before the export, naming the items, the destination and the end user. On the 25th day BIS gives a NAC confirmation
  number (reported in AES) or objects. One notification covers several shipments to the same end user of the same
  items while their cumulative quantity stays within what was notified. A line the rules decide NAC therefore carries
  the status of its notification: NOT_NOTIFIED, WAITING, CLEARED or OBJECTED. Only a CLEARED line may ship; an
  OBJECTED one needs a licence.

  Background:
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "CN" for an end user located there
    And the end user is "Shenzhen Render Farm Co"

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(a)(2)
  Scenario: without a notification, an RTX 4090 to China is NAC but may not ship
    When 8 of it are checked as of 2026-09-30
    Then the outcome is NAC
    And the NAC status is NOT_NOTIFIED
    And the line may not ship yet
    And a reason from rule "740.8-NAC-NOTIFICATION" says "none is registered"

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(c)
  Scenario: notified on 10 September, a shipment on 30 September is only day 20 of BIS's 25-day review
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co., Ltd." was submitted on 2026-09-10
    When 8 of it are checked as of 2026-09-30
    Then the outcome is NAC
    And the NAC status is WAITING
    And the earliest NAC ship date is 2026-10-05
    And the line may not ship yet
    And a reason from rule "740.8-NAC-NOTIFICATION" says "the ship date 2026-09-30 is before 2026-10-05, the 25th day after it was submitted on 2026-09-10"

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(c)
  Scenario: after the 25 days, the line still waits until BIS's confirmation number is recorded
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co., Ltd." was submitted on 2026-09-01
    When 8 of it are checked as of 2026-09-30
    Then the NAC status is WAITING
    And the line may not ship yet
    And a reason from rule "740.8-NAC-NOTIFICATION" says "the 25-day review ended on 2026-09-26 but no BIS confirmation number is recorded"

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(c)
  Scenario: notified on 1 September and confirmed by BIS, 8 RTX 4090s ship on 30 September, 92 notified units left
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co., Ltd." was submitted on 2026-09-01
    And BIS confirmed NAC notification "NAC-2026-0001" with confirmation number "NAC2026C0042"
    When 8 of it are checked as of 2026-09-30
    Then the outcome is NAC
    And the NAC status is CLEARED
    And the line may ship
    And a reason from rule "740.8-NAC-NOTIFICATION" says "BIS confirmation NAC2026C0042 (report it in AES); 92 of 100 notified units left after the line"

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(a)(2)
  Scenario: with 96 of the 100 notified units shipped, the notification does not cover 8 more
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co., Ltd." was submitted on 2026-09-01
    And BIS confirmed NAC notification "NAC-2026-0001" with confirmation number "NAC2026C0042"
    And 96 units have shipped under NAC notification "NAC-2026-0001"
    When 8 of it are checked as of 2026-09-30
    Then the NAC status is NOT_NOTIFIED
    And the line may not ship yet
    And a reason from rule "740.8-NAC-NOTIFICATION" says "NAC-2026-0001 has 4 units left of 100 notified (the line needs 8)"

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(a)(2)
  Scenario: a notification for another end user does not cover the line
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Hangzhou Pixel Studio Co" was submitted on 2026-09-01
    And BIS confirmed NAC notification "NAC-2026-0001" with confirmation number "NAC2026C0042"
    When 8 of it are checked as of 2026-09-30
    Then the NAC status is NOT_NOTIFIED
    And a reason from rule "740.8-NAC-NOTIFICATION" says "does not name the end user \"Shenzhen Render Farm Co\""

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(a)(2)
  Scenario: BIS objected to the notification: NAC is gone and the line needs a licence
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co., Ltd." was submitted on 2026-09-01
    And BIS objected to NAC notification "NAC-2026-0001" on 2026-09-26: "end user under review"
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And the NAC status is OBJECTED
    And the line may not ship yet
    And a reason from rule "740.8-NAC-NOTIFICATION" says "BIS objected to NAC notification NAC-2026-0001 on 2026-09-26 (end user under review): License Exception NAC is not available; a licence is required"

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(a)(2) @rule-750.7-LICENCE @cfr-750.7
  Scenario: after BIS's objection, a licence granted for the end user lets the line ship under it
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co., Ltd." was submitted on 2026-09-01
    And BIS objected to NAC notification "NAC-2026-0001" on 2026-09-26: "end user under review"
    And licence "D2000001" authorises 20 units of 3A090.a to "CN" for the end user "Shenzhen Render Farm Co", valid from 2026-09-01 to 2027-08-31
    When 8 of it are checked as of 2026-10-15
    Then the line ships under licence "D2000001" with 12 units left
    And the NAC status is OBJECTED
    And the line may ship

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(a)(2)
  Scenario: a later notification naming another consignee does not get round BIS's objection for the same end user
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co" was submitted on 2026-08-01
    And BIS objected to NAC notification "NAC-2026-0001" on 2026-08-20: "end user under review"
    And NAC notification "NAC-2026-0002" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co" was submitted on 2026-09-01
    And BIS confirmed NAC notification "NAC-2026-0002" with confirmation number "NAC2026C0077"
    And the ultimate consignee is "Pearl River Logistics Co" in "CN", headquartered in "CN"
    When 8 of it are checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And the NAC status is OBJECTED

  @rule-740.8-NAC-NOTIFICATION @cfr-740.8(a)(2)
  Scenario: a line worth more than the value notified is not covered, even with units left
    Given NAC notification "NAC-2026-0001" for 100 units of "NVIDIA GeForce RTX 4090" to "CN" for the end user "Shenzhen Render Farm Co" was submitted on 2026-09-01
    And NAC notification "NAC-2026-0001" also limits the value to 10000 USD
    And BIS confirmed NAC notification "NAC-2026-0001" with confirmation number "NAC2026C0042"
    And the unit price is 1800 USD
    When 8 of it are checked as of 2026-09-30
    Then the NAC status is NOT_NOTIFIED
    And the line may not ship yet
    And a reason from rule "740.8-NAC-NOTIFICATION" says "NAC-2026-0001 has 10000 USD left of 10000 notified (the line is worth 14400)"
