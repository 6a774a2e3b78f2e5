package ru.rostok.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A file attached to a report as evidence, or the file a decision or a roadmap was imported from, kept in PostgreSQL. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "measure_report_id")
    public Long measureReportId;

    @Column(name = "execution_report_id")
    public Long executionReportId;

    @Column(name = "decision_id")
    public Long decisionId;

    @Column(name = "roadmap_id")
    public Long roadmapId;

    @Column(name = "event_id")
    public Long eventId;

    public String name;

    @Column(name = "content_type")
    public String contentType;

    public int size;

    @Basic(fetch = FetchType.LAZY)
    public byte[] data;

    /** Name, type and size of a report's files, without their contents. */
    public record Info(long id, String name, String contentType, int size) {
    }

    public static List<Info> ofMeasureReport(long reportId) {
        return getEntityManager().createQuery("select new ru.rostok.evidence.EvidenceFile$Info(f.id, f.name, f.contentType, f.size) "
                + "from EvidenceFile f where f.measureReportId = :r order by f.id", Info.class).setParameter("r", reportId).getResultList();
    }

    /** The file a decision was imported from, if it was. */
    public static Info sourceOfDecision(long decisionId) {
        return getEntityManager().createQuery("select new ru.rostok.evidence.EvidenceFile$Info(f.id, f.name, f.contentType, f.size) "
                + "from EvidenceFile f where f.decisionId = :d", Info.class).setParameter("d", decisionId).getResultStream().findFirst().orElse(null);
    }

    /** The file a roadmap was imported from, if it was. */
    public static Info sourceOfRoadmap(long roadmapId) {
        return getEntityManager().createQuery("select new ru.rostok.evidence.EvidenceFile$Info(f.id, f.name, f.contentType, f.size) "
                + "from EvidenceFile f where f.roadmapId = :r", Info.class).setParameter("r", roadmapId).getResultStream().findFirst().orElse(null);
    }

    public static List<Info> ofEvent(long eventId) {
        return getEntityManager().createQuery("select new ru.rostok.evidence.EvidenceFile$Info(f.id, f.name, f.contentType, f.size) "
                + "from EvidenceFile f where f.eventId = :e order by f.id", Info.class).setParameter("e", eventId).getResultList();
    }

    public static List<Info> ofExecutionReport(long reportId) {
        return getEntityManager().createQuery("select new ru.rostok.evidence.EvidenceFile$Info(f.id, f.name, f.contentType, f.size) "
                + "from EvidenceFile f where f.executionReportId = :r order by f.id", Info.class).setParameter("r", reportId).getResultList();
    }
}
