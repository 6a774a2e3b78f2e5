package ru.rostok.monitoring.service;

import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.SubmissionStatus;

/** Status names as the users read them in messages. */
final class StatusText {
    private StatusText() {
    }

    static String of(CampaignStatus s) {
        return switch (s) {
            case DRAFT -> "черновик";
            case OPEN -> "открыт";
            case CLOSED -> "закрыт";
            case PUBLISHED -> "опубликован";
        };
    }

    static String of(SubmissionStatus s) {
        return switch (s) {
            case NOT_STARTED -> "не начато";
            case DRAFT -> "черновик";
            case SUBMITTED -> "отправлено на проверку";
            case RETURNED -> "возвращено на доработку";
            case ACCEPTED -> "принято";
        };
    }
}
