package ru.rostok.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens on a clock of its own: a token is found until its exp and never after. */
class VerifiedTokensTest {

    static final long NOW = 1_800_000_000L;

    static class MovingClock extends Clock {
        long millis = NOW * 1000;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    final MovingClock clock = new MovingClock();
    final VerifiedTokens tokens = new VerifiedTokens(100, clock);
    final QuarkusSecurityIdentity analyst = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("analyst.crimea")).addRole("regional-analyst").build();

    @Test
    void aTokenIsFoundUntilItsExpAndNotAfter() {
        tokens.put("header.payload.signature", analyst, NOW + 300);
        assertThat(tokens.find("header.payload.signature")).containsSame(analyst);

        clock.millis = (NOW + 300) * 1000 - 1;
        assertThat(tokens.find("header.payload.signature")).containsSame(analyst);

        clock.millis = (NOW + 300) * 1000;
        assertThat(tokens.find("header.payload.signature")).isEmpty();
        clock.millis = NOW * 1000;
        assertThat(tokens.find("header.payload.signature")).as("an expired entry is dropped, not kept").isEmpty();
    }

    @Test
    void aTokenChangedInOneByteIsNotFound() {
        tokens.put("header.payload.signature", analyst, NOW + 300);
        assertThat(tokens.find("header.payload.signaturf")).isEmpty();
        assertThat(tokens.find("header.paylaod.signature")).isEmpty();
        assertThat(tokens.find("header.payload.signature ")).isEmpty();
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        tokens.put("header.payload.signature", analyst, NOW);
        tokens.put("header.payload.other", analyst, NOW - 60);
        assertThat(tokens.find("header.payload.signature")).isEmpty();
        assertThat(tokens.find("header.payload.other")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < 1000; i++) {
            tokens.put("token-" + i, analyst, NOW + 300);
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void theKeyIsTheSha256OfTheToken() {
        assertThat(VerifiedTokens.key("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
