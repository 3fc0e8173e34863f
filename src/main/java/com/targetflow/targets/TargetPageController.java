package com.targetflow.targets;

import com.targetflow.organisation.Language;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One target: its progress and light, and every report on it with a link to that report's evidence. */
@Controller
class TargetPageController {

    private final TargetPages pages;
    private final Viewer viewer;

    TargetPageController(TargetPages pages, Viewer viewer) {
        this.pages = pages;
        this.viewer = viewer;
    }

    @GetMapping("/targets/{id}")
    String one(@PathVariable long id, Principal principal, Locale locale, Model model) {
        TargetPages.OneTarget shown = pages.target(id, viewer.visibleUnits(principal), Language.of(locale));
        model.addAttribute("target", shown.target());
        model.addAttribute("year", shown.year());
        return "target";
    }
}
