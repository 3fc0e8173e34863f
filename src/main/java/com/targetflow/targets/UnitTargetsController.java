package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One unit's targets and progress for a year; a unit sees only itself. */
@RestController
class UnitTargetsController {

    private final TargetPages pages;
    private final Viewer viewer;

    UnitTargetsController(TargetPages pages, Viewer viewer) {
        this.pages = pages;
        this.viewer = viewer;
    }

    @GetMapping("/api/units/{code}/targets")
    List<TargetProgress> targets(
            @PathVariable String code, @RequestParam int year, Principal principal, Locale locale) {
        if (!viewer.visibleUnits(principal).test(code)) {
            throw Refusal.forbidden();
        }
        return pages.unitTargets(year, code, Language.of(locale));
    }
}
