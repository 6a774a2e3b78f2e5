package ru.rostok.cycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The positions of a municipality's management cycle, in the cycle's order, and what to do where one is missing. */
@Schema(name = "CyclePosition")
public enum Position {
    MONITORED("Школы прошли мониторинг", "Проведите мониторинг школ и примите их данные", "monitored"),
    ANALYSED("Анализ проведён", "Запустите анализ последнего мониторинга", "analysed"),
    LIST_APPROVED("Перечень утверждён приказом", "Утвердите перечень ШНОР/ШНСУ на текущий год приказом", "listApproved"),
    MUNICIPAL_ROADMAP("Муниципальная дорожная карта", "Утвердите муниципальную дорожную карту на текущий период", "municipalRoadmap"),
    SCHOOL_ROADMAPS("Дорожные карты школ из перечня", "Утвердите дорожную карту для каждой школы из перечня", "schoolRoadmaps"),
    PARTNERS("Партнёры школ из перечня", "Закрепите школу-партнёра за каждой школой из перечня", "partners"),
    RECOMMENDATIONS("Рекомендации выданы и исполнены", "Выдайте адресные рекомендации и получите отчёты по ним", "recommendations"),
    REPORTS_ON_TIME("Отчёты по дорожным картам в срок", "Сдайте отчёты по мероприятиям дорожных карт к их срокам", "reportsOnTime"),
    EFFECT_ASSESSED("Эффект оценён", "Проведите мониторинг школ из перечня после утверждения перечня", "effectAssessed"),
    MUNICIPALITY_REPORTED("Муниципалитет ответил на мониторинг", "Заполните и сдайте форму муниципалитета в мониторинге муниципалитетов",
            "municipalityReported");

    public final String title;
    public final String todo;
    /** The name of the position in a sort parameter. */
    public final String key;

    Position(String title, String todo, String key) {
        this.title = title;
        this.todo = todo;
        this.key = key;
    }
}
