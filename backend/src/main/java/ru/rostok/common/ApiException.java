package ru.rostok.common;

import java.util.List;

/** A failure the caller can act on; mapped to problem+json by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;
    private transient Object current;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "/problems/not-found", "Не найдено", detail, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "/problems/forbidden", "Действие запрещено", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "/problems/conflict", "Конфликт", detail, null);
    }

    public static ApiException staleVersion(String detail) {
        return new ApiException(409, "/problems/stale-version", "Данные уже изменены", detail, null);
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "/problems/validation", "Ошибка в данных",
                "Исправьте поля, отмеченные в списке ошибок", errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(FieldError.field(field, message)));
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "/problems/bad-request", "Некорректный запрос", detail, null);
    }

    /** The record as it is now, for the caller to merge its changes into. */
    public ApiException withCurrent(Object state) {
        this.current = state;
        return this;
    }

    public int status() { return status; }
    public Object current() { return current; }
    public String type() { return type; }
    public String title() { return title; }
    public List<FieldError> errors() { return errors; }
}
