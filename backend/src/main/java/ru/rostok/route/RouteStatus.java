package ru.rostok.route;

public enum RouteStatus {
    ACTIVE,
    COMPLETED,
    CANCELLED
}
