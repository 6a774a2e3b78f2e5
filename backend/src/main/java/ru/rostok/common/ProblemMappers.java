package ru.rostok.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into RFC 9457 problem+json; bad input is a 4xx with a reason, never a 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(e.type(), e.title(), e.status(), e.getMessage(), uri == null ? null : uri.getPath(), e.errors(), e.current()))
                .build();
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.field(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        ApiException invalid = ApiException.invalid(errors);
        return problem(400, invalid.type(), invalid.title(), invalid.getMessage(), uri, errors);
    }

    // the exact Jackson types are listed because quarkus-rest-jackson maps some of them itself, without a body
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return problem(400, "/problems/validation", "Ошибка в данных",
                    "Поле «" + field + "» имеет неверный тип или формат", uri,
                    List.of(FieldError.field(field, typeMessage(mapping))));
        }
        return problem(400, "/problems/malformed-json", "Некорректный JSON",
                "Тело запроса не является корректным JSON-документом: " + e.getOriginalMessage(), uri, null);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(Exception e, UriInfo uri) {
        return Response.fromResponse(problem(401, "/problems/unauthorized", "Требуется вход",
                        "Нужен действительный токен доступа (Authorization: Bearer …)", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rostok\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "/problems/forbidden", "Действие запрещено",
                "Вашей роли это действие недоступно", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (status == 400 && e.getCause() != null) {
            return problem(400, "/problems/malformed-json", "Некорректный JSON",
                    "Тело запроса не удалось прочитать: " + e.getCause().getMessage(), uri, null);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; to the caller that is bad input.
            return problem(400, "/problems/bad-parameter", "Некорректный параметр",
                    "Параметр запроса имеет неверный тип или значение: " + e.getCause().getMessage(), uri, null);
        }
        String title = switch (status) {
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 406 -> "Формат ответа не поддерживается";
            case 413 -> "Слишком большой запрос";
            case 415 -> "Тип содержимого не поддерживается";
            default -> status < 500 ? "Некорректный запрос" : "Ошибка сервера";
        };
        String detail = switch (status) {
            case 404 -> "Адрес " + uri.getPath() + " не найден";
            case 405 -> "Этот адрес не принимает такой метод запроса";
            case 415 -> "Передайте данные в поддерживаемом формате (application/json или файл XLSX)";
            default -> e.getMessage();
        };
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        return problem(status, "/problems/http-" + status, title, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response other(Exception e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isDatabaseUnavailable(t)) {
                LOG.warnf("Database unavailable: %s", t.getMessage());
                return Response.fromResponse(problem(503, "/problems/database-unavailable", "База данных недоступна",
                                "Сервер временно не может обратиться к базе данных; изменения не сохранены, повторите через несколько секунд",
                                uri, null))
                        .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
            }
            if (t instanceof OptimisticLockException) {
                return problem(409, "/problems/stale-version", "Данные уже изменены",
                        "Запись изменил другой пользователь; обновите страницу и повторите", uri, null);
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && "23505".equals(c.getSQLState())) {
                return problem(409, "/problems/conflict", "Конфликт",
                        "Запись с таким кодом уже существует", uri, null);
            }
            if (t instanceof ApiException api) {
                return api(api, uri);
            }
            if (t instanceof java.io.IOException io && io.getMessage() != null && io.getMessage().contains("multipart")) {
                // a form cut short or without its closing boundary: the caller's body, not the server, is broken
                return problem(400, "/problems/malformed-multipart", "Некорректная форма",
                        "Тело запроса multipart/form-data оборвано или искажено; отправьте форму заново", uri, null);
            }
            if (t instanceof io.quarkus.oidc.OIDCException) {
                LOG.error("Keycloak is not reachable", e);
                return problem(503, "/problems/auth-unavailable", "Сервис входа недоступен",
                        "Не удаётся проверить токен: сервер Keycloak недоступен; повторите позже", uri, null);
            }
        }
        LOG.error("Unexpected error", e);
        return problem(500, "/problems/internal", "Внутренняя ошибка",
                "Непредвиденная ошибка сервера; она записана в журнал", uri, null);
    }

    /** Seconds a client should wait after a 503 for an unreachable database (a restart of PostgreSQL takes a few). */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /**
     * A failure to reach the database rather than a failure of the request: a refused or broken connection (SQL state
     * class 08), the server shutting down or starting up (57P01–57P03), or no pooled connection in time.
     */
    static boolean isDatabaseUnavailable(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (t instanceof java.sql.SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            // Agroal, when the pool cannot hand out a connection in time (every attempt to open one failed)
            return state == null && sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
        }
        return false;
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), errors))
                .build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                default -> {
                    // a node's index is its place in the container named by the node before it: points[0].text
                    Object place = node.getIndex() != null ? node.getIndex() : node.getKey();
                    if (node.isInIterable() && place != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + place + "]");
                    }
                    if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String typeMessage(JsonMappingException e) {
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "Недопустимое значение; допустимы: " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            if (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
                return "Ожидается число";
            }
            if (t == String.class) {
                return "Ожидается строка";
            }
            if (t == Boolean.class || t == boolean.class) {
                return "Ожидается true или false";
            }
        }
        return "Неверный тип или формат значения";
    }
}
