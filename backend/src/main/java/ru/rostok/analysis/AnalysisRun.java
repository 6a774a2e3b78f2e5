package ru.rostok.analysis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rostok.analysis.engine.AnalysisSettings;

/** One analysis of a campaign as it was run: settings, data version, and what it found. */
@Entity
@Table(name = "analysis_run")
public class AnalysisRun extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;

    @JdbcTypeCode(SqlTypes.JSON)
    public AnalysisSettings settings;

    @Column(name = "data_version")
    public String dataVersion;

    /** Counts and last-change times of the data read: unchanged stamp, unchanged data, without reading it all again. */
    @Column(name = "data_stamp")
    public String dataStamp;

    public int schools;
    public int ranked;

    @JdbcTypeCode(SqlTypes.JSON)
    public RunSummary summary;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
