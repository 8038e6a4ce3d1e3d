Feature: A listed party is found however its name is written
  The Entity List and the SDN list carry Russian and Belarusian entries with their legal forms written out
  ("Joint Stock Company …"), in Cyrillic, and persons with their patronymics. An order names the same parties
  with an abbreviated or foreign legal form, in the other script, or without the patronymic. The matcher drops
  legal forms however they are written, reads Cyrillic in the BGN/PCGN romanisation the lists use, and lets a
  word present only in the list's name cost less than a word only the order has. A possible hit holds the line
  for a compliance officer with the candidate shown.

  Background:
    Given the screening list holds these entries:
      | id    | list                                                       | name                                   | aliases                      | country | licence requirement               |
      | EL-R1 | Entity List (EL) - Bureau of Industry and Security         | Joint Stock Company Radiozavod Vektor  |                              |         | For all items subject to the EAR. |
      | EL-R2 | Entity List (EL) - Bureau of Industry and Security         | Elektronika Plyus                      | ООО «Электроника Плюс»       |         | For all items subject to the EAR. |
      | SDN-B | Specially Designated Nationals (SDN) - Treasury Department | LUKASHENKO, Alexander Grigoryevich     |                              |         |                                   |

  @rule-744.11-ENTITY-LIST @cfr-744.11(a)
  Scenario Outline: a legal form written out, abbreviated or in another language does not hide the entry
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "KZ" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And the screening finds MATCH "<name>" on entry "EL-R1"

    Examples:
      | name                                      |
      | AO Radiozavod Vektor                      |
      | Radiozavod Vektor JSC                     |
      | Open Joint Stock Company Radiozavod Vektor |
      | Radiozavod Vektor Aktiengesellschaft      |
      | Radiozavod Vektor Sp. z o.o.              |

  @rule-744.11-ENTITY-LIST @cfr-744.11(a)
  Scenario Outline: a name in Cyrillic finds the entry written in Latin letters, and the reverse
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "KZ" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
    And the screening finds MATCH "<name>" on entry "<entry>"

    Examples:
      | name                          | entry |
      | АО «Радиозавод Вектор»        | EL-R1 |
      | Elektronika Plus LLC          | EL-R2 |
      | Электроника Плюс              | EL-R2 |

  @rule-744.8-SDN @cfr-744.8
  Scenario Outline: a person named without the patronymic the list gives is found
    A patronymic only one side gives weighs a quarter of a name; two different patronymics tell persons apart.
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "KZ" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the outcome is PROHIBITED
    And the screening finds MATCH "<name>" on entry "SDN-B"

    Examples:
      | name                     |
      | Alexander Lukashenko     |
      | Лукашенко Александр      |

  @rule-OUTCOME-NLR @cfr-732.3
  Scenario Outline: a different person or company sharing a word with an entry is not a hit
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "DE" for an end user located there
    And the end user is "<name>"
    When it is checked as of 2026-09-30
    Then the screening finds no hit for "<name>"

    Examples:
      | name                          |
      | Viktor Lukashenko             |
      | Alexander Ivanovich Lukashenko |
      | Radiozavod Almaz JSC          |
      | Elektronika Service GmbH      |

  @rule-SCREEN-POSSIBLE-HIT @cfr-732-Supp3
  Scenario: a name holding every distinctive word of an entry, with only generic words beside them, is held
    A listed group's affiliates are named so ("Huawei Cloud Computing Technologies" beside "Huawei").
    Given the part "NVIDIA GeForce RTX 4090"
    And it ships to "KZ" for an end user located there
    And the end user is "Radiozavod Vektor International Trading Services"
    When it is checked as of 2026-09-30
    Then the outcome is HOLD
    And the screening finds POSSIBLE "Radiozavod Vektor International Trading Services" on entry "EL-R1"
