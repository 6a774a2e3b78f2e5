package ru.rostok.monitoring;

/**
 * Which schools a campaign asks: every school of its territory, a chosen list of schools, or the schools of an approved
 * school list (перечень ШНОР: «мониторинг состояния ШНОР») within the territory.
 */
public enum SchoolScope { TERRITORY, LIST, SCHOOL_LIST }
