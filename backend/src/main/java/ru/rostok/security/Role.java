package ru.rostok.security;

/** Keycloak realm roles. */
public final class Role {
    public static final String REGIONAL_ANALYST = "regional-analyst";
    public static final String MUNICIPAL_COORDINATOR = "municipal-coordinator";
    public static final String SCHOOL_STAFF = "school-staff";
    public static final String INTEGRATOR = "integrator";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
