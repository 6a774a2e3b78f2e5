package ru.rostok.staff.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeacherRestoreInput", description = "A teacher archived by mistake or come back")
public record TeacherRestoreInput(@Schema(description = "The version you read") Long version) {
}
