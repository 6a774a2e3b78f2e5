package ru.rostok.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT binary)}: the server stores numbers and arrays as sent instead
 * of parsing their text, which is most of the cost of writing tens of thousands of rows of arrays. The rows go out in
 * chunks as they are written, so the server stores one chunk while the next is made. No library for this format is
 * served here, and it is small: a header, then per row the field count and each field as length + bytes (big-endian;
 * -1 for NULL); an array is dimensions, a null flag, the element type, the size and lower bound, then its elements.
 *
 * <pre>{@code
 * try (BinaryCopy copy = BinaryCopy.into(connection, "t (a, b)")) {
 *     copy.row(2).int8(1).text("x", false);
 *     copy.finish();
 * }
 * }</pre>
 */
public final class BinaryCopy implements AutoCloseable {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int INT4 = 23;
    private static final int FLOAT4 = 700;
    private static final int FLOAT8 = 701;

    private static final int CHUNK = 1 << 17; // a region's run (600 KB) goes in five, so that the server has work while the rest is made

    private final CopyIn copy;
    private ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    private long rows;
    private boolean finished;

    private BinaryCopy(CopyIn copy) {
        this.copy = copy;
        buffer.put(SIGNATURE).putInt(0).putInt(0); // no flags, no header extension
    }

    /** Starts the COPY: {@code target} is the table with its column list, in the order the fields will be written. */
    public static BinaryCopy into(Connection connection, String target) throws SQLException {
        return new BinaryCopy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin (format binary)"));
    }

    public BinaryCopy row(int fields) {
        room(2).putShort((short) fields);
        rows++;
        return this;
    }

    public BinaryCopy int8(long value) {
        room(12).putInt(8).putLong(value);
        return this;
    }

    public BinaryCopy int4(int value) {
        room(8).putInt(4).putInt(value);
        return this;
    }

    public BinaryCopy int4(Integer value) {
        return value == null ? nullValue() : int4(value.intValue());
    }

    public BinaryCopy float8(Double value) {
        if (value == null) {
            return nullValue();
        }
        room(12).putInt(8).putDouble(value);
        return this;
    }

    /** text or varchar; {@code jsonb}: the binary jsonb format is a version byte before the text. */
    public BinaryCopy text(String value, boolean jsonb) {
        if (value == null) {
            return nullValue();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        room(5 + utf8.length).putInt(utf8.length + (jsonb ? 1 : 0));
        if (jsonb) {
            buffer.put((byte) 1);
        }
        buffer.put(utf8);
        return this;
    }

    public BinaryCopy nullValue() {
        room(4).putInt(-1);
        return this;
    }

    /** A {@code double precision[]} of n elements, NaN as NULL. */
    public BinaryCopy float8Array(int n, IntToDoubleFunction element) {
        return floatArray(n, element, FLOAT8, 8);
    }

    /** A {@code real[]} of n elements, NaN as NULL. */
    public BinaryCopy float4Array(int n, IntToDoubleFunction element) {
        return floatArray(n, element, FLOAT4, 4);
    }

    private BinaryCopy floatArray(int n, IntToDoubleFunction element, int elementType, int elementBytes) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = element.applyAsDouble(i);
        }
        arrayHeader(n, elementType, elementBytes, i -> Double.isNaN(v[i]));
        for (double d : v) {
            if (Double.isNaN(d)) {
                buffer.putInt(-1);
            } else if (elementBytes == 8) {
                buffer.putInt(8).putDouble(d);
            } else {
                buffer.putInt(4).putFloat((float) d);
            }
        }
        return this;
    }

    /** An {@code integer[]} of n elements, those for which {@code isNull} holds as NULL. */
    public BinaryCopy int4Array(int n, IntPredicate isNull, IntUnaryOperator element) {
        arrayHeader(n, INT4, 4, isNull);
        for (int i = 0; i < n; i++) {
            if (isNull.test(i)) {
                buffer.putInt(-1);
            } else {
                buffer.putInt(4).putInt(element.applyAsInt(i));
            }
        }
        return this;
    }

    /** The array's length and header, with room made for its elements. */
    private void arrayHeader(int n, int elementType, int elementBytes, IntPredicate isNull) {
        if (n == 0) {
            room(16).putInt(12).putInt(0).putInt(0).putInt(elementType); // no dimensions
            return;
        }
        int nulls = 0;
        for (int i = 0; i < n; i++) {
            if (isNull.test(i)) {
                nulls++;
            }
        }
        int length = 20 + n * 4 + (n - nulls) * elementBytes;
        room(4 + length).putInt(length).putInt(1).putInt(nulls > 0 ? 1 : 0).putInt(elementType).putInt(n).putInt(1);
    }

    /** The buffer with room for {@code bytes} more: the full chunk is sent first, and a field larger than a chunk grows it. */
    private ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            send();
            if (buffer.capacity() < bytes) {
                buffer = ByteBuffer.allocate(bytes);
            }
        }
        return buffer;
    }

    private void send() {
        try {
            copy.writeToCopy(buffer.array(), 0, buffer.position());
        } catch (SQLException e) {
            throw new CopyFailed(e);
        }
        buffer.clear();
    }

    /** Ends the COPY; the rows are stored when the transaction commits. Returns the number of rows. */
    public long finish() throws SQLException {
        room(2).putShort((short) -1);
        try {
            send();
        } catch (CopyFailed e) {
            throw e.getCause();
        }
        long stored = copy.endCopy();
        finished = true;
        if (stored != rows) {
            throw new SQLException("COPY stored " + stored + " rows of " + rows);
        }
        return stored;
    }

    /** Cancels a COPY that was not finished, so that the connection can go on (the transaction fails). */
    @Override
    public void close() throws SQLException {
        if (!finished && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** A failed send inside a builder call, unwrapped again by {@link #finish()}; callers see an {@link SQLException}. */
    public static final class CopyFailed extends RuntimeException {
        CopyFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
