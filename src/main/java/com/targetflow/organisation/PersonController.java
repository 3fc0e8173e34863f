package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import jakarta.validation.Valid;
import java.security.Principal;
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

/**
 * People and their contact details. District staff see everyone; unit staff see the people of
 * their own unit only, since phone numbers and e-mail addresses are personal data.
 */
@RestController
@RequestMapping("/api/people")
@Transactional(readOnly = true)
class PersonController {

    private final PersonRepository people;
    private final OrganisationRegister register;
    private final StaffChange staffChange;

    PersonController(PersonRepository people, OrganisationRegister register, StaffChange staffChange) {
        this.staffChange = staffChange;
        this.people = people;
        this.register = register;
    }

    @GetMapping
    List<PersonView> list(Principal principal) {
        Person me = me(principal);
        List<Person> visible = me.getRole().seesWholeDistrict()
                ? people.findAllByOrderByUsername()
                : people.findByUnitOrderByUsername(me.getUnit());
        return visible.stream().map(PersonView::of).toList();
    }

    @GetMapping("/me")
    PersonView myself(Principal principal) {
        return PersonView.of(me(principal));
    }

    @GetMapping("/{username}")
    PersonView one(@PathVariable String username, Principal principal) {
        Person me = me(principal);
        Person person =
                people.findByUsername(username).orElseThrow(() -> Refusal.notFound("error.person.not-found", username));
        if (!me.getRole().seesWholeDistrict()
                && !person.getUnit().getId().equals(me.getUnit().getId())) {
            // Same answer as for a missing person, so that names of other units cannot be probed.
            throw Refusal.notFound("error.person.not-found", username);
        }
        return PersonView.of(person);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    PersonView create(@Valid @RequestBody PersonRequest request) {
        return PersonView.of(register.createPerson(request));
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    PersonView update(@PathVariable String username, @Valid @RequestBody PersonRequest request) {
        return PersonView.of(register.updatePerson(username, request));
    }

    /** 人员变动: {"successor": "street05b"}; the answer lists what was handed over. */
    @PostMapping("/{username}/handover")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    StaffChange.HandedOver handOver(
            @PathVariable String username, @RequestBody HandoverRequest request, Principal principal) {
        return staffChange.handOver(username, request.successor(), principal.getName());
    }

    record HandoverRequest(String successor) {}

    private Person me(Principal principal) {
        return people.findByUsername(principal.getName()).orElseThrow(Refusal::forbidden);
    }
}
