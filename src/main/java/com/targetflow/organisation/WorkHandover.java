package com.targetflow.organisation;

import java.util.List;

/**
 * A feature that holds work in a person's name (tasks, meeting invitations …) and hands it to their
 * successor when they leave, in the staff change's transaction, saying what it moved.
 */
public interface WorkHandover {

    List<Item> handOver(PersonLeft left);

    /** One piece of work that changed hands, as the successor's mail lists it: what, and where to open it. */
    record Item(String title, String link) {}
}
