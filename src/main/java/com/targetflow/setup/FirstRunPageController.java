package com.targetflow.setup;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首次使用向导 for administrators: the steps from an empty installation to the first issued plan. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FirstRunPageController {

    private final FirstRunGuide guide;

    FirstRunPageController(FirstRunGuide guide) {
        this.guide = guide;
    }

    @GetMapping("/setup")
    String guide(Model model) {
        model.addAttribute("steps", guide.steps());
        model.addAttribute("finished", guide.finished());
        model.addAttribute("nextYear", String.valueOf(guide.nextYear()));
        return "setup";
    }
}
