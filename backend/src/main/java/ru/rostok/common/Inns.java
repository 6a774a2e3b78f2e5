package ru.rostok.common;

/** An organisation's INN (ИНН юридического лица), checked by Hibernate Validator's {@code @INN(type = JURIDICAL)}. */
public final class Inns {
    public static final String MESSAGE = "{validation.innChecksum}";

    private Inns() {
    }

    /** Spaces around a pasted INN are not part of it. */
    public static String normalise(String inn) {
        return inn == null ? null : inn.strip();
    }
}
