package ru.rostok.account.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.rostok.common.Text;
import ru.rostok.security.Role;

/** The roles an account may be given, from the widest, with the place each one acts for and its name in the SPA. */
public enum AccountRole {
    ADMIN(Role.ADMIN, "Администратор", "ALL"),
    REGIONAL_ANALYST(Role.REGIONAL_ANALYST, "Региональный аналитик", "REGION"),
    MUNICIPAL_COORDINATOR(Role.MUNICIPAL_COORDINATOR, "Муниципальный координатор", "MUNICIPALITY"),
    SCHOOL_STAFF(Role.SCHOOL_STAFF, "Сотрудник школы", "SCHOOL");

    public final String key;
    public final String russian;
    public final String actsFor;

    AccountRole(String key, String russian, String actsFor) {
        this.key = key;
        this.russian = russian;
        this.actsFor = actsFor;
    }

    public static final List<String> KEYS = Arrays.stream(values()).map(r -> r.key).toList();

    public static Optional<AccountRole> of(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    /** A role as a sheet names it: the Russian name or the key, in any case. */
    public static Optional<AccountRole> parse(String text) {
        String folded = Text.fold(text == null ? "" : text.strip());
        return Arrays.stream(values()).filter(r -> Text.fold(r.russian).equals(folded) || r.key.equals(folded)).findFirst();
    }
}
