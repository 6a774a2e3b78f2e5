package ru.rostok.common;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Reads the rows of {@code COPY (query) TO STDOUT (FORMAT binary)}, the counterpart of {@link BinaryCopy}: millions of
 * numbers come without a result set's objects per row and without text to parse. Fields must not be NULL.
 *
 * <pre>{@code
 * try (BinaryCopyReader rows = BinaryCopyReader.of(connection, "select id, x from t")) {
 *     while (rows.next(2)) { long id = rows.int8(); double x = rows.float8(); }
 * }
 * }</pre>
 */
public final class BinaryCopyReader implements AutoCloseable {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private final CopyOut copy;
    private ByteBuffer buffer = ByteBuffer.allocate(0);
    private boolean ended;

    private BinaryCopyReader(CopyOut copy) {
        this.copy = copy;
    }

    /** Starts the COPY of the query's rows (its values written into it: COPY takes no parameters) and reads the header. */
    public static BinaryCopyReader of(Connection connection, String query) throws SQLException {
        BinaryCopyReader reader = new BinaryCopyReader(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("copy (" + query + ") to stdout (format binary)"));
        try {
            reader.need(SIGNATURE.length + 8);
            byte[] signature = new byte[SIGNATURE.length];
            reader.buffer.get(signature);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new SQLException("Not a binary COPY stream");
            }
            reader.buffer.getInt(); // flags
            int extension = reader.buffer.getInt();
            reader.need(extension);
            reader.buffer.position(reader.buffer.position() + extension);
        } catch (SQLException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    /** Moves to the next row, which must have {@code fields} fields; false after the last. */
    public boolean next(int fields) throws SQLException {
        need(2);
        short count = buffer.getShort();
        if (count == -1) {
            close(); // the server's completion is all that is left
            return false;
        }
        if (count != fields) {
            throw new SQLException("A row of " + count + " fields where " + fields + " were expected");
        }
        return true;
    }

    public long int8() throws SQLException {
        field(8);
        return buffer.getLong();
    }

    public int int4() throws SQLException {
        field(4);
        return buffer.getInt();
    }

    public double float8() throws SQLException {
        field(8);
        return buffer.getDouble();
    }

    private void field(int bytes) throws SQLException {
        need(4);
        int length = buffer.getInt();
        if (length != bytes) {
            throw new SQLException(length < 0 ? "A NULL where a number was expected" : "A field of " + length + " bytes where " + bytes + " were expected");
        }
        need(bytes);
    }

    /** At least {@code bytes} unread in the buffer; the server sends a message a row, taken as it is when nothing is left over. */
    private void need(int bytes) throws SQLException {
        while (buffer.remaining() < bytes) {
            byte[] more = copy.readFromCopy();
            if (more == null) {
                throw new SQLException("The COPY ended in the middle of a row");
            }
            if (!buffer.hasRemaining()) {
                buffer = ByteBuffer.wrap(more);
            } else {
                buffer = ByteBuffer.allocate(buffer.remaining() + more.length).put(buffer).put(more).flip();
            }
        }
    }

    /**
     * Reads what is left of a COPY given up half way, so that the connection is ready for its next query. (Cancelling it
     * instead races with the server's end of the COPY and can leave its last messages for the next query to find.)
     */
    @Override
    public void close() throws SQLException {
        if (!ended) {
            while (copy.isActive() && copy.readFromCopy() != null) {
                // skipped
            }
            ended = true;
        }
    }
}
