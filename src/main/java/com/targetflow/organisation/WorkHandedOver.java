package com.targetflow.organisation;

import java.util.List;

/**
 * Published in the transaction of a staff change (人员变动) once every feature has handed the leaver's
 * open work to the successor: the successor is told what arrived (the notification feature mails it).
 */
public record WorkHandedOver(String leaver, String successor, List<WorkHandover.Item> moved) {}
