package ru.rostok.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.rostok.body.Body;

/** Who answers for a measure: a body, or every school of the roadmap's territory; the label as written. */
@Entity
@Table(name = "measure_responsible")
public class MeasureResponsible extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    public int position;
    public String label;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    public Body body;

    @Column(name = "all_schools")
    public boolean allSchools;
}
