package com.targetflow.targets;

import java.util.Optional;

/**
 * Which unit a meeting's action item was given to. Evidence needs it to refuse another unit even
 * when the item has no file yet; the meetings feature answers it, so targets need not know meetings.
 */
public interface ActionItemUnits {

    /** The code of the unit, or empty when there is no such action item. */
    Optional<String> unitCodeOf(long actionItemId);
}
