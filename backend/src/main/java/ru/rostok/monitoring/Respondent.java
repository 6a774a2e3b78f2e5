package ru.rostok.monitoring;

/** Who answers a campaign, and whom an indicator is asked of: a school, or a municipality's education authority. */
public enum Respondent { SCHOOL, MUNICIPALITY }
