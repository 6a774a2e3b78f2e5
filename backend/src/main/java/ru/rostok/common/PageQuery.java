package ru.rostok.common;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging and sorting parameters shared by every list: {@code ?page=0&size=50&sort=name,-updatedAt}. */
public class PageQuery {
    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(description = "Page size, 1 to 500")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated sort fields; a leading '-' sorts descending")
    public String sort;

    public Page toPage() {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(FieldError.field("page", "Номер страницы не может быть отрицательным"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(FieldError.field("size", "Размер страницы должен быть от 1 до " + MAX_SIZE));
        } else if ((long) page * size > Integer.MAX_VALUE) {
            // the offset is an int for the database driver: past it, the page would wrap round to a negative one
            errors.add(FieldError.field("page", "Нет страницы с таким номером: не больше " + Integer.MAX_VALUE / size));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return Page.of(page, size);
    }

    /**
     * Sort from the whitelist: API field name → query path. Unknown fields are refused so that a
     * typo does not silently return an unsorted list. The id is always the last key, so that
     * pages never overlap.
     */
    public Sort toSort(Map<String, String> allowed, String defaultField, String alias) {
        return toSort(allowed, defaultField, alias, Sort.Direction.Ascending);
    }

    /**
     * The same, with the id last in the given direction: for lists whose order puts the newer of two equal records first.
     * An empty default sorts by the id alone.
     */
    public Sort toSort(Map<String, String> allowed, String defaultField, String alias, Sort.Direction idDirection) {
        Sort result = null;
        String spec = sort == null || sort.isBlank() ? defaultField : sort;
        for (String raw : spec.split(",")) {
            String token = raw.trim();
            if (token.isEmpty()) {
                continue;
            }
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1) : token;
            String path = allowed.get(field);
            if (path == null) {
                throw ApiException.invalid("sort",
                        "Сортировка по полю «" + field + "» не поддерживается; доступны: " + String.join(", ", allowed.keySet()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(path, direction) : result.and(path, direction);
        }
        String id = alias + ".id";
        return result == null ? Sort.by(id, idDirection) : result.and(id, idDirection);
    }

    public static PageQuery all() {
        PageQuery q = new PageQuery();
        q.page = 0;
        q.size = MAX_SIZE;
        return q;
    }
}
