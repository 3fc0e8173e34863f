package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One target: its progress and light, and every report on it with a link to that report's evidence. */
@Controller
class TargetPageController {

    private final TargetRepository targets;
    private final ProgressService progress;
    private final Viewer viewer;

    TargetPageController(TargetRepository targets, ProgressService progress, Viewer viewer) {
        this.targets = targets;
        this.progress = progress;
        this.viewer = viewer;
    }

    @GetMapping("/targets/{id}")
    @Transactional(readOnly = true)
    String one(@PathVariable long id, Principal principal, Locale locale, Model model) {
        Target target = targets.findById(id).orElseThrow(() -> Refusal.notFound("error.target.not-found", id));
        String unit = target.getUnit().getCode();
        if (!viewer.visibleUnits(principal).test(unit)) {
            throw Refusal.notFound("error.target.not-found", id);
        }
        TargetProgress shown = progress.view(target.getPlan(), unit::equals, Language.of(locale)).targets().stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
        model.addAttribute("target", shown);
        model.addAttribute("year", String.valueOf(target.getPlan().getYear()));
        return "target";
    }
}
