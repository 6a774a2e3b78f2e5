package ru.rostok.account.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserOptions", description = "What the caller may give when creating accounts")
public record UserOptions(List<String> creatableRoles) {
}
