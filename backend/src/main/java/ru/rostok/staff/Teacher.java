package ru.rostok.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rostok.common.AuditedEntity;
import ru.rostok.common.Text;
import ru.rostok.school.School;

/** A member of a school's teaching staff (педагогический работник). Personal data: see {@code StaffPolicy}. */
@Entity
@Table(name = "teacher")
public class Teacher extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "middle_name")
    public String middleName;

    public String position;

    /** {@link ru.rostok.common.Subject} codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subjects = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public QualificationCategory category = QualificationCategory.NONE;

    @Column(name = "category_date")
    public LocalDate categoryDate;

    @Column(name = "experience_years")
    public Integer experienceYears;

    @Column(name = "last_training_date")
    public LocalDate lastTrainingDate;

    @Column(name = "archived_on")
    public LocalDate archivedOn;

    @Column(name = "archive_reason")
    public String archiveReason;

    @Column(name = "search_text")
    String searchText;

    @PrePersist
    @PreUpdate
    void index() {
        searchText = Text.searchable(lastName, firstName, middleName, position);
    }

    /** «Иванова Мария Петровна». */
    public String fullName() {
        return middleName == null || middleName.isBlank() ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    public boolean archived() {
        return archivedOn != null;
    }
}
