package com.targetflow.organisation;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * People and their contact details. District staff see everyone; unit staff see the people of
 * their own unit only, since phone numbers and e-mail addresses are personal data.
 */
@RestController
@RequestMapping("/api/people")
class PersonController {

    private final OrganisationViews views;
    private final StaffChange staffChange;

    PersonController(OrganisationViews views, StaffChange staffChange) {
        this.views = views;
        this.staffChange = staffChange;
    }

    @GetMapping
    List<PersonView> list(Principal principal) {
        return views.people(principal.getName());
    }

    @GetMapping("/me")
    PersonView myself(Principal principal) {
        return views.myself(principal.getName());
    }

    @GetMapping("/{username}")
    PersonView one(@PathVariable String username, Principal principal) {
        return views.person(username, principal.getName());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    PersonView create(@Valid @RequestBody PersonRequest request) {
        return views.createPerson(request);
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    PersonView update(@PathVariable String username, @Valid @RequestBody PersonRequest request) {
        return views.updatePerson(username, request);
    }

    /** 人员变动: {"successor": "street05b"}; the answer lists what was handed over (StaffChange is one transaction). */
    @PostMapping("/{username}/handover")
    @PreAuthorize("hasRole('ADMIN')")
    StaffChange.HandedOver handOver(
            @PathVariable String username, @RequestBody HandoverRequest request, Principal principal) {
        return staffChange.handOver(username, request.successor(), principal.getName());
    }

    record HandoverRequest(String successor) {}
}
