package ru.rostok.deficit.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Subject;
import ru.rostok.security.Scope;

/** Numbers only: no teacher is named. Each teacher counts once per subject, by their latest assessment in it. */
@Schema(name = "DeficitSummary", description = "Teachers' professional deficits of a territory by subject and topic; for a region "
        + "or a municipality also split between the schools of the approved ШНОР list and the others")
public record DeficitSummaryView(Scope.Level level, long territoryId, String territoryName,
                                 @Schema(description = "The year of the approved ШНОР list compared; null when none or for a school") Integer listYear,
                                 @Schema(description = "Schools of the territory on that list") int lowResultsSchools,
                                 DeficitCount all, DeficitCount lowResults, DeficitCount others,
                                 List<SubjectRow> subjects) {

    @Schema(name = "DeficitSubjectRow", description = "One subject: teachers with a deficit in any topic, then each topic")
    public record SubjectRow(Subject subject, String subjectName, DeficitCount all,
                             @Schema(description = "In the schools of the ШНОР list; null without a list") DeficitCount lowResults,
                             @Schema(description = "In the other schools; null without a list") DeficitCount others,
                             List<TopicRow> topics) {
    }

    @Schema(name = "DeficitTopicRow", description = "One topic or competence of a subject, the most frequent deficit first")
    public record TopicRow(String topic, DeficitCount all, DeficitCount lowResults, DeficitCount others) {
    }
}
