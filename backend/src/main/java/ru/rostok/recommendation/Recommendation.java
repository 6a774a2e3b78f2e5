package ru.rostok.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.body.Body;
import ru.rostok.common.AuditedEntity;
import ru.rostok.school.School;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/** A targeted recommendation to a school, a municipality or a body, and what became of it. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends AuditedEntity {
    @Schema(name = "RecommendationAddressee")
    public enum Addressee { SCHOOL, MUNICIPALITY, BODY }

    @Schema(name = "RecommendationBasis")
    public enum Basis { ANALYSIS, LIST, OTHER }

    @Schema(name = "RecommendationStatus")
    public enum Status {
        ISSUED, ACCEPTED, DONE, NOT_DONE;

        public boolean closed() {
            return this == DONE || this == NOT_DONE;
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee_kind")
    public Addressee addresseeKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    public School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    public Body body;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_kind")
    public Basis basisKind;

    @Column(name = "analysis_run_id")
    public Long analysisRunId;

    @Column(name = "school_list_id")
    public Long schoolListId;

    public String basis;
    public String text;
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public Status status = Status.ISSUED;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    public String report;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    public String addresseeName() {
        return switch (addresseeKind) {
            case SCHOOL -> school.shortName;
            case BODY -> body.shortName;
            case MUNICIPALITY -> municipality.name;
        };
    }
}
