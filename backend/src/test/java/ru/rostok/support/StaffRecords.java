package ru.rostok.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import ru.rostok.partnership.Partnership;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.school.School;
import ru.rostok.staff.QualificationCategory;
import ru.rostok.staff.Teacher;

/** Teachers and partnerships for a test's setup, written through the entities (the staff list's own API is not needed for them). */
public final class StaffRecords {
    private StaffRecords() {
    }

    public static long teacher(long schoolId, String subject, QualificationCategory category, int experienceYears) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Teacher t = new Teacher();
            t.school = School.findById(schoolId);
            t.lastName = "Тестова" + ThreadLocalRandom.current().nextInt(1000, 9999);
            t.firstName = "Анна";
            t.middleName = "Петровна";
            t.position = "учитель";
            t.subjects = new ArrayList<>(List.of(subject));
            t.category = category;
            t.experienceYears = experienceYears;
            t.categoryDate = category == QualificationCategory.NONE ? null : java.time.LocalDate.now().minusYears(1);
            t.persist();
            return t.id;
        });
    }

    public static long teacherOf(String schoolInn, String subject) {
        return teacher(Api.schoolId(schoolInn), subject, QualificationCategory.FIRST, 10);
    }

    /** A competence assessment of the teacher that found a deficit in text problems. */
    public static long assessment(long teacherId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ru.rostok.deficit.CompetenceAssessment a = new ru.rostok.deficit.CompetenceAssessment();
            a.teacher = Teacher.findById(teacherId);
            a.subject = "MATHEMATICS";
            a.heldOn = java.time.LocalDate.now().minusMonths(2);
            a.method = "Диагностика предметных компетенций";
            a.topics.add(new ru.rostok.deficit.TopicScore("Текстовые задачи", java.math.BigDecimal.valueOf(3), java.math.BigDecimal.TEN, true));
            a.persist();
            return a.id;
        });
    }

    /** A planned course of the teacher. */
    public static long training(long teacherId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ru.rostok.training.TeacherTraining t = new ru.rostok.training.TeacherTraining();
            t.teacher = Teacher.findById(teacherId);
            t.programme = "Методика обучения решению текстовых задач";
            t.provider = "КИПК";
            t.hours = 36;
            t.startsOn = java.time.LocalDate.now().plusDays(5);
            t.endsOn = t.startsOn.plusDays(20);
            t.format = ru.rostok.training.TrainingFormat.BLENDED;
            t.persist();
            return t.id;
        });
    }

    /** A partnership of the two schools in the given status, as if it had gone through its transitions. */
    public static long partnership(long weakSchoolId, long partnerSchoolId, PartnershipStatus status) {
        long id = Api.as("admin").body(java.util.Map.of("weakSchoolId", weakSchoolId, "partnerSchoolId", partnerSchoolId))
                .post("/api/v1/partnerships").then().statusCode(201).extract().jsonPath().getLong("id");
        if (status != PartnershipStatus.PROPOSED) {
            QuarkusTransaction.requiringNew().run(() -> Partnership.<Partnership>findById(id).status = status);
        }
        return id;
    }
}
