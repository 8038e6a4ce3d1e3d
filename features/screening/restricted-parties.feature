Feature: Restricted parties change the outcome of a line
  Every party of a line (the end user, and the ultimate consignee, intermediate consignee and purchaser where
  given) is screened against the Consolidated Screening List in use. Names are compared without legal forms
  ("Co., Ltd.") and generic words ("Technology", "Group"), with their aliases and Chinese names. A hit at or above
  the list's match threshold has the consequence its list carries; a near hit below it holds the line until a
  compliance officer decides. Every reason names the list, the entry and the list version.

  Background:
    Given the screening list holds these entries:
      | id    | list                                                          | name                                        | aliases                                       | country | licence requirement                                  |
      | EL-1  | Entity List (EL) - Bureau of Industry and Security            | Beijing Zhipu Huazhang Technology Co., Ltd. | Zhipu AI; 北京智谱华章科技有限公司               | CN      | For all items subject to the EAR.                    |
      | EL-2  | Entity List (EL) - Bureau of Industry and Security            | Biren Technology                            | Shanghai Biren Intelligent Technology Co., Ltd. | CN    | For all items subject to the EAR. footnote 4         |
      | EL-3  | Entity List (EL) - Bureau of Industry and Security            | Tech Hub Fulfillment LLC                    |                                               | AE      | For all items subject to the EAR.                    |
      | SDN-1 | Specially Designated Nationals (SDN) - Treasury Department    | Grand Pacific Electronics Limited           |                                               | HK      |                                                      |
      | DPL-1 | Denied Persons List (DPL) - Bureau of Industry and Security   | Eastern Star Electronics Ltd.               |                                               | HK      |                                                      |
      | MEU-1 | Military End User (MEU) List - Bureau of Industry and Security | Almaz-Antey Air and Space Defense Corporation | Almaz-Antey                                 | RU      | For all items subject to the EAR listed in supp. 2   |
      | UVL-1 | Unverified List (UVL) - Bureau of Industry and Security       | Sino Compute Solutions Pte. Ltd.            |                                               | SG      |                                                      |
      | ISN-1 | Nonproliferation Sanctions (ISN) - State Department           | Dalian Sunny Industries                     | LIMMT                                         | CN      |                                                      |
      | EL-4  | Entity List (EL) - Bureau of Industry and Security            | China Electronics Technology Group Corporation | CETC                                       | CN      | For all items subject to the EAR.                    |

  @rule-744.11-ENTITY-LIST @cfr-744.11(a)
  Scenario: a chip that would ship NLR needs a licence when the end user is on the Entity List
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    And the end user is "Tech Hub Fulfillment L.L.C."
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "744.11-ENTITY-LIST" cites "744.11(a)"
    And a reason from rule "744.11-ENTITY-LIST" says "Entity List (EL) - Bureau of Industry and Security entry EL-3"
    And a reason from rule "744.11-ENTITY-LIST" says "list version csl-scenario"
    And the screening finds MATCH "Tech Hub Fulfillment L.L.C." on entry "EL-3"

  @rule-744.11-ENTITY-LIST @cfr-744.11(a) @rule-740.8-b-BLOCKED @cfr-740.8(b)
  Scenario: an Entity List party closes License Exception ACA that the line would otherwise use
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "VN" for an end user located there
    And the purchaser is "Zhipu AI" in "CN"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And NAC and ACA are refused by rule "740.8-b-BLOCKED"
    And a reason from rule "744.11-ENTITY-LIST" says "the purchaser \"Zhipu AI\" is Entity List"

  @rule-744.11-ENTITY-LIST @cfr-744.11(a)
  Scenario Outline: the Entity List entry is found by its Chinese name and by a transliteration with other spacing
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "CN" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And the reasons include rule "744.11-ENTITY-LIST"
    And the screening finds MATCH "<name>" on entry "EL-1"

    Examples:
      | name                                 |
      | 北京智谱华章科技有限公司                 |
      | Beijing Zhi-Pu Hua Zhang Technology Ltd |
      | ZHIPU HUAZHANG TECHNOLOGY CO LTD     |

  @rule-744.11-FOOTNOTE-4 @cfr-744.11(a)(2)(iv)
  Scenario: a footnote 4 entity is noted: foreign-produced items become subject to the EAR
    Given the part "Huawei Ascend 910B"
    And it ships to "CN" for an end user located there
    And the end user is "Shanghai Biren Intelligent Technology Co Ltd"
    When it is checked as of 2026-09-30
    Then the reasons include rule "744.11-FOOTNOTE-4"
    And a reason from rule "744.11-FOOTNOTE-4" cites "734.9(e)(2)"
    And a reason from rule "744.11-ENTITY-LIST" says "footnote 4"

  @rule-744.8-SDN @cfr-744.8
  Scenario: a Specially Designated National as ultimate consignee makes the line prohibited
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "HK" for an end user located there
    And the ultimate consignee is "Grand Pacific Electronics Ltd" in "HK", headquartered in "HK"
    When it is checked as of 2026-09-30
    Then the outcome is PROHIBITED
    And a reason from rule "744.8-SDN" says "Blocked party: the ultimate consignee"

  @rule-736.2-DENIED-PERSON @cfr-736.2(b)(4)
  Scenario: a denied person may not take part, whatever the item
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "DE" for an end user located there
    And the purchaser is "Eastern Star Electronics Limited" in "HK"
    When it is checked as of 2026-09-30
    Then the outcome is PROHIBITED
    And a reason from rule "736.2-DENIED-PERSON" cites "736.2(b)(4)"

  @rule-744.21-MEU @cfr-744.21
  Scenario: a military end user needs a licence, and no licence exception
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "AM" for an end user located there
    And the end user is "Almaz Antey"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "744.21-MEU" cites "744.21"

  @rule-744.15-UNVERIFIED @cfr-744.15(b)
  Scenario: an Unverified List party holds the line until its UVL statement is obtained
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "SG" for an end user located there
    And the end user is "Sino Compute Solutions Pte Ltd"
    When it is checked as of 2026-09-30
    Then the outcome is HOLD
    And the line is held because "obtain the UVL statement"

  @rule-SCREEN-OTHER-LIST @cfr-732-Supp3
  Scenario: a party on a list without a rule of its own is held for a compliance officer
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the ultimate consignee is "LIMMT" in "CN"
    When it is checked as of 2026-09-30
    Then the outcome is HOLD
    And the line is held because "Nonproliferation Sanctions"

  @rule-SCREEN-POSSIBLE-HIT @cfr-732-Supp3
  Scenario: a misspelled name close to an entry is held, showing the candidate entry
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    And the end user is "Tek Hub Fulfillment"
    When it is checked as of 2026-09-30
    Then the outcome is HOLD
    And the screening finds POSSIBLE "Tek Hub Fulfillment" on entry "EL-3"
    And the line is held because "Possible restricted-party hit"

  @rule-SCREEN-POSSIBLE-HIT @cfr-732-Supp3
  Scenario: a name one letter off, at an address in another country, is only a possible hit
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "SG" for an end user located there
    And the end user is "Zhipu Huazhan Technology Co Ltd"
    When it is checked as of 2026-09-30
    Then the outcome is HOLD
    And the screening finds POSSIBLE "Zhipu Huazhan Technology Co Ltd" on entry "EL-1"

  @rule-OUTCOME-NLR @cfr-732.3
  Scenario Outline: generic words alone never make a hit, and an unrelated name is clean
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And the screening finds no hit for "<name>"

    Examples:
      | name                                  |
      | China Electronics Technology Co., Ltd. |
      | Global Technology Group Corporation   |
      | Frankfurt AI Cloud GmbH               |
      | Tech Hub Logistics GmbH               |

  @rule-ADV-AFFILIATES-RULE @cfr-744.11(a)(1)
  Scenario: once the stay of the Affiliates rule ends, every line asks who owns its parties
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    When it is checked as of 2026-11-10
    Then the outcome is NLR
    And an advisory from rule "ADV-AFFILIATES-RULE" says "owned 50 % or more by listed parties"

  @rule-SCREEN-LOOK-ALIKE-LETTERS @cfr-732-Supp3 @rule-744.11-ENTITY-LIST @cfr-744.11(a)
  Scenario: an Entity List name written with Cyrillic look-alike letters is still found, and the line is held
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "AE" for an end user located there
    And the end user is "Tеch Hub Fulfillmеnt LLC"
    When it is checked as of 2026-09-30
    Then the screening finds MATCH "Tеch Hub Fulfillmеnt LLC" on entry "EL-3"
    And the line is held because "mixes Cyrillic and Latin letters"
