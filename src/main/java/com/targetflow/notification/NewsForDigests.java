package com.targetflow.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The district's decisions kept for a person's next digest (待办汇总), as the digest reads them and
 * marks them told; only notification keeps them.
 */
@Component
public class NewsForDigests {

    private final DigestNewsRepository repository;

    NewsForDigests(DigestNewsRepository repository) {
        this.repository = repository;
    }

    public List<DigestNews> findByUsernameAndToldAtIsNullOrderById(String username) {
        return repository.findByUsernameAndToldAtIsNullOrderById(username);
    }

    public boolean existsByUsernameAndToldAtIsNull(String username) {
        return repository.existsByUsernameAndToldAtIsNull(username);
    }

    /** Marks the news a digest carried as told by it. */
    public void markTold(List<Long> ids, Instant when) {
        repository.findAllById(ids).forEach(news -> news.told(when));
    }

    public int markAllTold(Instant when) {
        return repository.markAllTold(when);
    }
}
