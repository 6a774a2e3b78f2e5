package ru.rostok.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A one-time link to set a new account's password; only the token's SHA-256 is kept. */
@Entity
@Table(name = "account_setup_link")
public class SetupLink extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    /** The link if it can still be used: known, not used, not expired. */
    public static Optional<SetupLink> usable(String tokenHash) {
        return SetupLink.<SetupLink>find("tokenHash", tokenHash).firstResultOptional()
                .filter(l -> l.usedAt == null && l.expiresAt.isAfter(OffsetDateTime.now()));
    }

    /** Spends every open link of the account: a new one replaces them. */
    public static void spendAll(Account account) {
        update("usedAt = ?1 where account = ?2 and usedAt is null", OffsetDateTime.now(), account);
    }
}
