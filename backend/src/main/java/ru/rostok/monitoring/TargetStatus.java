package ru.rostok.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target against the actual value: reached («достигнуто»), not yet («пока нет»), or no data to tell («нет данных»). */
@Schema(name = "TargetStatus")
public enum TargetStatus { REACHED, NOT_YET, NO_DATA }
