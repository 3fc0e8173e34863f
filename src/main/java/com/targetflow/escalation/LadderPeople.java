package com.targetflow.escalation;

import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who each step of the ladder tells. */
@Component
class LadderPeople {

    private final People people;

    LadderPeople(People people) {
        this.people = people;
    }

    /** Who does the task: its assignee, or else the unit's secretaries-general (or its staff, if it has none). */
    List<Person> doers(WatchedTask task, String assignee) {
        if (assignee != null) {
            return people.findByUsername(assignee).map(List::of).orElse(List.of());
        }
        if (task.getUnit() == null) {
            return List.of();
        }
        List<Person> staff = people.findByUnitOrderByUsername(task.getUnit()).stream()
                .filter(p -> p.getRole() != PersonRole.UNIT_LEADER)
                .toList();
        List<Person> secretaries = staff.stream()
                .filter(p -> p.getRole() == PersonRole.SECRETARY_GENERAL)
                .toList();
        return secretaries.isEmpty() ? staff : secretaries;
    }

    /** The unit's leaders (分管领导). */
    List<Person> unitLeaders(WatchedTask task) {
        return task.getUnit() == null ? List.of() : ofRole(task.getUnit(), PersonRole.UNIT_LEADER);
    }

    List<Person> managers() {
        return people.findByRoleOrderByUsername(PersonRole.MANAGER);
    }

    List<Person> districtLeaders() {
        return people.findByRoleOrderByUsername(PersonRole.DISTRICT_LEADER);
    }

    /** Whom the district may hand the task to: the unit's people who are not its leaders. */
    List<Person> possibleAssignees(Unit unit) {
        return unit == null
                ? List.of()
                : people.findByUnitOrderByUsername(unit).stream()
                        .filter(p -> p.getRole() != PersonRole.UNIT_LEADER)
                        .toList();
    }

    static List<Person> both(List<Person> first, List<Person> second) {
        Map<String, Person> all = new LinkedHashMap<>();
        first.forEach(p -> all.put(p.getUsername(), p));
        second.forEach(p -> all.putIfAbsent(p.getUsername(), p));
        return new ArrayList<>(all.values());
    }

    private List<Person> ofRole(Unit unit, PersonRole role) {
        return people.findByUnitOrderByUsername(unit).stream()
                .filter(p -> p.getRole() == role)
                .toList();
    }
}
