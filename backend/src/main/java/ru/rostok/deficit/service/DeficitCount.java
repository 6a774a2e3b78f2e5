package ru.rostok.deficit.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeficitCount", description = "Teachers assessed, those with a deficit, and their share")
public record DeficitCount(int assessed, int withDeficit,
                          @Schema(description = "withDeficit of assessed, percent with one decimal; null when nobody was assessed") Double share) {
    static DeficitCount of(int assessed, int withDeficit) {
        return new DeficitCount(assessed, withDeficit, assessed == 0 ? null : Math.round(withDeficit * 1000.0 / assessed) / 10.0);
    }
}
