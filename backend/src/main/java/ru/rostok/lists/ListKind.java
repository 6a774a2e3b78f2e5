package ru.rostok.lists;

/** ШНОР — schools with low educational results; ШНСУ — schools working in unfavourable social conditions. */
public enum ListKind {
    LOW_RESULTS("ШНОР"), UNFAVOURABLE_CONDITIONS("ШНСУ");

    public final String abbreviation;

    ListKind(String abbreviation) {
        this.abbreviation = abbreviation;
    }
}
