package ru.rostok.control.service;

import java.util.Collection;
import java.util.Map;

/** How many events were recorded on each point: the events feature above control answers it. */
public interface PointEvents {
    Map<Long, Integer> counts(Collection<Long> pointIds);
}
