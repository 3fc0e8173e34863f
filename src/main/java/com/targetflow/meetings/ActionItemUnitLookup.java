package com.targetflow.meetings;

import com.targetflow.targets.ActionItemUnits;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the evidence feature's question: to which unit was this action item given? */
@Component
class ActionItemUnitLookup implements ActionItemUnits {

    private final ActionItemRepository items;

    ActionItemUnitLookup(ActionItemRepository items) {
        this.items = items;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> unitCodeOf(long actionItemId) {
        return items.findById(actionItemId).map(item -> item.getUnit().getCode());
    }
}
