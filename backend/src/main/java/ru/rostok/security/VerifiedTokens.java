package ru.rostok.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Access tokens already verified, each with the identity it was verified to, kept until the token's own expiry and
 * never past it. A token is looked up by the SHA-256 of its whole text, so a token changed in any byte is a miss.
 * Bounded: beyond {@code maxEntries} the least used entries go first.
 */
public class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtSecond) {
    }

    private final Clock clock;
    private final Cache<String, Entry> entries;

    public VerifiedTokens(int maxEntries, Clock clock) {
        this.clock = clock;
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).expireAfter(new Expiry<String, Entry>() {
            @Override
            public long expireAfterCreate(String key, Entry entry, long now) {
                return Math.max(0, entry.expiresAtSecond() * 1000 - clock.millis()) * 1_000_000;
            }

            @Override
            public long expireAfterUpdate(String key, Entry entry, long now, long left) {
                return expireAfterCreate(key, entry, now);
            }

            @Override
            public long expireAfterRead(String key, Entry entry, long now, long left) {
                return left;
            }
        }).build();
    }

    /** The identity the token was verified to, while the token has not expired. */
    public Optional<SecurityIdentity> find(String token) {
        String key = key(token);
        Entry entry = entries.getIfPresent(key);
        if (entry == null) {
            return Optional.empty();
        }
        // Caffeine's expiry runs on its own clock; the token's exp is checked here as well, so it is never outlived
        if (clock.millis() >= entry.expiresAtSecond() * 1000) {
            entries.invalidate(key);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /** Remembers a token that passed verification; {@code expiresAtSecond} is its exp claim (epoch seconds). */
    public void put(String token, SecurityIdentity identity, long expiresAtSecond) {
        if (clock.millis() < expiresAtSecond * 1000) {
            entries.put(key(token), new Entry(identity, expiresAtSecond));
        }
    }

    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    static String key(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
