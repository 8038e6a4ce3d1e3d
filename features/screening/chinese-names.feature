Feature: A listed party named in Chinese characters is found by the core of its name
  A Chinese registered name is written without spaces as place, trade name, line of business and legal form
  (杭州 | 海康威视 | 数字技术 | 股份有限公司), and the list often gives only the trade name or the English name. The
  matcher drops the legal form wherever it stands, cuts off a leading place and the generic descriptors at the end,
  and compares what is left, the core: the same core of three characters or more is a hit. Two characters are a trade
  name only within a place and a line of business, and many companies elsewhere bear them: a core of two characters
  with other places, descriptors or words beside it holds the line for a compliance officer. Characters a name merely
  shares with an entry elsewhere than at the start of its core (上海光明 holds 海光) are no hit.

  Background:
    Given the screening list holds these entries:
      | id    | list                                               | name                                            | aliases                                                  | country | licence requirement                          |
      | EL-C1 | Entity List (EL) - Bureau of Industry and Security | Hangzhou Hikvision Digital Technology Co., Ltd. | Hikvision; 海康威视                                       | CN      | For all items subject to the EAR.            |
      | EL-C2 | Entity List (EL) - Bureau of Industry and Security | Cambricon Technologies Corporation Limited      | Cambricon; 中科寒武纪科技股份有限公司                        | CN      | For all items subject to the EAR.            |
      | EL-C3 | Entity List (EL) - Bureau of Industry and Security | Biren Technology                                | Shanghai Biren Intelligent Technology Co., Ltd.; 壁仞科技 | CN      | For all items subject to the EAR. footnote 4 |
      | EL-C4 | Entity List (EL) - Bureau of Industry and Security | Sugon Information Industry Co., Ltd.            | Sugon; 中科曙光                                           | CN      | For all items subject to the EAR.            |
      | EL-C5 | Entity List (EL) - Bureau of Industry and Security | National University of Defense Technology       | NUDT; 国防科技大学                                         | CN      | For all items subject to the EAR.            |
      | EL-C6 | Entity List (EL) - Bureau of Industry and Security | Higon Information Technology Co., Ltd.          | Hygon; 海光信息技术股份有限公司                             | CN      | For all items subject to the EAR.            |

  @rule-744.11-ENTITY-LIST @cfr-744.11(a)
  Scenario Outline: an end user written in Chinese characters, with its city, line of business and legal form, needs the Entity List licence
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "CN" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And a reason from rule "744.11-ENTITY-LIST" cites "744.11(a)"
    And a reason from rule "744.11-ENTITY-LIST" says "Entity List (EL) - Bureau of Industry and Security entry <entry>"
    And the screening finds MATCH "<name>" on entry "<entry>"

    Examples:
      | name                                                                        | entry |
      | 杭州海康威视数字技术股份有限公司                                                | EL-C1 |
      | 杭州海康威視數字技術股份有限公司                                                | EL-C1 |
      | 杭州海康威视数字技术股份有限公司（Hangzhou Hikvision Digital Technology Co., Ltd.） | EL-C1 |
      | 寒武纪                                                                      | EL-C2 |
      | 国防科大                                                                    | EL-C5 |

  @rule-SCREEN-POSSIBLE-HIT @cfr-732-Supp3
  Scenario Outline: a core of two characters, with another place, other descriptors or other words beside it, holds the line
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "CN" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the outcome is HOLD
    And the screening finds POSSIBLE "<name>" on entry "<entry>"
    And the line is held because "Possible restricted-party hit"

    Examples:
      | name                     | entry |
      | 上海壁仞智能科技有限公司     | EL-C3 |
      | 曙光信息产业股份有限公司     | EL-C4 |
      | 曙光街道办事处             | EL-C4 |

  @rule-OUTCOME-NLR @cfr-732.3
  Scenario Outline: a name that only shares characters with an entry is clean
    Given the part "NVIDIA H20 (HGX H20 96GB)"
    And it ships to "CN" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the outcome is NLR
    And the screening finds no hit for "<name>"

    Examples:
      | name                   |
      | 杭州西湖科技有限公司       |
      | 上海光明食品有限公司       |
      | 珠海光电科技有限公司       |
      | 北京大学                 |
