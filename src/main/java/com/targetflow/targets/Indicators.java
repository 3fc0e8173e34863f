package com.targetflow.targets;

import java.util.List;
import org.springframework.stereotype.Component;

/** The indicators as other features read them; only targets changes them. */
@Component
public class Indicators {

    private final IndicatorRepository repository;

    Indicators(IndicatorRepository repository) {
        this.repository = repository;
    }

    public List<Indicator> findAllByOrderById() {
        return repository.findAllByOrderById();
    }

    public List<Indicator> findAll() {
        return repository.findAll();
    }
}
