package ru.rostok.lists.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.Condition;
import ru.rostok.lists.ListKind;

@Schema(name = "IdentificationRule")
public record IdentificationRuleView(long id, long regionId, ListKind kind, String name, List<Condition> conditions, int minMatches, int consecutiveYears,
                   @Schema(description = "The rule in words: «2 из 3: VPR_F2 > 20; …; 2 года подряд»") String text, long version) {
}
