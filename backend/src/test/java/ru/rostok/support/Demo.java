package ru.rostok.support;

/** Public codes of the demo registry (backend/src/main/resources/demo) used by the tests. */
public final class Demo {
    public static final String CRIMEA = "91";
    public static final String KALININGRAD = "39";
    public static final String KERCH = "35715000";
    public static final String FEODOSIA = "35726000";
    public static final String SLAVSK = "27730000";
    public static final String CHERNYAKHOVSK = "27739000";
    public static final String KRASNOYARSK = "24";
    public static final String CRIMEA_MINISTRY_INN = "9134604040";
    public static final String KALININGRAD_MINISTRY_INN = "3927095456";
    public static final String KERCH_AUTHORITY_INN = "9135216258";
    public static final String SLAVSK_AUTHORITY_INN = "3989858387";
    public static final String KERCH_SCHOOL_1_INN = "9189294439";
    public static final String KERCH_GYMNASIUM_2_INN = "9135175940";
    public static final String SLAVSK_SCHOOL_1_INN = "3975695735";
    public static final String LESOSIBIRSK = "04722000";
    public static final String CRIMEA_MONITORING = "Ежегодный мониторинг по выявлению ШНОР";
    public static final String LESOSIBIRSK_MONITORING = "Мониторинг показателей программы повышения качества образования в ШНОР и ШНСУ";
    /** The newest of Lesosibirsk's published monitorings (EffectDemo: two years after the ШНОР list of 2021). */
    public static final String LESOSIBIRSK_LATEST = "Мониторинг качества образования в школах Лесосибирска, 2022/2023 учебный год";
    public static final String LESOSIBIRSK_PREVIOUS = "Мониторинг качества образования в школах Лесосибирска за 2019/2020 учебный год";
    public static final int CATALOGUE_SIZE = 45;
    public static final int KERCH_SCHOOLS = 22;
    public static final int FEODOSIA_SCHOOLS = 16;

    private Demo() {
    }
}
