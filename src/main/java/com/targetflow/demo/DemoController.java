package com.targetflow.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Demo only: plays a year through to the managers' audit (see {@link DemoYear}). */
@RestController
@Profile("demo")
class DemoController {

    private final DemoYear demoYear;

    DemoController(DemoYear demoYear) {
        this.demoYear = demoYear;
    }

    @PostMapping("/api/demo/play-year")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    DemoYear.Played play(@RequestParam int year) {
        return demoYear.play(year);
    }
}
