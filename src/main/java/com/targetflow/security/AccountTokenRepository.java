package com.targetflow.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Locked until the transaction ends: a link used twice at once sets the password once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash")
    Optional<AccountToken> lockByTokenHash(@Param("hash") String hash);

    List<AccountToken> findByUsernameAndUsedAtIsNull(String username);

    long countByUsernameAndPurposeAndCreatedAtAfter(String username, AccountToken.Purpose purpose, Instant after);
}
