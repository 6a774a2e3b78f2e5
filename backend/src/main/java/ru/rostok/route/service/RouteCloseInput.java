package ru.rostok.route.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RouteCloseInput", description = "The route's version; the reason when it is cancelled")
public record RouteCloseInput(@Schema(description = "Required to cancel, up to 1000 characters") String reason, Long version) {
}
