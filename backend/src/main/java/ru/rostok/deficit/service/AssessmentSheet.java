package ru.rostok.deficit.service;

/** The columns of an assessment sheet: one row per teacher and topic. */
enum AssessmentSheet {
    INN("ИНН школы", true),
    LAST_NAME("Фамилия", true),
    FIRST_NAME("Имя", true),
    MIDDLE_NAME("Отчество", false),
    SUBJECT("Предмет", true),
    DATE("Дата", true),
    METHOD("Способ оценки", true),
    TOPIC("Тема/компетенция", true),
    SCORE("Балл", true),
    MAX_SCORE("Максимальный балл", true),
    DEFICIT("Дефицит", false);

    final String title;
    final boolean required;

    AssessmentSheet(String title, boolean required) {
        this.title = title;
        this.required = required;
    }
}
