package ru.rostok.me;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API's operations and the roles each admits, read from the resources' own {@code @RolesAllowed}: the one place a
 * role's permission is written. The SPA asks {@code /me} which operations the caller may call instead of keeping a copy.
 */
@ApplicationScoped
public class Operations {
    @Inject
    BeanManager beans;

    private volatile Map<String, Set<String>> rolesByOperation;

    /** The operation ids the caller's roles admit, in order (an operation open to any signed-in caller admits all). */
    public java.util.List<String> allowed(Predicate<String> hasRole) {
        return catalogue().entrySet().stream()
                .filter(e -> e.getValue().isEmpty() || e.getValue().stream().anyMatch(hasRole))
                .map(Map.Entry::getKey).toList();
    }

    private Map<String, Set<String>> catalogue() {
        if (rolesByOperation == null) {
            Map<String, Set<String>> found = new TreeMap<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> resource = bean.getBeanClass();
                if (!resource.isAnnotationPresent(Path.class)) {
                    continue;
                }
                RolesAllowed byClass = resource.getAnnotation(RolesAllowed.class);
                for (Method method : resource.getDeclaredMethods()) {
                    Operation operation = method.getAnnotation(Operation.class);
                    if (operation == null || operation.hidden() || operation.operationId().isEmpty()) {
                        continue;
                    }
                    RolesAllowed roles = method.isAnnotationPresent(PermitAll.class) ? null
                            : method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class) : byClass;
                    found.put(operation.operationId(), roles == null ? Set.of() : Set.of(roles.value()));
                }
            }
            rolesByOperation = found;
        }
        return rolesByOperation;
    }
}
