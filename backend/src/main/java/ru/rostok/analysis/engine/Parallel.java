package ru.rostok.analysis.engine;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Loops whose steps are independent (each writes only its own slots), spread over the cores when the work is large
 * enough to repay it. The result is the same either way: no step reads what another writes.
 */
final class Parallel {
    /** Values (schools × indicators) below which one thread is faster than handing out the work. */
    static final int WORTH_IT = 200_000;

    private Parallel() {
    }

    static void each(int count, long work, IntConsumer step) {
        IntStream steps = IntStream.range(0, count);
        (work >= WORTH_IT ? steps.parallel() : steps).forEach(step);
    }
}
