package ru.rostok.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A failure the caller can act on; mapped to problem+json by {@link ProblemMappers}. Its title and detail are message keys
 * of {@link ProblemTexts} with their arguments, put into the caller's language when the answer is written.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final transient List<Object> args;
    private final transient List<FieldError> errors;
    private transient Object current;
    private transient List<?> rows;

    public ApiException(int status, String type, String title, List<FieldError> errors, String detail, Object... args) {
        this(status, type, title, detail, Arrays.asList(args), errors);
    }

    private ApiException(int status, String type, String title, String detail, List<Object> args, List<FieldError> errors) {
        super(ProblemTexts.text(ProblemTexts.RUSSIAN, detail, args));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.args = args;
        this.errors = errors;
    }

    public static ApiException notFound(String detail, Object... args) {
        return new ApiException(404, "/problems/not-found", "problem.notFound", detail, Arrays.asList(args), null);
    }

    public static ApiException forbidden(String detail, Object... args) {
        return new ApiException(403, "/problems/forbidden", "problem.forbidden", detail, Arrays.asList(args), null);
    }

    public static ApiException conflict(String detail, Object... args) {
        return new ApiException(409, "/problems/conflict", "problem.conflict", detail, Arrays.asList(args), null);
    }

    public static ApiException staleVersion(String detail, Object... args) {
        return new ApiException(409, "/problems/stale-version", "problem.staleVersion", detail, Arrays.asList(args), null);
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "/problems/validation", "problem.validation", "problem.validation.detail", List.of(), errors);
    }

    public static ApiException invalid(String field, String message, Object... args) {
        return invalid(List.of(FieldError.field(field, message, args)));
    }

    public static ApiException badRequest(String detail, Object... args) {
        return new ApiException(400, "/problems/bad-request", "problem.badRequest", detail, Arrays.asList(args), null);
    }

    /** The record as it is now, for the caller to merge its changes into. */
    public ApiException withCurrent(Object state) {
        this.current = state;
        return this;
    }

    /** The rows of a rejected upload, each with its problems, for the caller to show beside the sheet. */
    public ApiException withRows(List<?> rows) {
        this.rows = rows;
        return this;
    }

    public List<?> rows() { return rows; }
    public int status() { return status; }
    public Object current() { return current; }
    public String type() { return type; }
    public List<FieldError> errors() { return errors; }

    public String title(Locale locale) {
        return ProblemTexts.text(locale, title, List.of());
    }

    public String detail(Locale locale) {
        return ProblemTexts.text(locale, detail, args);
    }
}
