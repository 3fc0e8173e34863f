package com.targetflow.organisation;

import java.util.List;
import org.springframework.stereotype.Component;

/** Units that tests of other features add and take away again (organisation's repository is its own). */
@Component
public class UnitsForTests {

    private final UnitRepository units;

    UnitsForTests(UnitRepository units) {
        this.units = units;
    }

    public void saveAll(List<Unit> added) {
        units.saveAll(added);
    }

    public void deleteAll(List<Unit> removed) {
        units.deleteAll(removed);
    }
}
