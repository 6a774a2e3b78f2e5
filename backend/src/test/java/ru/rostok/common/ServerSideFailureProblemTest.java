package ru.rostok.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Failures that are not bugs of the server never answer 500: a database that cannot be reached is the service's outage (503 with
 * Retry-After); a form cut short is the caller's bad request (400), not a server error.
 * (That the backend answers so while PostgreSQL restarts, and recovers by itself, is measured by bench/faults.sh.)
 */
class ServerSideFailureProblemTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRefusedConnectionWrappedByHibernateIsA503WithRetryAfter() {
        Response r = mappers.other(new PersistenceException(new JDBCConnectionException("could not connect",
                new SQLException("Connection to localhost:5434 refused", "08001"))), null, null);
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(r.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(((Problem) r.getEntity()).type()).isEqualTo("/problems/database-unavailable");
    }

    @Test
    void aServerShuttingDownABrokenConnectionOrAnEmptyPoolAreA503Too() {
        assertThat(mappers.other(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")), null, null)
                .getStatus()).isEqualTo(503);
        assertThat(mappers.other(new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006")), null, null)
                .getStatus()).isEqualTo(503);
        assertThat(mappers.other(new RuntimeException(new SQLTransientConnectionException("timeout")), null, null).getStatus()).isEqualTo(503);
        assertThat(mappers.other(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection")), null, null)
                .getStatus()).isEqualTo(503);
    }

    @Test
    void otherDatabaseErrorsStayInternalErrors() {
        assertThat(mappers.other(new RuntimeException(new SQLException("division by zero", "22012")), null, null).getStatus()).isEqualTo(500);
    }

    @Test
    void aFormCutShortIsTheCallersBadRequest() {
        Response r = mappers.other(new RuntimeException(new java.io.IOException("Connection terminated parsing multipart request")), null, null);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(((Problem) r.getEntity()).type()).isEqualTo("/problems/malformed-multipart");
    }
}
