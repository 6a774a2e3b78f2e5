package ru.rostok.monitoring;

/** Which schools a campaign asks: every school of its territory, or a chosen list. */
public enum SchoolScope { TERRITORY, LIST }
