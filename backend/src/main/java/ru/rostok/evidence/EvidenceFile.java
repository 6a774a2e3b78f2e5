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

/** A file attached to a report as evidence, kept in PostgreSQL. */
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

    public static List<Info> ofExecutionReport(long reportId) {
        return getEntityManager().createQuery("select new ru.rostok.evidence.EvidenceFile$Info(f.id, f.name, f.contentType, f.size) "
                + "from EvidenceFile f where f.executionReportId = :r order by f.id", Info.class).setParameter("r", reportId).getResultList();
    }
}
