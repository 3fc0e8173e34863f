package com.targetflow.scoring;

import com.targetflow.targets.Viewer;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The year-end assessment (考核结果): each unit's scores, rating and rank; a unit's people see their own. */
@Controller
class ScoresController {

    private final ScorePages pages;
    private final Viewer viewer;

    ScoresController(ScorePages pages, Viewer viewer) {
        this.pages = pages;
        this.viewer = viewer;
    }

    @GetMapping("/api/plans/{year}/scores")
    @ResponseBody
    List<ScorePages.ScoreView> api(@PathVariable int year, Principal principal, Locale locale) {
        return pages.views(year, viewer.visibleUnits(principal), locale);
    }

    @GetMapping("/plans/{year}/scores")
    String page(@PathVariable int year, Principal principal, Locale locale, Model model) {
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("scores", pages.views(year, viewer.visibleUnits(principal), locale));
        return "scores";
    }
}
