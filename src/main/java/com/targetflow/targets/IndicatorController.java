package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue: everyone reads it, managers add and change indicators. */
@RestController
@RequestMapping("/api/indicators")
@Transactional(readOnly = true)
class IndicatorController {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorRepository indicators;

    IndicatorController(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    List<IndicatorView> list() {
        return indicators.findAllByOrderById().stream().map(IndicatorView::of).toList();
    }

    @GetMapping("/{code}")
    IndicatorView one(@PathVariable String code) {
        return IndicatorView.of(find(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    IndicatorView create(@Valid @RequestBody IndicatorRequest request) {
        if (indicators.findByCode(request.code()).isPresent()) {
            throw Refusal.conflict("code", "error.indicator.code.taken", request.code());
        }
        checkQuota(request);
        Indicator indicator = new Indicator(request.code());
        indicator.describe(request);
        return IndicatorView.of(indicators.save(indicator));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    IndicatorView update(@PathVariable String code, @Valid @RequestBody IndicatorRequest request) {
        Indicator indicator = find(code);
        if (!code.equals(request.code())) {
            throw Refusal.invalid("code", "error.key.immutable", code, request.code());
        }
        checkQuota(request);
        indicator.describe(request);
        return IndicatorView.of(indicator);
    }

    private static void checkQuota(IndicatorRequest request) {
        BigDecimal quota = request.defaultQuota();
        if (quota == null) {
            return;
        }
        if (request.kind() == IndicatorKind.COVERAGE && quota.compareTo(HUNDRED) > 0) {
            throw Refusal.invalid("defaultQuota", "error.quota.coverage", quota);
        }
        if (request.kind() == IndicatorKind.MILESTONE && quota.compareTo(BigDecimal.ONE) != 0) {
            throw Refusal.invalid("defaultQuota", "error.quota.milestone", quota);
        }
    }

    private Indicator find(String code) {
        return indicators.findByCode(code).orElseThrow(() -> Refusal.notFound("error.indicator.not-found", code));
    }
}
