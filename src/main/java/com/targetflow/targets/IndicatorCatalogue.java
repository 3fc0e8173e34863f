package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators (指标) the district sets targets on: read, added, described anew. A code never
 * changes; a coverage rate's default quota is at most 100 %, a milestone's is 1.
 */
@Service
@Transactional(readOnly = true)
class IndicatorCatalogue {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorRepository indicators;

    IndicatorCatalogue(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    List<IndicatorView> all() {
        return indicators.findAllByOrderById().stream().map(IndicatorView::of).toList();
    }

    IndicatorView one(String code) {
        return IndicatorView.of(find(code));
    }

    @Transactional
    IndicatorView add(IndicatorRequest request) {
        if (indicators.findByCode(request.code()).isPresent()) {
            throw Refusal.conflict("code", "error.indicator.code.taken", request.code());
        }
        checkQuota(request);
        Indicator indicator = new Indicator(request.code());
        indicator.describe(request);
        return IndicatorView.of(indicators.save(indicator));
    }

    @Transactional
    IndicatorView describe(String code, IndicatorRequest request) {
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
