package ru.rostok.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.representations.idm.UserRepresentation;
import ru.rostok.account.Account;
import ru.rostok.account.SetupLink;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;

/**
 * How a new person sets their password. With SMTP behind Keycloak ({@code rostok.accounts.email=keycloak}) Keycloak
 * mails them its required actions; otherwise Rostok makes a one-time link for the administrator to hand over, valid
 * 72 hours, of which only the token's hash is stored. A new link spends the old ones.
 */
@ApplicationScoped
public class AccountSetups {
    static final Duration VALID = Duration.ofHours(72);
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "rostok.accounts.email", defaultValue = "link")
    String mode;

    @ConfigProperty(name = "rostok.spa-url")
    String spaUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    public AccountSetup issue(Account account) {
        SetupLink.spendAll(account);
        if ("keycloak".equalsIgnoreCase(mode)) {
            keycloak.sendActionsEmail(account.keycloakId, List.of(UPDATE_PASSWORD, "VERIFY_EMAIL"));
            return new AccountSetup(true, null, null);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        SetupLink link = new SetupLink();
        link.account = account;
        link.tokenHash = hash(token);
        link.expiresAt = OffsetDateTime.now().plus(VALID);
        link.persist();
        return new AccountSetup(false, spaUrl.replaceAll("/+$", "") + "/welcome/" + token, link.expiresAt.toInstant());
    }

    /** Whose account the link is for; 404 for an unknown, used or expired one. */
    @Transactional
    public SetupInfo info(String token) {
        SetupLink link = usable(token);
        UserRepresentation user = keycloak.find(link.account.keycloakId).orElseThrow(AccountSetups::invalid);
        return new SetupInfo(AccountService.fullName(user), user.getUsername(), user.getEmail(), link.expiresAt.toInstant());
    }

    /** Sets the password (not temporary), marks the e-mail verified and spends the link. */
    @Transactional
    public SetupLink complete(String token, String password) {
        SetupLink link = usable(token);
        UserRepresentation user = keycloak.find(link.account.keycloakId).orElseThrow(AccountSetups::invalid);
        keycloak.setPassword(user.getId(), password);
        user.setEmailVerified(true);
        List<String> actions = new ArrayList<>(user.getRequiredActions() == null ? List.of() : user.getRequiredActions());
        actions.removeAll(List.of(UPDATE_PASSWORD, "VERIFY_EMAIL"));
        user.setRequiredActions(actions);
        keycloak.update(user.getId(), user);
        link.usedAt = OffsetDateTime.now();
        audit.updated(AccountService.ENTITY, link.account.id, user.getUsername(), null, Map.of("passwordSet", false), Map.of("passwordSet", true));
        return link;
    }

    private static SetupLink usable(String token) {
        if (token == null || token.length() > 200) {
            throw invalid();
        }
        return SetupLink.usable(hash(token)).orElseThrow(AccountSetups::invalid);
    }

    static ApiException invalid() {
        return ApiException.notFound("account.setupLinkInvalid");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
