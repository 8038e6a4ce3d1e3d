Feature: A scenario's rule tags are checked against the rules that fired (not a specification: TagMustFireTest runs it)

  @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A)
  Scenario: tagged with the destination rule, but the line goes to Germany, where that rule does not fire
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "DE" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is NLR

  @rule-742.6-AC-DEST-a @cfr-742.6(a)(6)(iii)(A)
  Scenario: tagged with the destination rule, and the line goes to China, where it fires
    Given the part "NVIDIA H100 SXM5 80GB"
    And it ships to "CN" for an end user located there
    When it is checked as of 2026-09-30
    Then the outcome is LICENSE_REQUIRED
