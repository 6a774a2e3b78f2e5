package ru.rostok.common;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Collection;
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
            errors.add(FieldError.field("page", "common.pageNegative"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(FieldError.field("size", "common.pageSizeRange", MAX_SIZE));
        } else if ((long) page * size > Integer.MAX_VALUE) {
            // the offset is an int for the database driver: past it, the page would wrap round to a negative one
            errors.add(FieldError.field("page", "common.pageTooFar", Integer.MAX_VALUE / size));
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
        for (SortKey key : sortKeys(allowed.keySet(), defaultField)) {
            String path = allowed.get(key.field());
            Sort.Direction direction = key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(path, direction, Sort.NullPrecedence.NULLS_LAST)
                    : result.and(path, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        String id = alias + ".id";
        return result == null ? Sort.by(id, idDirection) : result.and(id, idDirection);
    }

    /** The same for a native query: an SQL {@code order by} list over the given columns, the id column last. */
    public String orderBy(Map<String, String> columns, String defaultSpec, String idColumn) {
        StringBuilder order = new StringBuilder();
        for (SortKey key : sortKeys(columns.keySet(), defaultSpec)) {
            order.append(columns.get(key.field())).append(key.descending() ? " desc" : " asc").append(" nulls last, ");
        }
        return order.append(idColumn).toString();
    }

    /** One key of {@code ?sort=}: the API field name, descending when written with a leading '-'. */
    public record SortKey(String field, boolean descending) {
    }

    /** Parses {@code ?sort=} (or the default when it is empty), refusing fields not in {@code allowed}. */
    public List<SortKey> sortKeys(Collection<String> allowed, String defaultSpec) {
        String spec = sort == null || sort.isBlank() ? defaultSpec : sort;
        List<SortKey> keys = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String token = raw.strip();
            if (token.isEmpty()) {
                continue;
            }
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1) : token;
            if (!allowed.contains(field)) {
                throw ApiException.invalid("sort",
                        "common.sortUnsupported", field, String.join(", ", allowed));
            }
            keys.add(new SortKey(field, descending));
        }
        return keys;
    }

    public static PageQuery all() {
        PageQuery q = new PageQuery();
        q.page = 0;
        q.size = MAX_SIZE;
        return q;
    }
}
